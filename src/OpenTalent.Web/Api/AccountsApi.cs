using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Privacy;
using OpenTalent.Web.Matching;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

/// <summary>Sign-up, sign-in and out, the signed-in account, its export and its deletion.</summary>
public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Accounts");
        api.MapGet("/antiforgery", Token).WithSummary("An anti-forgery token for state-changing requests from a browser session.");
        api.MapPost("/accounts", SignUpAsync).RequireRateLimiting(RateLimits.SignInPolicy).WithSummary("Create an account (seeker, or employer with a new organisation) and sign in.");
        api.MapPost("/session", SignInAsync).RequireRateLimiting(RateLimits.SignInPolicy).WithSummary("Sign in with email and password (sets the session cookie).");
        api.MapDelete("/session", (Delegate)SignOutAsync).WithSummary("Sign out.");
        api.MapGet("/me", MeAsync).WithSummary("The signed-in account.");
        api.MapGet("/me/export", AccountExport.ExportAsync).WithSummary("Everything held about the signed-in account, as JSON (with the profile as JSON Resume).");
        api.MapDelete("/me", DeleteAsync).WithSummary("Delete the signed-in account and its data (confirm with the password).");
        return app;
    }

    private static Ok<AntiforgeryToken> Token(HttpContext context, IAntiforgery antiforgery) => TypedResults.Ok(Issue(context, antiforgery));

    private static async Task<Results<Created<SessionView>, ValidationProblem>> SignUpAsync(
        SignUpRequest request, HttpContext context, IAccountStore accounts, IConsentStore consents, IPasswordHasher<Account> hasher, IAntiforgery antiforgery, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var validation = new Validation();
        AccountKind? kind = request.Kind?.Trim().ToLowerInvariant() switch
        {
            "seeker" => AccountKind.Seeker,
            "employer" => AccountKind.Employer,
            _ => null,
        };
        if (kind is null)
        {
            validation.Add("kind", string.IsNullOrWhiteSpace(request.Kind) ? "is required: seeker or employer." : $"must be seeker or employer; got '{request.Kind}'.");
        }

        var email = validation.Try("email", () => new EmailAddress(request.Email ?? ""));
        var displayName = validation.Required("displayName", request.DisplayName, Account.MaxDisplayNameLength);
        PasswordRules.Check(validation, "password", request.Password, email?.Value);
        var organisationName = validation.Optional("organisationName", request.OrganisationName, Organisation.MaxNameLength);
        if (organisationName is not null && kind == AccountKind.Seeker)
        {
            validation.Add("organisationName", "is only for employer accounts.");
        }

        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        var now = clock.GetUtcNow();
        var placeholder = new Account(Guid.CreateVersion7(now), email!, displayName!, kind!.Value, "-", now);
        var account = placeholder.WithPasswordHash(hasher.HashPassword(placeholder, request.Password!));
        if (organisationName is not null)
        {
            await accounts.CreateWithOrganisationAsync(account, new Organisation(Guid.CreateVersion7(now), organisationName, now), cancellationToken);
        }
        else
        {
            await accounts.CreateAsync(account, cancellationToken);
        }

        await consents.RecordAsync(new ConsentRecord(account.Id, ConsentPurpose.Terms, true, now, "sign-up"), cancellationToken);
        var session = await StartSessionAsync(context, account, antiforgery, cancellationToken);
        return TypedResults.Created("/api/v1/me", session);
    }

    private static async Task<Results<Ok<SessionView>, ValidationProblem, ProblemHttpResult>> SignInAsync(
        SignInRequest request, HttpContext context, IAccountStore accounts, IPasswordHasher<Account> hasher, IAntiforgery antiforgery, SignInGuard guard, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var email = validation.Try("email", () => new EmailAddress(request.Email ?? ""));
        if (string.IsNullOrEmpty(request.Password))
        {
            validation.Add("password", "is required.");
        }

        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        if (guard.LockedFor(email!.Value) is { } wait)
        {
            var minutes = (int)Math.Ceiling(wait.TotalMinutes);
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                $"Too many wrong passwords for this email address: sign-in is paused for it for {minutes} more minute{(minutes == 1 ? "" : "s")}.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests.",
                type: ProblemTypes.RateLimited);
        }

        var account = await accounts.FindByEmailAsync(email, cancellationToken);
        // Verify against a throwaway hash when there is no account, so the answer takes as long either way.
        var verdict = hasher.VerifyHashedPassword(account ?? Decoy.Account, account?.PasswordHash ?? Decoy.Hash(hasher), request.Password!);
        if (account is null || verdict == PasswordVerificationResult.Failed)
        {
            guard.Failed(email.Value);
            return ApiProblems.Unauthenticated("The email address or password is wrong.");
        }

        guard.Succeeded(email.Value);

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await accounts.UpdatePasswordHashAsync(account.Id, hasher.HashPassword(account, request.Password!), cancellationToken);
        }

        return TypedResults.Ok(await StartSessionAsync(context, account, antiforgery, cancellationToken));
    }

    private static async Task<NoContent> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<AccountView>, ProblemHttpResult>> MeAsync(
        HttpContext context, IAccountStore accounts, IOrganisationStore organisations, ISeekerStore seekers, CancellationToken cancellationToken)
    {
        if (context.User.AccountId() is not { } id || await accounts.FindAsync(id, cancellationToken) is not { } account)
        {
            return context.User.ApiKey() is null
                ? ApiProblems.Unauthenticated("Sign in to see your account.")
                : ApiProblems.Forbidden("An API key has no account; it acts for its organisation under /api/v1/employer/.");
        }

        return TypedResults.Ok(await ViewAsync(account, organisations, seekers, cancellationToken));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        [FromBody] PasswordConfirmation confirmation, HttpContext context, IAccountStore accounts, IPasswordHasher<Account> hasher, MatchingHost matching, CancellationToken cancellationToken)
    {
        if (context.User.AccountId() is not { } id || await accounts.FindAsync(id, cancellationToken) is not { } account)
        {
            return context.User.ApiKey() is null
                ? ApiProblems.Unauthenticated("Sign in to delete your account.")
                : ApiProblems.Forbidden("An API key cannot delete an account.");
        }

        if (string.IsNullOrEmpty(confirmation?.Password) || hasher.VerifyHashedPassword(account, account.PasswordHash, confirmation.Password) == PasswordVerificationResult.Failed)
        {
            return ApiProblems.Field("password", "must be your current password, to confirm the deletion.");
        }

        AccountDeletion? deletion;
        try
        {
            deletion = await accounts.DeleteAsync(id, cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            return ApiProblems.Conflict(exception.Message);
        }

        if (deletion is not null)
        {
            if (deletion.ProfileId is { } profileId)
            {
                matching.SeekerChanged(profileId, null, discoverable: false);
            }

            foreach (var posting in deletion.PostingIds)
            {
                matching.PostingRemoved(posting);
            }
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    internal static async Task<AccountView> ViewAsync(Account account, IOrganisationStore organisations, ISeekerStore seekers, CancellationToken cancellationToken)
    {
        OrganisationView? organisation = null;
        SeekerView? seeker = null;
        if (account.Kind == AccountKind.Employer && await organisations.FindMembershipAsync(account.Id, cancellationToken) is { } membership
            && await organisations.FindAsync(membership.OrganisationId, cancellationToken) is { } found)
        {
            organisation = new OrganisationView(found.Id, found.Name, membership.Role);
        }
        else if (account.Kind == AccountKind.Seeker && await seekers.FindAsync(account.Id, cancellationToken) is { } settings)
        {
            seeker = new SeekerView(settings.ProfileId, settings.Discoverable);
        }

        return new AccountView(account.Id, account.Email.Value, account.DisplayName, account.Kind, account.CreatedAt, organisation, seeker);
    }

    private static async Task<SessionView> StartSessionAsync(HttpContext context, Account account, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var principal = PlatformClaims.ForAccount(account, CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        // The token is bound to the signed-in identity: issue the one the next requests will need.
        context.User = principal;
        var services = context.RequestServices;
        var view = await ViewAsync(account, services.GetRequiredService<IOrganisationStore>(), services.GetRequiredService<ISeekerStore>(), cancellationToken);
        return new SessionView(view, Issue(context, antiforgery));
    }

    private static AntiforgeryToken Issue(HttpContext context, IAntiforgery antiforgery) =>
        new(antiforgery.GetAndStoreTokens(context).RequestToken!, AntiforgeryCheck.HeaderName);

    private static class Decoy
    {
        public static readonly Account Account = new(Guid.Parse("00000000-0000-7000-8000-000000000001"), new EmailAddress("decoy@example.org"), "decoy", AccountKind.Seeker, "-", DateTimeOffset.UnixEpoch);
        private static string? _hash;

        public static string Hash(IPasswordHasher<Account> hasher) => _hash ??= hasher.HashPassword(Account, "decoy password that nobody has");
    }
}
