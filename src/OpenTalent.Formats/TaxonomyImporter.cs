using System.Diagnostics;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Esco;
using OpenTalent.Formats.Oews;
using OpenTalent.Formats.Onet;
using OpenTalent.Formats.Reading;
using OpenTalent.Formats.Starter;

namespace OpenTalent.Formats;

/// <summary>
/// Imports one release of one source: reads it completely with the matching reader, then hands it to the store,
/// which replaces the source's previous release. A file that cannot be read stops the import before the store
/// is touched, so the database never holds half a release.
/// </summary>
public sealed class TaxonomyImporter(ITaxonomyStore store)
{
    /// <summary>The origin recorded for the starter taxonomy, which ships inside the program.</summary>
    public const string BuiltIn = "built-in";

    /// <param name="path">
    /// An O*NET database folder, an OEWS national .xlsx or .csv file, or an ESCO CSV folder;
    /// ignored for <see cref="TaxonomySource.Starter"/> (pass <see cref="BuiltIn"/>).
    /// </param>
    public async Task<ImportSummary> ImportAsync(TaxonomySource source, string path, IProgress<ProgressUpdate>? progress, CancellationToken cancellationToken)
    {
        var origin = source == TaxonomySource.Starter ? BuiltIn : Path.GetFullPath(RequirePath(path));
        var clock = Stopwatch.StartNew();
        var read = await Task.Run(() => Read(source, origin, progress, cancellationToken), cancellationToken);
        var readTime = clock.Elapsed;

        clock.Restart();
        await store.ReplaceReleaseAsync(read.Release, origin, progress, cancellationToken);
        return ImportSummary.Create(read, origin, readTime, clock.Elapsed);
    }

    /// <summary>Reads a release without storing it, for checking files or measuring a reader.</summary>
    public static SourceReadResult Read(TaxonomySource source, string path, IProgress<ProgressUpdate>? progress, CancellationToken cancellationToken) =>
        source switch
        {
            TaxonomySource.Starter => new SourceReadResult(StarterTaxonomy.Load(), [], [], 0),
            TaxonomySource.Onet => OnetReader.Read(RequirePath(path), progress, cancellationToken),
            TaxonomySource.Oews => OewsReader.Read(RequirePath(path), year: null, progress, cancellationToken),
            TaxonomySource.Esco => EscoReader.Read(RequirePath(path), progress, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown taxonomy source."),
        };

    private static string RequirePath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return path;
    }
}
