namespace OpenTalent.Core.Workforce;

/// <summary>How a recruiter's capacity is counted.</summary>
public enum CapacityKind
{
    /// <summary>
    /// Candidates carried at once: a candidate holds a slot from passing review until they leave the funnel (hired or
    /// rejected); passed applications wait, first come first served. Exact, simulated candidate by candidate.
    /// </summary>
    ActiveCandidates,

    /// <summary>
    /// New candidates taken on per week (first screens a recruiter can run); passed applications beyond that wait,
    /// first come first served. Simulated as counts per day, so it stays fast at any volume.
    /// </summary>
    NewCandidatesPerWeek,
}

/// <summary>What the recruiting team can handle: a number of recruiters, each with the same load.</summary>
public sealed record RecruiterCapacity
{
    public const int MaxRecruiters = 100_000;
    public const int MaxCandidatesPerRecruiter = 10_000;

    /// <summary>The team's total load at most (the active-candidates simulation keeps one slot per candidate).</summary>
    public const int MaxSlots = 10_000_000;

    /// <summary>A capacity in candidates carried at once (<see cref="CapacityKind.ActiveCandidates"/>).</summary>
    public RecruiterCapacity(int recruiters, int activeCandidatesPerRecruiter)
        : this(recruiters, activeCandidatesPerRecruiter, CapacityKind.ActiveCandidates)
    {
    }

    private RecruiterCapacity(int recruiters, int perRecruiter, CapacityKind kind)
    {
        var perName = kind == CapacityKind.ActiveCandidates ? "activeCandidatesPerRecruiter" : "newCandidatesPerRecruiterPerWeek";
        Recruiters = recruiters is >= 1 and <= MaxRecruiters
            ? recruiters
            : throw new ArgumentOutOfRangeException(nameof(recruiters), recruiters, $"recruiters must be between 1 and {MaxRecruiters}.");
        PerRecruiter = perRecruiter is >= 1 and <= MaxCandidatesPerRecruiter
            ? perRecruiter
            : throw new ArgumentOutOfRangeException(perName, perRecruiter, $"{perName} must be between 1 and {MaxCandidatesPerRecruiter}.");
        if ((long)recruiters * perRecruiter > MaxSlots)
        {
            throw new ArgumentOutOfRangeException(perName, perRecruiter, $"{recruiters} recruiters with {perRecruiter} candidates each exceed {MaxSlots} candidates.");
        }

        Kind = kind;
    }

    /// <summary>A capacity in new candidates taken on per recruiter per week (<see cref="CapacityKind.NewCandidatesPerWeek"/>).</summary>
    public static RecruiterCapacity PerWeek(int recruiters, int newCandidatesPerRecruiterPerWeek) =>
        new(recruiters, newCandidatesPerRecruiterPerWeek, CapacityKind.NewCandidatesPerWeek);

    public int Recruiters { get; }

    /// <summary>Each recruiter's load: candidates at once, or new candidates per week, by <see cref="Kind"/>.</summary>
    public int PerRecruiter { get; }

    public CapacityKind Kind { get; }

    /// <summary>The team's load: candidates in process at once, or new candidates per week.</summary>
    public int Total => Recruiters * PerRecruiter;

    public RecruiterCapacity WithRecruiters(int recruiters) => new(recruiters, PerRecruiter, Kind);
}
