using Microsoft.AspNetCore.Antiforgery;
using OpenTalent.Web.Problems;

namespace OpenTalent.Web.Security;

/// <summary>
/// Requires an anti-forgery token (header <see cref="HeaderName"/>) on every state-changing API request that a
/// browser could send on its own: anything not authenticated by an API key. Sign-in and sign-up are included, so a
/// hostile page cannot sign a visitor into an account of its choosing. Get a token from <c>GET /api/v1/antiforgery</c>.
/// </summary>
internal sealed class AntiforgeryCheck(RequestDelegate next)
{
    public const string HeaderName = "X-CSRF-TOKEN";
    public const string CookieName = "ot_csrf";

    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery, IProblemDetailsService problems)
    {
        if (NeedsToken(context.Request))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status400BadRequest,
                        Type = ProblemTypes.Antiforgery,
                        Title = "Missing or invalid anti-forgery token.",
                        Detail = $"State-changing requests from a browser session need the token from GET /api/v1/antiforgery in the {HeaderName} header (fetch a new one after signing in or out). Programs can use an API key instead.",
                    },
                });
                return;
            }
        }

        await next(context);
    }

    private static bool NeedsToken(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !ApiKeyAuthenticationHandler.CarriesKey(request);
}
