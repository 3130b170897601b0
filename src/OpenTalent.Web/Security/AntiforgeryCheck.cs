using Microsoft.AspNetCore.Antiforgery;
using OpenTalent.Web.Problems;

namespace OpenTalent.Web.Security;

/// <summary>
/// Requires an anti-forgery token (header <see cref="HeaderName"/>) on every state-changing API request that rides
/// on a session cookie, which a hostile page could make a browser send. Sign-in and sign-up need one too, so such a
/// page cannot sign a visitor into an account of its choosing. API-key requests carry no ambient credential and are
/// exempt; other anonymous requests go on to the endpoint, which answers 401. Get a token from
/// <c>GET /api/v1/antiforgery</c>.
/// </summary>
internal sealed class AntiforgeryCheck(RequestDelegate next)
{
    public const string HeaderName = "X-CSRF-TOKEN";
    public const string CookieName = "ot_csrf";

    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery, IProblemDetailsService problems)
    {
        if (NeedsToken(context))
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

    private static bool NeedsToken(HttpContext context)
    {
        var request = context.Request;
        return !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
            && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !ApiKeyAuthenticationHandler.CarriesKey(request)
            && (context.User.Identity?.IsAuthenticated == true
                || request.Path.StartsWithSegments("/api/v1/accounts", StringComparison.OrdinalIgnoreCase)
                || request.Path.StartsWithSegments("/api/v1/session", StringComparison.OrdinalIgnoreCase));
    }
}
