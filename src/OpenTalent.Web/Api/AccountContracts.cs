using OpenTalent.Core.Hiring;

namespace OpenTalent.Web;

/// <summary>Sign-up: a seeker, or an employer who founds an organisation (with <see cref="OrganisationName"/>) or waits to be added to one.</summary>
public sealed record SignUpRequest(string? Kind, string? Email, string? Password, string? DisplayName, string? OrganisationName);

public sealed record SignInRequest(string? Email, string? Password);

/// <summary>Confirms a destructive action with the account's password.</summary>
public sealed record PasswordConfirmation(string? Password);

public sealed record AntiforgeryToken(string Token, string HeaderName);

public sealed record OrganisationView(Guid Id, string Name, MemberRole Role);

public sealed record SeekerView(string? ProfileId, bool Discoverable);

/// <summary>The signed-in account, with its organisation (employers) or its seeker settings (seekers).</summary>
public sealed record AccountView(Guid Id, string Email, string DisplayName, AccountKind Kind, DateTimeOffset CreatedAt, OrganisationView? Organisation, SeekerView? Seeker);

/// <summary>After sign-in or sign-up: the account, and a fresh anti-forgery token bound to the new session.</summary>
public sealed record SessionView(AccountView Account, AntiforgeryToken Antiforgery);

/// <summary>Password rules: long enough to resist guessing, short enough to hash cheaply.</summary>
internal static class PasswordRules
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    public static void Check(Problems.Validation validation, string field, string? password, string? email)
    {
        if (string.IsNullOrEmpty(password))
        {
            validation.Add(field, "is required.");
        }
        else if (password.Length is < MinLength or > MaxLength)
        {
            validation.Add(field, $"must be {MinLength} to {MaxLength} characters long; it has {password.Length}.");
        }
        else if (email is not null && password.Contains(email.Split('@')[0], StringComparison.OrdinalIgnoreCase) && email.Split('@')[0].Length >= 4)
        {
            validation.Add(field, "must not contain your email address.");
        }
    }
}
