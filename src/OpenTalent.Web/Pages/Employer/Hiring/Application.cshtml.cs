using OpenTalent.Core.Hiring;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer.Hiring;

/// <summary>
/// One application of a requisition: where it stands and every move it went through (who, when, why), the same
/// figures as <c>GET /api/v1/employer/hiring/requisitions/{id}/applications/{applicationId}/history</c>.
/// </summary>
public sealed class ApplicationModel(EmployerAccess access, WorkforceStore store, IOrganisationStore organisations) : EmployerPageModel(access)
{
    public Guid RequisitionId { get; private set; }

    public CandidacyHistoryView? History { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(Guid id, Guid applicationId, CancellationToken cancellationToken = default)
    {
        RequisitionId = id;
        if (!await ResolveAsync(EmployerAction.ReadCandidates, cancellationToken))
        {
            return;
        }

        var (requisition, view) = await CandidacyHistoryApi.FindAsync(store, organisations, Caller!.OrganisationId, id, applicationId, cancellationToken);
        History = view;
        Problem = !requisition
            ? $"Your organisation has no requisition with the id {id}."
            : view is null ? $"The requisition {id} has no application with the id {applicationId}." : null;
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    /// <summary>Who moved: the member's name, "an API key or former member" otherwise (an id alone tells a reader nothing).</summary>
    public static string Mover(CandidacyMoveView move)
    {
        ArgumentNullException.ThrowIfNull(move);
        return move.ByName ?? "an API key or former member";
    }
}
