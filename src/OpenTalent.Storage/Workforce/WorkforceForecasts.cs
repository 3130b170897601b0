using OpenTalent.Core.Workforce;

namespace OpenTalent.Storage.Workforce;

/// <summary>
/// Changes to try on the observed figures: a stage's pass rate (by stage name), the applicants per week (absolute,
/// or a factor on what was observed), and recruiter capacity. Empty means the forecast as observed.
/// </summary>
public sealed record ForecastWhatIf(
    IReadOnlyDictionary<string, double>? PassRates = null, double? ApplicantsPerWeek = null, double? ApplicantsFactor = null, RecruiterCapacity? Capacity = null)
{
    public static ForecastWhatIf None { get; } = new();
}

/// <summary>What a department's forecast was built from, so a reader can judge it.</summary>
/// <param name="AssumedStages">Stages with too few observations, given the default assumptions instead.</param>
public sealed record DepartmentBasis(string Department, int Candidacies, double ObservedApplicantsPerWeek, double ApplicantsPerWeek, int OpenRequisitions, IReadOnlyList<string> AssumedStages);

public sealed record OrganisationForecast(WorkforcePlanSummary Plan, PlanForecast Forecast, IReadOnlyList<DepartmentBasis> Basis, IReadOnlyList<string> Skipped);

/// <summary>
/// The forecast of an organisation's plan from what is stored: per department, the current headcount and final
/// target from the plan, the open requisitions, the funnel observed in its candidacies (pass rates, stays, who is in
/// each stage now) and the applicants per week of the last weeks; then the what-if changes; then the simulation.
/// </summary>
public sealed class WorkforceForecasts(WorkforceStore store)
{
    /// <summary>Weeks of applications the observed inflow is averaged over.</summary>
    public const int InflowWeeks = 8;

    /// <returns>Null when no organisation has a plan under that slug.</returns>
    public async Task<OrganisationForecast?> ForecastAsync(string slug, DateOnly asOf, ForecastOptions options, ForecastWhatIf whatIf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(whatIf);
        if (await store.FindPlanAsync(slug, cancellationToken) is not { } found)
        {
            return null;
        }

        var (summary, plan) = found;
        var organisation = summary.OrganisationId;
        var asOfInstant = new DateTimeOffset(asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var requisitions = await store.RequisitionsAsync(organisation, cancellationToken);
        var open = await store.OpenRequisitionsAsync(organisation, cancellationToken);
        var inflow = await store.ApplicationsPerWeekAsync(organisation, asOfInstant, InflowWeeks, cancellationToken);
        var inputs = new List<DepartmentForecastInput>();
        var basis = new List<DepartmentBasis>();
        var skipped = new List<string>();
        foreach (var department in plan.Departments)
        {
            if (department.FinalTarget is not { } target)
            {
                skipped.Add($"{department.Name}: no headcount target");
                continue;
            }

            var pipeline = PipelineOf(requisitions.Where(r => r.DepartmentId == department.Id));
            var sameStages = requisitions.Where(r => r.DepartmentId == department.Id && SameStages(r.Pipeline, pipeline)).Select(r => r.Id).ToHashSet();
            var candidacies = (await store.CandidaciesAsync(organisation, department.Id, cancellationToken))
                .Where(c => sameStages.Contains(c.RequisitionId))
                .Select(c => c.Candidacy)
                .ToArray();
            var funnel = FunnelEstimate.From(pipeline, candidacies);
            var stages = funnel.Stages.Select(s => whatIf.PassRates is { } rates && rates.TryGetValue(s.Name, out var rate) ? s.WithPassRate(rate) : s).ToArray();
            var observed = inflow.GetValueOrDefault(department.Id);
            var perWeek = whatIf.ApplicantsPerWeek ?? observed * (whatIf.ApplicantsFactor ?? 1);
            var openCount = open.GetValueOrDefault(department.Id);
            inputs.Add(new DepartmentForecastInput(department.Name, department.CurrentHeadcount, target.Headcount, target.Date, openCount, stages, perWeek, whatIf.Capacity));
            basis.Add(new DepartmentBasis(department.Name, candidacies.Length, observed, perWeek, openCount, funnel.Assumed));
        }

        if (whatIf.PassRates is { } asked)
        {
            var known = inputs.SelectMany(i => i.Stages.Select(s => s.Name)).ToHashSet(StringComparer.Ordinal);
            var unknown = asked.Keys.Where(k => !known.Contains(k)).ToArray();
            if (unknown.Length > 0)
            {
                throw new ArgumentException($"No department's funnel has a stage named {string.Join(", ", unknown.Select(u => $"'{u}'"))}; the stages are {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
            }
        }

        return new OrganisationForecast(summary, HiringForecaster.Forecast(asOf, inputs, options), basis, skipped);
    }

    /// <summary>The pipeline most of the department's requisitions use (the standard one when it has none).</summary>
    private static Pipeline PipelineOf(IEnumerable<RequisitionRow> requisitions) =>
        requisitions.GroupBy(r => string.Join('|', r.Pipeline.Stages.Select(s => s.Name)), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First().Pipeline)
            .FirstOrDefault() ?? Pipeline.Standard;

    private static bool SameStages(Pipeline a, Pipeline b) => a.Stages.Select(s => s.Name).SequenceEqual(b.Stages.Select(s => s.Name), StringComparer.Ordinal);
}

/// <summary>
/// A department's forecast as the contract words it (<c>opentalent plans forecast --json</c> and
/// <c>GET /api/v1/employer/hiring/forecast</c>): its fields first, in that order, then what else was simulated and
/// what it was built from.
/// </summary>
public sealed record DepartmentForecastView(
    string Name, int Current, int Target, string TargetDate, int ExpectedByTargetDate, double ProbabilityOnTime, int? NeededApplicantsPerWeek,
    int? NeededRecruiters, int HiresByTargetDateP10, int HiresByTargetDateP90, string? ReachedP10, string? ReachedMedian, string? ReachedP90, string? Limitation,
    double ObservedApplicantsPerWeek, double ApplicantsPerWeek, int OpenRequisitions, int CandidaciesObserved, IReadOnlyList<string> AssumedStages);

public sealed record OrganisationForecastView(
    string Organisation, IReadOnlyList<DepartmentForecastView> Departments, string OrganisationName, string AsOf, int Runs, ulong Seed, IReadOnlyList<string> Skipped)
{
    public static OrganisationForecastView From(OrganisationForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new OrganisationForecastView(
            forecast.Plan.Slug,
            [.. forecast.Forecast.Departments.Zip(forecast.Basis).Select(pair => new DepartmentForecastView(
                pair.First.Department, pair.First.CurrentHeadcount, pair.First.TargetHeadcount, Day(pair.First.TargetDate)!, (int)Math.Round(pair.First.ExpectedHeadcountByTargetDate),
                Math.Round(pair.First.ProbabilityOnTime, 4), pair.First.NeededApplicantsPerWeek, pair.First.NeededRecruiters, pair.First.HiresByTargetDateP10, pair.First.HiresByTargetDateP90,
                Day(pair.First.ReachedP10), Day(pair.First.ReachedMedian), Day(pair.First.ReachedP90), pair.First.Limitation,
                Math.Round(pair.Second.ObservedApplicantsPerWeek, 2), Math.Round(pair.Second.ApplicantsPerWeek, 2), pair.Second.OpenRequisitions, pair.Second.Candidacies, pair.Second.AssumedStages))],
            forecast.Plan.OrganisationName,
            Day(forecast.Forecast.AsOf)!,
            forecast.Forecast.Runs,
            forecast.Forecast.Seed,
            forecast.Skipped);
    }
}
