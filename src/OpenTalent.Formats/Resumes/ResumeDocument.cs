namespace OpenTalent.Formats.Resumes;

/// <summary><c>basics.location</c>. <paramref name="CountryCode"/> is an upper-cased ISO 3166-1 alpha-2 code.</summary>
public sealed record ResumeLocation(string? City, string? Region, string? PostalCode, string? CountryCode);

/// <summary>One <c>work</c> entry; <paramref name="End"/> is <c>null</c> for the current position.</summary>
public sealed record ResumeWork(string? Organization, string? Position, DateOnly? Start, DateOnly? End, string? Summary, IReadOnlyList<string> Highlights);

public sealed record ResumeEducation(string? Institution, string? Area, string? StudyType, DateOnly? Start, DateOnly? End);

public sealed record ResumeSkill(string Name, string? Level, IReadOnlyList<string> Keywords);

public sealed record ResumeProject(string? Name, string? Description, IReadOnlyList<string> Highlights, IReadOnlyList<string> Keywords, DateOnly? Start, DateOnly? End);

/// <summary>A pay figure: upper-cased ISO 4217 currency, a positive amount, a period HOUR, DAY, WEEK, MONTH or YEAR.</summary>
public sealed record ResumeSalary(string Currency, decimal Amount, string Period);

/// <summary>
/// Job preferences from the <c>meta.opentalent</c> extension (JSON Resume has no place for them).
/// <paramref name="Remote"/> is remote, hybrid, onsite or any (lower-case), or <c>null</c> when not said.
/// </summary>
public sealed record ResumePreferences(string? Remote, ResumeSalary? ExpectedSalary, ResumeSalary? CurrentSalary, IReadOnlyList<string> Locations)
{
    public static ResumePreferences None { get; } = new(null, null, null, []);
}

/// <summary>
/// A JSON Resume (jsonresume.org, schema v1) read from one line, validated and reduced to what matching uses.
/// </summary>
/// <param name="Identifier"><c>meta.id</c>, else <c>basics.email</c> lower-cased, else <c>null</c> (the importer assigns one).</param>
/// <param name="Name">For display only; never used for matching.</param>
/// <param name="Label">The headline, <c>basics.label</c>.</param>
/// <param name="Certificates">Names of <c>certificates</c>.</param>
/// <param name="Languages">The <c>language</c> of each <c>languages</c> entry.</param>
/// <param name="LastModified">The date of <c>meta.lastModified</c>.</param>
public sealed record ResumeDocument(
    string? Identifier,
    string? Name,
    string? Label,
    string? Email,
    string? Summary,
    ResumeLocation? Location,
    IReadOnlyList<ResumeWork> Work,
    IReadOnlyList<ResumeEducation> Education,
    IReadOnlyList<ResumeSkill> Skills,
    IReadOnlyList<ResumeProject> Projects,
    IReadOnlyList<string> Certificates,
    IReadOnlyList<string> Languages,
    ResumePreferences Preferences,
    DateOnly? LastModified);
