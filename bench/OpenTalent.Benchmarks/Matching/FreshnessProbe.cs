using System.Diagnostics;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Benchmarks.Matching;

/// <summary>
/// Adds a posting built to be a seeker's best match, changes it, then closes it, and times how long each takes to
/// show in that seeker's results, without a rebuild. The probe posting is removed afterwards.
/// </summary>
public static class FreshnessProbe
{
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(5);

    public static FreshnessReport Run(MatchIndex index, CandidateProfile seeker, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(seeker);
        var fresh = IdealPosting(seeker, "bench-freshness-probe", "Freshness probe", today);
        var added = Time(index, fresh, seeker, today, results => Find(results, fresh.Identifier) is not null);

        var changed = Copy(fresh, "Freshness probe (changed)", PostingStatus.Open);
        var updated = Time(index, changed, seeker, today, results => Find(results, fresh.Identifier)?.Title == changed.Title);

        var closed = Copy(changed, changed.Title, PostingStatus.Closed);
        var gone = Time(index, closed, seeker, today, results => Find(results, fresh.Identifier) is null);
        index.RemovePosting(fresh.Identifier);
        return new FreshnessReport(added, updated, gone);
    }

    /// <summary>Every skill the seeker has, required; their occupation, level, place and arrangement; pay above their wish.</summary>
    public static JobPosting IdealPosting(CandidateProfile seeker, string identifier, string title, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(seeker);
        var skills = seeker.Skills.Select(s => new PostingSkill(s.SkillId, s.Label, 1.0, required: true)).ToArray();
        var occupations = seeker.Occupations.Take(1).Select(o => new OccupationFit(o.Code, o.Label, 1.0)).ToArray();
        var arrangement = seeker.RemotePreference switch
        {
            RemotePreference.RemoteOnly => WorkArrangement.Remote,
            RemotePreference.RemoteOrHybrid => WorkArrangement.Hybrid,
            _ => WorkArrangement.OnSite,
        };
        Place[] places = seeker.Location is { } place ? [place] : [];
        var salary = seeker.TargetSalary is { } pay ? new PayRange(pay.Amount * 1.1m, pay.Amount * 1.3m, pay.Currency) : null;
        return new JobPosting(identifier, title, "Benchmark Probe", occupations, skills, seeker.Seniority, places, arrangement, salary, today, null, PostingStatus.Open, EmploymentType.FullTime);
    }

    private static JobPosting Copy(JobPosting posting, string title, PostingStatus status) =>
        new(posting.Identifier, title, posting.Employer, posting.Occupations, posting.Skills, posting.Seniority, posting.Locations, posting.Arrangement, posting.Salary, posting.DatePosted, posting.ValidThrough, status, posting.EmploymentType);

    private static double? Time(MatchIndex index, JobPosting posting, CandidateProfile seeker, DateOnly today, Func<IReadOnlyList<JobMatch>, bool> shows)
    {
        var clock = Stopwatch.StartNew();
        index.Upsert(posting);
        while (clock.Elapsed < GiveUpAfter)
        {
            if (shows(index.JobsFor(seeker, JobFilters.None, MatchBenchmarkOptions.SeekerTop, today)))
            {
                return clock.Elapsed.TotalMilliseconds;
            }

            Thread.Sleep(1);
        }

        return null;
    }

    private static JobMatch? Find(IReadOnlyList<JobMatch> results, string identifier)
    {
        foreach (var result in results)
        {
            if (result.Identifier == identifier)
            {
                return result;
            }
        }

        return null;
    }
}
