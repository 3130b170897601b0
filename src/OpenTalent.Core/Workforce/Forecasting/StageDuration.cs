namespace OpenTalent.Core.Workforce;

/// <summary>How long a candidate spends in a stage, in days: fixed, or drawn from a distribution fitted to what was observed.</summary>
public sealed class StageDuration
{
    /// <summary>Longer than any hiring stage should be; guards against typos such as minutes entered as days.</summary>
    public const double MaxDays = 3650;

    private readonly double[] observed;

    private StageDuration(StageDurationKind kind, double center, double spread, double[] observed)
    {
        Kind = kind;
        Center = center;
        Spread = spread;
        this.observed = observed;
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

    internal double Sample(ref ForecastRandom random) => Kind switch
    {
        StageDurationKind.Fixed => Center,
        StageDurationKind.Exponential => Center * random.NextExponential(),
        StageDurationKind.LogNormal => Spread == 0 ? Center : Center * Math.Exp(Spread * random.NextNormal()),
        _ => observed[(int)(random.NextDouble() * observed.Length)],
    };

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
