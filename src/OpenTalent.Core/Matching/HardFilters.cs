using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Matching;

/// <summary>The hard filters, applied before ranking; what fails one is never scored. Documented in docs/MATCHING.md.</summary>
internal static class HardFilters
{
    /// <summary>Open on <paramref name="today"/> and passing every filter given.</summary>
    public static bool Admits(JobFilters filters, JobPosting posting, DateOnly today)
    {
        if (!posting.IsOpenOn(today))
        {
            return false;
        }

        if (filters.RemoteOnly && posting.Arrangement != WorkArrangement.Remote)
        {
            return false;
        }

        if (filters.EmploymentType is { } type && posting.EmploymentType != type)
        {
            return false;
        }

        if (filters.MinSalary is { } minimum
            && (posting.Salary is not { } pay || pay.Currency != minimum.Currency || pay.Max < minimum.Amount))
        {
            return false;
        }

        return filters.Location is not { } place || PostingIsIn(posting, place);
    }

    public static bool Admits(CandidateFilters filters, CandidateProfile profile, JobPosting posting)
    {
        if (filters.MinSeniority is { } seniority && (profile.Seniority == Seniority.Unspecified || profile.Seniority < seniority))
        {
            return false;
        }

        // A person states an expectation in another currency cannot be compared, so like one with none, passes.
        if (filters.MaxExpectedSalary is { } maximum && profile.TargetSalary is { } target
            && target.Currency == maximum.Currency && target.Amount > maximum.Amount)
        {
            return false;
        }

        if (filters.Location is not { } place)
        {
            return true;
        }

        return (profile.Location is { } home && FactorMath.IsIn(home, place))
            || (posting.Arrangement == WorkArrangement.Remote && profile.RemotePreference != RemotePreference.OnSite);
    }

    /// <summary>A posting in the place, or remote and open there: no locations, or one in the filter's country.</summary>
    public static bool PostingIsIn(JobPosting posting, Place place)
    {
        foreach (var location in posting.Locations)
        {
            if (FactorMath.IsIn(location, place))
            {
                return true;
            }
        }

        if (posting.Arrangement != WorkArrangement.Remote)
        {
            return false;
        }

        if (posting.Locations.Count == 0 || place.Country is null)
        {
            return true;
        }

        foreach (var location in posting.Locations)
        {
            if (location.Country is null || FactorMath.SamePart(location.Country, place.Country))
            {
                return true;
            }
        }

        return false;
    }
}
