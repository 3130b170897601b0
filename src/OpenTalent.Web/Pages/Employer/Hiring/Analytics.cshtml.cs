using OpenTalent.Core.Hiring;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer.Hiring;

/// <summary>Hiring analytics by department, requisition, recruiter or source: pass-through charts and tables, the CSV beside them.</summary>
public sealed class AnalyticsModel(EmployerAccess access, WorkforceAnalytics analytics) : EmployerPageModel(access)
{
    /// <summary>Groups charted before the rest are left to the table and the CSV (requisitions run to thousands).</summary>
    public const int ChartedGroups = 12;

    public AnalyticsReport? Report { get; private set; }

    public AnalyticsDimension By { get; private set; }

    public string CsvUrl => $"/api/v1/employer/hiring/analytics?by={By.ToString().ToLowerInvariant()}&format=csv";

    public int PageNumber { get; private set; } = 1;

    public string Link(int page) => $"/employer/hiring/analytics?by={By.ToString().ToLowerInvariant()}&page={page}";

    public async Task OnGetAsync(string? by, int page = 1, CancellationToken cancellationToken = default)
    {
        if (!await ResolveAsync(EmployerAction.ReadCandidates, cancellationToken))
        {
            return;
        }

        By = Enum.TryParse<AnalyticsDimension>(by, ignoreCase: true, out var dimension) && Enum.IsDefined(dimension) ? dimension : AnalyticsDimension.Department;
        PageNumber = Math.Max(1, page);
        Report = await analytics.ReportAsync(Caller!.OrganisationId, By, PageNumber, HiringApi.AnalyticsPageSize, cancellationToken);
    }

    public static IReadOnlyList<ChartBar> Chart(GroupFigures group) =>
        HiringChart.PassThrough(group.Stages.Where(s => s.Entered > 0 && s.Decided + s.StillIn > 0).Select(s => (s.Stage, s.PassThroughRate, s.Decided)));

    public static string Share(double? value) => value is { } v ? v.ToString("P0", System.Globalization.CultureInfo.InvariantCulture) : "–";

    public static string Days(double? value) => value is { } v ? v.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "–";
}
