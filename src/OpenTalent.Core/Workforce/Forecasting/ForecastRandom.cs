namespace OpenTalent.Core.Workforce;

/// <summary>
/// xoshiro256** seeded through SplitMix64: our own generator rather than <see cref="Random"/>, so a seed gives the
/// same forecast on every runtime and platform, and each run can own independent, cheaply created streams.
/// </summary>
internal struct ForecastRandom
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    public ForecastRandom(ulong seed)
    {
        var x = seed;
        s0 = SplitMix(ref x);
        s1 = SplitMix(ref x);
        s2 = SplitMix(ref x);
        s3 = SplitMix(ref x);
    }

    /// <summary>One stream per (seed, department, run, purpose): distinct keys give unrelated sequences.</summary>
    public static ForecastRandom For(ulong seed, int department, int run, int purpose)
    {
        var key = seed;
        key ^= 0x9E3779B97F4A7C15UL * (ulong)(department + 1);
        key = Mix(key) ^ (0xBF58476D1CE4E5B9UL * (ulong)(run + 1));
        key = Mix(key) ^ (0x94D049BB133111EBUL * (ulong)(purpose + 1));
        return new ForecastRandom(Mix(key));
    }

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A standard exponential variate (mean 1).</summary>
    public double NextExponential() => -Math.Log(1.0 - NextDouble());

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        return Mix(x);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
