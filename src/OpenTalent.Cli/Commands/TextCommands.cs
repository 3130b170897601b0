using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Core.Understanding;
using OpenTalent.Text.JobAds;
using OpenTalent.Text.Models;

namespace OpenTalent.Cli.Commands;

/// <summary>
/// The text-understanding commands. Each reads JSON Lines on stdin and writes one JSON object per input line
/// on stdout, in input order: <c>normalize-titles</c>, <c>extract-skills</c>, <c>parse-job</c>; and <c>models build|info</c>.
/// </summary>
internal static class TextCommands
{
    private const int DefaultMaxLineBytes = 8 * 1024 * 1024;

    public static IEnumerable<Command> Create(CommandContext context) =>
        [Models(context), NormalizeTitles(context), ExtractSkills(context), ParseJob(context)];

    private static Command Models(CommandContext context)
    {
        var models = new Command("models", "Build or inspect the text models learned from the imported taxonomy.");
        var build = new Command("build", "Build the title normaliser and skill extractor from the taxonomy in the database and store them as a new version.");
        build.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var progress = new StepProgress(context.Error);
            var (_, info) = await services.GetRequiredService<TextModelProvider>().BuildAsync(progress, token);
            progress.Complete();
            context.Output.WriteLine($"Built text models version {info.Version} from taxonomy {info.Fingerprint} in {info.LoadTime.TotalSeconds:0.0} s ({info.PayloadBytes / 1048576.0:0.0} MiB stored).");
            return 0;
        }, cancellationToken));
        var info = new Command("info", "Show the stored text models and how long they take to load.");
        info.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var (_, loaded) = await services.GetRequiredService<TextModelProvider>().GetAsync(new StepProgress(context.Error), token);
            context.Output.WriteLine(
                $"Text models version {loaded.Version}, built {loaded.BuiltAt:yyyy-MM-dd HH:mm} UTC from taxonomy {loaded.Fingerprint}; " +
                $"{loaded.PayloadBytes / 1048576.0:0.0} MiB; {(loaded.BuiltNow ? "built" : "loaded")} in {loaded.LoadTime.TotalSeconds:0.00} s.");
            return 0;
        }, cancellationToken));
        models.Add(build);
        models.Add(info);
        return models;
    }

    private static Command NormalizeTitles(CommandContext context)
    {
        var scheme = SchemeOption(allowAll: false);
        var top = TopOption(10);
        var maxLine = MaxLineOption();
        var command = new Command("normalize-titles", "Map job titles (one per line on stdin) to ranked occupations, with seniority and specialisation.") { scheme, top, maxLine };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var (models, _) = await services.GetRequiredService<TextModelProvider>().GetAsync(new StepProgress(context.Error), token);
            var chosen = ParseScheme(parse.GetValue(scheme)!);
            var limit = Positive(parse.GetValue(top), "--top");
            return await RunLinesAsync(context, parse.GetValue(maxLine), text =>
            {
                var result = models.Titles.Normalize(text, chosen, limit);
                return new
                {
                    input = text,
                    matches = result.Matches.Select(m => new { code = m.Code, label = m.Label, score = Math.Round(m.Score, 4) }),
                    seniority = result.Seniority == Seniority.Unspecified ? null : result.Seniority.ToString().ToLowerInvariant(),
                    specialisation = result.Specialisation,
                };
            }, token);
        }, cancellationToken));
        return command;
    }

    private static Command ExtractSkills(CommandContext context)
    {
        var scheme = SchemeOption(allowAll: true);
        var top = TopOption(20);
        var maxLine = MaxLineOption();
        var command = new Command("extract-skills", "Find taxonomy skills in texts (one per line on stdin): ranked, scored, with evidence spans, required or preferred, and years.") { scheme, top, maxLine };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var (models, _) = await services.GetRequiredService<TextModelProvider>().GetAsync(new StepProgress(context.Error), token);
            var chosen = ParseScheme(parse.GetValue(scheme)!);
            var limit = Positive(parse.GetValue(top), "--top");
            return await RunLinesAsync(context, parse.GetValue(maxLine), text => new
            {
                input = text,
                skills = models.Skills.Extract(text, chosen, limit).Select(s => new
                {
                    id = s.Id,
                    label = s.Label,
                    score = Math.Round(s.Score, 4),
                    spans = s.Spans.Select(span => new[] { span.Start, span.End }),
                    required = s.Required,
                    minYears = s.MinYears,
                    @explicit = s.Explicit,
                }),
            }, token);
        }, cancellationToken));
        return command;
    }

    private static Command ParseJob(CommandContext context)
    {
        var maxLine = MaxLineOption();
        var command = new Command("parse-job", "Read facts from job ads (one per line on stdin, JSON-string-encoded for multi-line ads): salary, location, remote, employment type, seniority, education.") { maxLine };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, (services, token) =>
            RunLinesAsync(context, parse.GetValue(maxLine), text => new { input = text, facts = JobAdParser.Parse(text) }, token), cancellationToken));
        return command;
    }

    private static async Task<int> RunLinesAsync(CommandContext context, int maxLineBytes, Func<string, object> handle, CancellationToken cancellationToken)
    {
        if (maxLineBytes < 1)
        {
            throw new ArgumentException($"--max-line-bytes must be at least 1; got {maxLineBytes}.");
        }

        await using var stdin = context.OpenInput();
        await new JsonLinesRunner(stdin, context.Output, context.Error, maxLineBytes).RunAsync(handle, cancellationToken);
        return 0;
    }

    internal static TaxonomyScheme ParseScheme(string value) => value.ToLowerInvariant() switch
    {
        "esco" => TaxonomyScheme.Esco,
        "onet" => TaxonomyScheme.Onet,
        "all" => TaxonomyScheme.All,
        _ => throw new ArgumentException($"--scheme must be esco, onet or all; got '{value}'."),
    };

    internal static Option<string> SchemeOption(bool allowAll)
    {
        var option = new Option<string>("--scheme") { Description = allowAll ? "esco, onet or all (default)." : "esco or onet (default).", DefaultValueFactory = _ => allowAll ? "all" : "onet" };
        option.AcceptOnlyFromAmong(allowAll ? ["esco", "onet", "all"] : ["esco", "onet"]);
        return option;
    }

    private static Option<int> TopOption(int defaultValue) =>
        new("--top") { Description = $"How many results per line (default {defaultValue}).", DefaultValueFactory = _ => defaultValue };

    private static Option<int> MaxLineOption() =>
        new("--max-line-bytes") { Description = "Longer input lines are skipped with an error object (default 8 MiB).", DefaultValueFactory = _ => DefaultMaxLineBytes };

    internal static int Positive(int value, string name) =>
        value >= 1 ? value : throw new ArgumentException($"{name} must be at least 1; got {value}.");
}
