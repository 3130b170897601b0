using OpenTalent.Core.Taxonomy;
using Spectre.Console;

namespace OpenTalent.Cli;

/// <summary>The human-readable page of one occupation for <c>taxonomy show</c>.</summary>
internal static class OccupationView
{
    public static void Write(IAnsiConsole console, OccupationDetail detail, IReadOnlyList<OccupationSummary> alsoMatching, int skillLimit)
    {
        var occupation = detail.Occupation;
        console.MarkupLine($"[bold]{Markup.Escape(occupation.Title)}[/]  ({detail.Summary.Source.Key()})");
        console.WriteLine(string.Join("   ", occupation.Codes.Select(c => c.ToString())) + (occupation.JobZone is { } zone ? $"   job zone {zone}" : string.Empty));
        if (occupation.Description is { } description)
        {
            console.WriteLine();
            console.WriteLine(description);
        }

        WriteTitles(console, occupation);
        WriteWages(console, detail.Wages);
        WriteSkills(console, detail.Skills, skillLimit);
        if (detail.Related.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Related occupations[/]");
            foreach (var related in detail.Related.Take(10))
            {
                console.WriteLine($"  {related.Title} ({related.Key}){(related.Tier is { } tier ? $", {tier}" : string.Empty)}");
            }
        }

        if (alsoMatching.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Also matching[/]");
            foreach (var match in alsoMatching)
            {
                console.WriteLine($"  {match.Title} ({match.Source.Key()} {match.Key}){(match.MatchedTitle is { } title && title != match.Title ? $" as \"{title}\"" : string.Empty)}");
            }
        }
    }

    private static void WriteTitles(IAnsiConsole console, Occupation occupation)
    {
        var others = occupation.Titles.Where(t => t.Kind != TitleKind.Preferred).ToArray();
        if (others.Length == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine($"[bold]Also known as[/] ({others.Length:N0} titles)");
        console.WriteLine("  " + string.Join("; ", others.Take(15).Select(t => t.Text)) + (others.Length > 15 ? "; ..." : string.Empty));
    }

    private static void WriteWages(IAnsiConsole console, IReadOnlyList<StoredWage> wages)
    {
        if (wages.Count == 0)
        {
            return;
        }

        console.WriteLine();
        var table = new Table().Title("Annual wages (USD)").AddColumns("Source", "SOC", "P10", "P25", "Median", "P75", "P90", "Employed");
        foreach (var stored in wages)
        {
            var annual = stored.Wage.Annual;
            table.AddRow(
                $"{stored.Source.Key()} {stored.Wage.Year}",
                stored.Wage.SocCode,
                Money(annual.P10),
                Money(annual.P25),
                Money(annual.Median),
                Money(annual.P75),
                Money(annual.P90),
                stored.Wage.Employment?.ToString("N0") ?? "n/a");
        }

        console.Write(table);
        foreach (var note in wages.Select(w => $"{w.Source.Key()}: {w.Wage.SourceNote}").Where(n => !n.EndsWith(": ", StringComparison.Ordinal)).Distinct())
        {
            console.WriteLine($"  {note}");
        }

        if (wages.Any(w => w.Wage.Annual.Percentiles.Any(p => p?.IsLowerBound == true)))
        {
            console.WriteLine("  ≥ marks a top-coded figure: the wage is at least that much.");
        }
    }

    private static void WriteSkills(IAnsiConsole console, IReadOnlyList<OccupationSkillDetail> skills, int limit)
    {
        if (skills.Count == 0 || limit == 0)
        {
            return;
        }

        console.WriteLine();
        var table = new Table().Title($"Skills ({Math.Min(limit, skills.Count)} of {skills.Count:N0})").AddColumns("Skill", "Kind", "Relation", "Importance", "Flags");
        foreach (var skill in skills.Take(limit))
        {
            var flags = string.Join(", ", new[] { skill.Hot ? "hot" : null, skill.InDemand ? "in demand" : null }.OfType<string>());
            table.AddRow(
                Markup.Escape(skill.Label),
                skill.Kind.ToString().ToLowerInvariant(),
                skill.Relation == SkillRelation.Unspecified ? "" : skill.Relation.ToString().ToLowerInvariant(),
                skill.Importance?.ToString("0.##") ?? "",
                flags);
        }

        console.Write(table);
    }

    private static string Money(WageEstimate? estimate) => estimate switch
    {
        null => "n/a",
        { IsLowerBound: true } e => $"≥{e.Amount:N0}",
        { } e => e.Amount.ToString("N0"),
    };
}
