using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Matching;

/// <summary>
/// A job posting reduced to what matching needs. <see cref="Identifier"/> is the id it was imported with and is
/// how callers refer to it; the text it came from is kept only for display.
/// </summary>
public sealed record JobPosting
{
    public JobPosting(
        string identifier,
        string title,
        string? employer,
        IEnumerable<OccupationFit>? occupations,
        IEnumerable<PostingSkill>? skills,
        Seniority seniority,
        IEnumerable<Place>? locations,
        WorkArrangement arrangement,
        PayRange? salary,
        DateOnly? datePosted,
        DateOnly? validThrough = null,
        PostingStatus status = PostingStatus.Open,
        EmploymentType employmentType = EmploymentType.Unspecified)
    {
        Identifier = Checks.Identifier(identifier, nameof(identifier));
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title.Trim();
        Employer = string.IsNullOrWhiteSpace(employer) ? null : employer.Trim();
        Occupations = Checks.Distinct(occupations, o => o.Code, "Occupation", nameof(occupations));
        Skills = Checks.Distinct(skills, s => s.SkillId, "Skill", nameof(skills));
        Seniority = seniority;
        Locations = (locations ?? []).ToArray();
        Arrangement = arrangement;
        Salary = salary;
        if (datePosted is { } posted && validThrough is { } until && until < posted)
        {
            throw new ArgumentOutOfRangeException(nameof(validThrough), validThrough, $"A posting cannot expire ({until:yyyy-MM-dd}) before it was posted ({posted:yyyy-MM-dd}).");
        }

        DatePosted = datePosted;
        ValidThrough = validThrough;
        Status = status;
        EmploymentType = employmentType;
    }

    public string Identifier { get; }

    public string Title { get; }

    public string? Employer { get; }

    /// <summary>Best first.</summary>
    public IReadOnlyList<OccupationFit> Occupations { get; }

    public IReadOnlyList<PostingSkill> Skills { get; }

    public Seniority Seniority { get; }

    public IReadOnlyList<Place> Locations { get; }

    public WorkArrangement Arrangement { get; }

    /// <summary>Annualised; null when the posting gives no pay.</summary>
    public PayRange? Salary { get; }

    public DateOnly? DatePosted { get; }

    public DateOnly? ValidThrough { get; }

    public PostingStatus Status { get; }

    public EmploymentType EmploymentType { get; }

    /// <summary>Open, and not past its <see cref="ValidThrough"/> date on <paramref name="today"/>.</summary>
    public bool IsOpenOn(DateOnly today) => Status == PostingStatus.Open && (ValidThrough is null || ValidThrough >= today);
}
