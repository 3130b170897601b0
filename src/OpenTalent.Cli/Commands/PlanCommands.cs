using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage.Workforce;

namespace OpenTalent.Cli.Commands;

/// <summary><c>plans list</c> and <c>plans forecast --org SLUG</c>: headcount plans and their Monte Carlo forecast, with what-ifs.</summary>
internal static class PlanCommands
{
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(CommandContext context)
    {
        var plans = new Command("plans", "Headcount plans: list them, and forecast when each department reaches its target.");
        plans.Add(List(context));
        plans.Add(Forecast(context));
        return plans;
    }

    private static Command List(CommandContext context)
    {
        var command = new Command("list", "The organisations with a headcount plan, by slug.");
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var plans = await services.GetRequiredService<WorkforceStore>().ListPlansAsync(token);
            if (plans.Count == 0)
            {
                context.Output.WriteLine("No organisation has a headcount plan yet (opentalent demo adds demo-ai-lab).");
            }

            foreach (var plan in plans)
            {
                context.Output.WriteLine($"{plan.Slug}\t{plan.OrganisationName}\t{plan.PlanName}");
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Forecast(CommandContext context)
    {
        var organisation = new Option<string>("--org") { Description = "The organisation's slug (see `opentalent plans list`).", Required = true };
        var runs = new Option<int>("--runs") { Description = "Simulated runs (more: steadier figures, slower).", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the simulation; the same seed and data give the same forecast.", DefaultValueFactory = _ => 20261231UL };
        var asOf = new Option<string?>("--as-of") { Description = "The day to forecast from, yyyy-MM-dd (default: today, UTC)." };
        var rates = new Option<string[]>("--rate") { Description = "What-if: a stage's pass rate, as STAGE=RATE (e.g. \"Interviews=0.4\"); repeat for more stages.", AllowMultipleArgumentsPerToken = false };
        var applicants = new Option<double?>("--applicants-per-week") { Description = "What-if: new applicants per week in every department, instead of those observed." };
        var applicantsFactor = new Option<double?>("--applicants-factor") { Description = "What-if: multiply the observed applicants per week (e.g. 1.5)." };
        var recruiters = new Option<int?>("--recruiters") { Description = "What-if: recruiters per department (with --per-recruiter-per-week)." };
        var perRecruiter = new Option<int?>("--per-recruiter-per-week") { Description = "What-if: new candidates each recruiter takes on per week." };
        var json = new Option<bool>("--json") { Description = "Print the forecast as JSON." };
        var command = new Command(
            "forecast",
            "Simulate the organisation's plan from its live pipeline and the conversion rates and stage durations observed so far: per department, the expected headcount " +
            "by the target date, the probability of making it, the P10/median/P90 date and the applicants per week needed.")
        {
            organisation, runs, seed, asOf, rates, applicants, applicantsFactor, recruiters, perRecruiter, json,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var slug = parse.GetValue(organisation)!;
            var day = parse.GetValue(asOf) is { } text
                ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                    ? parsed
                    : throw new ArgumentException($"--as-of must be a date like 2026-11-23; got '{text}'.")
                : DateOnly.FromDateTime(DateTime.UtcNow);
            var options = new ForecastOptions(runs: TextCommands.Positive(parse.GetValue(runs), "--runs"), seed: parse.GetValue(seed));
            var whatIf = new ForecastWhatIf(
                Rates(parse.GetValue(rates) ?? []),
                NonNegative(parse.GetValue(applicants), "--applicants-per-week"),
                NonNegative(parse.GetValue(applicantsFactor), "--applicants-factor"),
                Capacity(parse.GetValue(recruiters), parse.GetValue(perRecruiter)));
            var forecast = await services.GetRequiredService<WorkforceForecasts>().ForecastAsync(slug, day, options, whatIf, token);
            if (forecast is null)
            {
                var known = await services.GetRequiredService<WorkforceStore>().ListPlansAsync(token);
                context.Error.WriteLine($"error: no organisation has a headcount plan with the slug '{slug}'; " +
                    (known.Count == 0 ? "none has a plan yet (opentalent demo adds demo-ai-lab)." : $"known: {string.Join(", ", known.Select(k => k.Slug))} (opentalent plans list)."));
                return CommandContext.Failure;
            }

            context.Output.WriteLine(parse.GetValue(json) ? JsonSerializer.Serialize(OrganisationForecastView.From(forecast), Indented) : Table(forecast));
            return 0;
        }, cancellationToken));
        return command;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Table(OrganisationForecast forecast)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{forecast.Plan.OrganisationName} ({forecast.Plan.Slug}), as of {forecast.Forecast.AsOf:yyyy-MM-dd}, {forecast.Forecast.Runs:N0} runs"),
            string.Create(CultureInfo.InvariantCulture, $"{"Department",-24} {"Now",7} {"Target",7} {"By",-10} {"Expected",9} {"On time",8} {"Median date",-11} {"Need/wk",8}"),
        };
        foreach (var (department, basis) in forecast.Forecast.Departments.Zip(forecast.Basis))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{department.Department,-24} {department.CurrentHeadcount,7:N0} {department.TargetHeadcount,7:N0} {department.TargetDate:yyyy-MM-dd} {department.ExpectedHeadcountByTargetDate,9:N0} {department.ProbabilityOnTime,8:P0} {Date(department.ReachedMedian) ?? "not reached",-11} {department.NeededApplicantsPerWeek?.ToString("N0", CultureInfo.InvariantCulture) ?? "—",8}"));
            if (department.Limitation is { } limitation)
            {
                lines.Add($"  {limitation}");
            }

            if (basis.AssumedStages.Count > 0)
            {
                lines.Add($"  too few observations, assumed: {string.Join(", ", basis.AssumedStages)}");
            }
        }

        lines.AddRange(forecast.Skipped.Select(s => $"skipped {s}"));
        return string.Join(Environment.NewLine, lines);
    }

    private static Dictionary<string, double>? Rates(string[] values)
    {
        if (values.Length == 0)
        {
            return null;
        }

        var rates = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var equals = value.LastIndexOf('=');
            if (equals <= 0 || !double.TryParse(value[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate is < 0 or > 1)
            {
                throw new ArgumentException($"--rate takes STAGE=RATE with a rate between 0 and 1, like \"Interviews=0.4\"; got '{value}'.");
            }

            rates[value[..equals].Trim()] = rate;
        }

        return rates;
    }

    private static double? NonNegative(double? value, string name) =>
        value is null or (>= 0 and <= DepartmentForecastInput.MaxApplicantsPerWeek) ? value : throw new ArgumentException($"{name} must be between 0 and {DepartmentForecastInput.MaxApplicantsPerWeek:N0}; got {value}.");

    private static RecruiterCapacity? Capacity(int? recruiters, int? perWeek) => (recruiters, perWeek) switch
    {
        (null, null) => null,
        ({ } r, { } p) when r > 0 && p > 0 => RecruiterCapacity.PerWeek(r, p),
        _ => throw new ArgumentException("--recruiters and --per-recruiter-per-week go together, both positive."),
    };
}
