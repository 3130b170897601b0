using System.Security.Claims;
using OpenTalent.Core.Hiring;
using OpenTalent.Web.Problems;

namespace OpenTalent.Web.Security;

/// <summary>The organisation a request acts for, and as whom: a member with a role, or one of its API keys.</summary>
public sealed record EmployerCaller(Guid OrganisationId, Guid? AccountId, MemberRole? Role, Guid? ApiKeyId)
{
    public bool May(EmployerAction action) => Role is { } role ? MemberPermissions.Allows(role, action) : MemberPermissions.AllowsApiKey(action);
}

/// <summary>
/// Resolves the tenant of an employer request and checks the action: 401 without credentials, 403 for a seeker, an
/// employer with no organisation, or a role that may not do it. The membership is read on every request, so a
/// removed member or changed role takes effect at once.
/// </summary>
public sealed class EmployerAccess(IOrganisationStore organisations)
{
    public async Task<(EmployerCaller? Caller, IResult? Denied)> ResolveAsync(ClaimsPrincipal user, EmployerAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        EmployerCaller caller;
        if (user.ApiKeyOrganisation() is { } keyOrganisation)
        {
            caller = new EmployerCaller(keyOrganisation, null, null, user.ApiKey());
        }
        else if (user.AccountId() is not { } accountId)
        {
            return (null, ApiProblems.Unauthenticated("Employer endpoints need a signed-in employer or an API key."));
        }
        else if (user.AccountKind() != AccountKind.Employer)
        {
            return (null, ApiProblems.Forbidden("Employer endpoints are for employer accounts; this is a seeker account."));
        }
        else if (await organisations.FindMembershipAsync(accountId, cancellationToken) is not { } membership)
        {
            return (null, ApiProblems.Forbidden("This employer account is not a member of any organisation yet: ask an owner to add you."));
        }
        else
        {
            caller = new EmployerCaller(membership.OrganisationId, accountId, membership.Role, null);
        }

        return caller.May(action)
            ? (caller, null)
            : (null, ApiProblems.Forbidden(caller.Role is { } role
                ? $"A {Describe(role)} may not {Describe(action)}."
                : $"An API key may not {Describe(action)}; an owner must do it signed in."));
    }

    private static string Describe(MemberRole role) => role switch
    {
        MemberRole.HiringManager => "hiring manager",
        _ => role.ToString().ToLowerInvariant(),
    };

    private static string Describe(EmployerAction action) => action switch
    {
        EmployerAction.ReadJobs => "read the organisation's jobs",
        EmployerAction.WriteJobs => "post, edit or close jobs",
        EmployerAction.ReadCandidates => "read applicants and shortlists",
        EmployerAction.MoveApplications => "move applications",
        EmployerAction.ReadMembers => "read the members",
        EmployerAction.ManageMembers => "manage members",
        EmployerAction.ManageApiKeys => "manage API keys",
        _ => action.ToString(),
    };
}

/// <summary>Who the seeker endpoints act for: the signed-in seeker, else 401 or 403.</summary>
public static class SeekerAccess
{
    public static (Guid AccountId, IResult? Denied) Resolve(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.AccountId() is not { } accountId
            ? (Guid.Empty, user.ApiKey() is null
                ? ApiProblems.Unauthenticated("Sign in as a seeker.")
                : ApiProblems.Forbidden("API keys act for an organisation; seeker endpoints need a signed-in seeker."))
            : user.AccountKind() != AccountKind.Seeker
                ? (Guid.Empty, ApiProblems.Forbidden("These endpoints are for seeker accounts; this is an employer account."))
                : (accountId, null);
    }
}
