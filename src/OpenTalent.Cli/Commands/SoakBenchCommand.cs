using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OpenTalent.Benchmarks;
using OpenTalent.Benchmarks.Http;

namespace OpenTalent.Cli.Commands;

/// <summary><c>opentalent bench soak</c>: a mixed read/write load held for minutes, with wrk; errors, lost writes and memory per minute.</summary>
internal static class SoakBenchCommand
{
    public static Command Create(CommandContext context)
    {
        var minutes = new Option<int>("--minutes") { Description = "How long to hold the load (one wrk run per minute).", DefaultValueFactory = _ => 10 };
        var connections = new Option<int>("--connections") { Description = "Open connections wrk keeps busy.", DefaultValueFactory = _ => 8 };
        var seekers = new Option<int>("--seekers") { Description = "Signed-in seekers whose writes are in the mix.", DefaultValueFactory = _ => 50 };
        var seed = new Option<int>("--seed") { Description = "Seed of the demo data and the request mix.", DefaultValueFactory = _ => 2026 };
        var postgres = new Option<string?>("--postgres") { Description = "Serve from PostgreSQL (a fresh schema, dropped afterwards) instead of a fresh SQLite file." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var command = new Command(
            "soak",
            "Serve the demo with the web app on loopback and hold a mixed load with wrk (searches, search and job pages, jobs for me, talent-pool switches, applications as signed-in seekers): " +
            "per minute throughput, latency, errors and memory; afterwards every application answered 201 must be stored. Needs wrk.")
        {
            minutes, connections, seekers, seed, postgres, json,
        };
        command.SetAction((parse, cancellationToken) => BenchDatabases.RunAsync(context, parse.GetValue(postgres), "soak", async connection =>
        {
            var options = new SoakOptions(
                connection, TextCommands.Positive(parse.GetValue(minutes), "--minutes"), TextCommands.Positive(parse.GetValue(connections), "--connections"),
                TextCommands.Positive(parse.GetValue(seekers), "--seekers"), parse.GetValue(seed));
            var report = await SoakBenchmark.RunAsync(options, context.Error, cancellationToken);
            context.Output.WriteLine(parse.GetValue(json)
                ? JsonSerializer.Serialize(report, JsonLinesRunner.JsonOptions)
                : string.Create(CultureInfo.InvariantCulture,
                    $"{report.Engine}: {report.Minutes} min at {report.Connections} connections; {report.Runs.Sum(r => r.Requests):N0} requests, median {Statistics.Median(report.Runs.Select(r => r.RequestsPerSecond)):N0} req/s; applications answered 201 {report.ApplicationsCreated}, stored {report.ApplicationsStored}; working set from minute 2 to the end {report.MemoryGrowthPercent:+0.0;-0.0}%; {(report.Problems.Count == 0 ? "no errors" : string.Join("; ", report.Problems))}"));
            return report.Problems.Count == 0 ? 0 : CommandContext.Failure;
        }, cancellationToken));
        return command;
    }

}
