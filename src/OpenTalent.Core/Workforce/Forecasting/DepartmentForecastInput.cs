namespace OpenTalent.Core.Workforce;

/// <summary>
/// Everything the forecast needs about one department: where it stands, where it must be by when, and how its funnel
/// behaves. Change a field (with <c>with</c> or the helpers) and forecast again for a what-if.
/// </summary>
public sealed record DepartmentForecastInput
{
    public const int MaxDepartmentNameLength = 120;
    public const int MaxHeadcount = 10_000_000;
    public const double MaxApplicantsPerWeek = 1_000_000;
    public const int MaxNoticeDays = 365;

    public DepartmentForecastInput(
        string department,
        int currentHeadcount,
        int targetHeadcount,
        DateOnly targetDate,
        int openRequisitions,
        IEnumerable<ForecastStage> stages,
        double applicantsPerWeek,
        RecruiterCapacity? capacity = null,
        int noticeDays = 0,
        InflowPattern inflow = InflowPattern.Poisson)
    {
        Department = Guard.NotBlank(department, nameof(department), MaxDepartmentNameLength);
        CurrentHeadcount = CheckCount(currentHeadcount, nameof(currentHeadcount));
        TargetHeadcount = CheckCount(targetHeadcount, nameof(targetHeadcount));
        TargetDate = targetDate;
        OpenRequisitions = CheckCount(openRequisitions, nameof(openRequisitions));
        Stages = CheckStages(stages);
        ApplicantsPerWeek = double.IsFinite(applicantsPerWeek) && applicantsPerWeek is >= 0 and <= MaxApplicantsPerWeek
            ? applicantsPerWeek
            : throw new ArgumentOutOfRangeException(nameof(applicantsPerWeek), applicantsPerWeek, $"applicantsPerWeek of '{Department}' must be between 0 and {MaxApplicantsPerWeek}.");
        Capacity = capacity;
        NoticeDays = noticeDays is >= 0 and <= MaxNoticeDays
            ? noticeDays
            : throw new ArgumentOutOfRangeException(nameof(noticeDays), noticeDays, $"noticeDays must be between 0 and {MaxNoticeDays}.");
        Inflow = Enum.IsDefined(inflow) ? inflow : throw new ArgumentOutOfRangeException(nameof(inflow), inflow, "Unknown inflow pattern.");
    }

    public string Department { get; }

    public int CurrentHeadcount { get; }

    public int TargetHeadcount { get; }

    public DateOnly TargetDate { get; }

    /// <summary>Openings approved to hire against; hiring stops when they are all filled, so fewer than the gap cannot reach the target.</summary>
    public int OpenRequisitions { get; }

    /// <summary>The funnel in order: application review first, offer last.</summary>
    public IReadOnlyList<ForecastStage> Stages { get; }

    /// <summary>New applications per week (the mean, for Poisson inflow).</summary>
    public double ApplicantsPerWeek { get; }

    /// <summary>Recruiter capacity; null means unlimited.</summary>
    public RecruiterCapacity? Capacity { get; }

    /// <summary>Days from an accepted offer to the start date, when the hire counts in the headcount.</summary>
    public int NoticeDays { get; }

    public InflowPattern Inflow { get; }

    /// <summary>Hires still needed to reach the target (zero when already there).</summary>
    public int Gap => Math.Max(0, TargetHeadcount - CurrentHeadcount);

    public DepartmentForecastInput WithApplicantsPerWeek(double applicantsPerWeek) =>
        new(Department, CurrentHeadcount, TargetHeadcount, TargetDate, OpenRequisitions, Stages, applicantsPerWeek, Capacity, NoticeDays, Inflow);

    public DepartmentForecastInput WithCapacity(RecruiterCapacity? capacity) =>
        new(Department, CurrentHeadcount, TargetHeadcount, TargetDate, OpenRequisitions, Stages, ApplicantsPerWeek, capacity, NoticeDays, Inflow);

    public DepartmentForecastInput WithOpenRequisitions(int openRequisitions) =>
        new(Department, CurrentHeadcount, TargetHeadcount, TargetDate, openRequisitions, Stages, ApplicantsPerWeek, Capacity, NoticeDays, Inflow);

    /// <summary>The same department with one stage's pass rate changed: the "what if screening passed 30% instead of 20%" question.</summary>
    public DepartmentForecastInput WithPassRate(string stage, double passRate) => WithStage(stage, s => s.WithPassRate(passRate));

    /// <summary>The same department with one stage's duration changed.</summary>
    public DepartmentForecastInput WithDuration(string stage, StageDuration duration) => WithStage(stage, s => s.WithDuration(duration));

    private DepartmentForecastInput WithStage(string stage, Func<ForecastStage, ForecastStage> change)
    {
        var index = -1;
        for (var i = 0; i < Stages.Count; i++)
        {
            if (string.Equals(Stages[i].Name, stage, StringComparison.OrdinalIgnoreCase))
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            throw new ArgumentException($"'{Department}' has no stage '{stage}'; its stages are {string.Join(", ", Stages.Select(s => s.Name))}.", nameof(stage));
        }

        var changed = Stages.ToArray();
        changed[index] = change(changed[index]);
        return new(Department, CurrentHeadcount, TargetHeadcount, TargetDate, OpenRequisitions, changed, ApplicantsPerWeek, Capacity, NoticeDays, Inflow);
    }

    private static int CheckCount(int value, string name) => value is >= 0 and <= MaxHeadcount
        ? value
        : throw new ArgumentOutOfRangeException(name, value, $"{name} must be between 0 and {MaxHeadcount}.");

    private static ForecastStage[] CheckStages(IEnumerable<ForecastStage> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var list = stages.ToArray();
        if (list.Length < 2)
        {
            throw new ArgumentException("A funnel needs at least two stages: the application review first and the offer last.", nameof(stages));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"Stage {i + 1} is missing.", nameof(stages));
            }

            if (!names.Add(list[i].Name))
            {
                throw new ArgumentException($"Stage {i + 1} repeats the name '{list[i].Name}'; stage names must be unique.", nameof(stages));
            }
        }

        return list;
    }
}

/// <summary>How new applicants arrive: at random (Poisson, the realistic default) or evenly spaced (for planning by hand).</summary>
public enum InflowPattern
{
    Poisson,
    Even,
}
