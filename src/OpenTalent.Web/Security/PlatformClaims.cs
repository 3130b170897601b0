using System.Globalization;
using System.Security.Claims;
using OpenTalent.Core.Hiring;

namespace OpenTalent.Web.Security;

/// <summary>The claims a signed-in person or an API key carries, and how to read them back.</summary>
public static class PlatformClaims
{
    public const string Kind = "ot:kind";
    public const string ApiKeyId = "ot:api_key";
    public const string Organisation = "ot:organisation";

    public static ClaimsPrincipal ForAccount(Account account, string scheme)
    {
        ArgumentNullException.ThrowIfNull(account);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()),
                new Claim(ClaimTypes.Name, account.DisplayName),
                new Claim(Kind, account.Kind.ToString()),
            ],
            scheme);
        return new ClaimsPrincipal(identity);
    }

    public static ClaimsPrincipal ForApiKey(ApiKey key, string scheme)
    {
        ArgumentNullException.ThrowIfNull(key);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "api-key:" + key.Id),
                new Claim(ClaimTypes.Name, key.Name),
                new Claim(ApiKeyId, key.Id.ToString()),
                new Claim(Organisation, key.OrganisationId.ToString()),
            ],
            scheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The signed-in account's id; null for API keys and anonymous callers.</summary>
    public static Guid? AccountId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(Kind) is not null && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    public static AccountKind? AccountKind(this ClaimsPrincipal user) =>
        Enum.TryParse<AccountKind>(user?.FindFirstValue(Kind), out var kind) ? kind : null;

    public static Guid? ApiKey(this ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(ApiKeyId), CultureInfo.InvariantCulture, out var id) ? id : null;

    public static Guid? ApiKeyOrganisation(this ClaimsPrincipal user) =>
        user.ApiKey() is not null && Guid.TryParse(user.FindFirstValue(Organisation), CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>Who made a change, for histories: the account id, or "api-key:{id}".</summary>
    public static string Actor(this ClaimsPrincipal user) => user?.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
}
