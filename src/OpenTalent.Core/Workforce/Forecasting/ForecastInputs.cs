namespace OpenTalent.Core.Workforce;

/// <summary>Builds a department's forecast input from the plan, its requisitions and its observed funnel.</summary>
public static class ForecastInputs
{
    /// <summary>
    /// The department's current headcount, final target and date from the plan; its open requisitions (status Open:
    /// approved and not on hold) counted from those given; its funnel as observed.
    /// </summary>
    /// <exception cref="ArgumentException">The department has no target to forecast against.</exception>
    public static DepartmentForecastInput For(
        Department department,
        IEnumerable<Requisition> requisitions,
        FunnelEstimate funnel,
        double applicantsPerWeek,
        RecruiterCapacity? capacity = null,
        int noticeDays = 0)
    {
        ArgumentNullException.ThrowIfNull(department);
        ArgumentNullException.ThrowIfNull(requisitions);
        ArgumentNullException.ThrowIfNull(funnel);
        var target = department.FinalTarget
            ?? throw new ArgumentException($"Department '{department.Name}' has no headcount target to forecast against.", nameof(department));
        var open = 0;
        foreach (var requisition in requisitions)
        {
            if (requisition.DepartmentId == department.Id && requisition.Status == RequisitionStatus.Open)
            {
                open++;
            }
        }

        return new DepartmentForecastInput(department.Name, department.CurrentHeadcount, target.Headcount, target.Date, open, funnel.Stages, applicantsPerWeek, capacity, noticeDays);
    }
}
