using System.Diagnostics;
using Npgsql;
using OpenTalent.Benchmarks.Matching;
using OpenTalent.Core.Search;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Storage;
using OpenTalent.Storage.Migrations;
using OpenTalent.Storage.Postgres;
using OpenTalent.Storage.Search;
using OpenTalent.Storage.Sqlite;
using OpenTalent.Text.Matching;
using OpenTalent.Text.Search;
using OpenTalent.Text.Skills;

namespace OpenTalent.Benchmarks.Search;

/// <param name="Postgres">A PostgreSQL connection string; null skips that engine.</param>
/// <param name="Keep">
/// Keep the loaded SQLite file and PostgreSQL schema, named by postings, seed and day, and reuse them when a later run
/// asks for the same: loading a million postings takes minutes, so profiling runs load once.
/// </param>
/// <param name="Worst">How many of the slowest workload queries to describe in the log, with their times.</param>
public sealed record SearchBenchmarkOptions(int Postings, int Queries, int Seed, string? Postgres, DateOnly Today, string WorkFolder, bool Keep = false, int Worst = 0);

/// <summary>One engine's figures: load time, size, and latency of the keyword + filter workload and of salary order.</summary>
public sealed record EngineSearchReport(
    string Engine,
    int Searchable,
    double LoadSeconds,
    double OptimizeSeconds,
    long? DatabaseBytes,
    SearchLatency Workload,
    SearchLatency SalarySort);

/// <param name="CappedShare">Share of queries whose total reached the cap ("10,000+").</param>
public sealed record SearchLatency(int Queries, double P50Ms, double P99Ms, double MeanMs, double MaxMs, double MeanTotal, double CappedShare);

public sealed record SearchBenchmarkReport(int Postings, int Queries, int Seed, double GeneratorSetupSeconds, IReadOnlyList<EngineSearchReport> Engines, string? PostgresNote);

/// <summary>
/// <c>opentalent bench search</c>: N synthetic postings (the matching benchmark's market) bulk-loaded into a fresh
/// SQLite file and a fresh PostgreSQL schema with the rows the store writes, then a keyword + filter workload timed
/// end to end through <see cref="JobSearchStore"/> (query understanding, SQL, facets, page) on one thread.
/// </summary>
public static class SearchBenchmark
{
    private const int WarmUp = 30;

