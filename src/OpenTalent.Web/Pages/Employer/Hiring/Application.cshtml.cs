using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer.Hiring;

/// <summary>
/// One application of a requisition: where it stands, every move it went through (who, when, why), its scorecards
/// aggregated per competency, and a form to submit one's own: the same figures as
/// <c>GET .../applications/{applicationId}/history</c> and <c>.../scorecards</c>.
/// </summary>
public sealed class ApplicationModel(EmployerAccess access, WorkforceStore store, IOrganisationStore organisations) : EmployerPageModel(access)
{
    public Guid RequisitionId { get; private set; }

    public CandidacyHistoryView? History { get; private set; }

    public string? Problem { get; private set; }

    public ScorecardsView? Scorecards { get; private set; }

    public IReadOnlyList<KitRow> Kits { get; private set; } = [];

    /// <summary>Stages the candidate has reached: the ones a scorecard may be for.</summary>
    public IReadOnlyList<string> ReachedStages { get; private set; } = [];

    /// <summary>Interviewers score as themselves: any member may, an open candidacy only.</summary>
    public bool MayScore => Caller?.AccountId is not null && History is { } history && !ApplicationWorkflow.IsFinal(history.Status);

    public async Task OnGetAsync(Guid id, Guid applicationId, CancellationToken cancellationToken = default)
    {
        RequisitionId = id;
        if (!await ResolveAsync(EmployerAction.ReadCandidates, cancellationToken))
        {
            return;
        }

        var organisation = Caller!.OrganisationId;
        var requisition = await store.FindRequisitionAsync(organisation, id, cancellationToken);
        var row = requisition is null ? null : await store.CandidacyAsync(organisation, id, applicationId, cancellationToken);
        Problem = requisition is null
            ? $"Your organisation has no requisition with the id {id}."
            : row is null ? $"The requisition {id} has no application with the id {applicationId}." : null;
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var names = await MemberNames.OfAsync(organisations, organisation, cancellationToken);
        History = CandidacyHistoryApi.View(row!, names, await store.MessagesAsync(organisation, applicationId, cancellationToken));
        Scorecards = InterviewsApi.View(row!, requisition!.Pipeline, names);
        Kits = await store.KitsAsync(Caller.OrganisationId, cancellationToken);
        ReachedStages = [.. History!.Moves.Select(m => m.ToStage).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Who moved: the member's name, "an API key or former member" otherwise (an id alone tells a reader nothing).</summary>
    public static string Mover(CandidacyMoveView move)
    {
        ArgumentNullException.ThrowIfNull(move);
        return move.ByName ?? "an API key or former member";
    }

    /// <summary>A recommendation as people say it.</summary>
    public static string Words(Recommendation recommendation) => recommendation switch
    {
        Recommendation.StrongYes => "strong yes",
        Recommendation.Yes => "yes",
        Recommendation.No => "no",
        _ => "strong no",
    };
}
