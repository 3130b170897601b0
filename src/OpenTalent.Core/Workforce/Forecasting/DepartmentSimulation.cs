namespace OpenTalent.Core.Workforce;

/// <summary>
/// The Monte Carlo kernel for one department, on plain arrays reused across runs. Random numbers come from separate
/// streams per run (arrivals, fates by queue position, live pipeline), so a higher inflow or more recruiters moves
/// every candidate earlier with the same fate: a run's hires by any date never fall, nor does the probability of
/// making the date (common random numbers). The searches for the applicants or recruiters needed rely on that.
/// </summary>
/// <remarks>
/// Three paths. Without a recruiter limit and with Poisson inflow, hires from new applicants form a Poisson process
/// whose mean per day is known in advance (a thinned, displaced Poisson process stays Poisson), so a run draws one
/// count per day whatever the volume. With an intake limit (new candidates per week), passed reviews are counted
/// per day and only hires are followed. With an active-candidates limit, candidates are simulated one by one
/// through recruiter slots, first come first served: exact, but its cost grows with the volume.
/// </remarks>
internal sealed class DepartmentSimulation
{
    private const int LiveStream = 0;
    private const int ArrivalStream = 1;
    private const int FateStream = 2;
    private const int ShapeStream = 3;
    private const int HireTimeStream = 4;

    private static readonly StageDuration UnitExponential = StageDuration.Exponential(1);
    private const int ShapeSamples = 16_384;
    private const int HireTimeSamples = 8_192;

    private readonly DepartmentForecastInput input;
    private readonly int departmentIndex;
    private readonly int targetDay;
    private readonly int horizon;
    private readonly int hireLimit;
    private readonly int slotCount;
    private readonly int admissionsPerWeek;
    private readonly int[] readyPerDay;
    private readonly double logMissAfterReview;
    private readonly double[] passRates;
    private readonly double[] hireChanceFrom;
    private readonly StageDuration[] durations;
    private readonly int[] hiresPerDay;
    private readonly PoissonTables? perDayCounts;
    private readonly double[]? hireTimesAfterReview;
    private readonly MinHeap waiting = new();
    private readonly MinHeap slots = new();
    private double[] completions = new double[64];
    private double[] slotTimes = [];

    public DepartmentSimulation(DepartmentForecastInput input, DateOnly asOf, ForecastOptions options, int departmentIndex)
    {
        this.input = input;
        this.departmentIndex = departmentIndex;
        targetDay = input.TargetDate.DayNumber - asOf.DayNumber;
        horizon = Math.Max(targetDay, 0) + options.HorizonDaysAfterTarget;
        hireLimit = Math.Min(input.OpenRequisitions, input.Gap);
        slotCount = input.Capacity is { Kind: CapacityKind.ActiveCandidates } slots ? slots.Total : 0;
        admissionsPerWeek = input.Capacity is { Kind: CapacityKind.NewCandidatesPerWeek } intake ? intake.Total : 0;
        var stageCount = input.Stages.Count;
        passRates = new double[stageCount];
        durations = new StageDuration[stageCount];
        hireChanceFrom = new double[stageCount + 1];
        hireChanceFrom[stageCount] = 1;
        for (var s = stageCount - 1; s >= 0; s--)
        {
            passRates[s] = input.Stages[s].PassRate;
            durations[s] = input.Stages[s].Duration;
            hireChanceFrom[s] = hireChanceFrom[s + 1] * passRates[s];
        }

        hiresPerDay = new int[horizon + 1];
        readyPerDay = admissionsPerWeek > 0 ? new int[horizon + 1] : [];
        logMissAfterReview = Math.Log(1 - Math.Min(hireChanceFrom[Math.Min(1, stageCount - 1)], 1));
        if (admissionsPerWeek > 0)
        {
            hireTimesAfterReview = HireTimesFrom(options.Seed, 1);
        }

        if (slotCount == 0 && input.Inflow == InflowPattern.Poisson)
        {
            // Without slots, what a run needs per day is known in advance: hires (no limit) or passed reviews (intake limit).
            var (last, chance, extra) = admissionsPerWeek > 0 ? (1, passRates[0], 0) : (stageCount, hireChanceFrom[0], input.NoticeDays);
            perDayCounts = new PoissonTables(ExpectedPerDay(options.Seed, last, chance, extra));
        }
    }

