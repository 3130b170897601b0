using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Matching.WageMoves;
using OpenTalent.Formats.Matching;
using Spectre.Console;

namespace OpenTalent.Cli.Commands;

/// <summary>
/// <c>opentalent match jobs|candidates</c> and <c>opentalent wage-moves</c>: ranked, explained results over the
/// stored postings and profiles. <c>--json</c> prints one JSON array, best first.
/// </summary>
internal static class MatchCommands
{
    public static IEnumerable<Command> Create(CommandContext context)
    {
        var match = new Command("match", "Rank stored postings for a person, or stored people for a posting, and explain each result.");
        match.Add(Jobs(context));
        match.Add(Candidates(context));
        return [match, WageMoves(context)];
    }

    private static Command Jobs(CommandContext context)
    {
        var profile = ProfileOption();
        var top = TopOption(20);
        var json = JsonOption();
        var remoteOnly = new Option<bool>("--remote-only") { Description = "Only fully remote postings." };
        var minSalary = new Option<decimal?>("--min-salary") { Description = "Only postings whose annual pay reaches this amount (in --currency)." };
        var currency = new Option<string>("--currency") { Description = "ISO 4217 currency of --min-salary.", DefaultValueFactory = _ => "USD" };
        var location = new Option<string?>("--location") { Description = "Only postings in this place: \"City, Region, Country\" (any part may be left out, e.g. \", , DE\")." };
        var command = new Command("jobs", "The postings that fit a person best, from a JSON Resume file.") { profile, top, remoteOnly, minSalary, currency, location, json };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var workspace = services.GetRequiredService<MatchingWorkspace>();
            var person = await workspace.ReadProfileAsync(parse.GetRequiredValue(profile), today, token);
            var (index, _) = await workspace.OpenIndexAsync(MatchWeights.Default, withProfiles: false, token);
            var filters = new JobFilters(
                parse.GetValue(remoteOnly),
                parse.GetValue(minSalary) is { } min ? new AnnualPay(min, parse.GetRequiredValue(currency).ToUpperInvariant()) : null,
                ParsePlace(parse.GetValue(location)));
            var results = index.JobsFor(person, filters, Top(parse, top), today);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(results, JsonLinesRunner.JsonOptions));
                return 0;
            }

            WriteTable(context, results.Select(r => (r.Score, $"{r.Title}{(r.Employer is null ? "" : $" · {r.Employer}")}", r.Identifier, r.Explanation)), $"{results.Count} posting(s) for {person.Headline ?? person.Identifier} among {index.PostingCount:N0} open");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Candidates(CommandContext context)
    {
        var job = new Option<string>("--job") { Description = "The identifier the posting was imported with.", Required = true };
        var top = TopOption(50);
        var json = JsonOption();
        var location = new Option<string?>("--location") { Description = "Only people in this place: \"City, Region, Country\"." };
        var command = new Command("candidates", "The stored profiles that fit a posting best.") { job, top, location, json };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var identifier = parse.GetRequiredValue(job);
            var workspace = services.GetRequiredService<MatchingWorkspace>();
            var posting = await services.GetRequiredService<IMatchingStore>().FindPostingAsync(identifier, token)
                ?? throw new ArgumentException($"No posting has the identifier '{identifier}' (--job). Import it with 'opentalent import postings FILE'.");
            var (index, _) = await workspace.OpenIndexAsync(MatchWeights.Default, withProfiles: true, token);
            var results = index.CandidatesFor(posting.Posting, new CandidateFilters(ParsePlace(parse.GetValue(location))), Top(parse, top), today);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(results, JsonLinesRunner.JsonOptions));
                return 0;
            }

            WriteTable(context, results.Select(r => (r.Score, r.Headline ?? "(no headline)", r.Identifier, r.Explanation)), $"{results.Count} candidate(s) for {posting.Posting.Title} among {index.ProfileCount:N0} profiles");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command WageMoves(CommandContext context)
    {
        var profile = ProfileOption();
        var json = JsonOption();
        var minRaise = new Option<double>("--min-raise") { Description = "The smallest raise worth showing, in percent.", DefaultValueFactory = _ => 10 };
        var command = new Command("wage-moves", "Better-paid postings and occupations a person already fits, the few skills that unlock the most of them, and career paths with OEWS wage deltas.") { profile, minRaise, json };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var raise = parse.GetValue(minRaise);
            if (!(raise is >= 0 and <= 1000))
            {
                throw new ArgumentException($"--min-raise must be a percentage between 0 and 1000; got {raise}.");
            }

            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var workspace = services.GetRequiredService<MatchingWorkspace>();
            var person = await workspace.ReadProfileAsync(parse.GetRequiredValue(profile), today, token);
            var (index, model) = await workspace.OpenIndexAsync(MatchWeights.Default, withProfiles: false, token);
            var report = new WageMoveAdvisor(index, model).Advise(person, new WageMoveOptions(MinRaise: raise / 100), today);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(report, JsonLinesRunner.JsonOptions));
                return 0;
            }

            WageMovesView.Write(Consoles.For(context.Output), report);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Option<string> ProfileOption() => new("--profile") { Description = "A JSON Resume file (one JSON object; see docs/FORMATS.md).", Required = true };

    private static Option<int> TopOption(int fallback) => new("--top") { Description = $"How many results (1-1000; default {fallback}).", DefaultValueFactory = _ => fallback };

    private static Option<bool> JsonOption() => new("--json") { Description = "Print a JSON array, best first, with ids, scores and explanations." };

    private static int Top(ParseResult parse, Option<int> top)
    {
        var value = parse.GetValue(top);
        return value is >= 1 and <= 1000 ? value : throw new ArgumentException($"--top must be between 1 and 1000; got {value}.");
    }

    internal static Place? ParsePlace(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split(',').Select(p => p.Trim()).ToArray();
        if (parts.Length > 3)
        {
            throw new ArgumentException($"--location takes at most three parts, \"City, Region, Country\"; got '{text}'.");
        }

        var country = parts.Length == 3 ? parts[2] : parts.Length == 1 && parts[0].Length == 2 ? parts[0] : null;
        var city = parts.Length == 1 && country is not null ? null : parts[0];
        var region = parts.Length >= 2 ? parts[1] : null;
        return new Place(city, region, country is null ? null : Text.JobAds.CountryCodes.Find(country) ?? country);
    }

    private static void WriteTable(CommandContext context, IEnumerable<(double Score, string Name, string Identifier, MatchExplanation Explanation)> rows, string caption)
    {
        var console = Consoles.For(context.Output);
        var table = new Table().AddColumn("#").AddColumn(new TableColumn("score").RightAligned()).AddColumn("match").AddColumn("how you match");
        var rank = 0;
        foreach (var (score, name, identifier, explanation) in rows)
        {
            table.AddRow((++rank).ToString(), score.ToString("0.000"), $"{Markup.Escape(name)}\n[grey]{Markup.Escape(identifier)}[/]", Markup.Escape(Describe(explanation)));
        }

        console.Write(table);
        console.MarkupLine($"[grey]{Markup.Escape(caption)}[/]");
    }

    private static string Describe(MatchExplanation explanation)
    {
        var lines = new List<string> { explanation.Summary };
        if (explanation.RequiredMatched.Count > 0)
        {
            lines.Add("has: " + string.Join(", ", explanation.RequiredMatched));
        }

        if (explanation.MatchedThroughRelated.Count > 0)
        {
            lines.Add("related: " + string.Join(", ", explanation.MatchedThroughRelated.Select(r => $"{r.Skill} via {r.Via}")));
        }

        if (explanation.RequiredMissing.Count > 0)
        {
            lines.Add("missing: " + string.Join(", ", explanation.RequiredMissing));
        }

        lines.Add("weighed most: " + string.Join(", ", explanation.Factors.Take(3).Select(f => f.Reason)));
        return string.Join("\n", lines);
    }
}
