using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer.Hiring;

/// <summary>
/// A requisition's pipeline: a tab per stage with its count, one page of the candidates waiting in the chosen stage
/// (longest waiting first), and a bulk form that moves or rejects the selected ones through
/// <c>POST /api/v1/employer/hiring/requisitions/{id}/moves</c>, all or nothing.
/// </summary>
public sealed class PipelineModel(EmployerAccess access, WorkforceStore store) : EmployerPageModel(access)
{
    public const int PageSize = 50;

    public PipelinePage? Pipeline { get; private set; }

    public string? Problem { get; private set; }

    public bool MayMove => May(EmployerAction.MoveApplications);

    public IReadOnlyList<ExitReason> Reasons => [.. ExitReasonCatalogue.Default.Reasons.Where(r => r.Kind == ExitKind.Rejected)];

    public async Task OnGetAsync(Guid id, string? stage, int page = 1, CancellationToken cancellationToken = default)
    {
        if (!await ResolveAsync(EmployerAction.ReadCandidates, cancellationToken))
        {
            return;
        }

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
    }
}
