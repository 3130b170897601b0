using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Core.Hiring;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

public sealed record MemberView(Guid AccountId, string Email, string DisplayName, MemberRole Role, DateTimeOffset JoinedAt);

public sealed record AddMemberRequest(string? Email, string? Role);

public sealed record ChangeRoleRequest(string? Role);

public sealed record CreateApiKeyRequest(string? Name);

public sealed record ApiKeyView(Guid Id, string Name, string Hint, DateTimeOffset CreatedAt, Guid? CreatedBy, DateTimeOffset? RevokedAt, bool Active)
{
    public static ApiKeyView From(ApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(key.Id, key.Name, key.Hint + "…", key.CreatedAt, key.CreatedBy, key.RevokedAt, key.IsActive);
    }
}

/// <summary>The new key's secret, shown this once and never again.</summary>
public sealed record IssuedApiKey(ApiKeyView Key, string Secret);

public sealed record OrganisationDetails(Guid Id, string Name, DateTimeOffset CreatedAt, MemberRole? YourRole);

/// <summary>The employer's organisation: who is in it with which role, and its API keys.</summary>
public static class EmployerOrganisationApi
{
    public static RouteGroupBuilder MapEmployerOrganisation(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/organisation", OrganisationAsync).WithSummary("My organisation.");
        api.MapGet("/members", MembersAsync).WithSummary("The organisation's members and their roles.");
        api.MapPost("/members", AddMemberAsync).WithSummary("Add an employer account (signed up without an organisation) as a member with a role (owners only).");
        api.MapPut("/members/{accountId:guid}", ChangeRoleAsync).WithSummary("Change a member's role (owners only).");
        api.MapDelete("/members/{accountId:guid}", RemoveMemberAsync).WithSummary("Remove a member (owners only).");
        api.MapGet("/api-keys", KeysAsync).WithSummary("The organisation's API keys, without their secrets (owners only).");
        api.MapPost("/api-keys", CreateKeyAsync).WithSummary("Issue an API key; its secret is shown once (owners only).");
        api.MapDelete("/api-keys/{id:guid}", RevokeKeyAsync).WithSummary("Revoke an API key (owners only).");
        return api;
    }

    private static async Task<Results<Ok<OrganisationDetails>, ProblemHttpResult>> OrganisationAsync(
        HttpContext context, EmployerAccess access, IOrganisationStore organisations, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var organisation = await organisations.FindAsync(caller.OrganisationId, cancellationToken);
        return organisation is null
            ? ApiProblems.NotFound("The organisation no longer exists.")
            : TypedResults.Ok(new OrganisationDetails(organisation.Id, organisation.Name, organisation.CreatedAt, caller.Role));
    }

    private static async Task<Results<Ok<IReadOnlyList<MemberView>>, ProblemHttpResult>> MembersAsync(
        HttpContext context, EmployerAccess access, IOrganisationStore organisations, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadMembers, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var members = await organisations.ListMembersAsync(caller.OrganisationId, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<MemberView>>([.. members.Select(View)]);
    }

    private static async Task<Results<Created<MemberView>, ValidationProblem, ProblemHttpResult>> AddMemberAsync(
        AddMemberRequest request, HttpContext context, EmployerAccess access, IAccountStore accounts, IOrganisationStore organisations, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ManageMembers, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var validation = new Validation();
        var email = validation.Try("email", () => new EmailAddress(request?.Email ?? ""));
        var role = Role(validation, request?.Role);
        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        var account = await accounts.FindByEmailAsync(email!, cancellationToken);
        if (account is null)
        {
            return ApiProblems.NotFound($"No account has the email address {email}: ask them to sign up as an employer (without an organisation), then add them.");
        }

        if (account.Kind != AccountKind.Employer)
        {
            return ApiProblems.Field("email", "belongs to a seeker account; only employer accounts can be members.");
        }

        var membership = new Membership(caller.OrganisationId, account.Id, role!.Value, clock.GetUtcNow());
        if (!await organisations.AddMemberAsync(membership, cancellationToken))
        {
            return ApiProblems.Conflict($"{email} already belongs to an organisation.");
        }

        return TypedResults.Created($"/api/v1/employer/members/{account.Id}", View(new Member(membership, account)));
    }

    private static async Task<Results<Ok<MemberView>, ValidationProblem, ProblemHttpResult>> ChangeRoleAsync(
        Guid accountId, ChangeRoleRequest request, HttpContext context, EmployerAccess access, IOrganisationStore organisations, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ManageMembers, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var validation = new Validation();
        var role = Role(validation, request?.Role);
        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        try
        {
            if (!await organisations.ChangeRoleAsync(caller.OrganisationId, accountId, role!.Value, cancellationToken))
            {
                return ApiProblems.NotFound($"No member of your organisation has the account id {accountId}.");
            }
        }
        catch (InvalidOperationException exception)
        {
            return ApiProblems.Conflict(exception.Message);
        }

        var member = (await organisations.ListMembersAsync(caller.OrganisationId, cancellationToken)).Single(m => m.Account.Id == accountId);
        return TypedResults.Ok(View(member));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveMemberAsync(
        Guid accountId, HttpContext context, EmployerAccess access, IOrganisationStore organisations, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ManageMembers, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        try
        {
            return await organisations.RemoveMemberAsync(caller.OrganisationId, accountId, cancellationToken)
                ? TypedResults.NoContent()
                : ApiProblems.NotFound($"No member of your organisation has the account id {accountId}.");
        }
        catch (InvalidOperationException exception)
        {
            return ApiProblems.Conflict(exception.Message);
        }
    }

    private static async Task<Results<Ok<IReadOnlyList<ApiKeyView>>, ProblemHttpResult>> KeysAsync(
        HttpContext context, EmployerAccess access, IApiKeyStore keys, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ManageApiKeys, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        return TypedResults.Ok<IReadOnlyList<ApiKeyView>>([.. (await keys.ListAsync(caller.OrganisationId, cancellationToken)).Select(ApiKeyView.From)]);
    }

    private static async Task<Results<Created<IssuedApiKey>, ValidationProblem, ProblemHttpResult>> CreateKeyAsync(
        CreateApiKeyRequest request, HttpContext context, EmployerAccess access, IApiKeyStore keys, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ManageApiKeys, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var validation = new Validation();
        var name = validation.Required("name", request?.Name, ApiKey.MaxNameLength);
        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        var (key, secret) = ApiKey.Issue(caller.OrganisationId, name!, caller.AccountId, clock.GetUtcNow());
        await keys.AddAsync(key, cancellationToken);
        return TypedResults.Created($"/api/v1/employer/api-keys/{key.Id}", new IssuedApiKey(ApiKeyView.From(key), secret));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeKeyAsync(
        Guid id, HttpContext context, EmployerAccess access, IApiKeyStore keys, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ManageApiKeys, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        return await keys.RevokeAsync(caller.OrganisationId, id, clock.GetUtcNow(), cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound($"Your organisation has no active API key with the id {id}.");
    }

    private static MemberView View(Member member) =>
        new(member.Account.Id, member.Account.Email.Value, member.Account.DisplayName, member.Membership.Role, member.Membership.JoinedAt);

    private static MemberRole? Role(Validation validation, string? text)
    {
        var role = text?.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() switch
        {
            "owner" => MemberRole.Owner,
            "recruiter" => MemberRole.Recruiter,
            "hiringmanager" => MemberRole.HiringManager,
            _ => (MemberRole?)null,
        };
        if (role is null)
        {
            validation.Add("role", "must be owner, recruiter or hiringManager.");
        }

        return role;
    }
}
