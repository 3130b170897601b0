using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Benchmarks;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Models;

namespace OpenTalent.Cli.Commands;

/// <summary><c>opentalent bench ...</c>: the speed and memory targets, measured. Figures go to docs/BENCHMARKS.md.</summary>
internal static class BenchCommands
{
    public static Command Create(CommandContext context)
    {
        var bench = new Command("bench", "Run a benchmark and print its figures (medians of several runs).");
        bench.Add(Import(context));
        bench.Add(Text(context));
        return bench;
    }

    private static Command Text(CommandContext context)
    {
        var megabytes = new Option<int>("--mb") { Description = "Size of the extraction corpus, built from the taxonomy's own prose.", DefaultValueFactory = _ => 20 };
        var loads = new Option<int>("--loads") { Description = "How many times to load the models; the median is reported.", DefaultValueFactory = _ => 3 };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var command = new Command("text", "Model load time and memory, skill-extraction MB/s and titles/s on one thread, with the lexicon of the database (import O*NET and ESCO first for the full figures).") { megabytes, loads, json };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var size = TextCommands.Positive(parse.GetValue(megabytes), "--mb");
            var count = TextCommands.Positive(parse.GetValue(loads), "--loads");
            await services.GetRequiredService<TextModelProvider>().GetAsync(new StepProgress(context.Error), token);
            var stored = await services.GetRequiredService<IModelStore>().LoadLatestAsync(TextModels.StoreName, token)
                ?? throw new InvalidOperationException("No text models are stored; run 'opentalent models build'.");
            var snapshot = await services.GetRequiredService<ITaxonomyStore>().LoadSnapshotAsync(token);
            var report = TextBenchmark.Run(stored.Payload, snapshot, size, count, context.Error);
            context.Output.WriteLine(parse.GetValue(json)
                ? JsonSerializer.Serialize(report, JsonLinesRunner.JsonOptions)
                : $"Models {report.ModelPayloadBytes / 1048576.0:0.0} MiB stored, load {report.MedianLoadSeconds:0.00} s (median of {count}), {report.ModelMemoryBytes / 1048576.0:0} MiB in memory. " +
                  $"Skill extraction {report.ExtractionMegabytesPerSecond:0.0} MB/s on one thread (literal lexicon alone {report.LiteralOnlyMegabytesPerSecond:0.0} MB/s; tokenising alone {report.TokenizerMegabytesPerSecond:0.0} MB/s). " +
                  $"Titles {report.TitlesPerSecond:N0}/s (folding keys alone {report.TextKeyTitlesPerSecond:N0}/s). Peak working set {report.PeakWorkingSetBytes / 1048576.0:0} MiB.");
            return 0;
        }, cancellationToken));
        return command;
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
