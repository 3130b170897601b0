using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer.Hiring;

/// <summary>
/// A requisition's pipeline: a tab per stage with its count, one page of the candidates waiting in the chosen stage
/// (longest waiting first), and a bulk form that moves or rejects the selected ones through
/// <c>POST /api/v1/employer/hiring/requisitions/{id}/moves</c>, all or nothing.
/// </summary>
public sealed class PipelineModel(EmployerAccess access, WorkforceStore store, IOrganisationStore organisations, IPostingOwnerStore owners, IMatchingStore postings, TimeProvider clock)
    : EmployerPageModel(access)
{
    public const int PageSize = 50;

    public PipelinePage? Pipeline { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The requisition's approval: chain, pending step, decisions, history, and what the caller may do.</summary>
    public RequisitionDetailView? Requisition { get; private set; }

    /// <summary>Member names by account, for the approval history.</summary>
    public static string Who(string? name) => name ?? "an API key or former member";

    public bool MayMove => May(EmployerAction.MoveApplications);

    public IReadOnlyList<ExitReason> Reasons => [.. ExitReasonCatalogue.Default.Reasons.Where(r => r.Kind == ExitKind.Rejected)];

    public async Task OnGetAsync(Guid id, string? stage, int page = 1, CancellationToken cancellationToken = default)
    {
        if (!await ResolveAsync(EmployerAction.ReadCandidates, cancellationToken))
        {
            return;
        }

        await store.SyncApplicantsAsync(Caller!.OrganisationId, id, clock.GetUtcNow(), cancellationToken);
        try
        {
            Pipeline = await store.PipelinePageAsync(Caller!.OrganisationId, id, stage, Math.Max(1, page), PageSize, cancellationToken);
            Problem = Pipeline is null ? $"Your organisation has no requisition with the id {id}." : null;
        }
        catch (PipelineRuleException exception)
        {
            Problem = exception.Message;
            Pipeline = await store.PipelinePageAsync(Caller!.OrganisationId, id, null, 1, PageSize, cancellationToken);
        }

        Requisition = Pipeline is null ? null : await RequisitionsApi.FindAsync(store, organisations, Caller!, id, cancellationToken);
        if (Requisition is not null && May(EmployerAction.WriteJobs))
        {
            var ours = await owners.ListAsync(Caller!.OrganisationId, 0, MaxJobChoices, cancellationToken);
            var titles = new List<(string Id, string Title)>();
            foreach (var owned in ours.Items)
            {
                titles.Add((owned.PostingId, (await postings.FindPostingAsync(owned.PostingId, cancellationToken))?.Posting.Title ?? owned.PostingId));
            }

            Jobs = titles;
        }
    }

    /// <summary>The most jobs offered to link; a larger organisation links through the API.</summary>
    public const int MaxJobChoices = 200;

    /// <summary>The organisation's jobs a requisition can take applicants from.</summary>
    public IReadOnlyList<(string Id, string Title)> Jobs { get; private set; } = [];

    /// <summary>A requisition's status as people say it.</summary>
    public static string Words(RequisitionStatus status) => status switch
    {
        RequisitionStatus.PendingApproval => "Pending approval",
        RequisitionStatus.OnHold => "On hold",
        _ => status.ToString(),
    };

    /// <summary>A button's words for an action of the requisitions API.</summary>
    public static string ActionLabel(string action) => action switch
    {
        "submit" => "Submit for approval",
        "approve" => "Approve",
        "reject" => "Reject",
        "hold" => "Put on hold",
        "resume" => "Resume",
        "fill" => "Mark filled",
        _ => "Cancel requisition",
    };
}
