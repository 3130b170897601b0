using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer.Hiring;

/// <summary>Requisitions filtered by department and status, 50 to a page, each linking to its pipeline.</summary>
public sealed class RequisitionsModel(EmployerAccess access, WorkforceStore store, IOrganisationStore organisations) : EmployerPageModel(access)
{
    public const int PageSize = 50;

    public PlanView? Plan { get; private set; }

    public IReadOnlyList<RequisitionView> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public Guid? Department { get; private set; }

    /// <summary>The organisation's members, for a new requisition's hiring manager and recruiter.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Members { get; private set; } = [];

    public bool MayDraft => May(EmployerAction.WriteJobs) && Plan is not null;

    public RequisitionStatus? Status { get; private set; }

    public string Link(int page) =>
        $"/employer/hiring/requisitions?page={page}" + (Department is { } d ? $"&department={d}" : "") + (Status is { } s ? $"&status={s}" : "");

    public async Task OnGetAsync(string? department, string? status, int page = 1, CancellationToken cancellationToken = default)
    {
        if (!await ResolveAsync(EmployerAction.ReadJobs, cancellationToken))
        {
            return;
        }

        Plan = await HiringApi.PlanOfAsync(Caller!.OrganisationId, store, cancellationToken);
        Members = MemberNames.Choices(await MemberNames.OfAsync(organisations, Caller.OrganisationId, cancellationToken));
        Department = Guid.TryParse(department, out var d) ? d : null;
        Status = Enum.TryParse<RequisitionStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
        var names = Plan?.Departments.ToDictionary(x => x.Id, x => x.Name) ?? [];
        var chosen = (await store.RequisitionsAsync(Caller.OrganisationId, cancellationToken))
            .Where(r => (Department is null || r.DepartmentId == Department) && (Status is null || r.Status == Status))
            .OrderBy(r => names.GetValueOrDefault(r.DepartmentId), StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.Ordinal)
            .ToArray();
        Total = chosen.Length;
        PageNumber = Math.Clamp(page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Items = [.. chosen.Skip((PageNumber - 1) * PageSize).Take(PageSize).Select(r => new RequisitionView(
            r.Id, r.DepartmentId, names.GetValueOrDefault(r.DepartmentId) ?? "", r.Title, r.Status, r.HiringManagerId, r.RecruiterId,
            r.TargetStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), r.Band.Minimum, r.Band.Maximum, r.Band.Currency, [.. r.Pipeline.Stages.Select(x => x.Name)]))];
    }
}
