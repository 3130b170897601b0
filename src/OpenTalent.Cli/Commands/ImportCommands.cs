using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats;

namespace OpenTalent.Cli.Commands;

/// <summary><c>opentalent import onet|oews|esco|starter</c>: load public reference data, replacing the source's previous release.</summary>
internal static class ImportCommands
{
    public static Command Create(CommandContext context)
    {
        var import = new Command("import", "Import reference data. Each import replaces that source's previous release in one transaction.");
        import.Add(Source(context, TaxonomySource.Onet, "onet", "The O*NET 29.x text database: a folder of tab-separated .txt files.", "dir"));
        import.Add(Source(context, TaxonomySource.Oews, "oews", "BLS OEWS national wages: the .xlsx as BLS publishes it, or a .csv of its first sheet.", "file"));
        import.Add(Source(context, TaxonomySource.Esco, "esco", "ESCO occupations, skills and their relations: a folder of ESCO CSV files (English).", "dir"));
        import.Add(Source(context, TaxonomySource.Starter, "starter", "Reload OpenTalent's built-in starter taxonomy.", pathName: null));
        return import;
    }

    private static Command Source(CommandContext context, TaxonomySource source, string name, string description, string? pathName)
    {
        var command = new Command(name, description);
        Argument<string>? path = null;
        if (pathName is not null)
        {
            path = new Argument<string>(pathName) { Description = description };
            command.Add(path);
        }

        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var origin = path is null ? TaxonomyImporter.BuiltIn : Path.GetFullPath(parse.GetRequiredValue(path));
            var progress = new StepProgress(context.Error);
            var clock = Stopwatch.StartNew();
            context.Error.WriteLine($"Importing {name} from {origin}");
            ImportSummary summary;
            try
            {
                summary = await services.GetRequiredService<TaxonomyImporter>().ImportAsync(source, origin, progress, token);
            }
            finally
            {
                progress.Complete();
            }

            context.Output.WriteLine(
                $"Imported {name} release {summary.Release} in {clock.Elapsed.TotalSeconds:0.0} s: " +
                $"{summary.Occupations:N0} occupations, {summary.Titles:N0} titles, {summary.Skills:N0} skills, " +
                $"{summary.OccupationSkills:N0} occupation-skill links, {summary.RelatedOccupations:N0} related-occupation links, {summary.Wages:N0} wage rows.");
            if (summary.Warnings.Count > 0)
            {
                context.Error.WriteLine($"Skipped {summary.SkippedRows:N0} row(s) that could not be used; notes:");
                var shown = parse.GetValue(context.Globals.Verbose) ? summary.Warnings : summary.Warnings.Take(5).ToArray();
                foreach (var warning in shown)
                {
                    context.Error.WriteLine($"  {warning}");
                }

                if (shown.Count < summary.Warnings.Count)
                {
                    context.Error.WriteLine($"  ... and {summary.Warnings.Count - shown.Count:N0} more notes (--verbose lists them all)");
                }
            }

            return 0;
        }, cancellationToken));
        return command;
    }
}
