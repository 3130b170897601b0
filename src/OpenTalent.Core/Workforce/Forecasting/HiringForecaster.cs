using System.Globalization;

namespace OpenTalent.Core.Workforce;

/// <summary>
/// Monte Carlo forecast of a hiring plan: a pure function of its inputs and seed, so a what-if is simply a forecast
/// of changed inputs. Each department is simulated on its own (they share no candidates or recruiters).
/// </summary>
public static class HiringForecaster
{
    /// <summary>Forecasts every department, including the applicants per week (and recruiters, where a capacity is given) needed to make the date.</summary>
    public static PlanForecast Forecast(DateOnly asOf, IReadOnlyList<DepartmentForecastInput> departments, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(options);
        for (var d = 0; d < departments.Count; d++)
        {
            _ = departments[d] ?? throw new ArgumentException($"Department {d + 1} is missing.", nameof(departments));
        }

        // Departments share nothing and each owns its random streams, so simulating them in parallel changes no number.
        var results = new DepartmentForecast[departments.Count];
        Parallel.For(0, departments.Count, d => results[d] = ForecastDepartment(asOf, departments[d], options, d));

        return new PlanForecast(asOf, options.Runs, options.Seed, results);
    }

    /// <param name="departmentIndex">The department's place in its plan: it keys the random streams, so a department keeps its forecast whichever others are simulated.</param>
    public static DepartmentForecast ForecastDepartment(DateOnly asOf, DepartmentForecastInput department, ForecastOptions options, int departmentIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(department);
        ArgumentNullException.ThrowIfNull(options);
        var simulation = new DepartmentSimulation(department, asOf, options, departmentIndex);
        var hires = new int[options.Runs];
        var reached = new int[options.Runs];
        simulation.Run(options.Runs, options.Seed, hires, reached);

        long totalHires = 0;
        var onTime = 0;
        for (var run = 0; run < options.Runs; run++)
        {
            totalHires += hires[run];
            onTime += simulation.IsOnTime(reached[run]) ? 1 : 0;
        }

        Array.Sort(hires);
        Array.Sort(reached);
        var limitation = Limitation(department, simulation.TargetDay);
        return new DepartmentForecast(
            department.Department,
            department.CurrentHeadcount,
            department.TargetHeadcount,
            department.TargetDate,
            (double)totalHires / options.Runs,
            hires[Rank(options.Runs, 0.1)],
            hires[Rank(options.Runs, 0.9)],
            (double)onTime / options.Runs,
            DateOf(asOf, reached[Rank(options.Runs, 0.1)]),
            DateOf(asOf, reached[Rank(options.Runs, 0.5)]),
            DateOf(asOf, reached[Rank(options.Runs, 0.9)]),
            options.SolveNeeds && limitation is null ? ApplicantsPerWeekNeeded(asOf, department, options, departmentIndex) : null,
            options.SolveNeeds && limitation is null && department.Capacity is not null ? RecruitersNeeded(asOf, department, options, departmentIndex) : null,
            limitation);
    }

    /// <summary>
    /// The fewest applicants per week (a whole number) with which the department makes its date in at least
    /// <see cref="ForecastOptions.OnTimeProbability"/> of runs; null when no inflow would (too few openings, too little
    /// time, or recruiters already saturated).
    /// </summary>
    public static int? ApplicantsPerWeekNeeded(DateOnly asOf, DepartmentForecastInput department, ForecastOptions options, int departmentIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(department);
        ArgumentNullException.ThrowIfNull(options);
        if (department.Gap == 0)
        {
            return 0;
        }

        if (Limitation(department, department.TargetDate.DayNumber - asOf.DayNumber) is not null)
        {
            return null;
        }

        if (EarliestNewHireDay(department) > department.TargetDate.DayNumber - asOf.DayNumber)
        {
            return null;
        }

        var ceiling = (int)Math.Min(DepartmentForecastInput.MaxApplicantsPerWeek, InflowCeiling(asOf, department));
        return SmallestMeeting(0, ceiling, inflow => Probability(asOf, department.WithApplicantsPerWeek(inflow), options, departmentIndex), options.OnTimeProbability);
    }

