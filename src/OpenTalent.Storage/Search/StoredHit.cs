using OpenTalent.Core.Matching;
using OpenTalent.Core.Search;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Storage.Search;

/// <summary>A search row as read back (Dapper fills it by column alias).</summary>
internal sealed class StoredHit
{
    public const string Select =
        "s.id AS Id, s.identifier AS Identifier, s.title AS Title, s.employer AS Employer, s.places AS Places, s.arrangement AS Arrangement, " +
        "s.seniority AS Seniority, s.occupation_code AS OccupationCode, s.occupation_label AS OccupationLabel, s.salary_min AS SalaryMin, " +
        "s.salary_max AS SalaryMax, s.salary_currency AS SalaryCurrency, s.date_posted AS DatePosted, s.skills AS Skills";

    public long Id { get; set; }

    public string Identifier { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Employer { get; set; }

    public string? Places { get; set; }

    public string Arrangement { get; set; } = "";

    public string Seniority { get; set; } = "";

    public string? OccupationCode { get; set; }

    public string? OccupationLabel { get; set; }

    public double? SalaryMin { get; set; }

    public double? SalaryMax { get; set; }

    public string? SalaryCurrency { get; set; }

    public object? DatePosted { get; set; }

    public string Skills { get; set; } = "";

    public int Day => SearchDocument.DayOf(Id);

    public WorkArrangement ArrangementValue => Enum.TryParse<WorkArrangement>(Arrangement, out var value) ? value : WorkArrangement.Unspecified;

    public Seniority SeniorityValue => Enum.TryParse<Seniority>(Seniority, out var value) ? value : Core.Understanding.Seniority.Unspecified;

    public PayRange? Salary =>
        SalaryMin is { } min && SalaryMax is { } max && SalaryCurrency is { } currency ? new PayRange((decimal)min, (decimal)max, currency) : null;

    public DateOnly? DatePostedValue => DatePosted switch
    {
        null => null,
        DateOnly date => date,
        DateTime time => DateOnly.FromDateTime(time),
        string text => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    public JobSearchHit ToHit(IReadOnlyList<string> matchedSkills, string? snippet) => new(
        Identifier, Title, Employer, Places, ArrangementValue, Salary, DatePostedValue, OccupationCode, OccupationLabel, SeniorityValue, matchedSkills, snippet);
}
