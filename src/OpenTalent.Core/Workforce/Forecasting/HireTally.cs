namespace OpenTalent.Core.Workforce;

/// <summary>
/// Sweeps a run's hires per day in date order, as soon as days can no longer change, to find the hires by the
/// target date and the first day the target is met; hiring stops there (the openings are filled), so a run ends early.
/// </summary>
internal struct HireTally
{
    private readonly int gap;
    private readonly int hireLimit;
    private readonly int targetDay;
    private readonly int horizon;
    private int started;
    private int nextDay;

    public HireTally(int gap, int hireLimit, int targetDay, int horizon)
    {
        this.gap = gap;
        this.hireLimit = hireLimit;
        this.targetDay = targetDay;
        this.horizon = horizon;
        HiresByTarget = 0;
        ReachedDay = gap == 0 ? 0 : int.MaxValue;
        Done = gap == 0;
    }

    public int HiresByTarget { get; private set; }

    /// <summary>The first day the target is met; int.MaxValue when not within the horizon.</summary>
    public int ReachedDay { get; private set; }

    public bool Done { get; private set; }

    /// <summary>Counts the days up to <paramref name="lastFinalDay"/> (inclusive), whose hires are now all known.</summary>
    public bool Advance(int[] hiresPerDay, int lastFinalDay)
    {
        var last = Math.Min(lastFinalDay, horizon);
        while (!Done && nextDay <= last)
        {
            Count(nextDay, hiresPerDay[nextDay]);
            nextDay++;
        }

        if (nextDay > horizon)
        {
            Done = true;
        }

        return Done;
    }

    /// <summary>Counts one more day whose hires are known.</summary>
    public bool AdvanceOneDay(int hires)
    {
        if (!Done)
        {
            Count(nextDay, hires);
            nextDay++;
            Done |= nextDay > horizon;
        }

        return Done;
    }

    private void Count(int day, int hires)
    {
        started += hires;
        var counted = Math.Min(started, hireLimit);
        if (day == targetDay)
        {
            HiresByTarget = counted;
        }

        if (counted >= gap)
        {
            ReachedDay = day;
            if (day < targetDay)
            {
                HiresByTarget = gap;
            }

            Done = true;
        }
    }
}
