using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer.Hiring;

/// <summary>
/// The hiring plan at a glance: departments with headcount now and targets, the forecast as observed, and a what-if
/// (pass rate per stage, applicants per week, recruiters) run beside it. Reads through the same store and forecaster
/// as <c>GET /api/v1/employer/hiring/plan</c> and <c>/forecast</c>; the what-if is a GET form, so it can be linked.
/// </summary>
public sealed class IndexModel(EmployerAccess access, WorkforceStore store, WorkforceForecasts forecasts, TimeProvider clock) : EmployerPageModel(access)
{
    public const int Runs = 4_000;

    private static readonly string[] WhatIfFields = ["applicantsFactor", "applicantsPerWeek", "recruiters", "perRecruiterPerWeek"];

    public PlanView? Plan { get; private set; }

    public OrganisationForecastView? Observed { get; private set; }

    public OrganisationForecastView? WhatIf { get; private set; }

    /// <summary>The funnel's stages, for the what-if form.</summary>
    public IReadOnlyList<string> Stages { get; private set; } = [];

    public Dictionary<string, string[]> Problems { get; } = [];

    public string Value(string name) => Request.Query[name].ToString();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(EmployerAction.ReadJobs, cancellationToken))
        {
            return;
        }

        Plan = await HiringApi.PlanOfAsync(Caller!.OrganisationId, store, cancellationToken);
        if (Plan is null)
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var options = new ForecastOptions(runs: Runs, searchRuns: 1_000);
        var observed = (await forecasts.ForecastAsync(Plan.Slug, today, options, ForecastWhatIf.None, cancellationToken))!;
        Observed = OrganisationForecastView.From(observed);
        Stages = Pipeline.Standard.Stages.Where(s => s.Kind != ApplicationStatus.Hired).Select(s => s.Name).ToArray();
        var rates = Stages.Where(s => !string.IsNullOrWhiteSpace(Value("rate-" + s))).Select(s => $"{s}={Value("rate-" + s)}").ToArray();
        var asked = rates.Length > 0 || WhatIfFields.Any(k => !string.IsNullOrWhiteSpace(Value(k)));
        if (!asked)
        {
            return;
        }

        var validation = new Validation();
        var whatIf = HiringApi.WhatIf(validation, rates, Value("applicantsPerWeek"), Value("applicantsFactor"), Value("recruiters"), Value("perRecruiterPerWeek"));
        if (whatIf is null)
        {
            foreach (var (field, messages) in validation.Errors)
            {
                Problems[field] = messages;
            }

            return;
        }

        try
        {
            WhatIf = OrganisationForecastView.From((await forecasts.ForecastAsync(Plan.Slug, today, options, whatIf, cancellationToken))!);
        }
        catch (ArgumentException exception)
        {
            Problems["rate"] = [exception.Message];
        }
    }

    public static IReadOnlyList<ChartBar> Chart(OrganisationForecastView forecast) =>
        HiringChart.Headcount(forecast.Departments.Select(d => (d.Name, d.Current, (double)d.ExpectedByTargetDate, d.Target, d.ProbabilityOnTime)));
}
