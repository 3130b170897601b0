using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Formats.Resumes.Parsing;
using OpenTalent.Text.Models;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

/// <summary>What an uploaded resume was read as, for the seeker to review before saving it as their profile.</summary>
/// <param name="Format">What the file turned out to be, judged by its content: plainText, pdf, docx or jsonResume.</param>
/// <param name="Resume">The JSON Resume it yields; fields that were not found are absent.</param>
/// <param name="Warnings">One per gap, at a JSON Resume field path, for the person to look at.</param>
/// <param name="Text">The text read from the file, to review next to the result (empty for a JSON Resume).</param>
/// <param name="Saved">The saved profile when <c>save=true</c>; otherwise null and nothing was stored.</param>
public sealed record ResumeUploadView(ResumeFileFormat Format, JsonObject Resume, IReadOnlyList<ResumeParseWarning> Warnings, string Text, ProfileView? Saved);

/// <summary><c>POST /api/v1/me/resume</c>: a seeker's resume file read into a JSON Resume, saved only when asked.</summary>
public static class ResumeUploadApi
{
    /// <summary>The multipart form field that carries the file.</summary>
    public const string FileField = "file";

    private const string UnreadableType = "https://opentalent.dev/problems/resume-unreadable";
    private const string UnsupportedType = "https://opentalent.dev/problems/unsupported-media-type";

    public static IEndpointRouteBuilder MapResumeUploadApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/me/resume", UploadAsync).WithTags("Seeker")
            // Above the parser's own 5 MB check (which answers with the precise reason), with room for multipart framing.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(6 * 1024 * 1024))
            // No Accepts(...) here: routing would then refuse every other content type with 415, and a raw body of any type is welcome.
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Read a resume (PDF, DOCX, plain text or JSON Resume; multipart field 'file' or the raw body) into a JSON Resume to review; save=true also saves it as my profile.");
        return app;
    }

    private static async Task<Results<Ok<ResumeUploadView>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpContext context, ResumeParserHost parsers, SeekerProfiles profiles, CancellationToken cancellationToken, string? save = null)
    {
        var (accountId, denied) = SeekerAccess.Resolve(context.User);
        if (denied is not null)
        {
            return (ProblemHttpResult)denied;
        }

        var saving = save?.Trim().ToLowerInvariant();
        if (saving is not (null or "" or "true" or "false"))
        {
            return ApiProblems.Field("save", "must be true or false.");
        }

        var parser = await parsers.GetAsync(cancellationToken);
        ParsedResume parsed;
        try
        {
            parsed = await ReadAsync(context.Request, parser, cancellationToken);
        }
        catch (MissingUploadException missing)
        {
            return ApiProblems.Field(FileField, missing.Message);
        }
        catch (ResumeFormatException rejected)
        {
            return Rejected(rejected);
        }

        ProfileView? saved = null;
        if (saving == "true")
        {
            if (parsed.Document is null)
            {
                return TypedResults.Problem(
                    "Nothing to match on was found in this resume (no skills, work, label or summary), so it was not saved: " +
                    string.Join("; ", parsed.Warnings) + ". Upload it without save=true, complete it and PUT it to /api/v1/me/profile.",
                    statusCode: StatusCodes.Status422UnprocessableEntity, title: "The resume was read but has nothing to save.", type: UnreadableType);
            }

            saved = await profiles.SaveAsync(accountId, parsed.Document, JsonSerializer.SerializeToElement(parsed.Json), cancellationToken);
        }

        return TypedResults.Ok(new ResumeUploadView(parsed.Format, parsed.Json, parsed.Warnings, parsed.Text, saved));
    }

    /// <summary>The file from a multipart form's <see cref="FileField"/>, or else the whole body whatever its type.</summary>
    private static async Task<ParsedResume> ReadAsync(HttpRequest request, ResumeParser parser, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return await parser.ParseAsync(request.Body, "upload", cancellationToken);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile(FileField) is not { } file)
        {
            throw new MissingUploadException(form.Files.Count == 0
                ? "is required: send the resume as the multipart field 'file' (or as the raw request body)."
                : $"is required: the form has {string.Join(", ", form.Files.Select(f => $"'{f.Name}'"))} but no field named 'file'.");
        }

        // The name is only quoted in messages; the parser judges the kind of file by its content.
        var name = Path.GetFileName(file.FileName) is { Length: > 0 } given && given.Length <= 200 ? given : "upload";
        await using var stream = file.OpenReadStream();
        return await parser.ParseAsync(stream, name, cancellationToken);
    }

    private static ProblemHttpResult Rejected(ResumeFormatException rejected) => rejected.Rejection switch
    {
        ResumeRejection.TooLarge => TypedResults.Problem(rejected.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: "The resume file is too large.", type: ProblemTypes.TooLarge),
        ResumeRejection.UnsupportedContent => TypedResults.Problem(rejected.Message, statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Not a resume file this site reads.", type: UnsupportedType),
        ResumeRejection.ToolUnavailable => ApiProblems.Unavailable(rejected.Message),
        _ => TypedResults.Problem(rejected.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The resume file cannot be read.", type: UnreadableType),
    };

    private sealed class MissingUploadException(string message) : Exception(message);
}

/// <summary>The web process's one resume parser, built from the text models on first use.</summary>
public sealed class ResumeParserHost(TextModelProvider textModels) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ResumeParser? _parser;

    public async Task<ResumeParser> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _parser) is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _parser ??= await ResumeParser.CreateAsync(textModels, new ResumeParserOptions(), cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
