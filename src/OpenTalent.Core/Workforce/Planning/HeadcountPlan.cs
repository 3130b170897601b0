using System.Globalization;
using OpenTalent.Core.Hiring;

namespace OpenTalent.Core.Workforce;

/// <summary>A headcount to reach by a date ("8,000 by 31 December").</summary>
public sealed record HeadcountTarget
{
    public HeadcountTarget(DateOnly date, int headcount)
    {
        Date = date;
        Headcount = headcount is >= 0 and <= DepartmentForecastInput.MaxHeadcount
            ? headcount
            : throw new ArgumentOutOfRangeException(nameof(headcount), headcount, $"A target headcount must be between 0 and {DepartmentForecastInput.MaxHeadcount}.");
    }

    public DateOnly Date { get; }

    public int Headcount { get; }
}

/// <summary>Checks shared by departments and teams: names, headcounts, and targets in date order.</summary>
internal static class PlanRules
{
    public const int MaxNameLength = 120;

    public static int Headcount(int value, string name) => value is >= 0 and <= DepartmentForecastInput.MaxHeadcount
        ? value
        : throw new ArgumentOutOfRangeException(name, value, $"{name} must be between 0 and {DepartmentForecastInput.MaxHeadcount}.");

    public static HeadcountTarget[] Targets(IEnumerable<HeadcountTarget> targets, string owner)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var sorted = targets.ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(sorted[i], $"targets[{i}]");
        }

        Array.Sort(sorted, (a, b) => a.Date.CompareTo(b.Date));
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Date == sorted[i - 1].Date)
            {
                throw new ArgumentException($"{owner} has two targets for {sorted[i].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; keep one per date.", nameof(targets));
            }
        }

        return sorted;
    }

    /// <summary>The target due by a date: the latest one dated on or before it; the current headcount if none is due yet.</summary>
    public static int TargetBy(IReadOnlyList<HeadcountTarget> targets, int current, DateOnly date)
    {
        var due = current;
        for (var i = 0; i < targets.Count && targets[i].Date <= date; i++)
        {
            due = targets[i].Headcount;
        }

        return due;
    }
}

/// <summary>A team inside a department, with its own headcount and targets.</summary>
public sealed record Team
{
    public Team(Guid id, string name, int currentHeadcount, IEnumerable<HeadcountTarget> targets)
    {
        Id = Ids.NotEmpty(id, nameof(id));
        Name = Guard.NotBlank(name, nameof(name), PlanRules.MaxNameLength);
        CurrentHeadcount = PlanRules.Headcount(currentHeadcount, nameof(currentHeadcount));
        Targets = PlanRules.Targets(targets, $"Team '{Name}'");
    }

    public Guid Id { get; }

    public string Name { get; }

    public int CurrentHeadcount { get; }

    /// <summary>In date order, one per date.</summary>
    public IReadOnlyList<HeadcountTarget> Targets { get; }

    public int TargetBy(DateOnly date) => PlanRules.TargetBy(Targets, CurrentHeadcount, date);
}

/// <summary>
/// A department: its headcount now, its targets, and optionally its teams. With teams, the department's headcount
/// is theirs added up (checked), so the two can never disagree.
/// </summary>
public sealed record Department
{
    /// <summary>The longest name a department, a team or a plan may have.</summary>
    public const int MaxNameLength = PlanRules.MaxNameLength;

    public Department(Guid id, string name, int currentHeadcount, IEnumerable<HeadcountTarget> targets, IEnumerable<Team>? teams = null)
    {
        Id = Ids.NotEmpty(id, nameof(id));
        Name = Guard.NotBlank(name, nameof(name), PlanRules.MaxNameLength);
        CurrentHeadcount = PlanRules.Headcount(currentHeadcount, nameof(currentHeadcount));
        Targets = PlanRules.Targets(targets, $"Department '{Name}'");
        Teams = teams?.ToArray() ?? [];
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var total = 0L;
        foreach (var team in Teams)
        {
            ArgumentNullException.ThrowIfNull(team, nameof(teams));
            if (!names.Add(team.Name))
            {
                throw new ArgumentException($"Department '{Name}' has two teams named '{team.Name}'.", nameof(teams));
            }

            total += team.CurrentHeadcount;
        }

        if (Teams.Count > 0 && total != CurrentHeadcount)
        {
            throw new ArgumentException($"Department '{Name}' has {CurrentHeadcount} people but its teams add up to {total}.", nameof(currentHeadcount));
        }
    }

    public Guid Id { get; }

    public string Name { get; }

    public int CurrentHeadcount { get; }

    public IReadOnlyList<HeadcountTarget> Targets { get; }

    public IReadOnlyList<Team> Teams { get; }

    /// <summary>The last target, the one the plan ends on; null when the department has none.</summary>
    public HeadcountTarget? FinalTarget => Targets.Count == 0 ? null : Targets[^1];

    public int TargetBy(DateOnly date) => PlanRules.TargetBy(Targets, CurrentHeadcount, date);

    /// <summary>Hires still to make for the final target (zero when there or above).</summary>
    public int Gap => FinalTarget is { } target ? Math.Max(0, target.Headcount - CurrentHeadcount) : 0;
}

/// <summary>An organisation's headcount plan: its departments (names unique) and their targets.</summary>
public sealed record HeadcountPlan
{
    public HeadcountPlan(Guid id, Guid organisationId, string name, IEnumerable<Department> departments)
    {
        Id = Ids.NotEmpty(id, nameof(id));
        OrganisationId = Ids.NotEmpty(organisationId, nameof(organisationId));
        Name = Guard.NotBlank(name, nameof(name), PlanRules.MaxNameLength);
        ArgumentNullException.ThrowIfNull(departments);
        Departments = departments.ToArray();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<Guid>();
        foreach (var department in Departments)
        {
            ArgumentNullException.ThrowIfNull(department, nameof(departments));
            if (!names.Add(department.Name) || !ids.Add(department.Id))
            {
                throw new ArgumentException($"The plan has department '{department.Name}' twice.", nameof(departments));
            }
        }
    }

    public Guid Id { get; }

    public Guid OrganisationId { get; }

    public string Name { get; }

    public IReadOnlyList<Department> Departments { get; }

    public int CurrentHeadcount => Departments.Sum(d => d.CurrentHeadcount);

    public int TargetBy(DateOnly date) => Departments.Sum(d => d.TargetBy(date));

    public Department Department(string name) =>
        Departments.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The plan has no department '{name}'; it has {string.Join(", ", Departments.Select(d => d.Name))}.");
}
