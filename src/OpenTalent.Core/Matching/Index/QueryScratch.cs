namespace OpenTalent.Core.Matching;

/// <summary>
/// Per-thread working memory for one query: a dense score accumulator over slots (zero between queries), the
/// slots it touched, visit stamps, and a lazily filled occupation-similarity cache. Reused so a query over a
/// million items allocates nothing in proportion to them.
/// </summary>
internal sealed class QueryScratch
{
    [ThreadStatic]
    private static QueryScratch? t_scratch;

    private int[] _stamps = [];
    private int _epoch;
    private double[] _occupationValues = [];
    private int[] _occupationStamps = [];
    private int _occupationEpoch;

    public float[] Accumulator { get; private set; } = [];

    public int[] Touched { get; private set; } = new int[1024];

    public int TouchedCount { get; private set; }

    public static QueryScratch Rent(int slots, int occupations)
    {
        var scratch = t_scratch ??= new QueryScratch();
        scratch.Ensure(slots, occupations);
        return scratch;
    }

    /// <summary>Adds to a slot's accumulator, recording the slot the first time.</summary>
    public void Add(int slot, float value)
    {
        ref var acc = ref Accumulator[slot];
        if (acc == 0)
        {
            if (TouchedCount == Touched.Length)
            {
                var grown = Touched;
                Array.Resize(ref grown, TouchedCount * 2);
                Touched = grown;
            }

            Touched[TouchedCount++] = slot;
        }

        acc += value;
    }

    /// <summary>Starts a new visit round: every slot counts as unvisited.</summary>
    public void NextRound()
    {
        if (++_epoch == int.MaxValue)
        {
            Array.Clear(_stamps);
            _epoch = 1;
        }
    }

    /// <summary>True the first time a slot is visited in this round.</summary>
    public bool Visit(int slot)
    {
        if (_stamps[slot] == _epoch)
        {
            return false;
        }

        _stamps[slot] = _epoch;
        return true;
    }

    /// <summary>Forgets the cached occupation values of the previous query.</summary>
    public void ResetOccupations()
    {
        if (++_occupationEpoch == int.MaxValue)
        {
            Array.Clear(_occupationStamps);
            _occupationEpoch = 1;
        }
    }

    public bool TryOccupation(int occupation, out double value)
    {
        value = _occupationValues[occupation];
        return _occupationStamps[occupation] == _occupationEpoch;
    }

    public void SetOccupation(int occupation, double value)
    {
        _occupationValues[occupation] = value;
        _occupationStamps[occupation] = _occupationEpoch;
    }

    /// <summary>Zeroes what this query touched, ready for the next.</summary>
    public void Clear()
    {
        var acc = Accumulator;
        for (var i = 0; i < TouchedCount; i++)
        {
            acc[Touched[i]] = 0;
        }

        TouchedCount = 0;
    }

    private void Ensure(int slots, int occupations)
    {
        if (Accumulator.Length < slots)
        {
            var size = Math.Max(slots, Accumulator.Length * 2);
            Accumulator = new float[size];
            _stamps = new int[size];
            _epoch = 0;
        }

        if (_occupationValues.Length <= occupations)
        {
            var size = Math.Max(occupations + 1, _occupationValues.Length * 2);
            _occupationValues = new double[size];
            _occupationStamps = new int[size];
            _occupationEpoch = 0;
        }

        TouchedCount = 0;
    }
}
