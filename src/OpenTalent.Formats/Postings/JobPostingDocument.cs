namespace OpenTalent.Formats.Postings;

/// <summary>One place of work from <c>jobLocation</c>. <paramref name="Country"/> is as given: an ISO code or a name.</summary>
public sealed record PostalPlace(string? Locality, string? Region, string? PostalCode, string? Country);

/// <summary>
/// A posted pay range: <paramref name="Currency"/> is an upper-cased ISO 4217 code, <paramref name="Unit"/> one of
/// HOUR, DAY, WEEK, MONTH, YEAR; <c>0 &lt;= Min &lt;= Max</c> (a single value gives Min = Max).
/// </summary>
public sealed record PostedSalary(string Currency, decimal Min, decimal Max, string Unit);

/// <summary>
/// A schema.org <c>JobPosting</c> as read from one line, validated and reduced to plain values. Text fields that may
/// hold HTML (description, qualifications, responsibilities) are plain text: tags removed, entities decoded, block
/// elements turned into line breaks.
/// </summary>
/// <param name="Identifier">The posting's own id as imported, kept to recognise it again.</param>
/// <param name="EmploymentTypes">Upper-cased schema values: FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER.</param>
/// <param name="Telecommute">True when <c>jobLocationType</c> is TELECOMMUTE.</param>
/// <param name="ApplicantCountries">Names from <c>applicantLocationRequirements</c> (countries or states).</param>
/// <param name="Skills">From <c>skills</c>: text split at commas, semicolons and line breaks, or DefinedTerm names.</param>
/// <param name="EducationRequirements">The credentialCategory of an EducationalOccupationalCredential, or the text.</param>
public sealed record JobPostingDocument(
    string Identifier,
    string Title,
    string Description,
    DateOnly? DatePosted,
    DateOnly? ValidThrough,
    IReadOnlyList<string> EmploymentTypes,
    string? HiringOrganization,
    IReadOnlyList<PostalPlace> Locations,
    bool Telecommute,
    IReadOnlyList<string> ApplicantCountries,
    PostedSalary? BaseSalary,
    IReadOnlyList<string> Skills,
    string? Qualifications,
    string? Responsibilities,
    string? ExperienceText,
    int? MonthsOfExperience,
    string? EducationRequirements,
    string? OccupationalCategory,
    string? Industry);