    public int TargetDay => targetDay;

    /// <summary>A department already at its target is on time even when the date has passed.</summary>
    public bool IsOnTime(int reachedDay) => input.Gap == 0 || reachedDay <= targetDay;

    /// <summary>Runs the simulation; per-run hires by the target date and day reached go into the caller's arrays.</summary>
    public void Run(int runs, ulong seed, int[] hiresByTarget, int[] reachedDay)
    {
        for (var run = 0; run < runs; run++)
        {
            var tally = SimulateRun(seed, run);
            hiresByTarget[run] = tally.HiresByTarget;
            reachedDay[run] = tally.ReachedDay;
        }
    }

    /// <summary>Share of runs that make the target date: the quantity the searches bisect on.</summary>
    public double ProbabilityOnTime(int runs, ulong seed)
    {
        var onTime = 0;
        for (var run = 0; run < runs; run++)
        {
            onTime += IsOnTime(SimulateRun(seed, run).ReachedDay) ? 1 : 0;
        }

        return (double)onTime / runs;
    }

    private HireTally SimulateRun(ulong seed, int run)
    {
        var tally = new HireTally(input.Gap, hireLimit, targetDay, horizon);
        if (tally.Done)
        {
            return tally;
        }

        Array.Clear(hiresPerDay);
        var live = ForecastRandom.For(seed, departmentIndex, run, LiveStream);
        var arrivals = ForecastRandom.For(seed, departmentIndex, run, ArrivalStream);
        if (admissionsPerWeek > 0)
        {
            var fatesByIntake = ForecastRandom.For(seed, departmentIndex, run, FateStream);
            SimulateIntakeLimit(ref live, ref arrivals, ref fatesByIntake, ref tally);
            return tally;
        }

        if (perDayCounts is { } counts)
        {
            HireLiveByCounts(ref live);
            for (var day = 0; day <= horizon; day++)
            {
                var fresh = counts.Draw(day, arrivals.NextDouble());
                if (tally.AdvanceOneDay(hiresPerDay[day] + fresh))
                {
                    break;
                }
            }

            return tally;
        }

        var fates = ForecastRandom.For(seed, departmentIndex, run, FateStream);
        var inProcess = StartLivePipeline(ref live);
        waiting.Clear();
        QueueLiveApplications(ref live);
        if (slotCount > 0)
        {
            FillSlots(inProcess);
        }

        ServeApplications(ref arrivals, ref fates, ref tally);
        tally.Advance(hiresPerDay, horizon);
        return tally;
    }

    /// <summary>
    /// Expected events per day from Poisson applicants: an applicant arriving at <c>a</c> gets there at <c>a + X</c>,
    /// X being the durations of stages before <paramref name="lastStage"/> plus <paramref name="extraDays"/>, with
    /// probability <paramref name="chance"/>; over arrivals spread evenly from day 0 that is
    /// rate * chance * (G(d + 1) - G(d)) with G(y) = E[(y - X)+], estimated once from a fixed sample of X.
    /// </summary>
    private double[] ExpectedPerDay(ulong seed, int lastStage, double chance, int extraDays)
    {
        var shape = ForecastRandom.For(seed, departmentIndex, -1, ShapeStream);
        var totals = new double[ShapeSamples];
        for (var i = 0; i < totals.Length; i++)
        {
            var days = (double)extraDays;
            for (var s = 0; s < lastStage; s++)
            {
                days += durations[s].Sample(ref shape);
            }

            totals[i] = days;
        }

        Array.Sort(totals);
        var scale = input.ApplicantsPerWeek / 7.0 * chance;
        var means = new double[horizon + 1];
        var below = 0;
        var sumBelow = 0.0;
        var previous = 0.0;
        for (var y = 1; y <= horizon + 1; y++)
        {
            while (below < totals.Length && totals[below] < y)
            {
                sumBelow += totals[below++];
            }

            var expectedShortfall = ((below * (double)y) - sumBelow) / totals.Length;
            means[y - 1] = scale * (expectedShortfall - previous);
            previous = expectedShortfall;
        }

        return means;
    }

