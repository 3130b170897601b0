using System.Text;
using OpenTalent.Core.Matching;

namespace OpenTalent.Text.Search;

/// <summary>The words of a text as both engines index them: folded, split on anything but letters and digits.</summary>
public static class SearchText
{
    /// <summary>How much of a description is indexed; the rest adds little to finding a job and a lot to the index.</summary>
    public const int MaxBodyLength = 4_000;

    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && builder.Length > 0)
            {
                words.Add(builder.ToString());
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            words.Add(builder.ToString());
        }

        return words;
    }

    /// <summary>What is indexed besides the title: the occupation, the skills and the start of the description.</summary>
    public static string Body(JobPosting posting, string? description)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var builder = new StringBuilder();
        if (posting.Employer is { } employer)
        {
            builder.Append(employer).Append('\n');
        }

        if (posting.Occupations.Count > 0)
        {
            builder.Append(posting.Occupations[0].Label).Append('\n');
        }

        foreach (var skill in posting.Skills)
        {
            builder.Append(skill.Label).Append(". ");
        }

        if (!string.IsNullOrEmpty(description))
        {
            builder.Append('\n').Append(description.Length > MaxBodyLength ? description[..MaxBodyLength] : description);
        }

        return builder.ToString();
    }
}
