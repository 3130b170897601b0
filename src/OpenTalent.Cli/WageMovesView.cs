using OpenTalent.Core.Matching.WageMoves;
using Spectre.Console;

namespace OpenTalent.Cli;

/// <summary>The wage-moves report for a person reading a terminal.</summary>
internal static class WageMovesView
{
    public static void Write(IAnsiConsole console, WageMovesReport report)
    {
        var baseline = report.Baseline.Pay is { } pay ? $"{pay} a year ({Describe(report.Baseline)})" : "unknown";
        console.MarkupLine($"[bold]Compared with:[/] {Markup.Escape(baseline)}");
        foreach (var note in report.Notes)
        {
            console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        }

        Section(console, "Better-paid postings you already fit", report.Postings.Select(p =>
            $"{p.Match.Title}{(p.Match.Employer is null ? "" : $" · {p.Match.Employer}")} [{p.Match.Identifier}]: {p.Offered.Currency} {p.Offered.Min:#,0}-{p.Offered.Max:#,0}, +{p.Raise:P0}, match {p.Match.Score:0.00}"));
        Section(console, "Better-paid occupations", report.Occupations.Select(o =>
            $"{o.Title} ({o.Code}): median ${o.MedianAnnualWage:#,0}, +{o.Raise:P0}, skill fit {o.SkillFit:P0}" +
            (o.MissingSkills.Count > 0 ? $"; to learn: {string.Join(", ", o.MissingSkills.Take(4).Select(s => s.Label))}" : "")));
        Section(console, "Skills that unlock the most better-paid postings", report.SkillBundles.Select(b =>
            $"learn {string.Join(" and ", b.Labels)}: {b.UnlockedPostings:N0} more jobs, median +{b.MedianRaise:P0}"));
        Section(console, "Career paths", report.CareerPaths.Select(p =>
            $"{p.FromTitle} → {string.Join(" → ", p.Steps.Select(s => $"{s.Title} (${s.MedianAnnualWage:#,0})"))}: +${p.TotalWageDelta:#,0} (+{p.TotalRaise:P0})" +
            (p.Steps.SelectMany(s => s.SkillsToLearn).Any() ? $"; learn {string.Join(", ", p.Steps.SelectMany(s => s.SkillsToLearn).Take(4).Select(s => s.Label).Distinct())}" : "")));
    }

    private static string Describe(WageBaseline baseline) => baseline.Source switch
    {
        WageBaselineSource.ExpectedSalary => "your expected salary",
        WageBaselineSource.CurrentSalary => "your current salary",
        WageBaselineSource.OccupationMedian => $"the OEWS median of {baseline.OccupationCode}",
        _ => "none",
    };

    private static void Section(IAnsiConsole console, string title, IEnumerable<string> lines)
    {
        console.MarkupLine($"[bold]{Markup.Escape(title)}[/]");
        var any = false;
        foreach (var line in lines)
        {
            console.MarkupLine("  " + Markup.Escape(line));
            any = true;
        }

        if (!any)
        {
            console.MarkupLine("  [grey](none)[/]");
        }
    }
}
