namespace OpenTalent.Core.Workforce;

/// <summary>How long a candidate spends in a stage, in days: fixed, or drawn from a distribution fitted to what was observed.</summary>
public sealed class StageDuration
{
    /// <summary>Longer than any hiring stage should be; guards against typos such as minutes entered as days.</summary>
    public const double MaxDays = 3650;

    /// <summary>Quantile table resolution: sampling interpolates between 1/1024 quantiles, exact in the top one.</summary>
    private const int TableSize = 1024;

    private readonly double[] observed;
    private readonly double[] quantiles;

    private StageDuration(StageDurationKind kind, double center, double spread, double[] observed)
    {
        Kind = kind;
        Center = center;
        Spread = spread;
        this.observed = observed;
        quantiles = kind is StageDurationKind.Exponential or StageDurationKind.LogNormal ? QuantileTable() : [];
    }

    public StageDurationKind Kind { get; }

    /// <summary>The fixed days, the mean (exponential), the median (log-normal) or the mean of the observations (empirical).</summary>
    public double Center { get; }

    /// <summary>The log-normal's sigma; zero for the other kinds.</summary>
    public double Spread { get; }

    /// <summary>The observed durations an empirical distribution resamples, sorted; empty for the other kinds.</summary>
    public IReadOnlyList<double> Observed => observed;

    /// <summary>The shortest possible duration: what bounds how soon anyone can get through.</summary>
    public double Minimum => Kind switch
    {
        StageDurationKind.Fixed => Center,
        StageDurationKind.Empirical => observed[0],
        _ => 0,
    };

    /// <summary>The expected number of days.</summary>
    public double Mean => Kind == StageDurationKind.LogNormal ? Center * Math.Exp(Spread * Spread / 2) : Center;

    /// <summary>Every candidate spends exactly this many days.</summary>
    public static StageDuration Fixed(double days) => new(StageDurationKind.Fixed, CheckDays(days, nameof(days)), 0, []);

    /// <summary>Memoryless durations with this mean: the continuous form of a geometric "done today with probability 1/mean".</summary>
    public static StageDuration Exponential(double meanDays) =>
        new(StageDurationKind.Exponential, CheckPositiveDays(meanDays, nameof(meanDays)), 0, []);

    /// <summary>Right-skewed durations (most quick, a few very slow): median days and sigma of the log.</summary>
    public static StageDuration LogNormal(double medianDays, double sigma)
    {
        CheckPositiveDays(medianDays, nameof(medianDays));
        if (!double.IsFinite(sigma) || sigma < 0 || sigma > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "sigma must be between 0 and 3.");
        }

        return new(StageDurationKind.LogNormal, medianDays, sigma, []);
    }

    /// <summary>Resamples the durations actually observed (bootstrap), so no shape is assumed.</summary>
    public static StageDuration Empirical(IEnumerable<double> observedDays)
    {
        ArgumentNullException.ThrowIfNull(observedDays);
        var days = observedDays.ToArray();
        if (days.Length == 0)
        {
            throw new ArgumentException("observedDays must hold at least one duration.", nameof(observedDays));
        }

        var sum = 0.0;
        for (var i = 0; i < days.Length; i++)
        {
            CheckDays(days[i], $"{nameof(observedDays)}[{i}]");
            sum += days[i];
        }

        Array.Sort(days);
        return new(StageDurationKind.Empirical, sum / days.Length, 0, days);
    }

    /// <summary>
    /// One draw by inversion of a uniform (so a draw is monotone in its uniform); the smooth kinds read a quantile
    /// table, several times cheaper than logarithms in the simulation's inner loop.
    /// </summary>
    internal double Sample(ref ForecastRandom random)
    {
        switch (Kind)
        {
            case StageDurationKind.Fixed:
                return Center;
            case StageDurationKind.Empirical:
                return observed[(int)(random.NextDouble() * observed.Length)];
            default:
                var scaled = random.NextDouble() * TableSize;
                var index = (int)scaled;
                if (index >= TableSize - 1)
                {
                    return Quantile(scaled / TableSize);
                }

                var low = quantiles[index];
                return low + ((quantiles[index + 1] - low) * (scaled - index));
        }
    }

    /// <summary>The exact inverse distribution function of the smooth kinds.</summary>
    private double Quantile(double p) => Kind == StageDurationKind.Exponential
        ? -Center * Math.Log(1 - p)
        : Center * Math.Exp(Spread * Sampling.Probit(p));

    private double[] QuantileTable()
    {
        var table = new double[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            // The 0-quantile: exactly 0 for the exponential; for the log-normal, a point far in its left tail.
            table[i] = Quantile(i == 0 ? 1e-9 : (double)i / TableSize);
        }

        return table;
    }

    public override string ToString() => Kind switch
    {
        StageDurationKind.Fixed => $"{Center:0.##} days",
        StageDurationKind.Exponential => $"exponential, mean {Center:0.##} days",
        StageDurationKind.LogNormal => $"log-normal, median {Center:0.##} days, sigma {Spread:0.##}",
        _ => $"empirical, {observed.Length} observations, mean {Center:0.##} days",
    };

    private static double CheckDays(double days, string name) =>
        double.IsFinite(days) && days >= 0 && days <= MaxDays
            ? days
            : throw new ArgumentOutOfRangeException(name, days, $"{name} must be between 0 and {MaxDays} days.");

    private static double CheckPositiveDays(double days, string name) =>
        double.IsFinite(days) && days > 0 && days <= MaxDays
            ? days
            : throw new ArgumentOutOfRangeException(name, days, $"{name} must be more than 0 and at most {MaxDays} days.");
}

public enum StageDurationKind
{
    Fixed,
    Exponential,
    LogNormal,
    Empirical,
}
