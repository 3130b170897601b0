using System.Diagnostics;
using Dapper;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage;
using OpenTalent.Storage.Hiring;
using OpenTalent.Storage.Migrations;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Hosting;

namespace OpenTalent.Benchmarks.Workforce;

/// <param name="Applications">Roughly how many applications to generate (the demo lab's inflow, scaled).</param>
/// <param name="Repeats">Timed repetitions of each read.</param>
public sealed record HiringBenchmarkOptions(int Applications, int BulkMove, int Repeats, int Seed);

/// <summary>One timed operation: median and worst of its repetitions, in milliseconds.</summary>
public sealed record HiringTiming(string Operation, int Repeats, double MedianMs, double P99Ms, string Target);

public sealed record HiringBenchmarkReport(
    string Engine, int Employees, int Requisitions, int OpenRequisitions, int Applications, long Moves, double LoadSeconds, IReadOnlyList<HiringTiming> Timings, bool BulkMoveWritten);

/// <summary>
/// The scale: an organisation planning 8,000 employees with 3,500 open requisitions and 500,000 applications
/// (the demo lab's pipeline with its inflow scaled), loaded through the same store the app uses; then the pipeline
/// page of requisitions, analytics by each dimension and a bulk move of 1,000 applications in one transaction are
/// timed, with a COUNT(*) over the candidacies as a baseline in the same run.
/// </summary>
public static class HiringBenchmark
{
    public static async Task<HiringBenchmarkReport> RunAsync(Database database, HiringBenchmarkOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        await new Migrator(database).MigrateAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var accounts = new AccountStore(database);
        var owner = new Account(Guid.CreateVersion7(), new EmailAddress($"owner-{Guid.NewGuid():N}@bench.example"), "Bench Owner", AccountKind.Employer, "!", now);
        var organisation = new Organisation(Guid.CreateVersion7(), "Bench AI Lab", now);
        await accounts.CreateWithOrganisationAsync(owner, organisation, cancellationToken);
        var recruiters = Enumerable.Range(0, 60).Select(_ => Guid.CreateVersion7()).ToArray();
        var managers = Enumerable.Range(0, 200).Select(_ => Guid.CreateVersion7()).ToArray();

        var clock = Stopwatch.StartNew();
        // The demo lab's pipeline is about 34,000 applications over its four months of history.
        var generated = DemoHiringPlan.Generate(organisation.Id, DateOnly.FromDateTime(now.UtcDateTime), managers, recruiters, options.Seed, options.Applications / 34_000.0, options.BulkMove + 200);
        log.WriteLine($"generated {generated.Candidacies.Count:N0} applications, {generated.Requisitions.Count:N0} requisitions in {clock.Elapsed.TotalSeconds:0.0} s");
        clock.Restart();
        var store = new WorkforceStore(database);
        await store.SavePlanAsync("bench-ai-lab-" + organisation.Id.ToString("N")[..8], generated.Plan, now, cancellationToken);
        await store.AddAsync(organisation.Id, generated.Requisitions, generated.Candidates, generated.Candidacies, cancellationToken);
        var load = clock.Elapsed.TotalSeconds;
        var moves = generated.Candidacies.Sum(c => (long)c.Candidacy.Moves.Count);
        log.WriteLine($"{database.Provider}: loaded in {load:0.0} s ({moves:N0} moves)");
        await AnalyseAsync(database, cancellationToken);

        var random = new Random(options.Seed);
        var open = generated.Requisitions.Where(r => r.Status == RequisitionStatus.Open).ToArray();
        var timings = new List<HiringTiming>
        {
            await TimeAsync("baseline: COUNT(*) of candidacies", options.Repeats, "", async () =>
            {
                await using var connection = await database.OpenAsync(cancellationToken);
                await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM candidacies", cancellationToken: cancellationToken));
            }),
            await TimeAsync("pipeline page (random open requisition, first stage, 50)", options.Repeats, "≤ 300 ms", async () =>
                await store.PipelinePageAsync(organisation.Id, open[random.Next(open.Length)].Id, null, 1, 50, cancellationToken)),
        };
        var hot = generated.Candidacies.GroupBy(c => c.RequisitionId).OrderByDescending(g => g.Count()).First().Key;
        timings.Add(await TimeAsync("pipeline page (busiest requisition, page 10 of Applied)", options.Repeats, "≤ 300 ms", async () =>
            await store.PipelinePageAsync(organisation.Id, hot, null, 10, 50, cancellationToken)));
        var analytics = new WorkforceAnalytics(database);
        foreach (var by in Enum.GetValues<AnalyticsDimension>())
        {
            // What the API and the page answer: the first page of groups (all of them for departments).
            timings.Add(await TimeAsync($"analytics by {by.ToString().ToLowerInvariant()} (page 1 of 100 groups)", Math.Max(3, options.Repeats / 4), "≤ 300 ms", async () =>
                await analytics.ReportAsync(organisation.Id, by, 1, 100, cancellationToken)));
        }

        timings.Add(await TimeAsync("analytics by requisition (page 20 of 100 groups)", Math.Max(3, options.Repeats / 4), "≤ 300 ms", async () =>
            await analytics.ReportAsync(organisation.Id, AnalyticsDimension.Requisition, 20, 100, cancellationToken)));
        timings.Add(await TimeAsync("analytics by requisition, every group (the CSV download)", 3, "", async () =>
            await analytics.ReportAsync(organisation.Id, AnalyticsDimension.Requisition, cancellationToken)));

        var waiting = generated.Candidacies.Where(c => c.RequisitionId == hot && c.Candidacy.Status == ApplicationStatus.Applied)
            .Select(c => c.Candidacy.ApplicationId).Take(options.BulkMove).ToArray();
        BulkMoveResult? moved = null;
        var at = now;
        timings.Add(await TimeAsync($"bulk reject of {waiting.Length:N0} applications (one transaction)", 1, "≤ 2,000 ms", async () =>
            moved = await store.BulkMoveAsync(organisation.Id, hot, waiting, (pipeline, c) => c.Reject(ExitReasonCatalogue.Default, "position-filled", owner.Id, at), cancellationToken), warm: false));
        var written = moved is { AllSucceeded: true } && (await store.PipelinePageAsync(organisation.Id, hot, null, 1, 1, cancellationToken))!.Stages[0].Ended >= waiting.Length;
        return new HiringBenchmarkReport(
            database.Provider.ToString(), generated.Plan.Departments.Sum(d => d.FinalTarget!.Headcount), generated.Requisitions.Count, open.Length, generated.Candidacies.Count,
            moves, load, timings, written);
    }

    private static async Task<HiringTiming> TimeAsync(string operation, int repeats, string target, Func<Task> action, bool warm = true)
    {
        if (warm)
        {
            await action(); // JIT, query plans, the page cache
        }

        var times = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return new HiringTiming(operation, repeats, Statistics.Median(times), times[(int)Math.Ceiling(0.99 * times.Count) - 1], target);
    }

    /// <summary>Fresh statistics after a bulk load, as an operator's load would be followed by.</summary>
    private static async Task AnalyseAsync(Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("ANALYZE", commandType: System.Data.CommandType.Text, cancellationToken: cancellationToken));
    }
}