    /// <summary>
    /// The intake-limited funnel, counted per day: passed reviews queue, the recruiters take on so many a day (first
    /// come first served), and the k-th candidate taken on has the k-th fate of the run's fate stream. Hires among
    /// them are found by geometric skips, so only hires cost a draw (of their time, from a fixed sample).
    /// </summary>
    private void SimulateIntakeLimit(ref ForecastRandom live, ref ForecastRandom arrivals, ref ForecastRandom fates, ref HireTally tally)
    {
        Array.Clear(readyPerDay);
        HireLiveByCounts(ref live, firstStage: 1);
        var reviewed = Sampling.Binomial(input.Stages[0].LiveCandidates, passRates[0], live.NextDouble());
        for (var j = 0; j < reviewed; j++)
        {
            AddReady(durations[0].Sample(ref live));
        }

        var perDay = input.ApplicantsPerWeek / 7.0;
        if (input.Inflow == InflowPattern.Even && perDay > 0)
        {
            for (var i = 1; i / perDay <= horizon; i++)
            {
                var passes = arrivals.NextDouble() < passRates[0];
                var ready = (i / perDay) + durations[0].Sample(ref arrivals);
                if (passes)
                {
                    AddReady(ready);
                }
            }
        }

        var counts = perDayCounts;
        var waitingCount = 0L;
        var takenOn = 0L;
        var sevenths = 0;
        var hireTimes = hireTimesAfterReview!;
        var nextHire = NextHireGap(ref fates);
        for (var day = 0; day <= horizon; day++)
        {
            waitingCount += readyPerDay[day];
            if (counts is not null)
            {
                waitingCount += counts.Draw(day, arrivals.NextDouble());
            }

            // Whole candidates only, in integer sevenths so a weekly figure spreads exactly over the days.
            sevenths += admissionsPerWeek;
            var today = (int)Math.Min(waitingCount, sevenths / 7);
            sevenths %= 7;
            waitingCount -= today;
            takenOn += today;
            while (nextHire < takenOn)
            {
                RecordHire(day + hireTimes[(int)(fates.NextDouble() * hireTimes.Length)]);
                var gap = NextHireGap(ref fates);
                nextHire = gap == long.MaxValue ? long.MaxValue : nextHire + 1 + gap;
            }

            if (tally.AdvanceOneDay(hiresPerDay[day]))
            {
                return;
            }
        }
    }

    /// <summary>
    /// A fixed sample of the days a hire spends from entering <paramref name="stage"/> to accepting: durations do not
    /// depend on passing, so a hire's time is the sum of every remaining stage's duration. Drawing one value from
    /// this sample replaces a draw per stage in the intake path's inner loop.
    /// </summary>
    private double[] HireTimesFrom(ulong seed, int stage)
    {
        var sample = ForecastRandom.For(seed, departmentIndex, -1, HireTimeStream);
        var times = new double[HireTimeSamples];
        for (var i = 0; i < times.Length; i++)
        {
            var days = 0.0;
            for (var s = stage; s < durations.Length; s++)
            {
                days += durations[s].Sample(ref sample);
            }

            times[i] = days;
        }

        Array.Sort(times);
        return times;
    }

    private void AddReady(double readyAt)
    {
        if (readyAt <= horizon)
        {
            readyPerDay[(int)readyAt]++;
        }
    }

    /// <summary>Candidates taken on before the next hire among them: geometric, by inversion.</summary>
    private long NextHireGap(ref ForecastRandom fates)
    {
        if (double.IsNegativeInfinity(logMissAfterReview))
        {
            return 0;
        }

        if (logMissAfterReview == 0)
        {
            return long.MaxValue;
        }

        // -log(1 - u) read from the unit exponential's quantile table: no logarithm per hire.
        var skipped = Math.Floor(UnitExponential.Sample(ref fates) / -logMissAfterReview);
        return skipped >= long.MaxValue / 2 ? long.MaxValue : (long)skipped;
    }

