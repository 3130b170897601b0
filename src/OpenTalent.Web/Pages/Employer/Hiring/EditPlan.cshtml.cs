using System.Globalization;
using System.Text.Json;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer.Hiring;

/// <summary>
/// Creating or editing the headcount plan (owners): a row per department with its current headcount, dated targets
/// and teams, saved through <c>PUT /api/v1/employer/hiring/plan</c>. Ids ride along so requisitions stay attached.
/// </summary>
public sealed class EditPlanModel(EmployerAccess access, WorkforceStore store) : EmployerPageModel(access)
{
    public HeadcountPlan? Plan { get; private set; }

    public string? Slug { get; private set; }

    public bool MayEdit => May(EmployerAction.ManageMembers);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(EmployerAction.ReadJobs, cancellationToken))
        {
            return;
        }

        if (await store.FindPlanForAsync(Caller!.OrganisationId, cancellationToken) is { } found)
        {
            (Plan, Slug) = (found.Plan, found.Summary.Slug);
        }
    }

    /// <summary>Targets as the form writes them: "2027-12-31: 45", one per line.</summary>
    public static string Targets(IEnumerable<HeadcountTarget> targets) =>
        string.Join('\n', targets.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Date:yyyy-MM-dd}: {t.Headcount}")));

    /// <summary>Teams as the form writes them: "Alignment: 10", one per line.</summary>
    public static string Teams(Department department)
    {
        ArgumentNullException.ThrowIfNull(department);
        return string.Join('\n', department.Teams.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Name}: {t.CurrentHeadcount}")));
    }

    /// <summary>The existing teams (id and targets by name), so the script keeps them when only a headcount changes.</summary>
    public static string TeamsJson(Department department)
    {
        ArgumentNullException.ThrowIfNull(department);
        return JsonSerializer.Serialize(department.Teams.Select(t => new
        {
            id = t.Id,
            name = t.Name,
            targets = t.Targets.Select(x => new { date = x.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), headcount = x.Headcount }),
        }));
    }
}
