using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OpenTalent.Benchmarks.Workforce;
using OpenTalent.Storage;

namespace OpenTalent.Cli.Commands;

/// <summary><c>opentalent bench hiring</c>: the hiring-at-scale targets (issue 6) on a fresh SQLite file or PostgreSQL schema.</summary>
internal static class HiringBenchCommand
{
    public static Command Create(CommandContext context)
    {
        var applications = new Option<int>("--applications") { Description = "Applications to generate (about).", DefaultValueFactory = _ => 500_000 };
        var bulk = new Option<int>("--bulk") { Description = "Applications moved in the timed bulk move.", DefaultValueFactory = _ => 1_000 };
        var repeats = new Option<int>("--repeats") { Description = "Timed repetitions of each read.", DefaultValueFactory = _ => 40 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 2026, Description = "Seed of the generated organisation." };
        var postgres = new Option<string?>("--postgres") { Description = "Run on PostgreSQL (a fresh schema, dropped afterwards) instead of a fresh SQLite file." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var command = new Command("hiring", "An organisation of 8,000 planned employees, 3,500 open requisitions and 500,000 applications: pipeline pages, analytics and a bulk move of 1,000 in one transaction, timed.")
        {
            applications, bulk, repeats, seed, postgres, json,
        };
        command.SetAction((parse, cancellationToken) => BenchDatabases.RunAsync(context, parse.GetValue(postgres), "hiring", async connection =>
        {
            var options = new HiringBenchmarkOptions(
                TextCommands.Positive(parse.GetValue(applications), "--applications"), TextCommands.Positive(parse.GetValue(bulk), "--bulk"),
                TextCommands.Positive(parse.GetValue(repeats), "--repeats"), parse.GetValue(seed));
            var database = StorageServiceCollectionExtensions.Create(connection);
            try
            {
                var report = await HiringBenchmark.RunAsync(database, options, context.Error, cancellationToken);
                context.Output.WriteLine(parse.GetValue(json) ? JsonSerializer.Serialize(report, JsonLinesRunner.JsonOptions) : Table(report));
                return report.BulkMoveWritten ? 0 : CommandContext.Failure;
            }
            finally
            {
                (database as IDisposable)?.Dispose();
            }
        }, cancellationToken));
        return command;
    }

    private static string Table(HiringBenchmarkReport report) => string.Join(Environment.NewLine, new[]
    {
        string.Create(CultureInfo.InvariantCulture,
            $"{report.Engine}: {report.Employees:N0} planned employees, {report.Requisitions:N0} requisitions ({report.OpenRequisitions:N0} open), {report.Applications:N0} applications, {report.Moves:N0} moves; loaded in {report.LoadSeconds:0.0} s"),
    }.Concat(report.Timings.Select(t => string.Create(CultureInfo.InvariantCulture, $"  {t.Operation,-62} median {t.MedianMs,8:0.0} ms  p99 {t.P99Ms,8:0.0} ms  ({t.Repeats}x) {t.Target}"))));
}
