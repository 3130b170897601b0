using OpenTalent.Core.Hiring;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer;

/// <summary>
/// The organisation: members with their roles and its API keys. Both lists are read and changed through
/// <c>/api/v1/employer/members</c> and <c>/api/v1/employer/api-keys</c> by the page's script, so the rules (owners
/// only, the last owner stays) live once, in the API, and its errors are what the page shows.
/// </summary>
public sealed class OrganisationModel(EmployerAccess access, IOrganisationStore organisations) : EmployerPageModel(access)
{
    public string Name { get; private set; } = "";

    public bool Owner => May(EmployerAction.ManageMembers);

    /// <summary>"an owner", "a recruiter", "a hiring manager".</summary>
    public string YourRole => Caller?.Role switch
    {
        MemberRole.Owner => "an owner",
        MemberRole.Recruiter => "a recruiter",
        MemberRole.HiringManager => "a hiring manager",
        _ => "a member",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ResolveAsync(EmployerAction.ReadMembers, cancellationToken))
        {
            Name = (await organisations.FindAsync(Caller!.OrganisationId, cancellationToken))?.Name ?? "Your organisation";
        }
    }
}
