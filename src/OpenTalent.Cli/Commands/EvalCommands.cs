using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Core.Understanding;
using OpenTalent.Text.Evaluation;
using OpenTalent.Text.Models;

namespace OpenTalent.Cli.Commands;

/// <summary>
/// <c>opentalent eval titles|skills --gold FILE</c>: quality on the public benchmarks' file formats
/// (JobBERT titles CSV; Decorte skill CSV; SkillSpan JSON Lines), as docs/QUALITY.md reports it.
/// </summary>
internal static class EvalCommands
{
    public static Command Create(CommandContext context)
    {
        var eval = new Command("eval", "Measure title normalisation or skill extraction against a benchmark file.");
        eval.Add(Titles(context));
        eval.Add(Skills(context));
        eval.Add(Matching(context));
        return eval;
    }

    private static Command Titles(CommandContext context)
    {
        var gold = GoldOption("A JobBERT titles CSV: index, vacancyTitle, conceptUri (ESCO occupation URI).");
        var json = JsonOption();
        var command = new Command("titles", "R@5, R@10 and MRR of title normalisation to ESCO occupations.") { gold, json };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var path = ExistingFile(parse.GetRequiredValue(gold));
            var (models, _) = await services.GetRequiredService<TextModelProvider>().GetAsync(new StepProgress(context.Error), token);
            var report = TitleBenchmark.Run(path, title => models.Titles.Normalize(title, TaxonomyScheme.Esco, TitleBenchmark.MrrDepth).Matches);
            Print(context, parse.GetValue(json), new { benchmark = "jobbert-titles", file = path, titles = report.Titles, recallAt5 = report.RecallAt5, recallAt10 = report.RecallAt10, mrr = report.Mrr },
                $"{Path.GetFileName(path)}: {report.Titles:N0} titles; R@5 {report.RecallAt5:0.000}, R@10 {report.RecallAt10:0.000}, MRR {report.Mrr:0.000}");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Skills(CommandContext context)
    {
        var gold = GoldOption("A Decorte skill CSV (sentence, span, sub_span, label) or a SkillSpan JSON Lines file (tokens, tags_skill, tags_knowledge).");
        var json = JsonOption();
        var scheme = TextCommands.SchemeOption(allowAll: true);
        scheme.Description = "Skills to predict spans from, for SkillSpan (default all). Decorte always links to ESCO.";
        var command = new Command("skills", "Decorte: R-Precision@5, @10 and MRR of ESCO skill linking; SkillSpan: span precision, recall and F1, exact and partial.") { gold, json, scheme };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var path = ExistingFile(parse.GetRequiredValue(gold));
            var (models, _) = await services.GetRequiredService<TextModelProvider>().GetAsync(new StepProgress(context.Error), token);
            var skills = models.Skills;
            if (IsJsonLines(path))
            {
                var chosen = TextCommands.ParseScheme(parse.GetValue(scheme)!);
                var report = SkillSpanBenchmark.Run(path, sentence => skills.Lexicon.Match(sentence, chosen)
                    .Where(m => !m.Negated).Select(m => m.Span).Distinct().ToArray());
                Print(context, parse.GetValue(json), new { benchmark = "skillspan", file = path, scheme = chosen.ToString().ToLowerInvariant(), report },
                    $"{Path.GetFileName(path)}: {report.Sentences:N0} sentences, {report.GoldSpans:N0} gold spans, {report.PredictedSpans:N0} predicted; " +
                    $"exact P {report.ExactPrecision:0.000} R {report.ExactRecall:0.000} F1 {report.ExactF1:0.000}; partial P {report.PartialPrecision:0.000} R {report.PartialRecall:0.000} F1 {report.PartialF1:0.000}");
            }
            else
            {
                var report = DecorteBenchmark.Run(
                    path,
                    sentence => skills.RankSkillIndexes(sentence, TaxonomyScheme.Esco, 100),
                    label => skills.Catalog.FindByLabel(label, TaxonomyScheme.Esco));
                Print(context, parse.GetValue(json), new
                {
                    benchmark = "decorte",
                    file = path,
                    sentences = report.Sentences,
                    rPrecisionAt5 = report.RPrecisionAt5,
                    rPrecisionAt10 = report.RPrecisionAt10,
                    mrr = report.Mrr,
                    unresolvedGoldLabels = report.UnresolvedGoldLabels,
                },
                $"{Path.GetFileName(path)}: {report.Sentences:N0} sentences; RP@5 {report.RPrecisionAt5:0.000}, RP@10 {report.RPrecisionAt10:0.000}, MRR {report.Mrr:0.000}" +
                (report.UnresolvedGoldLabels.Count > 0 ? $"; {report.UnresolvedGoldLabels.Count} gold label(s) name no ESCO skill we hold" : string.Empty));
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Matching(CommandContext context)
    {
        var holdOut = new Option<double>("--hold-out") { Description = "The share of each occupation's skills removed from its profile (0-0.9).", DefaultValueFactory = _ => 0.3 };
        var seed = new Option<int>("--seed") { Description = "Seed of the random removal.", DefaultValueFactory = _ => 42 };
        var json = JsonOption();
        var command = new Command("matching", "Leave-one-out ranking quality on O*NET: a profile from an occupation's skills with some removed; MRR and R@10 of the true occupation.") { holdOut, seed, json };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var fraction = parse.GetValue(holdOut);
            if (!(fraction is >= 0 and <= 0.9))
            {
                throw new ArgumentException($"--hold-out must be between 0 and 0.9; got {fraction}.");
            }

            var snapshot = await services.GetRequiredService<ITaxonomyStore>().LoadSnapshotAsync(token);
            var progress = new StepProgress(context.Error);
            OccupationRankingResult result;
            try
            {
                result = OccupationRankingEvaluation.Run(snapshot, new OccupationRankingOptions(fraction, seed: parse.GetValue(seed)), null, progress, token);
            }
            finally
            {
                progress.Complete();
            }

            Print(context, parse.GetValue(json), result, string.Join(Environment.NewLine,
                new[] { $"{result.QueriedOccupations:N0} O*NET occupations ranked among {result.CandidateOccupations:N0}; {result.HoldOutFraction:P0} of each profile's skills held out (seed {result.Seed})" }
                .Concat(result.Variants.Select(v => $"  {v.Name,-28} MRR {v.MeanReciprocalRank:0.000}  R@1 {v.RecallAt1:0.000}  R@10 {v.RecallAt10:0.000}  ({v.Description})"))));
            return 0;
        }, cancellationToken));
        return command;
    }

    private static void Print(CommandContext context, bool json, object report, string line) =>
        context.Output.WriteLine(json ? JsonSerializer.Serialize(report, JsonLinesRunner.JsonOptions) : line);

    private static bool IsJsonLines(string path)
    {
        using var reader = new StreamReader(path);
        int c;
        while ((c = reader.Read()) >= 0 && char.IsWhiteSpace((char)c))
        {
        }

        return c == '{';
    }

    private static string ExistingFile(string path) =>
        File.Exists(path) ? Path.GetFullPath(path) : throw new FileNotFoundException($"Gold file '{path}' does not exist.");

    private static Option<string> GoldOption(string description) => new("--gold") { Description = description, Required = true };

    private static Option<bool> JsonOption() => new("--json") { Description = "Print the metrics as one JSON object." };
}