    /// <summary>
    /// The fewest recruiters (at the department's candidates per recruiter) that make the date with the chosen
    /// probability at today's inflow; null when even unlimited recruiters would not.
    /// </summary>
    /// <exception cref="ArgumentException">The department has no recruiter capacity to scale.</exception>
    public static int? RecruitersNeeded(DateOnly asOf, DepartmentForecastInput department, ForecastOptions options, int departmentIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(department);
        ArgumentNullException.ThrowIfNull(options);
        var capacity = department.Capacity
            ?? throw new ArgumentException($"'{department.Department}' has no recruiter capacity, so there is no per-recruiter load to scale.", nameof(department));
        if (Probability(asOf, department.WithCapacity(null), options, departmentIndex) < options.OnTimeProbability)
        {
            return null;
        }

        var most = Math.Min(RecruiterCapacity.MaxRecruiters, RecruiterCapacity.MaxSlots / capacity.PerRecruiter);
        return SmallestMeeting(1, most, recruiters => Probability(asOf, department.WithCapacity(capacity.WithRecruiters(recruiters)), options, departmentIndex), options.OnTimeProbability);
    }

    /// <summary>The soonest a new applicant can start, if every stage took its shortest possible time.</summary>
    private static double EarliestNewHireDay(DepartmentForecastInput department)
    {
        var days = (double)department.NoticeDays;
        for (var s = 0; s < department.Stages.Count; s++)
        {
            days += department.Stages[s].Duration.Minimum;
        }

        return days;
    }

    /// <summary>Why no inflow can make the target, when that is certain before simulating.</summary>
    private static string? Limitation(DepartmentForecastInput department, int targetDay)
    {
        if (department.Gap == 0)
        {
            return null;
        }

        if (department.OpenRequisitions < department.Gap)
        {
            return $"Only {department.OpenRequisitions} open requisitions for {department.Gap} hires needed: open {department.Gap - department.OpenRequisitions} more.";
        }

        if (targetDay < 0)
        {
            return $"The target date {department.TargetDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} has passed.";
        }

        for (var s = 0; s < department.Stages.Count; s++)
        {
            if (department.Stages[s].PassRate == 0)
            {
                return $"No candidate passes stage '{department.Stages[s].Name}' (pass rate 0).";
            }
        }

        return null;
    }

    /// <summary>
    /// A bound past which more applicants cannot help: with a recruiter capacity, four times what the recruiters can take on;
    /// without one, a hundred times the inflow a back-of-envelope funnel calculation asks for.
    /// </summary>
    private static double InflowCeiling(DateOnly asOf, DepartmentForecastInput department)
    {
        var stages = department.Stages;
        var hireRate = 1.0;
        var reachProbability = 1.0;
        var daysInProcess = 0.0;
        for (var s = 0; s < stages.Count; s++)
        {
            hireRate *= stages[s].PassRate;
            if (s > 0)
            {
                daysInProcess += reachProbability * stages[s].Duration.Mean;
                reachProbability *= stages[s].PassRate;
            }
        }

        if (department.Capacity is { } capacity)
        {
            var passingPerWeekTheSlotsTake = capacity.Kind == CapacityKind.NewCandidatesPerWeek
                ? capacity.Total
                : 7.0 * capacity.Total / Math.Max(daysInProcess, 1.0 / 7);
            return Math.Ceiling(4 * passingPerWeekTheSlotsTake / stages[0].PassRate) + 1;
        }

        var weeks = Math.Max(1.0, (department.TargetDate.DayNumber - asOf.DayNumber) / 7.0);
        return Math.Ceiling(100 * department.Gap / (hireRate * weeks)) + 1;
    }

    private static double Probability(DateOnly asOf, DepartmentForecastInput department, ForecastOptions options, int departmentIndex) =>
        new DepartmentSimulation(department, asOf, options, departmentIndex).ProbabilityOnTime(options.SearchRuns, options.Seed);

    /// <summary>Smallest integer in [low, high] whose probability meets the goal, for a probability non-decreasing in it; null if even high does not.</summary>
    private static int? SmallestMeeting(int low, int high, Func<int, double> probability, double goal)
    {
        if (probability(low) >= goal)
        {
            return low;
        }

        // Grow geometrically first: the answer is usually far below the ceiling, and trials cost more as it rises.
        var failing = low;
        var candidate = Math.Max(low + 1, 1);
        while (probability(candidate) < goal)
        {
            if (candidate >= high)
            {
                return null;
            }

            failing = candidate;
            candidate = (int)Math.Min(high, 2L * candidate);
        }

        var meeting = candidate;
        while (meeting - failing > 1)
        {
            var middle = failing + ((meeting - failing) / 2);
            if (probability(middle) >= goal)
            {
                meeting = middle;
            }
            else
            {
                failing = middle;
            }
        }

        return meeting;
    }

    /// <summary>Nearest-rank percentile index.</summary>
    private static int Rank(int count, double quantile) => Math.Clamp((int)Math.Ceiling(quantile * count) - 1, 0, count - 1);

    private static DateOnly? DateOf(DateOnly asOf, int day) => day == int.MaxValue ? null : asOf.AddDays(day);
}
