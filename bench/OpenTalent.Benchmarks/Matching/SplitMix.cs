namespace OpenTalent.Benchmarks.Matching;

/// <summary>
/// SplitMix64: a tiny, fast, well-mixed generator whose whole state is one number. Each synthetic item gets its own
/// stream from (seed, kind, index), so any item can be regenerated alone, in any order, identically.
/// </summary>
internal struct SplitMix
{
    private ulong _state;

    public SplitMix(ulong state) => _state = state;

    public static SplitMix For(int seed, int kind, int index) =>
        new(Scramble(((ulong)(uint)seed << 32) ^ ((ulong)(uint)kind << 28) ^ (uint)index ^ 0x5851F42D4C957F2DUL));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Scramble(_state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="count"/>).</summary>
    public int Next(int count) => (int)(NextDouble() * count);

    public double Uniform(double min, double max) => min + (NextDouble() * (max - min));

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Standard normal (Box–Muller).</summary>
    public double Normal()
    {
        var u = 1.0 - NextDouble();
        var v = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>A log-normal factor with median 1.</summary>
    public double LogNormal(double sigma) => Math.Exp(sigma * Normal());

    private static ulong Scramble(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>Draws an index with probability proportional to its weight, by binary search on the running sums.</summary>
internal sealed class WeightedTable
{
    private readonly double[] _cumulative;

    public WeightedTable(ReadOnlySpan<double> weights)
    {
        _cumulative = new double[weights.Length];
        double sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += Math.Max(0, weights[i]);
            _cumulative[i] = sum;
        }

        if (!(sum > 0))
        {
            throw new ArgumentException("A weighted table needs at least one positive weight.", nameof(weights));
        }
    }

    public int Count => _cumulative.Length;

    /// <summary>Weights 1/(rank+1)^<paramref name="exponent"/> in the given order: Zipf-like popularity.</summary>
    public static WeightedTable Zipf(int count, double exponent) => new(ZipfWeights(count, exponent));

    public static double[] ZipfWeights(int count, double exponent)
    {
        var weights = new double[count];
        for (var i = 0; i < count; i++)
        {
            weights[i] = 1.0 / Math.Pow(i + 1, exponent);
        }

        return weights;
    }

    public int Sample(ref SplitMix random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var found = Array.BinarySearch(_cumulative, target);
        var index = found >= 0 ? found + 1 : ~found;
        return Math.Min(index, _cumulative.Length - 1);
    }
}
