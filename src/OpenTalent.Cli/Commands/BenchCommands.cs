using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Benchmarks;
using OpenTalent.Benchmarks.Matching;
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
        bench.Add(Match(context));
        bench.Add(SearchCommands.Bench(context));
        bench.Add(HttpBenchCommand.Create(context));
        bench.Add(SoakBenchCommand.Create(context));
        bench.Add(HiringBenchCommand.Create(context));
        return bench;
    }

    private static Command Match(CommandContext context)
    {
        var postings = new Option<int>("--postings") { Description = "Synthetic job postings to index.", DefaultValueFactory = _ => 1_000_000 };
        var profiles = new Option<int>("--profiles") { Description = "Synthetic candidate profiles to index.", DefaultValueFactory = _ => 1_000_000 };
        var queries = new Option<int>("--queries") { Description = "Timed jobs-for-seeker queries (top 20); half as many candidates-for-job queries (top 50).", DefaultValueFactory = _ => 2_000 };
        var agreement = new Option<int>("--agreement-items") { Description = "Result items checked against the brute-force scorer, half in each direction.", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic market; the same seed and taxonomy give the same market.", DefaultValueFactory = _ => 42 };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string for the SQL baseline (default: OPENTALENT_TEST_POSTGRES); without one the baseline is skipped." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var command = new Command("match", "Index N postings and M profiles from a synthetic market grounded in the taxonomy; time both query directions on one thread, check them against brute force, time how fast changes show, and compare with the same query in PostgreSQL.")
        {
            postings, profiles, queries, agreement, seed, postgres, json,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var options = new MatchBenchmarkOptions(
                TextCommands.Positive(parse.GetValue(postings), "--postings"),
                TextCommands.Positive(parse.GetValue(profiles), "--profiles"),
                TextCommands.Positive(parse.GetValue(queries), "--queries"),
                parse.GetValue(seed),
                TextCommands.Positive(parse.GetValue(agreement), "--agreement-items"),
                parse.GetValue(postgres) ?? Environment.GetEnvironmentVariable("OPENTALENT_TEST_POSTGRES"),
                DateOnly.FromDateTime(DateTime.UtcNow));
            var snapshot = await services.GetRequiredService<ITaxonomyStore>().LoadSnapshotAsync(token);
            var report = await MatchBenchmark.RunAsync(snapshot, options, context.Error, token);
            context.Output.WriteLine(parse.GetValue(json) ? JsonSerializer.Serialize(report, JsonLinesRunner.JsonOptions) : MatchTable(report));
            return 0;
        }, cancellationToken));
        return command;
    }

    private static string MatchTable(MatchBenchmarkReport report)
    {
        static string Ms(double? value) => value is { } ms ? $"{ms:0.00} ms" : "n/a";
        var rows = new (string Measure, string Value)[]
        {
            ("postings / profiles", $"{report.Postings:N0} / {report.Profiles:N0}"),
            ("build", $"{report.BuildSeconds:0.0} s (generating {report.GeneratorSeconds:0.0} s apart)"),
            ("index memory", $"{report.MemoryBytes / 1048576.0:N0} MiB managed; peak working set {report.PeakWorkingSetBytes / 1048576.0:N0} MiB"),
            ("jobs for a seeker, top 20", $"p50 {Ms(report.JobsForSeeker.P50Ms)}, p99 {Ms(report.JobsForSeeker.P99Ms)} ({report.JobsForSeeker.Queries:N0} queries)"),
            ("candidates for a job, top 50", $"p50 {Ms(report.CandidatesForJob.P50Ms)}, p99 {Ms(report.CandidatesForJob.P99Ms)} ({report.CandidatesForJob.Queries:N0} queries)"),
            ("agreement with brute force", $"{report.Agreement:P2} of {report.SeekerAgreement.Items + report.CandidateAgreement.Items:N0} items"),
            ("freshness new / changed / closed", $"{Ms(report.Freshness.NewPostingMs)} / {Ms(report.Freshness.ChangedPostingMs)} / {Ms(report.Freshness.ClosedPostingMs)}"),
            ("PostgreSQL jobs for a seeker", report.PostgresRatio is { } ratio ? $"p50 {Ms(report.PostgresP50Ms)}: {ratio:0.0}x the index" : report.PostgresNote ?? "n/a"),
        };
        var width = rows.Max(r => r.Measure.Length);
        return string.Join(Environment.NewLine, rows.Select(r => $"{r.Measure.PadRight(width)}  {r.Value}"));
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
