using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenTalent.Benchmarks.Matching;
using OpenTalent.Benchmarks.Search;
using OpenTalent.Core.Search;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Storage;
using OpenTalent.Storage.Migrations;
using OpenTalent.Storage.Postgres;
using OpenTalent.Storage.Search;
using OpenTalent.Storage.Sqlite;
using OpenTalent.Text.Matching;
using OpenTalent.Text.Skills;
using OpenTalent.Web;

namespace OpenTalent.Benchmarks.Http;

/// <param name="TemplateSqlite">A SQLite database with the taxonomy and text models to start the SQLite copy from (the CLI's --db), or null.</param>
public sealed record HttpBenchmarkOptions(
    int Postings, int Seconds, int Connections, int Threads, int Seed, string? Postgres, string? TemplateSqlite, int CacheSeconds, DateOnly Today, string WorkFolder);

/// <summary>One wrk run: what was asked, how many answered, and how fast.</summary>
public sealed record WrkResult(string Mix, int DistinctPaths, long Requests, double Seconds, double RequestsPerSecond, double P50Ms, double P99Ms, double MeanMs, double MaxMs, long SocketErrors, long Non2xx);

public sealed record HttpEngineReport(string Engine, long Searchable, double LoadSeconds, IReadOnlyList<WrkResult> Runs);

public sealed record HttpBenchmarkReport(int Postings, int Seconds, int Connections, int Threads, int CacheSeconds, IReadOnlyList<HttpEngineReport> Engines, string? Note);

/// <summary>
/// Job search over HTTP on loopback, driven by wrk: N synthetic postings loaded into a database, the real web app
/// (the same one <c>opentalent serve</c> runs) serving it on Kestrel, and wrk sending <c>GET /api/v1/jobs</c> with the
/// search workload's queries. Two mixes: <c>distinct</c>, where no query repeats (every request reaches the
/// database), and <c>popular</c>, where queries repeat the way search traffic does (a Zipf draw, exponent 1.0, over
/// 2,000 distinct queries), so the app's short-lived search cache serves the repeats.
/// </summary>
public static class HttpSearchBenchmark
{
    private const int PopularPool = 2_000;
    private const double ZipfExponent = 1.0;

    public static async Task<HttpBenchmarkReport> RunAsync(TaxonomySnapshot snapshot, HttpBenchmarkOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var wrk = Wrk.Find() ?? throw new InvalidOperationException("wrk is not installed: apt-get install -y wrk.");
        var concepts = SkillConcepts.Build(SkillCatalog.Build(snapshot));
        var market = new SyntheticMarket(OccupationGraphBuilder.Build(snapshot, concepts), options.Seed, options.Today);
        // Enough distinct queries that wrk never comes back to one within a run, even at several thousand per second.
        var distinct = Distinct(SearchWorkload.Queries(market, options.Postings, Math.Max(20_000, options.Seconds * 4_000), stream: 11).Select(SearchRequestPaths.For));
        var pool = Distinct(SearchWorkload.Queries(market, options.Postings, PopularPool * 2, stream: 12).Select(SearchRequestPaths.For)).Take(PopularPool).ToArray();
        var popular = Zipf(pool, distinct.Count, options.Seed);
        log.WriteLine($"{distinct.Count:N0} distinct request paths; popular mix over {pool.Length:N0}");

        var engines = new List<HttpEngineReport>();
        var path = Path.Combine(options.WorkFolder, $"bench-http-{Guid.NewGuid():N}.db");
        try
        {
            if (options.TemplateSqlite is { } template)
            {
                await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = template, Mode = SqliteOpenMode.ReadOnly }.ConnectionString);
                await source.OpenAsync(cancellationToken);
                await using var copy = source.CreateCommand();
                copy.CommandText = "VACUUM INTO $path";
                copy.Parameters.AddWithValue("$path", path);
                await copy.ExecuteNonQueryAsync(cancellationToken);
            }

