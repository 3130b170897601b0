using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Benchmarks.Matching;

/// <summary>A seeker's query: their profile and the filters they set.</summary>
public sealed record SeekerSample(CandidateProfile Profile, JobFilters Filters);

/// <summary>A recruiter's query: an open posting and the filters they set.</summary>
public sealed record RecruiterSample(JobPosting Posting, CandidateFilters Filters);

/// <summary>
/// Queries drawn from the synthetic market, with the filter mix of a live product: most seekers set none, some
/// restrict to their city, to remote work or to their pay; most recruiters set none, some their place, a pay
/// ceiling or a minimum seniority. Deterministic for a seed, and disjoint streams for warm-up, timing and checks.
/// </summary>
public static class QueryWorkload
{
    private const int SeekerKind = 10;
    private const int RecruiterKind = 11;

    public static IReadOnlyList<SeekerSample> Seekers(SyntheticMarket market, int profiles, int count, int stream)
    {
        ArgumentNullException.ThrowIfNull(market);
        var queries = new List<SeekerSample>(count);
        for (var i = 0; i < count; i++)
        {
            var random = SplitMix.For(market.Seed, SeekerKind + (stream * 16), i);
            var profile = market.Profile(random.Next(profiles));
            var filters = random.NextDouble() switch
            {
                < 0.70 => JobFilters.None,
                < 0.82 when profile.Location is { } place => new JobFilters(Location: place),
                < 0.92 => new JobFilters(RemoteOnly: true),
                _ when profile.TargetSalary is { } pay => new JobFilters(MinSalary: pay),
                _ => JobFilters.None,
            };
            queries.Add(new SeekerSample(profile, filters));
        }

        return queries;
    }

    /// <summary>Open postings only: recruiters search for their live jobs.</summary>
    public static IReadOnlyList<RecruiterSample> Recruiters(SyntheticMarket market, int postings, int count, int stream)
    {
        ArgumentNullException.ThrowIfNull(market);
        var queries = new List<RecruiterSample>(count);
        for (var i = 0; queries.Count < count && i < count * 20; i++)
        {
            var random = SplitMix.For(market.Seed, RecruiterKind + (stream * 16), i);
            var posting = market.Posting(random.Next(postings));
            if (!posting.IsOpenOn(market.Today))
            {
                continue;
            }

            var filters = random.NextDouble() switch
            {
                < 0.65 => CandidateFilters.None,
                < 0.85 when posting.Locations.Count > 0 => new CandidateFilters(Location: posting.Locations[0]),
                < 0.95 when posting.Salary is { } pay => new CandidateFilters(MaxExpectedSalary: new AnnualPay(pay.Max, pay.Currency)),
                _ when posting.Seniority != Seniority.Unspecified => new CandidateFilters(MinSeniority: posting.Seniority),
                _ => CandidateFilters.None,
            };
            queries.Add(new RecruiterSample(posting, filters));
        }

        return queries;
    }
}
