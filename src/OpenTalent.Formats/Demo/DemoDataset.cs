namespace OpenTalent.Formats.Demo;

/// <summary>A member's role in an employer's organisation.</summary>
public enum DemoRole
{
    Owner,
    Recruiter,
    HiringManager,
}

/// <summary>A person who runs an employer's hiring; <paramref name="Team"/> is set for hiring managers.</summary>
public sealed record DemoMember(string Name, string Email, DemoRole Role, string? Team);

/// <summary>A team that hires, with the occupations (starter keys) it hires for.</summary>
public sealed record DemoTeam(string Name, string Description, IReadOnlyList<string> OccupationKeys);

/// <summary>A fictional employer: its organisation, its teams and the members to create for it.</summary>
/// <param name="Key">A short stable slug, also the prefix of its postings' identifiers.</param>
/// <param name="Domain">A reserved <c>.example</c> domain, so no address ever reaches a real mailbox.</param>
public sealed record DemoEmployer(
    string Key,
    string Name,
    string Description,
    string Industry,
    string Domain,
    IReadOnlyList<DemoTeam> Teams,
    IReadOnlyList<DemoMember> Members);

/// <summary>One generated posting: a schema.org JobPosting JSON object on one line.</summary>
/// <param name="Closed">Closed by the employer: its <c>validThrough</c> has passed and the importer marks it closed.</param>
public sealed record DemoPosting(string Identifier, string EmployerKey, string Team, string OccupationKey, bool Closed, string Json);

/// <summary>One generated job seeker: a JSON Resume object on one line (with <c>meta.opentalent</c> preferences).</summary>
/// <param name="Discoverable">Whether the seeker lets employers find them in the talent pool.</param>
public sealed record DemoSeeker(string Identifier, string Name, string Email, string OccupationKey, bool Discoverable, string Json);

/// <summary>
/// A whole generated demo market. The same seed, sizes and date always give exactly the same dataset. Nobody in it
/// is real: names are drawn from common first and last names, and every address is at a reserved domain.
/// </summary>
public sealed record DemoDataset(int Seed, DateOnly Today, IReadOnlyList<DemoEmployer> Employers, IReadOnlyList<DemoPosting> Postings, IReadOnlyList<DemoSeeker> Seekers);

/// <summary>What to generate.</summary>
public sealed record DemoOptions
{
    public const int DefaultPostings = 3000;
    public const int DefaultSeekers = 300;
    public const int DefaultSeed = 2026;

    public int Postings { get; init; } = DefaultPostings;

    public int Seekers { get; init; } = DefaultSeekers;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Postings are dated within the 60 days up to this day.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    public void Validate()
    {
        if (Postings is < 0 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(Postings), Postings, "The number of demo postings must be between 0 and 1,000,000.");
        }

        if (Seekers is < 0 or > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(Seekers), Seekers, "The number of demo seekers must be between 0 and 100,000.");
        }
    }
}
