using System.CommandLine;
using System.Text.Json;
using OpenTalent.Benchmarks;

namespace OpenTalent.Cli.Commands;

/// <summary><c>opentalent bench ...</c>: the speed and memory targets, measured. Figures go to docs/BENCHMARKS.md.</summary>
internal static class BenchCommands
{
    public static Command Create(CommandContext context)
    {
        var bench = new Command("bench", "Run a benchmark and print its figures (medians of several runs).");
        bench.Add(Import(context));
        return bench;
    }

    private static Command Import(CommandContext context)
    {
        var data = new Option<string>("--data") { Description = "Folder holding the O*NET, OEWS and ESCO files (as in ../shared/data).", Required = true };
        var runs = new Option<int>("--runs") { Description = "How many times to import; the median is reported.", DefaultValueFactory = _ => 3 };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var command = new Command("import", "Time the full O*NET + OEWS + ESCO import into a fresh SQLite database.") { data, runs, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var count = parse.GetValue(runs);
                if (count < 1)
                {
                    throw new ArgumentException($"--runs must be at least 1; got {count}.");
                }

                var paths = ReferenceDataPaths.Find(parse.GetRequiredValue(data));
                var report = await new ImportBenchmark(CommandContext.BuildServices).RunAsync(paths, count, context.Error, cancellationToken);
                context.Output.WriteLine(parse.GetValue(json)
                    ? JsonSerializer.Serialize(report)
                    : $"Full import, median of {report.Runs}: {report.MedianTotalSeconds:0.00} s (reading files alone: {report.MedianReadSeconds:0.00} s; " +
                      $"storing: {report.MedianStoreSeconds:0.00} s); database {report.DatabaseBytes / 1048576.0:0.0} MiB; peak working set {report.PeakWorkingSetBytes / 1048576.0:0} MiB.");
                return 0;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return context.Fail(exception, parse.GetValue(context.Globals.Verbose));
            }
        });
        return command;
    }
}
