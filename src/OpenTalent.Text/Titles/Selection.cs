namespace OpenTalent.Text.Titles;

/// <summary>Quickselect: the k-th largest value in linear expected time, without sorting everything.</summary>
internal static class Selection
{
    /// <summary>The k-th largest value (k from 1). Reorders <paramref name="values"/>.</summary>
    public static float KthLargest(Span<float> values, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, values.Length);
        var target = k - 1;
        var left = 0;
        var right = values.Length - 1;
        while (left < right)
        {
            var pivot = Median(values[left], values[(left + right) >> 1], values[right]);
            var i = left;
            var j = right;
            while (i <= j)
            {
                while (values[i] > pivot)
                {
                    i++;
                }

                while (values[j] < pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (target <= j)
            {
                right = j;
            }
            else if (target >= i)
            {
                left = i;
            }
            else
            {
                break;
            }
        }

        return values[target];
    }

    private static float Median(float a, float b, float c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
