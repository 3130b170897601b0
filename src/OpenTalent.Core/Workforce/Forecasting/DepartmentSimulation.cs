namespace OpenTalent.Core.Workforce;

/// <summary>
/// The Monte Carlo kernel for one department: candidate by candidate, on plain arrays reused across runs.
/// Random numbers come from separate streams per run (arrivals, fates by queue position, live pipeline), so a
/// higher inflow or more recruiters moves every candidate earlier with the same fate: each run's hires by any date
/// can only grow, and so can the probability of making the date (common random numbers). The search for the
/// applicants or recruiters needed relies on that.
/// </summary>
internal sealed class DepartmentSimulation
{
    private const int LiveStream = 0;
    private const int ArrivalStream = 1;
    private const int FateStream = 2;

    private readonly DepartmentForecastInput input;
    private readonly int departmentIndex;
    private readonly int targetDay;
    private readonly int horizon;
    private readonly int hireLimit;
    private readonly double[] passRates;
    private readonly StageDuration[] durations;
    private readonly int[] hiresPerDay;
    private double[] ready = new double[1024];
    private double[] completions = new double[64];
    private double[] slots = [];

    public DepartmentSimulation(DepartmentForecastInput input, DateOnly asOf, ForecastOptions options, int departmentIndex)
    {
        this.input = input;
        this.departmentIndex = departmentIndex;
        targetDay = input.TargetDate.DayNumber - asOf.DayNumber;
        horizon = Math.Max(targetDay, 0) + options.HorizonDaysAfterTarget;
        hireLimit = Math.Min(input.OpenRequisitions, input.Gap);
        var stageCount = input.Stages.Count;
        passRates = new double[stageCount];
        durations = new StageDuration[stageCount];
        for (var s = 0; s < stageCount; s++)
        {
            passRates[s] = input.Stages[s].PassRate;
            durations[s] = input.Stages[s].Duration;
        }

        hiresPerDay = new int[horizon + 1];
    }

    /// <summary>The outcome of many runs; per-run figures are written into the caller's arrays.</summary>
    public void Run(int runs, ulong seed, int[] hiresByTarget, int[] reachedDay)
    {
        for (var run = 0; run < runs; run++)
        {
            SimulateHires(seed, run);
            Tally(out hiresByTarget[run], out reachedDay[run]);
        }
    }

    /// <summary>Share of runs that make the target date: the quantity the searches bisect on.</summary>
    public double ProbabilityOnTime(int runs, ulong seed)
    {
        var onTime = 0;
        for (var run = 0; run < runs; run++)
        {
            SimulateHires(seed, run);
            Tally(out _, out var reached);
            if (IsOnTime(reached))
            {
                onTime++;
            }
        }

        return (double)onTime / runs;
    }

    public int TargetDay => targetDay;

    /// <summary>A department already at its target is on time even when the date has passed.</summary>
    public bool IsOnTime(int reachedDay) => input.Gap == 0 || reachedDay <= targetDay;

    public int Horizon => horizon;

    private void SimulateHires(ulong seed, int run)
    {
        Array.Clear(hiresPerDay);
        if (input.Gap == 0)
        {
            return;
        }

        var live = ForecastRandom.For(seed, departmentIndex, run, LiveStream);
        var arrivals = ForecastRandom.For(seed, departmentIndex, run, ArrivalStream);
        var fates = ForecastRandom.For(seed, departmentIndex, run, FateStream);
        var capacity = input.Capacity?.Slots ?? 0;

        var inProcess = StartLivePipeline(ref live, capacity > 0);
        var count = QueueLiveApplications(ref live);
        count = QueueNewApplications(ref arrivals, count);

        if (capacity == 0)
        {
            for (var k = 0; k < count; k++)
            {
                var hired = Walk(1, ref fates, out var days);
                if (hired)
                {
                    RecordHire(ready[k] + days);
                }
            }

            return;
        }

        Array.Sort(ready, 0, count);
        FillSlots(capacity, inProcess);
        for (var k = 0; k < count; k++)
        {
            // First come, first served: a candidate starts when both they and a slot are ready.
            var start = Math.Max(ready[k], slots[0]);
            if (start > horizon)
            {
                break;
            }

            var hired = Walk(1, ref fates, out var days);
            ReplaceEarliestSlot(start + days);
            if (hired)
            {
                RecordHire(start + days);
            }
        }
    }

    /// <summary>Candidates already past review walk on from their stage; returns how many hold a slot.</summary>
    private int StartLivePipeline(ref ForecastRandom live, bool trackSlots)
    {
        var inProcess = 0;
        for (var s = 1; s < passRates.Length; s++)
        {
            var liveCount = input.Stages[s].LiveCandidates;
            for (var j = 0; j < liveCount; j++)
            {
                var hired = Walk(s, ref live, out var days);
                if (hired)
                {
                    RecordHire(days);
                }

                if (trackSlots)
                {
                    if (inProcess == completions.Length)
                    {
                        Array.Resize(ref completions, completions.Length * 2);
                    }

                    completions[inProcess++] = days;
                }
            }
        }

        return inProcess;
    }

