using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenTalent.Core.Hiring;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer;

/// <summary>
/// An employer page: resolves the organisation and role exactly as the API does (<see cref="EmployerAccess"/>), so a
/// page never shows what the API would refuse; an account without an organisation, or a role that may not, sees why.
/// </summary>
public abstract class EmployerPageModel(EmployerAccess access) : PageModel
{
    /// <summary>The organisation and role the page acts for; null when <see cref="Denied"/> says why not.</summary>
    public EmployerCaller? Caller { get; private set; }

    public string? Denied { get; private set; }

    public bool May(EmployerAction action) => Caller?.May(action) ?? false;

    protected async Task<bool> ResolveAsync(EmployerAction action, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(User, action, cancellationToken);
        Caller = caller;
        Denied = caller is null ? (denied as ProblemHttpResult)?.ProblemDetails.Detail ?? "You may not see this page." : null;
        return caller is not null;
    }

    public static string RoleName(MemberRole role) => role switch
    {
        MemberRole.HiringManager => "Hiring manager",
        _ => role.ToString(),
    };
}
