using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Formats.Reading;

/// <summary>A file a reader went through, and how many data rows it had.</summary>
public sealed record SourceFileRead(string FileName, long Rows);

/// <summary>
/// What a reader produced: the release, which files it read, and what it had to leave out.
/// <see cref="Warnings"/> is capped (see <see cref="ReadLog.MaxWarnings"/>); <see cref="SkippedRows"/> counts every skipped row.
/// </summary>
public sealed record SourceReadResult(
    TaxonomyRelease Release,
    IReadOnlyList<SourceFileRead> FilesRead,
    IReadOnlyList<string> Warnings,
    long SkippedRows)
{
    /// <summary>The data rows read from <paramref name="fileName"/>, or null when it was not read.</summary>
    public long? RowsIn(string fileName) =>
        FilesRead.FirstOrDefault(f => string.Equals(f.FileName, fileName, StringComparison.OrdinalIgnoreCase))?.Rows;
}
