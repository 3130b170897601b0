namespace OpenTalent.Core.Workforce;

/// <summary>
/// Poisson counts for a fixed schedule of daily means, by inversion against precomputed cumulative tables: a binary
/// search per draw instead of a walk as long as the mean. Gives the same count as <see cref="Sampling.Poisson"/> for
/// the same uniform (up to rounding), so draws stay monotone in the mean.
/// </summary>
internal sealed class PoissonTables
{
    /// <summary>Above this mean a table would be long; those days fall back to the direct sampler.</summary>
    private const double MaxTabledMean = 200;

    private readonly double[] means;
    private readonly double[] noneChance;
    private readonly int[] start;
    private readonly int[] length;
    private readonly double[] cumulative;

    public PoissonTables(double[] means)
    {
        this.means = means;
        noneChance = new double[means.Length];
        start = new int[means.Length];
        length = new int[means.Length];
        var tables = new List<double>();
        for (var day = 0; day < means.Length; day++)
        {
            var mean = means[day];
            noneChance[day] = Math.Exp(-mean);
            start[day] = tables.Count;
            if (mean <= 0 || mean > MaxTabledMean)
            {
                continue;
            }

            // Up to where the upper tail is below 1e-12: a uniform beyond it is resolved by the direct sampler.
            var p = noneChance[day];
            var sum = p;
            tables.Add(sum);
            for (var k = 1; 1 - sum > 1e-12 && k < 10_000; k++)
            {
                p *= mean / k;
                sum += p;
                tables.Add(sum);
            }

            length[day] = tables.Count - start[day];
        }

        cumulative = [.. tables];
    }

    public int Draw(int day, double uniform)
    {
        var count = length[day];
        if (count == 0 || uniform > cumulative[start[day] + count - 1])
        {
            return Sampling.Poisson(means[day], noneChance[day], uniform);
        }

        // The smallest k with F(k) >= uniform.
        var low = 0;
        var high = count - 1;
        var table = cumulative.AsSpan(start[day], count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (table[middle] >= uniform)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