    /// <summary>Live candidates without a recruiter limit: how many of each stage are hired, then when each starts.</summary>
    private void HireLiveByCounts(ref ForecastRandom live, int firstStage = 0)
    {
        for (var s = firstStage; s < passRates.Length; s++)
        {
            var hired = Sampling.Binomial(input.Stages[s].LiveCandidates, hireChanceFrom[s], live.NextDouble());
            for (var j = 0; j < hired; j++)
            {
                var days = 0.0;
                for (var k = s; k < durations.Length; k++)
                {
                    days += durations[k].Sample(ref live);
                }

                RecordHire(days);
            }
        }
    }

    /// <summary>Candidates already past review walk on from their stage; returns how many hold a recruiter slot.</summary>
    private int StartLivePipeline(ref ForecastRandom live)
    {
        var inProcess = 0;
        for (var s = 1; s < passRates.Length; s++)
        {
            var liveCount = input.Stages[s].LiveCandidates;
            for (var j = 0; j < liveCount; j++)
            {
                if (Walk(s, ref live, out var days))
                {
                    RecordHire(days);
                }

                if (slotCount > 0)
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

    private void QueueLiveApplications(ref ForecastRandom live)
    {
        var liveCount = input.Stages[0].LiveCandidates;
        for (var j = 0; j < liveCount; j++)
        {
            var passes = live.NextDouble() < passRates[0];
            var reviewed = durations[0].Sample(ref live);
            if (passes && reviewed <= horizon)
            {
                waiting.Push(reviewed);
            }
        }
    }

    /// <summary>
    /// Generates applications in arrival order and serves the passed ones in the order they become ready; review
    /// takes time, so a candidate is served once the next arrival is later than their ready time.
    /// </summary>
    private void ServeApplications(ref ForecastRandom arrivals, ref ForecastRandom fates, ref HireTally tally)
    {
        var perDay = input.ApplicantsPerWeek / 7.0;
        var even = input.Inflow == InflowPattern.Even;
        // Applications that fail review never reach a recruiter, so with Poisson inflow only the passing ones are
        // generated: a thinned Poisson process, far cheaper when most applications are turned down.
        var rate = even ? perDay : perDay * passRates[0];
        var at = 0.0;
        for (var i = 1; rate > 0; i++)
        {
            at = even ? i / rate : at + (arrivals.NextExponential() / rate);
            if (at > horizon)
            {
                break;
            }

            var passes = !even || arrivals.NextDouble() < passRates[0];
            var reviewed = at + durations[0].Sample(ref arrivals);
            while (waiting.Count > 0 && waiting.Min <= at)
            {
                if (!Serve(waiting.PopMin(), ref fates, ref tally))
                {
                    return;
                }
            }

            if (passes && reviewed <= horizon)
            {
                waiting.Push(reviewed);
            }
        }

        while (waiting.Count > 0)
        {
            if (!Serve(waiting.PopMin(), ref fates, ref tally))
            {
                return;
            }
        }
    }

    /// <summary>Serves the next ready candidate; false once nothing later can change the run's outcome.</summary>
    private bool Serve(double ready, ref ForecastRandom fates, ref HireTally tally)
    {
        // First come, first served: a candidate starts when both they and a recruiter slot are ready.
        var start = slotCount > 0 ? Math.Max(ready, slots.Min) : ready;
        if (start > horizon)
        {
            return false;
        }

        var hired = Walk(1, ref fates, out var days);
        if (slotCount > 0)
        {
            slots.ReplaceMin(start + days);
        }

        if (hired)
        {
            RecordHire(start + days);
        }

        // Every later hire starts at or after this start, so the days before it are final.
        return !tally.Advance(hiresPerDay, (int)start - 1);
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
    /// Recruiter slots start from the live candidates: with more of them than slots, new ones wait until enough
    /// leave, so the slots free at the latest completion times.
    /// </summary>
    private void FillSlots(int inProcess)
    {
        Array.Sort(completions, 0, inProcess);
        var skip = Math.Max(0, inProcess - slotCount);
        var held = inProcess - skip;
        if (slotTimes.Length != slotCount)
        {
            slotTimes = new double[slotCount];
        }

        Array.Clear(slotTimes, 0, slotCount - held);
        Array.Copy(completions, skip, slotTimes, slotCount - held, held);
        slots.LoadSorted(slotTimes);
    }
}
