using System.Diagnostics;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Matching;
using OpenTalent.Text.Skills;

namespace OpenTalent.Benchmarks.Matching;

/// <summary>
/// Scale and speed of matching: builds a <see cref="MatchIndex"/> over a synthetic market of N postings and M
/// profiles, times both query directions on one thread, checks results against the brute-force reference, times
/// how fast changes show, and (given a connection) the same query in PostgreSQL.
/// </summary>
public static class MatchBenchmark
{
    private const int Batch = 16_384;
    private const double ScoreTolerance = 1e-9;

    public static async Task<MatchBenchmarkReport> RunAsync(TaxonomySnapshot snapshot, MatchBenchmarkOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var clock = Stopwatch.StartNew();
        var concepts = SkillConcepts.Build(SkillCatalog.Build(snapshot));
        var graph = OccupationGraphBuilder.Build(snapshot, concepts);
        var similarity = SkillSimilarityLearner.Learn(OccupationSkillSets.From(snapshot, concepts), SkillSimilarityOptions.Default);
        var weights = MatchWeights.Default;
        var model = new RelevanceModel(weights, similarity, graph);
        var market = new SyntheticMarket(graph, options.Seed, options.Today);
        var modelSeconds = clock.Elapsed.TotalSeconds;
        log.WriteLine($"model: {graph.Count:N0} occupations, {similarity.Count:N0} skills with related skills, in {modelSeconds:0.0} s; market draws from {market.OccupationCount:N0} occupations and {market.SkillCount:N0} skills");

        var (index, generatorSeconds, buildSeconds, memoryBytes) = Build(model, market, options, log, cancellationToken);
        try
        {
            return await MeasureAsync(index, market, options, log, cancellationToken) with
            {
                ModelSeconds = modelSeconds,
                GeneratorSeconds = generatorSeconds,
                BuildSeconds = buildSeconds,
                MemoryBytes = memoryBytes,
            };
        }
        finally
        {
            index.Dispose();
        }
    }

    private static async Task<MatchBenchmarkReport> MeasureAsync(MatchIndex index, SyntheticMarket market, MatchBenchmarkOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var weights = index.Model.Weights;

        var seekerCount = options.Queries;
        var recruiterCount = Math.Max(1, options.Queries / 2);
        var seekers = QueryWorkload.Seekers(market, options.Profiles, seekerCount, stream: 1);
        var recruiters = QueryWorkload.Recruiters(market, options.Postings, recruiterCount, stream: 1);
        WarmUp(index, market, options);
        var jobsForSeeker = TimeSeekers(index, seekers, options.Today);
        log.WriteLine($"jobs for a seeker (top {MatchBenchmarkOptions.SeekerTop}): p50 {jobsForSeeker.P50Ms:0.00} ms, p99 {jobsForSeeker.P99Ms:0.00} ms over {jobsForSeeker.Queries:N0} queries");
        var candidatesForJob = TimeRecruiters(index, recruiters, options.Today);
        log.WriteLine($"candidates for a job (top {MatchBenchmarkOptions.CandidateTop}): p50 {candidatesForJob.P50Ms:0.00} ms, p99 {candidatesForJob.P99Ms:0.00} ms over {candidatesForJob.Queries:N0} queries");

        var (seekerAgreement, candidateAgreement) = Agreement(index, market, options, log, cancellationToken);
        var agreement = (double)(seekerAgreement.EqualItems + candidateAgreement.EqualItems) / Math.Max(1, seekerAgreement.Items + candidateAgreement.Items);

        var freshness = FreshnessProbe.Run(index, seekers[0].Profile, options.Today);
        log.WriteLine($"freshness: new {Show(freshness.NewPostingMs)}, changed {Show(freshness.ChangedPostingMs)}, closed {Show(freshness.ClosedPostingMs)}");

        PostgresBaselineReport? postgres = null;
        string? postgresNote = null;
        if (options.Postgres is { Length: > 0 } connection)
        {
            postgres = await new PostgresMatchBaseline(connection, market, weights)
                .RunAsync(options.Postings, seekers.Take(50).ToArray(), log, cancellationToken);
            log.WriteLine($"postgres jobs for a seeker: p50 {postgres.P50Ms:0.00} ms, p99 {postgres.P99Ms:0.00} ms over {postgres.Queries} queries");
        }
        else
        {
            postgresNote = "No PostgreSQL connection: pass --postgres or set OPENTALENT_TEST_POSTGRES.";
        }

        return new MatchBenchmarkReport(
            options.Postings,
            options.Profiles,
            options.Seed,
            market.OccupationCount,
            market.SkillCount,
            0,
            0,
            0,
            0,
            Process.GetCurrentProcess().PeakWorkingSet64,
            jobsForSeeker,
            candidatesForJob,
            agreement,
            seekerAgreement,
            candidateAgreement,
            freshness,
            postgres?.P50Ms,
            postgres is null ? null : postgres.P50Ms / jobsForSeeker.P50Ms,
            postgresNote,
            postgres);
    }

