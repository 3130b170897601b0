using Microsoft.AspNetCore.Http.HttpResults;

namespace OpenTalent.Web.Problems;

/// <summary>
/// Collects what is wrong with a request, field by field (JSON paths in the request's own camelCase names), and
/// answers 400 with all of it at once.
/// </summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public Validation Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    /// <summary>A required text field: present, not blank, and not longer than <paramref name="maxLength"/>.</summary>
    public string? Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required.");
            return null;
        }

        return Optional(field, value, maxLength);
    }

    public string? Optional(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            Add(field, $"is {trimmed.Length} characters long; at most {maxLength} are allowed.");
            return null;
        }

        if (trimmed.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            Add(field, "contains control characters.");
            return null;
        }

        return trimmed;
    }

    /// <summary>Runs a domain constructor; an <see cref="ArgumentException"/> becomes an error on <paramref name="field"/>.</summary>
    public T? Try<T>(string field, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException exception)
        {
            Add(field, ProblemText.Clean(exception));
            return null;
        }
    }

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public ValidationProblem Problem() => TypedResults.ValidationProblem(Errors, title: "The request has invalid fields.", type: ProblemTypes.Validation);
}

/// <summary>The problem types this API answers with, as stable URIs clients can switch on.</summary>
public static class ProblemTypes
{
    public const string Validation = "https://opentalent.dev/problems/validation";
    public const string Unauthenticated = "https://opentalent.dev/problems/unauthenticated";
    public const string Forbidden = "https://opentalent.dev/problems/forbidden";
    public const string NotFound = "https://opentalent.dev/problems/not-found";
    public const string Conflict = "https://opentalent.dev/problems/conflict";
    public const string TooLarge = "https://opentalent.dev/problems/too-large";
    public const string RateLimited = "https://opentalent.dev/problems/rate-limited";
    public const string Antiforgery = "https://opentalent.dev/problems/antiforgery";
    public const string Unavailable = "https://opentalent.dev/problems/unavailable";
}

/// <summary>Problem results the endpoints return.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.", type: ProblemTypes.NotFound);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict.", type: ProblemTypes.Conflict);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.", type: ProblemTypes.Forbidden);

    public static ProblemHttpResult Unauthenticated(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Sign in or send an API key.", type: ProblemTypes.Unauthenticated);

    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable.", type: ProblemTypes.Unavailable);

    public static ValidationProblem Field(string field, string message) => new Validation().Add(field, message).Problem();
}

internal static class ProblemText
{
    /// <summary>An exception's message without the " (Parameter 'x')" suffix .NET appends.</summary>
    public static string Clean(ArgumentException exception)
    {
        var message = exception.Message;
        var suffix = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        message = suffix >= 0 ? message[..suffix] : message;
        var actual = message.IndexOf("\nActual value was", StringComparison.Ordinal);
        return (actual >= 0 ? message[..actual] : message).Trim();
    }
}
