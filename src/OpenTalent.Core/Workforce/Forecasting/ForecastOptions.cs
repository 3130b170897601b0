namespace OpenTalent.Core.Workforce;

/// <summary>How the forecast simulates: how many runs, from which seed, how far past the target date it looks.</summary>
public sealed record ForecastOptions
{
    public const int MaxRuns = 1_000_000;
    public const int MaxHorizonDaysAfterTarget = 3650;

    public ForecastOptions(int runs = 10_000, ulong seed = 20261231, int horizonDaysAfterTarget = 365, double onTimeProbability = 0.8, int searchRuns = 2_000, bool solveNeeds = true)
    {
        Runs = runs is >= 1 and <= MaxRuns
            ? runs
            : throw new ArgumentOutOfRangeException(nameof(runs), runs, $"runs must be between 1 and {MaxRuns}.");
        Seed = seed;
        HorizonDaysAfterTarget = horizonDaysAfterTarget is >= 0 and <= MaxHorizonDaysAfterTarget
            ? horizonDaysAfterTarget
            : throw new ArgumentOutOfRangeException(nameof(horizonDaysAfterTarget), horizonDaysAfterTarget, $"horizonDaysAfterTarget must be between 0 and {MaxHorizonDaysAfterTarget}.");
        OnTimeProbability = double.IsFinite(onTimeProbability) && onTimeProbability is > 0 and <= 1
            ? onTimeProbability
            : throw new ArgumentOutOfRangeException(nameof(onTimeProbability), onTimeProbability, "onTimeProbability must be more than 0 and at most 1.");
        SearchRuns = searchRuns is >= 1 and <= MaxRuns
            ? searchRuns
            : throw new ArgumentOutOfRangeException(nameof(searchRuns), searchRuns, $"searchRuns must be between 1 and {MaxRuns}.");
        SolveNeeds = solveNeeds;
    }

    /// <summary>Simulated futures per department.</summary>
    public int Runs { get; }

    /// <summary>The same seed and inputs give the same forecast, on any machine.</summary>
    public ulong Seed { get; }

    /// <summary>How long after the target date the simulation keeps going to find when a late target is reached.</summary>
    public int HorizonDaysAfterTarget { get; }

    /// <summary>The confidence the "applicants needed" and "recruiters needed" answers aim for (0.8 = make the date in 80% of runs).</summary>
    public double OnTimeProbability { get; }

    /// <summary>Runs per trial while searching for the inflow or recruiters needed (each search tries a few dozen values).</summary>
    public int SearchRuns { get; }

    /// <summary>Whether to search for the applicants and recruiters needed; off for quick what-ifs, as it costs a few dozen simulations.</summary>
    public bool SolveNeeds { get; }
}