            engines.Add(await RunEngineAsync("SQLite", path, () => new SqliteDatabase(path), market, distinct, popular, pool.Length, wrk, options, log, cancellationToken));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }

        string? note = options.TemplateSqlite is null ? "SQLite started empty: the app read queries with its starter taxonomy." : null;
        if (options.Postgres is { Length: > 0 } connection)
        {
            var schema = $"bench_http_{Guid.NewGuid():N}";
            await ExecuteAsync(connection, $"CREATE SCHEMA {schema}", cancellationToken);
            try
            {
                var scoped = new NpgsqlConnectionStringBuilder(connection) { SearchPath = schema, CommandTimeout = 0 }.ConnectionString;
                engines.Add(await RunEngineAsync("PostgreSQL", scoped, () => new PostgresDatabase(scoped), market, distinct, popular, pool.Length, wrk, options, log, cancellationToken));
                note = (note is null ? "" : note + " ") + "PostgreSQL started from a fresh schema: the app read queries with its starter taxonomy, not the full one.";
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(connection, $"DROP SCHEMA IF EXISTS {schema} CASCADE", CancellationToken.None);
            }
        }
        else
        {
            note = (note is null ? "" : note + " ") + "PostgreSQL skipped: no --postgres connection string and no OPENTALENT_TEST_POSTGRES.";
        }

        return new HttpBenchmarkReport(options.Postings, options.Seconds, options.Connections, options.Threads, options.CacheSeconds, engines, note);
    }

    private static async Task<HttpEngineReport> RunEngineAsync(
        string engine, string connectionString, Func<Database> open, SyntheticMarket market, List<string> distinct, string[] popular,
        int poolSize, string wrk, HttpBenchmarkOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        long searchable;
        var database = open();
        try
        {
            await new Migrator(database).MigrateAsync(cancellationToken);
            var loader = new SearchBulkLoader(database);
            searchable = await loader.LoadAsync(Enumerable.Range(0, options.Postings).Select(market.Posting), options.Today, cancellationToken);
            await loader.OptimizeAsync(cancellationToken);
        }
        finally
        {
            (database as IDisposable)?.Dispose();
        }

        var load = clock.Elapsed.TotalSeconds;
        log.WriteLine($"{engine}: {options.Postings:N0} postings ({searchable:N0} searchable) loaded and optimised in {load:0.0} s; starting the web app");
        var app = OpenTalentWebApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--{WebSetup.DatabaseKey}={connectionString}",
            "--OpenTalent:Web:WarmUp=false",
            "--OpenTalent:Web:PermitsPerWindow=1000000000",
            $"--OpenTalent:Web:SearchCacheSeconds={options.CacheSeconds.ToString(CultureInfo.InvariantCulture)}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync(cancellationToken);
        try
        {
            var url = app.Urls.First();
            // The first search builds the query reader from the text models (tens of seconds with the full taxonomy); the
            // served process would have done it at start (its warm-up, turned off here so it does not load a match index).
            using (var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(10) })
            {
                clock.Restart();
                (await client.GetAsync(new Uri(distinct[^1], UriKind.Relative), cancellationToken)).EnsureSuccessStatusCode();
                log.WriteLine($"{engine}: serving at {url}; first search (loads the query reader) took {clock.Elapsed.TotalSeconds:0.0} s");
            }

            var folder = Directory.CreateTempSubdirectory("bench-http-").FullName;
            try
            {
                var runs = new List<WrkResult>();
                // Warm-up: JIT, connection pools and the database's page cache, with queries the timed runs do not use.
                await WrkAsync(wrk, url, folder, "warm-up", distinct.AsEnumerable().Reverse().Take(5_000).ToArray(), 5_000, Math.Min(10, options.Seconds), options, cancellationToken);
                foreach (var (mix, paths, count) in new (string, IReadOnlyList<string>, int)[] { ("distinct", distinct, distinct.Count), ("popular", popular, poolSize) })
                {
                    var result = await WrkAsync(wrk, url, folder, mix, paths, count, options.Seconds, options, cancellationToken);
                    log.WriteLine($"{engine} {mix}: {result.RequestsPerSecond:N0} requests/s, p50 {result.P50Ms:0.00} ms, p99 {result.P99Ms:0.00} ms, {result.SocketErrors} socket errors, {result.Non2xx} non-2xx");
                    runs.Add(result);
                }

                return new HttpEngineReport(engine, searchable, load, runs);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    private static async Task<WrkResult> WrkAsync(
        string wrk, string url, string folder, string mix, IReadOnlyList<string> paths, int distinctPaths, int seconds, HttpBenchmarkOptions options, CancellationToken cancellationToken)
    {
        var list = Path.Combine(folder, mix + ".txt");
        await File.WriteAllLinesAsync(list, paths, cancellationToken);
        var script = Path.Combine(folder, "search.lua");
        await File.WriteAllTextAsync(script, WrkScript, cancellationToken);
        var root = await Wrk.RunAsync(
            wrk, url, script, options.Connections, seconds,
            new Dictionary<string, string> { ["OT_PATHS"] = list, ["OT_THREADS"] = options.Threads.ToString(CultureInfo.InvariantCulture) },
            cancellationToken,
            options.Threads);
        var requests = root.GetProperty("requests").GetInt64();
        var elapsed = root.GetProperty("seconds").GetDouble();
        return new WrkResult(
            mix, distinctPaths, requests, elapsed, requests / elapsed,
            root.GetProperty("p50").GetDouble(), root.GetProperty("p99").GetDouble(), root.GetProperty("mean").GetDouble(), root.GetProperty("max").GetDouble(),
            root.GetProperty("errors").GetInt64(), root.GetProperty("non2xx").GetInt64());
    }

    /// <summary>
    /// Each wrk thread walks the path list from its own starting point, so threads do not send the same query at the
    /// same moment; <c>done</c> prints the figures as one JSON line (latencies in ms).
    /// </summary>
    private const string WrkScript = """
        local paths = {}
        for line in io.lines(os.getenv("OT_PATHS")) do paths[#paths + 1] = line end
        local threads = tonumber(os.getenv("OT_THREADS"))
        local counter = 0
        function setup(thread)
          thread:set("offset", counter * math.floor(#paths / threads))
          counter = counter + 1
        end
        local i = 0
        function init(args)
          i = offset or 0
        end
        function request()
          i = i % #paths + 1
          return wrk.format("GET", paths[i])
        end
        function done(summary, latency, requests)
          local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
          io.write(string.format('OTJSON {"requests":%d,"seconds":%.6f,"errors":%d,"non2xx":%d,"p50":%.3f,"p99":%.3f,"mean":%.3f,"max":%.3f}\n',
            summary.requests, summary.duration / 1e6, errors, summary.errors.status,
            latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.mean / 1000, latency.max / 1000))
        end
        """;

    private static List<string> Distinct(IEnumerable<string> paths) => paths.Distinct(StringComparer.Ordinal).ToList();

    /// <summary>A request sequence where the k-th most popular query is asked in proportion to 1/k^s.</summary>
    private static string[] Zipf(string[] pool, int length, int seed)
    {
        var weights = new double[pool.Length];
        var total = 0.0;
        for (var k = 0; k < pool.Length; k++)
        {
            total += 1.0 / Math.Pow(k + 1, ZipfExponent);
            weights[k] = total;
        }

        var random = new Random(seed);
        var sequence = new string[length];
        for (var i = 0; i < length; i++)
        {
            var index = Array.BinarySearch(weights, random.NextDouble() * total);
            sequence[i] = pool[index < 0 ? ~index : index];
        }

        return sequence;
    }


    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
