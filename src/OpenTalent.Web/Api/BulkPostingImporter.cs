using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Formats.Json;
using OpenTalent.Formats.Postings;
using OpenTalent.Web.Matching;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

/// <summary>Where an import is: waiting its turn, reading the upload, understanding each row, saving, or done.</summary>
public enum BulkImportStage
{
    Queued,
    Reading,
    Analysing,
    Saving,
    Succeeded,
    Rejected,
    Failed,
}

/// <summary>
/// An import's progress, written by the one task that runs it and read at any time by those who poll it; every
/// read takes a consistent snapshot.
/// </summary>
public sealed class BulkImportProgress
{
    private readonly Lock _gate = new();
    private readonly List<ImportRowError> _errors = [];
    private BulkImportStage _stage = BulkImportStage.Queued;
    private int _total;
    private int _analysed;

    public void Enter(BulkImportStage stage)
    {
        lock (_gate)
        {
            _stage = stage;
        }
    }

    public void Read(int total)
    {
        lock (_gate)
        {
            _total = total;
        }
    }

    public void Analysed()
    {
        lock (_gate)
        {
            _analysed++;
        }
    }

    public void Add(ImportRowError error)
    {
        lock (_gate)
        {
            _errors.Add(error);
        }
    }

    public void AddRange(IEnumerable<ImportRowError> errors)
    {
        lock (_gate)
        {
            _errors.AddRange(errors);
        }
    }

    public BulkImportSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new BulkImportSnapshot(_stage, _total, _stage >= BulkImportStage.Analysing ? _total : 0, _analysed, [.. _errors]);
        }
    }
}

/// <param name="Read">Rows split out of the upload (all of them once reading is done).</param>
/// <param name="Analysed">Rows checked and understood so far (valid or not).</param>
public sealed record BulkImportSnapshot(BulkImportStage Stage, int Total, int Read, int Analysed, IReadOnlyList<ImportRowError> Errors)
{
    public int InvalidRows => Errors.Select(e => e.Row).Distinct().Count();
}

/// <summary>How an import ended: the report of what was written, or why nothing was.</summary>
/// <param name="Status">The HTTP status the synchronous endpoint answers a refusal with (400, 413 or 422).</param>
public sealed record BulkImportOutcome(BulkImportReport? Report, int Status, string? Title, string? Detail, string? Field, int Rows, int InvalidRows, IReadOnlyList<ImportRowError> Errors)
{
    public const string InvalidRowsType = "https://opentalent.dev/problems/import-rows-invalid";

    public bool Succeeded => Report is not null;

    public static BulkImportOutcome Done(BulkImportReport report) => new(report, StatusCodes.Status200OK, null, null, null, report.Rows, report.Skipped, report.Errors);

    public static BulkImportOutcome Refused(int status, string title, string detail, string? field = null, int rows = 0, int invalidRows = 0, IReadOnlyList<ImportRowError>? errors = null) =>
        new(null, status, title, detail, field, rows, invalidRows, errors ?? []);
}

/// <summary>
/// The one way postings are imported in bulk, used by the synchronous endpoint (for programs) and by background
/// imports (for the page, with progress): every row checked, then all good rows saved in one transaction, or none.
/// </summary>
public sealed class BulkPostingImporter(IOrganisationStore organisations, IMatchingStore store, IPostingOwnerStore owners, MatchingHost matching, TimeProvider clock)
{
    /// <summary>The most postings one upload may hold.</summary>
    public const int MaxRows = 5000;

    /// <param name="skipInvalid">Save the good rows even when others are invalid (never when the upload as a whole is unusable).</param>
    public async Task<BulkImportOutcome> ImportAsync(
        EmployerCaller caller, string body, bool csv, bool skipInvalid, BulkImportProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(progress);
        progress.Enter(BulkImportStage.Reading);
        var rows = BulkPostingRows.Read(body, csv, MaxRows);
        if (rows.Count == 0)
        {
            return BulkImportOutcome.Refused(
                StatusCodes.Status400BadRequest, "The upload is empty.",
                csv ? "The CSV has a header but no rows." : "The upload holds no postings: send JSON Lines, a JSON array or one JobPosting object, or CSV.", field: "$");
        }

        if (rows.Count > MaxRows)
        {
            return BulkImportOutcome.Refused(StatusCodes.Status413PayloadTooLarge, "Too many rows.", $"An upload may hold at most {MaxRows:N0} postings; split it into several.", rows: rows.Count);
        }

        progress.Read(rows.Count);
        progress.Enter(BulkImportStage.Analysing);
        var organisation = (await organisations.FindAsync(caller.OrganisationId, cancellationToken))?.Name ?? "";
        var analyzers = await matching.AnalyzersAsync(cancellationToken);
        var errors = new List<ImportRowError>();
        var records = new List<PostingRecord>();
        var sourceRows = new List<int>();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = errors.Count;
            var record = row.Posting is null ? null : await CheckAsync(row, organisation, caller.OrganisationId, now, analyzers, errors, cancellationToken);
            if (row.Posting is null)
            {
                errors.AddRange(row.Errors);
            }
            else if (record is not null && firstRow.TryGetValue(record.Posting.Identifier, out var earlier))
            {
                errors.Add(new ImportRowError(row.Row, "identifier", $"'{record.Posting.Identifier}' was already used on row {earlier}; each posting needs its own identifier."));
            }
            else if (record is not null)
            {
                firstRow[record.Posting.Identifier] = row.Row;
                records.Add(record);
                sourceRows.Add(row.Row);
            }

            progress.AddRange(errors.Skip(before));
            progress.Analysed();
        }

