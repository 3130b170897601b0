using System.Security.Cryptography;
using System.Text;

namespace OpenTalent.Core.Hiring;

/// <summary>
/// A key an organisation's programs use instead of a person's sign-in. Only the SHA-256 of the secret is held:
/// the secret is shown once, when the key is issued. Secrets carry 256 random bits, so a fast hash is enough; a
/// slow password hash would only slow every API call.
/// </summary>
public sealed record ApiKey
{
    public const string SecretPrefix = "ot_";
    public const int MaxNameLength = 80;

    private static readonly System.Buffers.SearchValues<char> SecretCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public ApiKey(Guid id, Guid organisationId, string name, string hint, string secretHash, Guid? createdBy, DateTimeOffset createdAt, DateTimeOffset? revokedAt)
    {
        Id = Ids.NotEmpty(id, nameof(id));
        OrganisationId = Ids.NotEmpty(organisationId, nameof(organisationId));
        Name = Guard.NotBlank(name, nameof(name), MaxNameLength);
        Hint = Guard.NotBlank(hint, nameof(hint), 16);
        if (secretHash is not { Length: 64 } || !secretHash.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("A secret hash is 64 lower-case hex digits (SHA-256).", nameof(secretHash));
        }

        SecretHash = secretHash;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        if (revokedAt < createdAt)
        {
            throw new ArgumentOutOfRangeException(nameof(revokedAt), revokedAt, "A key cannot be revoked before it was created.");
        }

        RevokedAt = revokedAt;
    }

    public Guid Id { get; }

    public Guid OrganisationId { get; }

    /// <summary>What the owner called it, e.g. "ATS sync".</summary>
    public string Name { get; }

    /// <summary>The first characters of the secret, so people can tell keys apart without seeing them.</summary>
    public string Hint { get; }

    public string SecretHash { get; }

    public Guid? CreatedBy { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset? RevokedAt { get; }

    public bool IsActive => RevokedAt is null;

    /// <summary>A new key and its secret. Keep the key; show the secret once.</summary>
    public static (ApiKey Key, string Secret) Issue(Guid organisationId, string name, Guid? createdBy, DateTimeOffset now)
    {
        var secret = SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new ApiKey(Guid.CreateVersion7(now), organisationId, name, secret[..10], HashSecret(secret), createdBy, now, null), secret);
    }

    public static string HashSecret(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>Whether text has the shape of a secret, so a malformed header is told apart from a wrong key.</summary>
    public static bool LooksLikeSecret(string? text) =>
        text is { Length: > 20 and < 100 } && text.StartsWith(SecretPrefix, StringComparison.Ordinal)
        && text.AsSpan(SecretPrefix.Length).IndexOfAnyExcept(SecretCharacters) < 0;

    public ApiKey Revoke(DateTimeOffset at) => IsActive ? new(Id, OrganisationId, Name, Hint, SecretHash, CreatedBy, CreatedAt, at) : this;
}