    public static async Task<SearchBenchmarkReport> RunAsync(TaxonomySnapshot snapshot, SearchQueryParser parser, SearchBenchmarkOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var clock = Stopwatch.StartNew();
        var concepts = SkillConcepts.Build(SkillCatalog.Build(snapshot));
        var market = new SyntheticMarket(OccupationGraphBuilder.Build(snapshot, concepts), options.Seed, options.Today);
        var workload = SearchWorkload.Queries(market, options.Postings, options.Queries, stream: 1);
        var salary = SearchWorkload.Queries(market, options.Postings, Math.Max(20, options.Queries / 10), stream: 2, JobSearchSort.Salary);
        var setup = clock.Elapsed.TotalSeconds;
        log.WriteLine($"market of {market.OccupationCount:N0} occupations; {workload.Count:N0} + {salary.Count:N0} queries drawn in {setup:0.0} s");

        var engines = new List<EngineSearchReport>();
        var path = Path.Combine(options.WorkFolder, $"bench-search-{(options.Keep ? KeptName(options) : Guid.NewGuid().ToString("N"))}.db");
        try
        {
            engines.Add(await RunEngineAsync("SQLite", new SqliteDatabase(path), market, parser, workload, salary, options, log, () => Size(path), cancellationToken));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!options.Keep)
            {
                foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(file);
                }
            }
        }

        string? note = null;
        if (options.Postgres is { Length: > 0 } connection)
        {
            engines.Add(await RunPostgresAsync(connection, market, parser, workload, salary, options, log, cancellationToken));
        }
        else
        {
            note = "skipped: no --postgres connection string and no OPENTALENT_TEST_POSTGRES";
        }

        return new SearchBenchmarkReport(options.Postings, workload.Count, options.Seed, setup, engines, note);
    }

    private static async Task<EngineSearchReport> RunPostgresAsync(
        string connectionString, SyntheticMarket market, SearchQueryParser parser, IReadOnlyList<JobSearchQuery> workload, IReadOnlyList<JobSearchQuery> salary,
        SearchBenchmarkOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var schema = $"bench_search_{(options.Keep ? KeptName(options) : Guid.NewGuid().ToString("N"))}";
        await using (var admin = new NpgsqlConnection(connectionString))
        {
            await admin.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS {schema}", admin);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            var scoped = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema, CommandTimeout = 0 }.ConnectionString;
            using var database = new PostgresDatabase(scoped);
            return await RunEngineAsync("PostgreSQL", database, market, parser, workload, salary, options, log, () => SchemaSizeAsync(scoped, cancellationToken), cancellationToken);
        }
        finally
        {
            if (!options.Keep)
            {
                await using var admin = new NpgsqlConnection(connectionString);
                await admin.OpenAsync(CancellationToken.None);
                await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", admin);
                await drop.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
    }

    private static async Task<EngineSearchReport> RunEngineAsync(
        string engine, Database database, SyntheticMarket market, SearchQueryParser parser, IReadOnlyList<JobSearchQuery> workload,
        IReadOnlyList<JobSearchQuery> salary, SearchBenchmarkOptions options, TextWriter log, Func<Task<long?>> size, CancellationToken cancellationToken)
    {
        await new Migrator(database).MigrateAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        var loader = new SearchBulkLoader(database);
        double load = 0, optimize = 0;
        long searchable;
        if (options.Keep && await SearchableAsync(database, cancellationToken) is > 0 and var kept)
        {
            searchable = kept;
            log.WriteLine($"{engine}: reusing the kept load ({searchable:N0} searchable)");
        }
        else
        {
            searchable = await loader.LoadAsync(Enumerable.Range(0, options.Postings).Select(market.Posting), options.Today, cancellationToken);
            load = clock.Elapsed.TotalSeconds;
            log.WriteLine($"{engine}: {options.Postings:N0} postings ({searchable:N0} searchable) loaded in {load:0.0} s; optimising");
            clock.Restart();
            await loader.OptimizeAsync(cancellationToken);
            optimize = clock.Elapsed.TotalSeconds;
        }

        var bytes = await size();
        log.WriteLine($"{engine}: optimised in {optimize:0.0} s; {(bytes ?? 0) / 1048576.0:N0} MiB");

        var store = new JobSearchStore(database, _ => Task.FromResult(parser), new FixedClock(options.Today));
        foreach (var query in workload.Take(WarmUp))
        {
            await store.SearchAsync(query, cancellationToken);
        }

        var main = await TimeAsync(store, workload, cancellationToken, options.Worst, log);
        log.WriteLine($"{engine}: keyword + filters p50 {main.P50Ms:0.00} ms, p99 {main.P99Ms:0.00} ms over {main.Queries:N0} queries");
        var bySalary = await TimeAsync(store, salary, cancellationToken);
        log.WriteLine($"{engine}: salary order p50 {bySalary.P50Ms:0.00} ms, p99 {bySalary.P99Ms:0.00} ms over {bySalary.Queries:N0} queries");
        return new EngineSearchReport(engine, (int)searchable, load, optimize, bytes, main, bySalary);
    }

    private static async Task<SearchLatency> TimeAsync(
        JobSearchStore store, IReadOnlyList<JobSearchQuery> queries, CancellationToken cancellationToken, int worst = 0, TextWriter? log = null)
    {
        var timings = new double[queries.Count];
        long totals = 0;
        var capped = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var results = await store.SearchAsync(queries[i], cancellationToken);
            timings[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            totals += results.Total;
            capped += results.TotalIsCapped ? 1 : 0;
        }

        foreach (var i in Enumerable.Range(0, queries.Count).OrderByDescending(i => timings[i]).Take(worst))
        {
            log?.WriteLine($"  {timings[i],8:0.00} ms  {Describe(queries[i])}");
        }

        return new SearchLatency(
            queries.Count,
            Latency.Percentile(timings, 0.50),
            Latency.Percentile(timings, 0.99),
            timings.Average(),
            timings.Max(),
            (double)totals / queries.Count,
            (double)capped / queries.Count);
    }

    private static string KeptName(SearchBenchmarkOptions options) =>
        $"{options.Postings}_{options.Seed}_{options.Today:yyyyMMdd}";

    private static async Task<long> SearchableAsync(Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM posting_search";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Describe(JobSearchQuery query) =>
        $"q=\"{query.Text}\" location={query.Location ?? "-"} remote={query.Remote} min={query.MinimumSalary?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} " +
        $"within={query.PostedWithinDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} seniority={query.Seniority?.ToString() ?? "-"} sort={query.Sort} page={query.Page}";

    private static Task<long?> Size(string path) =>
        Task.FromResult<long?>(new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length));

    private static async Task<long?> SchemaSizeAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'",
            connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class FixedClock(DateOnly today) : TimeProvider
    {
        private readonly DateTimeOffset now = new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;
    }
}