        var failed = errors.Select(e => e.Row).Distinct().Count();
        if (errors.Count > 0 && (!skipInvalid || rows.Exists(r => r.Fatal)))
        {
            return BulkImportOutcome.Refused(
                StatusCodes.Status422UnprocessableEntity, "Some rows are invalid.",
                rows.Exists(r => r.Fatal)
                    ? "The upload cannot be read as a whole, so nothing was imported; fix the errors and upload it again."
                    : $"{failed} of {rows.Count} rows are invalid, so nothing was imported. Fix them, or send skipInvalid=true to import the {records.Count} good rows.",
                rows: rows.Count, invalidRows: failed, errors: errors);
        }

        progress.Enter(BulkImportStage.Saving);
        var (added, replaced) = await SaveAsync(records, caller, now, cancellationToken);
        var jobs = new List<ImportedJob>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            jobs.Add(new ImportedJob(sourceRows[i], records[i].Posting.Identifier, records[i].Posting.Title, JobView.PageUrl(records[i].Posting.Identifier)));
        }

        return BulkImportOutcome.Done(new BulkImportReport(rows.Count, added, replaced, failed, errors, [.. records.Select(r => r.Posting.Identifier)], jobs));
    }

    /// <summary>One row to a posting record owned by the caller, or its errors.</summary>
    private async Task<PostingRecord?> CheckAsync(
        PostingRow row, string organisation, Guid organisationId, DateTimeOffset now, DocumentAnalyzers analyzers, List<ImportRowError> errors, CancellationToken cancellationToken)
    {
        var posting = row.Posting!;
        if (!posting.ContainsKey("identifier"))
        {
            posting["identifier"] = "job-" + Guid.CreateVersion7(now).ToString("N");
        }

        // The organisation that imports is the employer; a row cannot post in another company's name.
        posting["hiringOrganization"] = new JsonObject { ["@type"] = "Organization", ["name"] = organisation };
        var element = JsonSerializer.SerializeToElement(posting);
        var fieldErrors = new List<FieldError>();
        var document = JobPostingReader.Parse(element, fieldErrors);
        if (document is null || fieldErrors.Count > 0)
        {
            foreach (var error in fieldErrors.Count > 0 ? fieldErrors : [new FieldError("", "is not a JobPosting.")])
            {
                var field = error.Field.Length == 0 ? "$" : error.Field;
                errors.Add(new ImportRowError(row.Row, row.FromCsv ? BulkPostingRows.CsvColumn(field) : field, error.Message));
            }

            return null;
        }

        // Identifiers are global: another organisation's posting (or one from a data set) is never overwritten.
        var owner = await owners.FindAsync(document.Identifier, cancellationToken);
        if (owner is not null ? owner.OrganisationId != organisationId : await store.FindPostingAsync(document.Identifier, cancellationToken) is not null)
        {
            errors.Add(new ImportRowError(row.Row, "identifier", $"'{document.Identifier}' is already used by a posting that is not your organisation's; choose another or leave it out to get one."));
            return null;
        }

        try
        {
            return new PostingRecord(analyzers.Postings.Analyze(document), document.Description, element.GetRawText());
        }
        catch (ArgumentException exception)
        {
            errors.Add(new ImportRowError(row.Row, exception.ParamName ?? "$", Problems.ProblemText.Clean(exception)));
            return null;
        }
    }

    /// <summary>Writes the postings and their owner rows in one transaction, then tells the live index.</summary>
    private async Task<(int Added, int Replaced)> SaveAsync(List<PostingRecord> records, EmployerCaller caller, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return (0, 0);
        }

        var owned = new List<OwnedPosting>(records.Count);
        foreach (var record in records)
        {
            // A posting imported again keeps who created it and when.
            var owner = await owners.FindAsync(record.Posting.Identifier, cancellationToken)
                ?? new PostingOwner(record.Posting.Identifier, caller.OrganisationId, caller.AccountId, now);
            owned.Add(new OwnedPosting(record, owner));
        }

        var counts = await owners.SaveOwnedAsync(owned, cancellationToken);
        foreach (var record in records)
        {
            matching.PostingSaved(record.Posting);
        }

        return (counts.Added, counts.Replaced);
    }
}
