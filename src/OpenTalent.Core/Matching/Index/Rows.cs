using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Matching;

/// <summary>
/// What scoring a posting reads besides its skills, in one struct so that judging a slot costs one cache line
/// rather than one miss per field (a query judges tens of thousands of slots).
/// </summary>
internal readonly record struct PostingRow(
    double SalaryMax,
    int Currency,
    int Posted,
    int ValidThrough,
    Range Places,
    byte Seniority,
    byte Arrangement,
    byte EmploymentType)
{
    public WorkArrangement ArrangementOf => (WorkArrangement)Arrangement;
}

/// <summary>What scoring a profile reads besides its skills, in one struct; see <see cref="PostingRow"/>.</summary>
internal readonly record struct ProfileRow(
    double Target,
    int Currency,
    int Updated,
    PlaceIds Place,
    byte Seniority,
    byte RemotePreference);
