namespace OpenTalent.Core.Matching;

/// <summary>
/// The best <c>k</c> slots seen so far: a min-heap whose root is the worst kept (lowest score, then the larger
/// identifier), so ties resolve by identifier exactly as the reference's sort does.
/// </summary>
internal sealed class TopK
{
    private readonly (double Score, int Slot)[] _heap;
    private readonly Func<int, string> _identifier;

    public TopK(int k, Func<int, string> identifier)
    {
        _heap = new (double, int)[k];
        _identifier = identifier;
    }

    public int Count { get; private set; }

    public int Capacity => _heap.Length;

    public bool IsFull => Count == _heap.Length;

    /// <summary>What a newcomer must reach to get in: the worst kept score once full, else minus infinity.</summary>
    public double Threshold => IsFull && Count > 0 ? _heap[0].Score : double.NegativeInfinity;

    public void Offer(double score, int slot)
    {
        if (_heap.Length == 0)
        {
            return;
        }

        if (!IsFull)
        {
            _heap[Count] = (score, slot);
            SiftUp(Count++);
            return;
        }

        if (Worse((score, slot), _heap[0]))
        {
            return;
        }

        _heap[0] = (score, slot);
        SiftDown(0);
    }

    /// <summary>Best first.</summary>
    public (double Score, int Slot)[] Drain()
    {
        var result = _heap.AsSpan(0, Count).ToArray();
        Array.Sort(result, (a, b) => Worse(a, b) ? 1 : Worse(b, a) ? -1 : 0);
        return result;
    }

    private bool Worse((double Score, int Slot) a, (double Score, int Slot) b) =>
        a.Score < b.Score || (a.Score == b.Score && string.CompareOrdinal(_identifier(a.Slot), _identifier(b.Slot)) > 0);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Worse(_heap[i], _heap[parent]))
            {
                return;
            }

            (_heap[i], _heap[parent]) = (_heap[parent], _heap[i]);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var left = (2 * i) + 1;
            if (left >= Count)
            {
                return;
            }

            var worst = left + 1 < Count && Worse(_heap[left + 1], _heap[left]) ? left + 1 : left;
            if (!Worse(_heap[worst], _heap[i]))
            {
                return;
            }

            (_heap[i], _heap[worst]) = (_heap[worst], _heap[i]);
            i = worst;
        }
    }
}
