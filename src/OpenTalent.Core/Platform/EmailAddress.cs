namespace OpenTalent.Core.Hiring;

/// <summary>
/// An email address as an account's sign-in name: trimmed and lower-cased, so "Ada@Example.org " and
/// "ada@example.org" are one account. Checked for shape only (one @, a dotted domain, no spaces); whether the
/// mailbox exists is not this type's business.
/// </summary>
public sealed record EmailAddress
{
    public const int MaxLength = 254;

    public EmailAddress(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("An email address is required.", nameof(value));
        }

        var normalised = value.Trim().ToLowerInvariant();
        if (normalised.Length > MaxLength)
        {
            throw new ArgumentException($"An email address can be at most {MaxLength} characters; this one has {normalised.Length}.", nameof(value));
        }

        var at = normalised.IndexOf('@', StringComparison.Ordinal);
        var domain = at < 0 ? "" : normalised[(at + 1)..];
        if (at <= 0 || domain.Contains('@', StringComparison.Ordinal) || !IsDomain(domain) || normalised.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException($"'{normalised}' is not an email address such as name@example.org.", nameof(value));
        }

        Value = normalised;
    }

    public string Value { get; }

    public override string ToString() => Value;

    private static bool IsDomain(string domain) =>
        domain.Length >= 3 && domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.')
        && !domain.Contains("..", StringComparison.Ordinal);
}
