namespace OpenTalent.Core.Workforce;

/// <summary>A binary min-heap of times on a reusable array: the simulation's queues without per-item allocation.</summary>
internal sealed class MinHeap
{
    private double[] items = new double[256];

    public int Count { get; private set; }

    public double Min => items[0];

    public void Clear() => Count = 0;

    /// <summary>Loads the heap from ascending times (an ascending array is already a heap).</summary>
    public void LoadSorted(ReadOnlySpan<double> ascending)
    {
        EnsureCapacity(ascending.Length);
        ascending.CopyTo(items);
        Count = ascending.Length;
    }

    public void Push(double value)
    {
        EnsureCapacity(Count + 1);
        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (items[parent] <= value)
            {
                break;
            }

            items[i] = items[parent];
            i = parent;
        }

        items[i] = value;
    }

    public double PopMin()
    {
        var min = items[0];
        Count--;
        if (Count > 0)
        {
            SiftDown(items[Count]);
        }

        return min;
    }

    public void ReplaceMin(double value) => SiftDown(value);

    private void SiftDown(double value)
    {
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && items[child + 1] < items[child])
            {
                child++;
            }

            if (items[child] >= value)
            {
                break;
            }

            items[i] = items[child];
            i = child;
        }

        items[i] = value;
    }

    private void EnsureCapacity(int needed)
    {
        if (needed > items.Length)
        {
            Array.Resize(ref items, Math.Max(needed, items.Length * 2));
        }
    }
}