    private int QueueLiveApplications(ref ForecastRandom live)
    {
        var count = 0;
        var liveCount = input.Stages[0].LiveCandidates;
        for (var j = 0; j < liveCount; j++)
        {
            var passes = live.NextDouble() < passRates[0];
            var reviewed = durations[0].Sample(ref live);
            if (passes && reviewed <= horizon)
            {
                count = Enqueue(count, reviewed);
            }
        }

        return count;
    }

    private int QueueNewApplications(ref ForecastRandom arrivals, int count)
    {
        var perDay = input.ApplicantsPerWeek / 7.0;
        if (perDay <= 0)
        {
            return count;
        }

        if (input.Inflow == InflowPattern.Even)
        {
            var gap = 1.0 / perDay;
            for (var i = 1; ; i++)
            {
                var arrival = i * gap;
                if (arrival > horizon)
                {
                    return count;
                }

                var passes = arrivals.NextDouble() < passRates[0];
                var reviewed = arrival + durations[0].Sample(ref arrivals);
                if (passes && reviewed <= horizon)
                {
                    count = Enqueue(count, reviewed);
                }
            }
        }

        // Applications that fail review never reach a recruiter, so only the passing ones are generated:
        // a thinned Poisson process, far cheaper when most applications are turned down.
        var passingPerDay = perDay * passRates[0];
        if (passingPerDay <= 0)
        {
            return count;
        }

        var at = 0.0;
        while (true)
        {
            at += arrivals.NextExponential() / passingPerDay;
            if (at > horizon)
            {
                return count;
            }

            var reviewed = at + durations[0].Sample(ref arrivals);
            if (reviewed <= horizon)
            {
                count = Enqueue(count, reviewed);
            }
        }
    }

    private int Enqueue(int count, double readyAt)
    {
        if (count == ready.Length)
        {
            Array.Resize(ref ready, ready.Length * 2);
        }

        ready[count] = readyAt;
        return count + 1;
    }

    /// <summary>From entering stage <paramref name="from"/>: the days until the candidate leaves, and whether as a hire.</summary>
    private bool Walk(int from, ref ForecastRandom random, out double days)
    {
        days = 0;
        for (var s = from; s < passRates.Length; s++)
        {
            days += durations[s].Sample(ref random);
            if (random.NextDouble() >= passRates[s])
            {
                return false;
            }
        }

        return true;
    }

    private void RecordHire(double acceptedAt)
    {
        var starts = acceptedAt + input.NoticeDays;
        if (starts <= horizon)
        {
            hiresPerDay[(int)starts]++;
        }
    }

    /// <summary>
    /// The slot heap starts from the live candidates: with more of them than slots, new ones wait until enough leave,
    /// so the slots free at the latest completion times.
    /// </summary>
    private void FillSlots(int capacity, int inProcess)
    {
        if (slots.Length != capacity)
        {
            slots = new double[capacity];
        }

        Array.Sort(completions, 0, inProcess);
        var skip = Math.Max(0, inProcess - capacity);
        var filled = inProcess - skip;
        Array.Copy(completions, skip, slots, 0, filled);
        Array.Clear(slots, filled, capacity - filled);
        // Ascending order is already a valid min-heap.
        Array.Sort(slots);
    }

    private void ReplaceEarliestSlot(double freeAt)
    {
        var heap = slots;
        var n = heap.Length;
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= n)
            {
                break;
            }

            if (child + 1 < n && heap[child + 1] < heap[child])
            {
                child++;
            }

            if (heap[child] >= freeAt)
            {
                break;
            }

            heap[i] = heap[child];
            i = child;
        }

        heap[i] = freeAt;
    }

    /// <summary>Hires started by the target date, and the first day the target is met (int.MaxValue: not within the horizon).</summary>
    private void Tally(out int hiresByTarget, out int reachedDay)
    {
        var gap = input.Gap;
        hiresByTarget = 0;
        reachedDay = gap == 0 ? 0 : int.MaxValue;
        if (gap == 0)
        {
            return;
        }

        var started = 0;
        for (var day = 0; day <= horizon; day++)
        {
            started += hiresPerDay[day];
            var counted = Math.Min(started, hireLimit);
            if (day == targetDay)
            {
                hiresByTarget = counted;
            }

            if (counted >= gap)
            {
                // Hiring stops once the target is met (the openings are filled), so the count stays at the gap.
                reachedDay = day;
                if (day < targetDay)
                {
                    hiresByTarget = gap;
                }

                return;
            }
        }
    }
}
