using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Core.Taxonomy;
using Spectre.Console;

namespace OpenTalent.Cli.Commands;

/// <summary><c>opentalent taxonomy stats|show</c>: what the database holds, and one occupation in full.</summary>
internal static class TaxonomyCommands
{
    public static Command Create(CommandContext context)
    {
        var taxonomy = new Command("taxonomy", "Explore the occupations, skills and wages in the database.");
        taxonomy.Add(Stats(context));
        taxonomy.Add(Show(context));
        return taxonomy;
    }

    private static Command Stats(CommandContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object of counts per source." };
        var command = new Command("stats", "Count occupations, titles, skills, occupation-skill links and wages per source.") { json };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var stats = await services.GetRequiredService<ITaxonomyStore>().GetStatsAsync(token);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(StatsJson(stats)));
                return 0;
            }

            var console = Consoles.For(context.Output);
            var table = new Table().AddColumn("").AddColumns(TaxonomySourceNames.All.Select(s => new TableColumn(s.Key()).RightAligned()).ToArray());
            foreach (var (name, counts) in Rows(stats))
            {
                table.AddRow([name, .. TaxonomySourceNames.All.Select(s => counts[s].ToString("N0"))]);
            }

            console.Write(table);
            console.WriteLine("Occupations with a median wage: " + string.Join(", ", TaxonomySourceNames.All
                .Where(s => stats.Occupations[s] > 0)
                .Select(s => $"{s.Key()} {stats.OccupationsWithMedianWage[s]:N0} of {stats.Occupations[s]:N0}")));
            foreach (var import in stats.Imports)
            {
                console.WriteLine($"{import.Source.Key()}: release {import.Release}, {import.Rows:N0} rows, imported {import.ImportedAt:yyyy-MM-dd HH:mm} UTC from {import.Origin}");
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Show(CommandContext context)
    {
        var query = new Argument<string>("code-or-title") { Description = "An O*NET-SOC, SOC, ESCO URI or ISCO code, or an occupation title." };
        var json = new Option<bool>("--json") { Description = "Print the occupation as JSON." };
        var skillLimit = new Option<int>("--skills") { Description = "How many skills to list.", DefaultValueFactory = _ => 25 };
        var command = new Command("show", "Show an occupation: codes, titles, skills, related occupations and wages.") { query, json, skillLimit };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var text = parse.GetRequiredValue(query);
            var limit = parse.GetValue(skillLimit);
            if (limit < 0)
            {
                throw new ArgumentException($"--skills must be 0 or more; got {limit}.");
            }

            var store = services.GetRequiredService<ITaxonomyStore>();
            var matches = await store.FindOccupationsAsync(text, 10, token);
            if (matches.Count == 0)
            {
                context.Error.WriteLine($"error: no occupation has the code or title '{text}'. Try part of a title, such as 'data scientist'.");
                return CommandContext.Failure;
            }

            var detail = await store.GetOccupationAsync(matches[0].Id, token)
                ?? throw new InvalidOperationException($"Occupation {matches[0].Id} disappeared while it was read.");
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(OccupationJson(detail, matches.Skip(1))));
                return 0;
            }

            OccupationView.Write(Consoles.For(context.Output), detail, matches.Skip(1).ToArray(), limit);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static IEnumerable<(string Name, IReadOnlyDictionary<TaxonomySource, long> Counts)> Rows(TaxonomyStats stats) =>
    [
        ("occupations", stats.Occupations), ("titles", stats.Titles), ("skills", stats.Skills),
        ("occupationSkills", stats.OccupationSkills), ("wages", stats.Wages),
    ];

    private static Dictionary<string, Dictionary<string, long>> StatsJson(TaxonomyStats stats) =>
        Rows(stats).ToDictionary(row => row.Name, row => TaxonomySourceNames.All.ToDictionary(s => s.Key(), s => row.Counts[s]));

    private static object OccupationJson(OccupationDetail detail, IEnumerable<OccupationSummary> alsoMatching) => new
    {
        id = detail.Summary.Id,
        source = detail.Summary.Source.Key(),
        key = detail.Occupation.Key,
        title = detail.Occupation.Title,
        description = detail.Occupation.Description,
        jobZone = detail.Occupation.JobZone,
        codes = detail.Occupation.Codes.Select(c => new { scheme = OccupationCode.SchemeName(c.Scheme), code = c.Value }),
        titles = detail.Occupation.Titles.Select(t => new { title = t.Text, kind = t.Kind.ToString().ToLowerInvariant() }),
        tasks = detail.Occupation.Tasks.Select(t => new { task = t.Text, core = t.IsCore }),
        skills = detail.Skills.Select(s => new
        {
            label = s.Label,
            kind = s.Kind.ToString().ToLowerInvariant(),
            relation = s.Relation.ToString().ToLowerInvariant(),
            importance = s.Importance,
            level = s.Level,
            hot = s.Hot,
            inDemand = s.InDemand,
        }),
        related = detail.Related.Select(r => new { source = r.Source.Key(), key = r.Key, title = r.Title, tier = r.Tier }),
        wages = detail.Wages.Select(w => new
        {
            source = w.Source.Key(),
            socCode = w.Wage.SocCode,
            level = w.Wage.Level.ToString().ToLowerInvariant(),
            year = w.Wage.Year,
            employment = w.Wage.Employment,
            note = w.Wage.SourceNote,
            annual = Figures(w.Wage.Annual),
            hourly = Figures(w.Wage.Hourly),
        }),
        alsoMatching = alsoMatching.Select(m => new { id = m.Id, source = m.Source.Key(), key = m.Key, title = m.Title }),
    };

    private static Dictionary<string, object?> Figures(WageDistribution distribution) => new()
    {
        ["p10"] = Figure(distribution.P10),
        ["p25"] = Figure(distribution.P25),
        ["median"] = Figure(distribution.Median),
        ["p75"] = Figure(distribution.P75),
        ["p90"] = Figure(distribution.P90),
        ["mean"] = Figure(distribution.Mean),
    };

    private static object? Figure(WageEstimate? estimate) =>
        estimate is { } e ? new { amount = e.Amount, atLeast = e.IsLowerBound } : null;
}
