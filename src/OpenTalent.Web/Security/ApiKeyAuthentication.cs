using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenTalent.Core.Hiring;

namespace OpenTalent.Web.Security;

/// <summary>
/// Authenticates employers' programs by API key: <c>Authorization: Bearer ot_...</c> or <c>X-Api-Key: ot_...</c>.
/// A present but unknown, malformed or revoked key fails (401); it never falls back to the cookie.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    /// <summary>Whether a request carries an API key at all, so the cookie scheme and anti-forgery can step aside.</summary>
    public static bool CarriesKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.ContainsKey(HeaderName)
            || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!CarriesKey(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = Request.Headers.TryGetValue(HeaderName, out var header)
            ? header.ToString().Trim()
            : Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (!ApiKey.LooksLikeSecret(secret))
        {
            return AuthenticateResult.Fail("The API key is malformed: keys look like ot_ followed by 43 letters, digits, - or _.");
        }

        var key = await keys.FindBySecretHashAsync(ApiKey.HashSecret(secret), Context.RequestAborted);
        if (key is null || !key.IsActive)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(PlatformClaims.ForApiKey(key, SchemeName), SchemeName));
    }
}
