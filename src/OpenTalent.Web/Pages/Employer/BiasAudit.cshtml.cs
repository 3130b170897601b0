using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Privacy;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer;

/// <summary>
/// The bias audit of the organisation's automated screening, for all jobs or one: the same figures as
/// <c>GET /api/v1/employer/bias-audit</c>, with the CSV download beside them.
/// </summary>
public sealed class BiasAuditModel(
    EmployerAccess access, IOrganisationStore organisations, IPostingOwnerStore owners, IMatchingStore store, ISelfIdentificationStore identities, EmployerJobListing listing,
    TimeProvider clock) : EmployerPageModel(access)
{
    public BiasAuditView? Audit { get; private set; }

    /// <summary>The organisation's jobs to choose from, newest first.</summary>
    public IReadOnlyList<JobView> Jobs { get; private set; } = [];

    public string? Job { get; private set; }

    public string? Problem { get; private set; }

    public string CsvUrl => "/api/v1/employer/bias-audit?format=csv" + (Job is null ? "" : "&job=" + Uri.EscapeDataString(Job));

    public static string Rate(double rate) => rate.ToString("0.0%", System.Globalization.CultureInfo.InvariantCulture);

    public static string Ratio(double? ratio) => ratio is { } r ? r.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "–";

    public async Task OnGetAsync(string? job, CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(EmployerAction.ReadCandidates, cancellationToken))
        {
            return;
        }

        var organisationId = Caller!.OrganisationId;
        Jobs = (await listing.ReadAsync(organisationId, new EmployerJobQuery(null, null, 1, 100), cancellationToken)).Items;
        Job = string.IsNullOrWhiteSpace(job) ? null : job.Trim();
        if (Job is not null && (await EmployerApi.OwnedAsync(Caller, Job, owners, store, cancellationToken)).Record is null)
        {
            Problem = $"Your organisation has no job with the id '{Job}'; showing all jobs instead.";
            Job = null;
        }

        var organisation = await organisations.FindAsync(organisationId, cancellationToken);
        var audited = await identities.AuditedApplicantsAsync(organisationId, Job, cancellationToken);
        Audit = new BiasAuditView(organisation?.Name ?? "", Job, clock.GetUtcNow(), BiasAudit.Compute(audited), EmployerTrustApi.Method);
    }
}
