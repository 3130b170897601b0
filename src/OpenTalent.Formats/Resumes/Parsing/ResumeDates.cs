using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>A date as precise as the resume gave it: a year, or a year and month.</summary>
internal readonly record struct ResumeDate(int Year, int Month)
{
    public bool HasMonth => Month > 0;

    /// <summary>JSON Resume's partial ISO 8601 form: <c>2020</c> or <c>2020-03</c>.</summary>
    public string Iso => HasMonth ? string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}") : Year.ToString("0000", CultureInfo.InvariantCulture);

    public int SortKey => (Year * 13) + Month;
}

/// <summary>A span of time found in a line, and where it sat, so the rest of the line can be read without it.</summary>
/// <param name="End"><c>null</c> with <paramref name="Ongoing"/> for "Present"; <c>null</c> alone for a single date.</param>
internal sealed record ResumeDateRange(ResumeDate Start, ResumeDate? End, bool Ongoing, int Index, int Length);

/// <summary>
/// Dates in the forms resumes use: "Jan 2020 – Present", "January 2020 to March 2021", "2019-2021", "03/2018 - 06/2020",
/// "2018-03 – 2020-06", "Summer 2019", "since 2021", and single dates ("May 2018", "2016").
/// </summary>
internal static partial class ResumeDates
{
    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string Season = @"(?:spring|summer|fall|autumn|winter)";
    private const string Year = @"(?:19[5-9]\d|20\d\d)";
    private const string ShortYear = @"'\d\d";
    private const string Point =
        $@"(?:(?<m>{Month})[ ,]*(?<y>{Year}|{ShortYear})|(?<s>{Season})[ ,]*(?<y>{Year})|(?<n>0?[1-9]|1[0-2])[/.](?<y>{Year})|(?<y>{Year})[-/.](?<n>0[1-9]|1[0-2])(?![\d])|(?<y>{Year}))";
    private const string Now = @"(?:present|current(?:ly)?|now|today|ongoing|to\s+date|date|heute|aktuell)";

    [GeneratedRegex(
        $@"(?<![\w/.-])(?:(?:since|from)\s+)?(?<start>{Point})(?:\s*(?:[-–—−~]|to|until|till|through|thru|bis)\s*(?:(?<now>{Now})|(?<end>{Point})))?(?![\w/])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    [GeneratedRegex(@"^\s*(?:since|from)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Since();

    /// <summary>The first date or date range in <paramref name="text"/>, or <c>null</c>.</summary>
    public static ResumeDateRange? Find(string text)
    {
        for (var match = Range().Match(text); match.Success; match = match.NextMatch())
        {
            var start = PointOf(match.Groups["start"].Value);
            if (start is null)
            {
                continue;
            }

            var ongoing = match.Groups["now"].Success || Since().IsMatch(match.Value);
            ResumeDate? end = match.Groups["end"].Success ? PointOf(match.Groups["end"].Value) : null;
            return new ResumeDateRange(start.Value, end, ongoing, match.Index, match.Length);
        }

        return null;
    }

    /// <summary>The text with the range cut out and the separators left behind cleaned up.</summary>
    public static string Without(string text, ResumeDateRange range) =>
        ResumeLines.Clean(EmptyBrackets().Replace(string.Concat(text.AsSpan(0, range.Index), "   ", text.AsSpan(range.Index + range.Length)), "   "));

    [GeneratedRegex(@"\(\s*\)|\[\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyBrackets();

    private static ResumeDate? PointOf(string text)
    {
        var match = PointPattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var yearText = match.Groups["y"].Value;
        var year = yearText.StartsWith('\'') ? 2000 + int.Parse(yearText[1..], CultureInfo.InvariantCulture) : int.Parse(yearText, CultureInfo.InvariantCulture);
        if (year > DateTime.UtcNow.Year + 1 && yearText.StartsWith('\''))
        {
            year -= 100;
        }

        var month = match.Groups["m"].Success ? MonthOf(match.Groups["m"].Value)
            : match.Groups["n"].Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture)
            : match.Groups["s"].Success ? SeasonMonth(match.Groups["s"].Value)
            : 0;
        return new ResumeDate(year, month);
    }

    [GeneratedRegex($"^{Point}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointPattern();

    private static int MonthOf(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    // A season is as precise as the resume allows; its first month keeps the order of entries right.
    private static int SeasonMonth(string season) => season.ToLowerInvariant() switch
    {
        "spring" => 3,
        "summer" => 6,
        "fall" or "autumn" => 9,
        _ => 12,
    };
}
