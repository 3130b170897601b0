using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTalent.Benchmarks.Http;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Storage;

namespace OpenTalent.Cli.Commands;

/// <summary><c>opentalent bench http</c>: public job search over HTTP on loopback, with wrk.</summary>
internal static class HttpBenchCommand
{
    public static Command Create(CommandContext context)
    {
        var postings = new Option<int>("--postings") { Description = "Synthetic job postings to load into each engine.", DefaultValueFactory = _ => 1_000_000 };
        var seconds = new Option<int>("--seconds") { Description = "Length of each timed wrk run.", DefaultValueFactory = _ => 30 };
        var connections = new Option<int>("--connections") { Description = "Open connections wrk keeps busy.", DefaultValueFactory = _ => 16 };
        var threads = new Option<int>("--threads") { Description = "wrk threads.", DefaultValueFactory = _ => 1 };
        var cache = new Option<int>("--cache-seconds") { Description = "The app's search cache lifetime (OpenTalent:Web:SearchCacheSeconds; 0 = off).", DefaultValueFactory = _ => 30 };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic market and the workload.", DefaultValueFactory = _ => 42 };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string (default: OPENTALENT_TEST_POSTGRES); a fresh schema is made and dropped. Without one only SQLite runs." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var command = new Command("http", "Load N synthetic postings, serve them with the web app on loopback, and drive GET /api/v1/jobs with wrk: requests per second and latency percentiles, for queries that never repeat and for a popular (Zipf) mix. Needs wrk (apt-get install -y wrk).")
        {
            postings, seconds, connections, threads, cache, seed, postgres, json,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var template = database.Provider == DatabaseProvider.Sqlite ? Path.GetFullPath(database.ConnectionString.Replace("Data Source=", "", StringComparison.OrdinalIgnoreCase)) : null;
            var options = new HttpBenchmarkOptions(
                TextCommands.Positive(parse.GetValue(postings), "--postings"),
                TextCommands.Positive(parse.GetValue(seconds), "--seconds"),
                TextCommands.Positive(parse.GetValue(connections), "--connections"),
                TextCommands.Positive(parse.GetValue(threads), "--threads"),
                parse.GetValue(seed),
                parse.GetValue(postgres) ?? Environment.GetEnvironmentVariable("OPENTALENT_TEST_POSTGRES"),
                template is not null && File.Exists(template) ? template : null,
                parse.GetValue(cache) is >= 0 and var lifetime ? lifetime : throw new ArgumentException("--cache-seconds must be 0 or more."),
                DateOnly.FromDateTime(DateTime.UtcNow),
                Path.GetTempPath());
            var snapshot = await services.GetRequiredService<ITaxonomyStore>().LoadSnapshotAsync(token);
            var report = await HttpSearchBenchmark.RunAsync(snapshot, options, context.Error, token);
            context.Output.WriteLine(parse.GetValue(json) ? JsonSerializer.Serialize(report, JsonLinesRunner.JsonOptions) : Table(report));
            return 0;
        }, cancellationToken));
        return command;
    }

    private static string Table(HttpBenchmarkReport report)
    {
        var lines = new List<string> { $"{report.Postings:N0} postings; wrk {report.Threads} thread(s), {report.Connections} connections, {report.Seconds} s per run; search cache {report.CacheSeconds} s" };
        foreach (var engine in report.Engines)
        {
            foreach (var run in engine.Runs)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{engine.Engine,-10} {run.Mix,-8} {run.RequestsPerSecond,8:N0} req/s  p50 {run.P50Ms,7:0.00} ms  p99 {run.P99Ms,7:0.00} ms  errors {run.SocketErrors + run.Non2xx}"));
            }
        }

        if (report.Note is { } note)
        {
            lines.Add(note);
        }

        return string.Join(Environment.NewLine, lines);
    }
}
