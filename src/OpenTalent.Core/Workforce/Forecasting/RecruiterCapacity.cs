namespace OpenTalent.Core.Workforce;

/// <summary>
/// How many candidates the recruiters can carry at once: a candidate takes a slot from the moment their application
/// passes review until they leave the funnel (hired or rejected); passed applications wait, first come first served.
/// </summary>
public sealed record RecruiterCapacity
{
    public const int MaxRecruiters = 100_000;
    public const int MaxCandidatesPerRecruiter = 10_000;

    /// <summary>Candidates in process at once across a team, at most: the simulation keeps one slot per candidate.</summary>
    public const int MaxSlots = 10_000_000;

    public RecruiterCapacity(int recruiters, int activeCandidatesPerRecruiter)
    {
        Recruiters = recruiters is >= 1 and <= MaxRecruiters
            ? recruiters
            : throw new ArgumentOutOfRangeException(nameof(recruiters), recruiters, $"recruiters must be between 1 and {MaxRecruiters}.");
        ActiveCandidatesPerRecruiter = activeCandidatesPerRecruiter is >= 1 and <= MaxCandidatesPerRecruiter
            ? activeCandidatesPerRecruiter
            : throw new ArgumentOutOfRangeException(nameof(activeCandidatesPerRecruiter), activeCandidatesPerRecruiter, $"activeCandidatesPerRecruiter must be between 1 and {MaxCandidatesPerRecruiter}.");
        if ((long)recruiters * activeCandidatesPerRecruiter > MaxSlots)
        {
            throw new ArgumentOutOfRangeException(nameof(activeCandidatesPerRecruiter), activeCandidatesPerRecruiter, $"{recruiters} recruiters with {activeCandidatesPerRecruiter} candidates each exceed {MaxSlots} candidates in process.");
        }
    }

    public int Recruiters { get; }

    public int ActiveCandidatesPerRecruiter { get; }

    /// <summary>Candidates in process at once across the team.</summary>
    public int Slots => Recruiters * ActiveCandidatesPerRecruiter;

    public RecruiterCapacity WithRecruiters(int recruiters) => new(recruiters, ActiveCandidatesPerRecruiter);
}
