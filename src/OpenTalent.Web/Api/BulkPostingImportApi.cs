using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Core.Hiring;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

/// <summary>What a bulk import did.</summary>
/// <param name="Rows">Postings found in the upload.</param>
/// <param name="Added">New postings written.</param>
/// <param name="Replaced">The organisation's own postings written again (same identifier).</param>
/// <param name="Skipped">Invalid rows left out (only with skipInvalid=true).</param>
/// <param name="Ids">The ids of the written postings, as <c>/jobs/{id}</c> and the API use them.</param>
/// <param name="Jobs">The written postings with their titles and public pages, in upload order.</param>
public sealed record BulkImportReport(int Rows, int Added, int Replaced, int Skipped, IReadOnlyList<ImportRowError> Errors, IReadOnlyList<string> Ids, IReadOnlyList<ImportedJob> Jobs);

/// <summary>One posting a bulk import wrote.</summary>
public sealed record ImportedJob(int Row, string Id, string Title, string Url);

/// <summary>
/// Bulk imports of postings, from schema.org JobPosting (JSON Lines, a JSON array or one JSON-LD object) or CSV:
/// <c>POST /api/v1/employer/jobs/import</c> answers when done (for programs); <c>POST /api/v1/employer/imports</c>
/// answers 202 at once and the import runs in the background, its progress and per-row errors read from
/// <c>GET /api/v1/employer/imports/{id}</c> (for the page). Both run <see cref="BulkPostingImporter"/>: every row is
/// checked, and by default one bad row keeps the whole upload out. Imported postings belong to the caller's
/// organisation, whatever their hiringOrganization says.
/// </summary>
public static class BulkPostingImportApi
{
    /// <summary>The most postings one upload may hold.</summary>
    public const int MaxRows = BulkPostingImporter.MaxRows;

    /// <summary>The largest upload accepted.</summary>
    public const int MaxRequestBytes = 32 * 1024 * 1024;

    /// <summary>The multipart form field that carries the file, when the upload is a form.</summary>
    public const string FileField = "file";

    private const string UnsupportedType = "https://opentalent.dev/problems/unsupported-media-type";

