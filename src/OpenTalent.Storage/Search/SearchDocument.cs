using System.Globalization;
using System.Text;
using OpenTalent.Core.Matching;
using OpenTalent.Text.Search;

namespace OpenTalent.Storage.Search;

/// <summary>A posting as the search tables hold it: what results show, and the three texts the index reads.</summary>
internal sealed record SearchDocument(
    string Identifier,
    string Title,
    string? Employer,
    string? Places,
    string Arrangement,
    string Seniority,
    string? OccupationCode,
    string? OccupationLabel,
    double? SalaryMin,
    double? SalaryMax,
    string? SalaryCurrency,
    DateOnly? DatePosted,
    int? ExpiresDay,
    string Skills,
    string Body,
    string Tags,
    int SortDay)
{
    /// <summary>Bits of an id below the day: room for 16 million postings a day.</summary>
    public const int SequenceBits = 24;

    public static SearchDocument From(JobPosting posting, string? description, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var occupation = posting.Occupations.Count > 0 ? posting.Occupations[0] : null;
        return new SearchDocument(
            posting.Identifier,
            posting.Title,
            posting.Employer,
            posting.Locations.Count == 0 ? null : string.Join("; ", posting.Locations.Select(p => p.ToString())),
            posting.Arrangement.ToString(),
            posting.Seniority.ToString(),
            occupation?.Code,
            occupation?.Label,
            posting.Salary is { } low ? (double)low.Min : null,
            posting.Salary is { } high ? (double)high.Max : null,
            posting.Salary?.Currency,
            posting.DatePosted,
            posting.ValidThrough?.DayNumber,
            SkillColumn.Write(posting.Skills),
            SearchText.Body(posting, description),
            string.Join(' ', SearchTags.ForPosting(posting)),
            // A posting dated in the future sorts as today's: it must not sit above everything for months.
            Math.Min((posting.DatePosted ?? today).DayNumber, today.DayNumber));
    }

    public static long FirstId(int day) => (long)day << SequenceBits;

    public static int DayOf(long id) => (int)(id >> SequenceBits);
}

/// <summary>A posting's skills in one text column: "id\tlabel" per line, in the posting's order.</summary>
internal static class SkillColumn
{
    public static string Write(IReadOnlyList<PostingSkill> skills)
    {
        var builder = new StringBuilder();
        foreach (var skill in skills)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(Clean(skill.SkillId)).Append('\t').Append(Clean(skill.Label));
        }

        return builder.ToString();
    }

    public static IEnumerable<(string Id, string Label)> Read(string? column)
    {
        if (string.IsNullOrEmpty(column))
        {
            yield break;
        }

        foreach (var line in column.Split('\n'))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                yield return (line[..tab], line[(tab + 1)..]);
            }
        }
    }

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ');
}

internal static class DayNumbers
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
