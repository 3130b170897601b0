using System.Data.Common;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using OpenTalent.Core.Hiring;

namespace OpenTalent.Web.Problems;

/// <summary>
/// Turns the exceptions a request can cause into problem+json: a malformed body names the JSON path, an oversized
/// one answers 413, domain conflicts 409, a database that does not answer 503 with Retry-After; anything unexpected is a 500 that shows no internals.
/// </summary>
internal sealed class ExceptionProblems(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Describe(exception);
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails? Describe(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Title = "The request body is too large.",
            Detail = exception.Message,
            Type = ProblemTypes.TooLarge,
        },
        BadHttpRequestException { InnerException: JsonException json } => Invalid(JsonField(json.Path), JsonMessage(json)),
        BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "The request is malformed.", Detail = bad.Message, Type = ProblemTypes.Validation },
        JsonException json => Invalid(JsonField(json.Path), JsonMessage(json)),
        DuplicateAccountException or DuplicateApplicationException or IllegalTransitionException => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Conflict.",
            Detail = exception.Message,
            Type = ProblemTypes.Conflict,
        },
        DbException { IsTransient: true } or TimeoutException { InnerException: DbException } => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Service unavailable.",
            Detail = "The database is not answering right now; nothing was changed. Try again shortly.",
            Type = ProblemTypes.Unavailable,
        },
        _ => null,
    };

    private static HttpValidationProblemDetails Invalid(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] })
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The request has invalid fields.",
        Type = ProblemTypes.Validation,
    };

    /// <summary>"$.salary.min" becomes "salary.min"; the whole body is "$".</summary>
    private static string JsonField(string? path) => path is null or "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string JsonMessage(JsonException exception)
    {
        // System.Text.Json's messages name .NET types and paths; keep the part that says what was wrong.
        var message = exception.Message;
        var path = message.IndexOf(" Path: ", StringComparison.Ordinal);
        message = path >= 0 ? message[..path] : message;
        return message.Contains("could not be converted", StringComparison.Ordinal)
            ? "has the wrong type or format for this field."
            : message;
    }
}
