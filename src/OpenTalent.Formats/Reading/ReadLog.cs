using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Csv;

namespace OpenTalent.Formats.Reading;

/// <summary>
/// The running record of one read: drives the row loop of each file (progress, cancellation, turning a
/// domain validation failure into an error at the row) and collects files read, notes and skipped rows.
/// </summary>
internal sealed class ReadLog(string sourceName, IProgress<ProgressUpdate>? progress, CancellationToken cancellationToken)
{
    /// <summary>At most this many warnings are kept; skipped rows are summarised per reason, not listed one by one.</summary>
    public const int MaxWarnings = 100;

    private const int ProgressInterval = 10_000;
    private const int ExamplesPerReason = 3;
    private readonly List<SourceFileRead> _files = [];
    private readonly List<string> _notes = [];
    private readonly List<SkipTally> _skips = [];
    private long _skippedRows;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>Runs <paramref name="mapRow"/> on every data record of <paramref name="reader"/>.</summary>
    public void ReadRows<TReader>(TReader reader, Action<TReader> mapRow)
        where TReader : RecordReader
    {
        var step = $"{sourceName}: {reader.FileName}";
        progress?.Report(new ProgressUpdate(step, 0, null));
        while (reader.Read())
        {
            try
            {
                mapRow(reader);
            }
            catch (ArgumentException ex)
            {
                throw reader.Error(ArgumentMessages.Describe(ex), innerException: ex);
            }

            if (reader.RecordsRead % ProgressInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new ProgressUpdate(step, reader.RecordsRead, null));
            }
        }

        progress?.Report(new ProgressUpdate(step, reader.RecordsRead, reader.RecordsRead));
        _files.Add(new SourceFileRead(reader.FileName, reader.RecordsRead));
    }

    /// <summary>A step that is not a file, such as assembling the release.</summary>
    public void Step(string what, long done) => progress?.Report(new ProgressUpdate($"{sourceName}: {what}", done, done));

    public void Note(string message) => _notes.Add(message);

    /// <summary>Leaves the current row out, counted under <paramref name="reason"/>.</summary>
    public void Skip(string reason, RecordReader reader) => Skip(reason, $"{reader.FileName}, {reader.Location}");

    public void Skip(string reason, string where)
    {
        _skippedRows++;
        var tally = _skips.Find(s => s.Reason == reason);
        if (tally is null)
        {
            tally = new SkipTally(reason);
            _skips.Add(tally);
        }

        tally.Count++;
        if (tally.Examples.Count < ExamplesPerReason)
        {
            tally.Examples.Add(where);
        }
    }

    public SourceReadResult Complete(TaxonomyRelease release)
    {
        var warnings = _notes
            .Concat(_skips.Select(s => FormattableString.Invariant($"{s.Count:N0} row(s) skipped: {s.Reason} (e.g. {string.Join("; ", s.Examples)})")))
            .Take(MaxWarnings)
            .ToArray();
        return new SourceReadResult(release, _files.ToArray(), warnings, _skippedRows);
    }

    private sealed class SkipTally(string reason)
    {
        public string Reason { get; } = reason;

        public long Count { get; set; }

        public List<string> Examples { get; } = [];
    }
}
