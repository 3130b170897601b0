using OpenTalent.Core.Hiring;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer.Hiring;

/// <summary>The approval chain new requisitions go through, and (for owners) a form to change it.</summary>
public sealed class ApprovalsModel(EmployerAccess access, WorkforceStore store, IOrganisationStore organisations) : EmployerPageModel(access)
{
    /// <summary>Steps the form offers; a longer chain is set through the API.</summary>
    public const int FormSteps = 5;

    public IReadOnlyList<ApproverView> Chain { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Members { get; private set; } = [];

    public bool MayEdit => May(EmployerAction.ManageMembers);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(EmployerAction.ReadJobs, cancellationToken))
        {
            return;
        }

        var names = await MemberNames.OfAsync(organisations, Caller!.OrganisationId, cancellationToken);
        Members = MemberNames.Choices(names);
        Chain = RequisitionsApi.Steps(await store.ApprovalChainAsync(Caller.OrganisationId, cancellationToken), names);
    }

    /// <summary>The option value a step is chosen by in the form: "role:owner" or "person:{id}".</summary>
    public static string OptionOf(ApproverView step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.AccountId is { } id ? $"person:{id}" : $"role:{step.Role}";
    }

    public static string Describe(ApproverView step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.AccountId is not null ? step.Name ?? "a former member" : $"any {step.Role}";
    }
}
