using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OpenTalent.Text.Skills.Retrieval;

/// <summary>
/// Dot products of the short vectors of the word space, with two fused multiply-add accumulators and no
/// per-call set-up: retrieval takes hundreds of them per window, where a general-purpose kernel's overhead shows.
/// </summary>
internal static class DenseMath
{
    public static float Dot(ReadOnlySpan<float> left, ReadOnlySpan<float> right)
    {
        var length = Math.Min(left.Length, right.Length);
        ref var a = ref MemoryMarshal.GetReference(left);
        ref var b = ref MemoryMarshal.GetReference(right);
        nuint i = 0;
        var n = (nuint)length;
        var sum = 0f;
        if (Vector512.IsHardwareAccelerated && n >= 32)
        {
            var first = Vector512<float>.Zero;
            var second = Vector512<float>.Zero;
            for (; i + 32 <= n; i += 32)
            {
                first = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref a, i), Vector512.LoadUnsafe(ref b, i), first);
                second = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref a, i + 16), Vector512.LoadUnsafe(ref b, i + 16), second);
            }

            if (i + 16 <= n)
            {
                first = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref a, i), Vector512.LoadUnsafe(ref b, i), first);
                i += 16;
            }

            sum = Vector512.Sum(first + second);
        }
        else if (Vector256.IsHardwareAccelerated && n >= 16)
        {
            var first = Vector256<float>.Zero;
            var second = Vector256<float>.Zero;
            for (; i + 16 <= n; i += 16)
            {
                first = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref a, i), Vector256.LoadUnsafe(ref b, i), first);
                second = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref a, i + 8), Vector256.LoadUnsafe(ref b, i + 8), second);
            }

            sum = Vector256.Sum(first + second);
        }

        for (; i < n; i++)
        {
            sum += Unsafe.Add(ref a, i) * Unsafe.Add(ref b, i);
        }

        return sum;
    }
}