    /// <summary>
    /// Streams the market into a new index in batches: generating a batch is timed apart from upserting it, so
    /// <c>buildSeconds</c> is the index's own work. Memory is the managed heap the index holds after a full
    /// collection, over what was live before it was created.
    /// </summary>
    private static (MatchIndex Index, double GeneratorSeconds, double BuildSeconds, long MemoryBytes) Build(
        RelevanceModel model, SyntheticMarket market, MatchBenchmarkOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var index = new MatchIndex(model);
        var generating = new Stopwatch();
        var building = new Stopwatch();
        var postings = new JobPosting[Batch];
        var closed = 0;
        for (var start = 0; start < options.Postings; start += Batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(Batch, options.Postings - start);
            generating.Start();
            for (var i = 0; i < count; i++)
            {
                postings[i] = market.Posting(start + i);
                closed += postings[i].Status == PostingStatus.Closed ? 1 : 0;
            }

            generating.Stop();
            building.Start();
            for (var i = 0; i < count; i++)
            {
                index.Upsert(postings[i]);
            }

            building.Stop();
            Progress(log, "postings", start + count, options.Postings, building);
        }

        Array.Clear(postings);
        var profiles = new CandidateProfile[Batch];
        for (var start = 0; start < options.Profiles; start += Batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(Batch, options.Profiles - start);
            generating.Start();
            for (var i = 0; i < count; i++)
            {
                profiles[i] = market.Profile(start + i);
            }

            generating.Stop();
            building.Start();
            for (var i = 0; i < count; i++)
            {
                index.Upsert(profiles[i]);
            }

            building.Stop();
            Progress(log, "profiles", start + count, options.Profiles, building);
        }

        Array.Clear(profiles);
        // The heap's growth is what the index holds when nothing else runs; in a process doing other work at the same
        // time (a test run) it can even shrink, so it is never reported below the index's own count of its arrays.
        var memory = Math.Max(GC.GetTotalMemory(forceFullCollection: true) - before, index.EstimatedMemoryBytes());
        // The index keeps open postings only; about 2% of the market is closed.
        if (index.PostingCount != options.Postings - closed || index.ProfileCount != options.Profiles)
        {
            throw new InvalidOperationException($"The index holds {index.PostingCount:N0} postings and {index.ProfileCount:N0} profiles after upserting {options.Postings - closed:N0} open postings and {options.Profiles:N0} profiles.");
        }

        log.WriteLine($"index: built in {building.Elapsed.TotalSeconds:0.0} s (generating the market took {generating.Elapsed.TotalSeconds:0.0} s apart), {memory / 1048576.0:N0} MiB managed");
        return (index, generating.Elapsed.TotalSeconds, building.Elapsed.TotalSeconds, memory);
    }

    private static void Progress(TextWriter log, string what, int done, int total, Stopwatch building)
    {
        if (done == total || done / Batch % 16 == 0)
        {
            log.WriteLine($"index: {done:N0}/{total:N0} {what} ({building.Elapsed.TotalSeconds:0.0} s upserting)");
        }
    }

    /// <summary>Queries from a separate stream, so the timed ones are not answered from a warmed path of their own.</summary>
    private static void WarmUp(MatchIndex index, SyntheticMarket market, MatchBenchmarkOptions options)
    {
        var count = Math.Clamp(options.Queries / 5, 10, 200);
        foreach (var query in QueryWorkload.Seekers(market, options.Profiles, count, stream: 0))
        {
            index.JobsFor(query.Profile, query.Filters, MatchBenchmarkOptions.SeekerTop, options.Today);
        }

        foreach (var query in QueryWorkload.Recruiters(market, options.Postings, count, stream: 0))
        {
            index.CandidatesFor(query.Posting.Identifier, query.Filters, MatchBenchmarkOptions.CandidateTop, options.Today);
        }
    }

    private static LatencySummary TimeSeekers(MatchIndex index, IReadOnlyList<SeekerSample> queries, DateOnly today)
    {
        var timings = new double[queries.Count];
        long results = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var found = index.JobsFor(queries[i].Profile, queries[i].Filters, MatchBenchmarkOptions.SeekerTop, today);
            timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            results += found.Count;
        }

