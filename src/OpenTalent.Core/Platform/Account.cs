namespace OpenTalent.Core.Hiring;

/// <summary>What an account is for: looking for work, or hiring as a member of an organisation.</summary>
public enum AccountKind
{
    Seeker,
    Employer,
}

/// <summary>
/// A person who signs in. <see cref="PasswordHash"/> is the opaque output of the web layer's password hasher; the
/// password itself is never held anywhere.
/// </summary>
public sealed record Account
{
    public const int MaxDisplayNameLength = 100;

    public Account(Guid id, EmailAddress email, string displayName, AccountKind kind, string passwordHash, DateTimeOffset createdAt)
    {
        Id = Ids.NotEmpty(id, nameof(id));
        Email = email ?? throw new ArgumentNullException(nameof(email));
        DisplayName = Guard.NotBlank(displayName, nameof(displayName), MaxDisplayNameLength);
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown account kind.");
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        PasswordHash = passwordHash;
        CreatedAt = createdAt;
    }

    public Guid Id { get; }

    public EmailAddress Email { get; }

    public string DisplayName { get; }

    public AccountKind Kind { get; }

    public string PasswordHash { get; }

    public DateTimeOffset CreatedAt { get; }

    public Account WithPasswordHash(string passwordHash) => new(Id, Email, DisplayName, Kind, passwordHash, CreatedAt);
}

internal static class Ids
{
    public static Guid NotEmpty(Guid id, string parameterName) =>
        id != Guid.Empty ? id : throw new ArgumentException("An id cannot be the empty GUID.", parameterName);
}
