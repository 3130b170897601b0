namespace OpenTalent.Core.Workforce;

/// <summary>The simulated outcome for one department.</summary>
/// <param name="ExpectedHiresByTargetDate">Mean hires that have started by the target date.</param>
/// <param name="HiresByTargetDateP10">Hires by the target date in a poor run (10th percentile).</param>
/// <param name="HiresByTargetDateP90">Hires by the target date in a good run (90th percentile).</param>
/// <param name="ProbabilityOnTime">Share of runs that reach the target on or before the target date.</param>
/// <param name="ReachedP10">Date the target is reached in the quickest tenth of runs; null when fewer than 10% reach it within the horizon.</param>
/// <param name="ReachedMedian">Median date the target is reached; null when half the runs or more never reach it within the horizon.</param>
/// <param name="ReachedP90">Date by which 90% of runs reach the target; null when more than 10% never do within the horizon.</param>
/// <param name="NeededApplicantsPerWeek">Applicants per week that make the date with the chosen probability; null when inflow alone cannot.</param>
/// <param name="NeededRecruiters">Recruiters that make the date with the chosen probability (only with a capacity); null when recruiters alone cannot.</param>
/// <param name="Limitation">Why the target cannot be reached whatever the inflow, when that is known up front (e.g. too few requisitions).</param>
public sealed record DepartmentForecast(
    string Department,
    int CurrentHeadcount,
    int TargetHeadcount,
    DateOnly TargetDate,
    double ExpectedHiresByTargetDate,
    int HiresByTargetDateP10,
    int HiresByTargetDateP90,
    double ProbabilityOnTime,
    DateOnly? ReachedP10,
    DateOnly? ReachedMedian,
    DateOnly? ReachedP90,
    int? NeededApplicantsPerWeek,
    int? NeededRecruiters,
    string? Limitation)
{
    /// <summary>Expected headcount on the target date.</summary>
    public double ExpectedHeadcountByTargetDate => CurrentHeadcount + ExpectedHiresByTargetDate;
}

/// <summary>The forecast of a whole plan, one entry per department in the plan's order.</summary>
public sealed record PlanForecast(DateOnly AsOf, int Runs, ulong Seed, IReadOnlyList<DepartmentForecast> Departments);
