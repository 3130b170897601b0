using System.Globalization;
using System.Text;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;
using OpenTalent.Text.JobAds;

namespace OpenTalent.Text.Search;

/// <summary>
/// The filter values of a posting as words in its full-text document ("t1remote", "t3151252 00" folded to
/// "t315125200"), so that each engine's text index intersects keywords and filters in one pass. Every tag holds a
/// digit: PostgreSQL's parser then treats it as a number-word, which its English configuration neither stems nor drops,
/// and SQLite's tokenizer keeps it whole.
/// </summary>
public static class SearchTags
{
    /// <summary>Annual salary floors, in thousands, that get a tag when a posting's pay reaches them.</summary>
    public static IReadOnlyList<int> SalaryFloorsInThousands { get; } =
        [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 225, 250, 275, 300, 350, 400, 500];

    public static string Arrangement(WorkArrangement arrangement) => "t1" + arrangement.ToString().ToLowerInvariant();

    public static string Seniority(Seniority seniority) => "t2" + seniority.ToString().ToLowerInvariant();

    public static string Occupation(string code) => "t3" + Fold(code);

    /// <summary>Skill ids are long URIs; a stable 64-bit hash keeps the tag short (a collision only widens a filter, and the store checks skills exactly).</summary>
    public static string Skill(string skillId)
    {
        ArgumentNullException.ThrowIfNull(skillId);
        var hash = 14695981039346656037UL;
        foreach (var c in skillId)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return "t4" + hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>A city, region or country as a tag; null when nothing of it survives folding.</summary>
    public static string? Place(string? part)
    {
        var folded = Fold(part);
        return folded.Length == 0 ? null : "t5" + folded;
    }

    public static string SalaryFloor(string currency, int thousands) =>
        "t6" + currency.ToLowerInvariant() + thousands.ToString(CultureInfo.InvariantCulture);

    /// <summary>The highest floor at or below <paramref name="minimum"/>, or null below the lowest floor.</summary>
    public static int? FloorAtOrBelow(decimal minimum)
    {
        int? best = null;
        foreach (var floor in SalaryFloorsInThousands)
        {
            if (floor * 1000m <= minimum)
            {
                best = floor;
            }
        }

        return best;
    }

    /// <summary>Every tag of a posting.</summary>
    public static IReadOnlyList<string> ForPosting(JobPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var tags = new List<string>(16 + posting.Skills.Count)
        {
            Arrangement(posting.Arrangement),
            Seniority(posting.Seniority),
        };
        if (posting.Occupations.Count > 0)
        {
            tags.Add(Occupation(posting.Occupations[0].Code));
        }

        foreach (var skill in posting.Skills)
        {
            tags.Add(Skill(skill.SkillId));
        }

        foreach (var place in posting.Locations)
        {
            AddPlace(tags, place.City);
            AddPlace(tags, place.Region);
            AddPlace(tags, place.Country);
            if (CountryCodes.Find(place.Country) is { } code)
            {
                AddPlace(tags, code);
            }
        }

        if (posting.Salary is { } salary)
        {
            foreach (var floor in SalaryFloorsInThousands)
            {
                if (floor * 1000m <= salary.Max)
                {
                    tags.Add(SalaryFloor(salary.Currency, floor));
                }
            }
        }

        return tags;
    }

    /// <summary>Tags for a location filter: every comma-separated part must match ("San Francisco, CA"); a country name also matches its code.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ForLocation(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var parts = new List<IReadOnlyList<string>>();
        foreach (var part in location.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var alternatives = new List<string>(2);
            if (Place(part) is { } tag)
            {
                alternatives.Add(tag);
            }

            if (CountryCodes.Find(part) is { } code && Place(code) is { } codeTag && !alternatives.Contains(codeTag))
            {
                alternatives.Add(codeTag);
            }

            if (alternatives.Count > 0)
            {
                parts.Add(alternatives);
            }
        }

        return parts;
    }

    /// <summary>Lower case, no diacritics, letters and digits only: "São Paulo" → "saopaulo".</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static void AddPlace(List<string> tags, string? part)
    {
        if (Place(part) is { } tag && !tags.Contains(tag))
        {
            tags.Add(tag);
        }
    }
}
