using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats;
using OpenTalent.Formats.Matching;

namespace OpenTalent.Cli.Commands;

/// <summary><c>opentalent import onet|oews|esco|starter</c>: load public reference data, replacing the source's previous release; <c>import postings|profiles</c>: load jobs and people.</summary>
internal static class ImportCommands
{
    public static Command Create(CommandContext context)
    {
        var import = new Command("import", "Import reference data. Each import replaces that source's previous release in one transaction.");
        import.Add(Source(context, TaxonomySource.Onet, "onet", "The O*NET 29.x text database: a folder of tab-separated .txt files.", "dir"));
        import.Add(Source(context, TaxonomySource.Oews, "oews", "BLS OEWS national wages: the .xlsx as BLS publishes it, or a .csv of its first sheet.", "file"));
        import.Add(Source(context, TaxonomySource.Esco, "esco", "ESCO occupations, skills and their relations: a folder of ESCO CSV files (English).", "dir"));
        import.Add(Source(context, TaxonomySource.Starter, "starter", "Reload OpenTalent's built-in starter taxonomy.", pathName: null));
        import.Add(Documents(context, "postings", "JSON Lines of schema.org JobPosting objects (Google for Jobs structured data).", (w, s, skip, t) => w.ImportPostingsAsync(s, skip, t)));
        import.Add(Documents(context, "profiles", "JSON Lines of JSON Resume documents (jsonresume.org).", (w, s, skip, t) => w.ImportProfilesAsync(s, skip, DateOnly.FromDateTime(DateTime.UtcNow), t)));
        return import;
    }

    /// <summary>Postings or profiles: understood, then saved in one transaction; any bad line keeps the whole file out unless --skip-invalid.</summary>
    private static Command Documents(CommandContext context, string name, string description, Func<MatchingWorkspace, Stream, bool, CancellationToken, Task<DocumentImportReport>> import)
    {
        var path = new Argument<string>("file") { Description = description };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Import the good lines and report the bad ones, instead of importing nothing." };
        var command = new Command(name, $"Import {description} Items with an identifier already stored are replaced.") { path, skipInvalid };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var file = Path.GetFullPath(parse.GetRequiredValue(path));
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"There is no file '{file}' to import {name} from.", file);
            }

            var clock = Stopwatch.StartNew();
            DocumentImportReport report;
            await using (var stream = File.OpenRead(file))
            {
                report = await import(services.GetRequiredService<MatchingWorkspace>(), stream, parse.GetValue(skipInvalid), token);
            }

            var shown = parse.GetValue(context.Globals.Verbose) ? report.Errors : report.Errors.Take(20).ToArray();
            foreach (var error in shown)
            {
                context.Error.WriteLine($"{file}: {error}");
            }

            if (shown.Count < report.Errors.Count)
            {
                context.Error.WriteLine($"... and {report.Errors.Count - shown.Count:N0} more errors (--verbose lists them all)");
            }

            if (!report.Written)
            {
                context.Error.WriteLine($"error: {report.Errors.Select(e => e.Line).Distinct().Count():N0} of {report.Lines:N0} line(s) in {file} are invalid; nothing was imported. Fix them, or pass --skip-invalid to import the rest.");
                return CommandContext.Failure;
            }

            context.Output.WriteLine($"Imported {report.Added + report.Replaced:N0} {name} from {file} in {clock.Elapsed.TotalSeconds:0.0} s: {report.Added:N0} new, {report.Replaced:N0} replaced, {report.Errors.Select(e => e.Line).Distinct().Count():N0} line(s) skipped.");
            return 0;
        }, cancellationToken));
        return command;
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