        return Summary(timings, MatchBenchmarkOptions.SeekerTop, results);
    }

    private static LatencySummary TimeRecruiters(MatchIndex index, IReadOnlyList<RecruiterSample> queries, DateOnly today)
    {
        var timings = new double[queries.Count];
        long results = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var found = index.CandidatesFor(queries[i].Posting.Identifier, queries[i].Filters, MatchBenchmarkOptions.CandidateTop, today);
            timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            results += found.Count;
        }

        return Summary(timings, MatchBenchmarkOptions.CandidateTop, results);
    }

    private static LatencySummary Summary(double[] timings, int top, long results) => new(
        timings.Length,
        top,
        Latency.Percentile(timings, 0.50),
        Latency.Percentile(timings, 0.90),
        Latency.Percentile(timings, 0.99),
        timings.Max(),
        (double)results / timings.Length);

    /// <summary>Half the items from each direction: seekers' top 100 and recruiters' top 250 against the exhaustive scorer.</summary>
    private static (AgreementReport Seekers, AgreementReport Candidates) Agreement(MatchIndex index, SyntheticMarket market, MatchBenchmarkOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var seekerQueries = QueryWorkload.Seekers(market, options.Profiles, Math.Max(1, (options.AgreementItems / 2) / MatchBenchmarkOptions.SeekerAgreementTop), stream: 2);
        // The reference is slow by design; it runs on every core (index reads are thread-safe), and is not timed.
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        var seekerPairs = new (Ranked[] Fast, Ranked[] Reference)[seekerQueries.Count];
        Parallel.For(0, seekerQueries.Count, parallel, i =>
        {
            var query = seekerQueries[i];
            seekerPairs[i] = (
                [.. index.JobsFor(query.Profile, query.Filters, MatchBenchmarkOptions.SeekerAgreementTop, options.Today).Select(m => new Ranked(m.Identifier, m.Score))],
                [.. index.JobsForExhaustive(query.Profile, query.Filters, MatchBenchmarkOptions.SeekerAgreementTop, options.Today).Select(m => new Ranked(m.Identifier, m.Score))]);
        });
        var recruiterQueries = QueryWorkload.Recruiters(market, options.Postings, Math.Max(1, (options.AgreementItems / 2) / MatchBenchmarkOptions.CandidateAgreementTop), stream: 2);
        var recruiterPairs = new (Ranked[] Fast, Ranked[] Reference)[recruiterQueries.Count];
        Parallel.For(0, recruiterQueries.Count, parallel, i =>
        {
            var query = recruiterQueries[i];
            recruiterPairs[i] = (
                [.. index.CandidatesFor(query.Posting.Identifier, query.Filters, MatchBenchmarkOptions.CandidateAgreementTop, options.Today).Select(m => new Ranked(m.Identifier, m.Score))],
                [.. index.CandidatesForExhaustive(query.Posting, query.Filters, MatchBenchmarkOptions.CandidateAgreementTop, options.Today).Select(m => new Ranked(m.Identifier, m.Score))]);
        });
        var seekers = new AgreementCounter();
        foreach (var (fast, reference) in seekerPairs)
        {
            seekers.Compare(fast, reference);
        }

        var candidates = new AgreementCounter();
        foreach (var (fast, reference) in recruiterPairs)
        {
            candidates.Compare(fast, reference);
        }

        var report = (seekers.Report(), candidates.Report());
        log.WriteLine($"agreement with brute force: jobs for a seeker {report.Item1.EqualItems:N0}/{report.Item1.Items:N0} items ({report.Item1.IdenticalLists:P1} of lists identical), " +
            $"candidates for a job {report.Item2.EqualItems:N0}/{report.Item2.Items:N0} ({report.Item2.IdenticalLists:P1}), in {clock.Elapsed.TotalSeconds:0.0} s");
        return report;
    }

    private readonly record struct Ranked(string Identifier, double Score);

    private static string Show(double? milliseconds) => milliseconds is { } ms ? $"{ms:0.00} ms" : "not visible";

    /// <summary>Counts positions where both lists hold the same item with the same score (a missing item is a miss).</summary>
    private sealed class AgreementCounter
    {
        private int _items;
        private int _equal;
        private int _lists;
        private int _identical;

        public void Compare(Ranked[] fast, Ranked[] reference)
        {
            var positions = Math.Max(fast.Length, reference.Length);
            var equal = 0;
            for (var i = 0; i < Math.Min(fast.Length, reference.Length); i++)
            {
                if (fast[i].Identifier == reference[i].Identifier && Math.Abs(fast[i].Score - reference[i].Score) <= ScoreTolerance)
                {
                    equal++;
                }
            }

            _items += positions;
            _equal += equal;
            _lists++;
            _identical += equal == positions ? 1 : 0;
        }

        public AgreementReport Report() => new(
            _items,
            _equal,
            _items == 0 ? 1 : (double)_equal / _items,
            _lists,
            _lists == 0 ? 1 : (double)_identical / _lists);
    }
}
