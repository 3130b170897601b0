using System.Numerics;
using System.Runtime.InteropServices;

namespace OpenTalent.Core.Matching;

/// <summary>
/// Vectorised passes over a dense accumulator. Reading every slot in order, a vector at a time, is cheaper than
/// following a list of touched slots at random once a query touches more than a few percent of them.
/// </summary>
internal static class DenseScan
{
    /// <summary>
    /// Two passes over the accumulator: first about <paramref name="firstBatch"/> slots with the highest bounds, so
    /// the k-th score rises early, then every other slot whose bound is at least <paramref name="needed"/> (asked
    /// again as it rises); the rest are never looked at. Slots at 0 (no list reached them) are skipped.
    /// </summary>
    public static void BestFirst(ReadOnlySpan<float> bounds, int firstBatch, Func<float> needed, Action<int, float> evaluate)
    {
        var max = Max(bounds);
        if (max <= 0)
        {
            return;
        }

        // With too few slots for a first batch the cutoff stays 0 and the first pass takes every slot reached.
        var cutoff = 0f;
        foreach (var fraction in (ReadOnlySpan<float>)[0.75f, 0.5f, 0.25f])
        {
            if (CountAtLeast(bounds, max * fraction) >= firstBatch)
            {
                cutoff = max * fraction;
                break;
            }
        }

        Visit(bounds, () => cutoff, float.PositiveInfinity, evaluate);
        Visit(bounds, needed, cutoff, evaluate);
    }

    public static float Max(ReadOnlySpan<float> values)
    {
        var vectors = MemoryMarshal.Cast<float, Vector<float>>(values);
        var best = Vector<float>.Zero;
        foreach (var vector in vectors)
        {
            best = Vector.Max(best, vector);
        }

        var max = 0f;
        for (var lane = 0; lane < Vector<float>.Count; lane++)
        {
            max = Math.Max(max, best[lane]);
        }

        for (var i = vectors.Length * Vector<float>.Count; i < values.Length; i++)
        {
            max = Math.Max(max, values[i]);
        }

        return max;
    }

    public static int CountAtLeast(ReadOnlySpan<float> values, float lower)
    {
        var vectors = MemoryMarshal.Cast<float, Vector<float>>(values);
        var bound = new Vector<float>(lower);
        var count = 0;
        foreach (var vector in vectors)
        {
            var hits = Vector.GreaterThanOrEqual(vector, bound);
            if (!Vector.EqualsAll(hits, Vector<int>.Zero))
            {
                // Each hit lane is -1.
                count -= Vector.Sum(hits);
            }
        }

        for (var i = vectors.Length * Vector<float>.Count; i < values.Length; i++)
        {
            count += values[i] >= lower ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> for every slot whose value is in [lower, <paramref name="below"/>) and above 0,
    /// in slot order. <paramref name="lower"/> is asked again after each visit, so it may rise as the scan goes.
    /// </summary>
    public static void Visit(ReadOnlySpan<float> values, Func<float> lower, float below, Action<int, float> visit)
    {
        var vectors = MemoryMarshal.Cast<float, Vector<float>>(values);
        var floor = Math.Max(lower(), float.Epsilon);
        var bound = new Vector<float>(floor);
        var width = Vector<float>.Count;
        for (var v = 0; v < vectors.Length; v++)
        {
            if (Vector.EqualsAll(Vector.GreaterThanOrEqual(vectors[v], bound), Vector<int>.Zero))
            {
                continue;
            }

            for (var slot = v * width; slot < (v + 1) * width; slot++)
            {
                var value = values[slot];
                if (value >= floor && value < below)
                {
                    visit(slot, value);
                    floor = Math.Max(lower(), float.Epsilon);
                }
            }

            bound = new Vector<float>(floor);
        }

        for (var slot = vectors.Length * width; slot < values.Length; slot++)
        {
            var value = values[slot];
            if (value >= floor && value < below)
            {
                visit(slot, value);
                floor = Math.Max(lower(), float.Epsilon);
            }
        }
    }
}
