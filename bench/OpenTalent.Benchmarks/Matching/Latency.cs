namespace OpenTalent.Benchmarks.Matching;

internal static class Latency
{
    /// <summary>Nearest-rank percentile: the smallest value with at least <paramref name="fraction"/> of values at or below it.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double fraction)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("A percentile of nothing is undefined.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
