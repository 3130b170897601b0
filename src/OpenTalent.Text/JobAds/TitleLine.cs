using System.Text.RegularExpressions;

namespace OpenTalent.Text.JobAds;

/// <summary>The line of an ad that holds the job title: a "Job title:" field, else the first short line.</summary>
internal static partial class TitleLine
{
    private const int MaxTitleLength = 150;

    [GeneratedRegex(@"(?im)^[ \t*•\-#]*(?:job[ \t]+title|title|position|role|job)[ \t]*:[ \t]*(?<v>[^\n]{2,150})")]
    private static partial Regex Field();

    public static (string? Line, int Start) Find(string text)
    {
        var field = Field().Match(text);
        if (field.Success)
        {
            return (field.Groups["v"].Value.TrimEnd(), field.Groups["v"].Index);
        }

        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.IndexOf('\n', start);
        if (end < 0)
        {
            end = text.Length;
        }

        var line = text.AsSpan(start, end - start).TrimEnd();
        return LooksLikeTitle(line) ? (line.ToString(), start) : (null, 0);
    }

    // A title is short and is no sentence: "Senior Engineer - Berlin", not "We are hiring engineers."
    private static bool LooksLikeTitle(ReadOnlySpan<char> line) =>
        !line.IsEmpty && line.Length <= MaxTitleLength && line[^1] is not ('.' or '!' or '?' or ':') && line.Count(' ') < 14;
}
