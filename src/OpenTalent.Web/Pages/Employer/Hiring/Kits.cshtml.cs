using OpenTalent.Core.Hiring;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer.Hiring;

/// <summary>The organisation's interview kits (the competencies interviewers rate), and a form to add one.</summary>
public sealed class KitsModel(EmployerAccess access, WorkforceStore store) : EmployerPageModel(access)
{
    public IReadOnlyList<KitRow> Kits { get; private set; } = [];

    public bool MayAdd => May(EmployerAction.WriteJobs);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(EmployerAction.ReadCandidates, cancellationToken))
        {
            return;
        }

        Kits = await store.KitsAsync(Caller!.OrganisationId, cancellationToken);
    }
}
