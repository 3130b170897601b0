using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Web;

/// <summary>Annual pay as shown: the range and its currency.</summary>
public sealed record SalaryView(decimal Min, decimal Max, string Currency, string Period);

public sealed record SkillView(string Id, string Label, bool Required, double Weight);

public sealed record OccupationView(string Code, string Label);

/// <summary>A posting as the API shows it. <see cref="Url"/> is its public page, which carries schema.org JSON-LD.</summary>
public sealed record JobView(
    string Id,
    string Title,
    string? Employer,
    string Description,
    PostingStatus Status,
    IReadOnlyList<string> Locations,
    WorkArrangement Arrangement,
    EmploymentType EmploymentType,
    Seniority Seniority,
    SalaryView? Salary,
    DateOnly? DatePosted,
    DateOnly? ValidThrough,
    OccupationView? Occupation,
    IReadOnlyList<SkillView> Skills,
    string Url)
{
    public static JobView From(PostingRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var posting = record.Posting;
        return new JobView(
            posting.Identifier,
            posting.Title,
            posting.Employer,
            record.Description,
            posting.Status,
            [.. posting.Locations.Select(l => l.ToString())],
            posting.Arrangement,
            posting.EmploymentType,
            posting.Seniority,
            SalaryOf(posting.Salary),
            posting.DatePosted,
            posting.ValidThrough,
            posting.Occupations.Count > 0 ? new OccupationView(posting.Occupations[0].Code, posting.Occupations[0].Label) : null,
            [.. posting.Skills.Select(s => new SkillView(s.SkillId, s.Label, s.Required, Math.Round(s.Weight, 3)))],
            PageUrl(posting.Identifier));
    }

    public static SalaryView? SalaryOf(PayRange? pay) => pay is null ? null : new SalaryView(pay.Min, pay.Max, pay.Currency, "year");

    public static string PageUrl(string identifier) => "/jobs/" + Uri.EscapeDataString(identifier);
}

/// <summary>One ranked result with its explanation ("how you match").</summary>
public sealed record JobMatchView(string Id, string Title, string? Employer, double Score, MatchExplanation Explanation, string Url)
{
    public static JobMatchView From(JobMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return new(match.Identifier, match.Title, match.Employer, Math.Round(match.Score, 4), match.Explanation, JobView.PageUrl(match.Identifier));
    }
}
