using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Formats.Json;
using OpenTalent.Formats.Postings;
using OpenTalent.Web.Matching;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

/// <summary>What a bulk import did.</summary>
/// <param name="Rows">Postings found in the upload.</param>
/// <param name="Added">New postings written.</param>
/// <param name="Replaced">The organisation's own postings written again (same identifier).</param>
/// <param name="Skipped">Invalid rows left out (only with skipInvalid=true).</param>
/// <param name="Ids">The ids of the written postings, as <c>/jobs/{id}</c> and the API use them.</param>
public sealed record BulkImportReport(int Rows, int Added, int Replaced, int Skipped, IReadOnlyList<ImportRowError> Errors, IReadOnlyList<string> Ids);

/// <summary>
/// <c>POST /api/v1/employer/jobs/import</c>: many postings at once, from schema.org JobPosting (JSON Lines, a JSON
/// array or one JSON-LD object) or CSV. Every row is checked; by default one bad row keeps the whole upload out.
/// Imported postings belong to the caller's organisation, whatever their hiringOrganization says.
/// </summary>
public static class BulkPostingImportApi
{
    /// <summary>The most postings one upload may hold.</summary>
    public const int MaxRows = 5000;

    /// <summary>The largest upload accepted.</summary>
    public const int MaxRequestBytes = 32 * 1024 * 1024;

    private const string InvalidRowsType = "https://opentalent.dev/problems/import-rows-invalid";

    public static IEndpointRouteBuilder MapBulkPostingImportApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/employer/jobs/import", ImportAsync).WithTags("Employer")
            // Room for MaxRows postings with full descriptions.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxRequestBytes))
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Import postings in bulk: JSON Lines, a JSON array or one object of schema.org JobPosting, or text/csv with a header row. " +
                "All or nothing unless skipInvalid=true; every bad row is reported with its row, field and message.");
        return app;
    }

    private static async Task<Results<Ok<BulkImportReport>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        HttpContext context, EmployerAccess access, IOrganisationStore organisations, IMatchingStore store, IPostingOwnerStore owners,
        MatchingHost matching, TimeProvider clock, CancellationToken cancellationToken, string? skipInvalid = null)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.WriteJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var skip = skipInvalid?.Trim().ToLowerInvariant();
        if (skip is not (null or "" or "true" or "false"))
        {
            return ApiProblems.Field("skipInvalid", "must be true or false.");
        }

        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(cancellationToken);
        }

        var csv = context.Request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) ?? false;
        var rows = BulkPostingRows.Read(body, csv, MaxRows);
        if (rows.Count == 0)
        {
            return ApiProblems.Field("$", csv ? "has a header but no rows." : "holds no postings: send JSON Lines, a JSON array or one JobPosting object, or text/csv.");
        }

        if (rows.Count > MaxRows)
        {
            return TypedResults.Problem($"An upload may hold at most {MaxRows:N0} postings; split it into several.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too many rows.", type: ProblemTypes.TooLarge);
        }

        var organisation = (await organisations.FindAsync(caller.OrganisationId, cancellationToken))?.Name ?? "";
        var analyzers = await matching.AnalyzersAsync(cancellationToken);
        var errors = new List<ImportRowError>();
        var records = new List<PostingRecord>();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        foreach (var row in rows)
        {
            if (row.Posting is null)
            {
                errors.AddRange(row.Errors);
                continue;
            }

            var record = await CheckAsync(row, organisation, caller.OrganisationId, now, analyzers, owners, store, errors, cancellationToken);
            if (record is null)
            {
                continue;
            }

            if (firstRow.TryGetValue(record.Posting.Identifier, out var earlier))
            {
                errors.Add(new ImportRowError(row.Row, "identifier", $"'{record.Posting.Identifier}' was already used on row {earlier}; each posting needs its own identifier."));
                continue;
            }

            firstRow[record.Posting.Identifier] = row.Row;
            records.Add(record);
        }

        var failed = errors.Select(e => e.Row).Distinct().Count();
        if (errors.Count > 0 && (skip != "true" || rows.Exists(r => r.Fatal)))
        {
            return TypedResults.Problem(
                $"{failed} of {rows.Count} rows are invalid, so nothing was imported. Fix them, or send skipInvalid=true to import the {records.Count} good rows.",
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "Some rows are invalid.", type: InvalidRowsType,
                extensions: new Dictionary<string, object?> { ["rows"] = rows.Count, ["invalidRows"] = failed, ["errors"] = errors });
        }

        var (added, replaced) = await SaveAsync(records, caller, now, owners, matching, cancellationToken);
        return TypedResults.Ok(new BulkImportReport(rows.Count, added, replaced, failed, errors, [.. records.Select(r => r.Posting.Identifier)]));
    }

    /// <summary>One row to a posting record owned by the caller, or its errors.</summary>
    private static async Task<PostingRecord?> CheckAsync(
        PostingRow row, string organisation, Guid organisationId, DateTimeOffset now, DocumentAnalyzers analyzers, IPostingOwnerStore owners, IMatchingStore store,
        List<ImportRowError> errors, CancellationToken cancellationToken)
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
            errors.Add(new ImportRowError(row.Row, exception.ParamName ?? "$", ProblemText.Clean(exception)));
            return null;
        }
    }

    /// <summary>Writes the postings and their owner rows in one transaction, then tells the live index.</summary>
    private static async Task<(int Added, int Replaced)> SaveAsync(
        List<PostingRecord> records, EmployerCaller caller, DateTimeOffset now, IPostingOwnerStore owners, MatchingHost matching, CancellationToken cancellationToken)
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