    public static IEndpointRouteBuilder MapBulkPostingImportApi(this IEndpointRouteBuilder app)
    {
        // Room for MaxRows postings with full descriptions.
        var limit = new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxRequestBytes);
        app.MapPost("/api/v1/employer/jobs/import", ImportAsync).WithTags("Employer").WithMetadata(limit)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Import postings in bulk and wait: JSON Lines, a JSON array or one object of schema.org JobPosting, or text/csv with a header row. " +
                "All or nothing unless skipInvalid=true; every bad row is reported with its row, field and message.");
        app.MapPost("/api/v1/employer/imports", StartAsync).WithTags("Employer").WithMetadata(limit)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Start a bulk import in the background (the same formats as /employer/jobs/import, as the raw body or the multipart field 'file'); " +
                "answers 202 with its Location, where its progress, per-row errors and result are read.");
        app.MapGet("/api/v1/employer/imports", ListAsync).WithTags("Employer")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("My organisation's recent bulk imports (kept for a day), newest first.");
        app.MapGet("/api/v1/employer/imports/{id:guid}", GetAsync).WithTags("Employer")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One bulk import: status, rows read, analysed and in total, the row errors so far, and the result once done.");
        return app;
    }

    public static string ImportUrl(Guid id) => $"/api/v1/employer/imports/{id}";

    private static async Task<Results<Ok<BulkImportReport>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        HttpContext context, EmployerAccess access, BulkPostingImporter importer, CancellationToken cancellationToken, string? skipInvalid = null)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.WriteJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        if (SkipInvalid(skipInvalid) is not { } skip)
        {
            return ApiProblems.Field("skipInvalid", "must be true or false.");
        }

        var (upload, refused) = await ReadAsync(context.Request, cancellationToken);
        if (upload is null)
        {
            return refused!;
        }

        var outcome = await importer.ImportAsync(caller, upload.Text, upload.Csv, skip, new BulkImportProgress(), cancellationToken);
        if (outcome.Report is { } report)
        {
            return TypedResults.Ok(report);
        }

        return outcome.Status switch
        {
            StatusCodes.Status400BadRequest => ApiProblems.Field(outcome.Field ?? "$", outcome.Detail!),
            StatusCodes.Status413PayloadTooLarge => TypedResults.Problem(outcome.Detail, statusCode: outcome.Status, title: outcome.Title, type: ProblemTypes.TooLarge),
            _ => TypedResults.Problem(
                outcome.Detail, statusCode: outcome.Status, title: outcome.Title, type: BulkImportOutcome.InvalidRowsType,
                extensions: new Dictionary<string, object?> { ["rows"] = outcome.Rows, ["invalidRows"] = outcome.InvalidRows, ["errors"] = outcome.Errors }),
        };
    }

    private static async Task<Results<Accepted<BulkImportView>, ValidationProblem, ProblemHttpResult>> StartAsync(
        HttpContext context, EmployerAccess access, BulkImportRuns runs, CancellationToken cancellationToken, string? skipInvalid = null)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.WriteJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        if (SkipInvalid(skipInvalid) is not { } skip)
        {
            return ApiProblems.Field("skipInvalid", "must be true or false.");
        }

        var (upload, refused) = await ReadAsync(context.Request, cancellationToken);
        if (upload is null)
        {
            return refused!;
        }

        if (string.IsNullOrWhiteSpace(upload.Text))
        {
            return ApiProblems.Field(upload.FromForm ? FileField : "$", "is empty: choose a file with at least one posting.");
        }

        var run = runs.Start(caller, upload.Text, upload.Csv, skip, upload.FileName);
        return run is null
            ? TypedResults.Problem(
                $"Your organisation already has {BulkImportRuns.MaxPendingPerOrganisation} imports waiting or running; wait for one to finish.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Too many imports at once.", type: ProblemTypes.RateLimited)
            : TypedResults.Accepted(run.Url, run);
    }

    private static async Task<Results<Ok<IReadOnlyList<BulkImportView>>, ProblemHttpResult>> ListAsync(
        HttpContext context, EmployerAccess access, BulkImportRuns runs, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadJobs, cancellationToken);
        return caller is null ? (ProblemHttpResult)denied! : TypedResults.Ok(runs.List(caller.OrganisationId));
    }

    private static async Task<Results<Ok<BulkImportView>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext context, EmployerAccess access, BulkImportRuns runs, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        // Another organisation's import is reported exactly like a missing one.
        return runs.Find(caller.OrganisationId, id) is { } run
            ? TypedResults.Ok(run)
            : ApiProblems.NotFound($"Your organisation has no import with the id {id} (imports are kept for a day, and forgotten when the server restarts).");
    }

    private static bool? SkipInvalid(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "false" => false,
        "true" => true,
        _ => null,
    };

    private sealed record Upload(string Text, bool Csv, string? FileName, bool FromForm);

    /// <summary>
    /// The upload as text: the raw body (CSV when its type is text/csv) or a form's file field. A file's kind is judged
    /// by its content, never its name: JSON starts with '{' or '['; anything else is read as CSV.
    /// </summary>
    private static async Task<(Upload? Upload, ProblemHttpResult? Refused)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        byte[] bytes;
        string? name = null;
        bool? csv = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile(FileField) is not { } file)
            {
                return (null, TypedResults.Problem(
                    $"Send the postings as the multipart field '{FileField}' (or as the raw request body).", statusCode: StatusCodes.Status400BadRequest,
                    title: "No file.", type: ProblemTypes.Validation, extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [FileField] = ["is required."] } }));
            }

            name = Path.GetFileName(file.FileName) is { Length: > 0 and <= 200 } given ? given : null;
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }
        else
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
            csv = request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) ?? false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (null, NotText(name));
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return (null, NotText(name));
        }

        csv ??= text.AsSpan().TrimStart().TrimStart('\uFEFF') is var start && !(start.Length > 0 && start[0] is '{' or '[');
        return (new Upload(text, csv.Value, name, request.HasFormContentType), null);
    }

    private static ProblemHttpResult NotText(string? name) => TypedResults.Problem(
        $"{(name is null ? "The upload" : $"'{name}'")} is not UTF-8 text: send schema.org JobPosting JSON (JSON Lines, an array or one object) or CSV.",
        statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Not a file of postings.", type: UnsupportedType);
}
