namespace OpenTalent.Core.Matching;

/// <summary>Picks a first batch of the most promising slots by a histogram of their bounds, without sorting them all.</summary>
internal static class BoundCutoff
{
    private const int Buckets = 256;

    /// <summary>The lowest accumulator value among roughly the best <paramref name="wanted"/> touched slots.</summary>
    public static float Of(ReadOnlySpan<int> touched, float[] acc, int wanted)
    {
        if (touched.Length <= wanted)
        {
            return 0;
        }

        float max = 0;
        foreach (var slot in touched)
        {
            max = Math.Max(max, acc[slot]);
        }

        Span<int> counts = stackalloc int[Buckets];
        var scale = (Buckets - 1) / max;
        foreach (var slot in touched)
        {
            counts[(int)(acc[slot] * scale)]++;
        }

        var seen = 0;
        for (var bucket = Buckets - 1; bucket > 0; bucket--)
        {
            seen += counts[bucket];
            if (seen >= wanted)
            {
                return bucket / scale;
            }
        }

        return 0;
    }
}
