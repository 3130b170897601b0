namespace OpenTalent.Core.Matching;

/// <summary>
/// One skill's inverted list: the slots that hold it, in increasing slot order (slots are only appended), with
/// the skill's share of each posting's skill weight. Dead slots stay until the index compacts.
/// </summary>
internal sealed class SlotList
{
    private int[] _slots = new int[4];
    private float[] _shares = new float[4];

    public int Count { get; private set; }

    /// <summary>The largest share ever added: an upper bound on any live entry's share.</summary>
    public float MaxShare { get; private set; }

    public ReadOnlySpan<int> Slots => _slots.AsSpan(0, Count);

    public ReadOnlySpan<float> Shares => _shares.AsSpan(0, Count);

    public long Bytes => (_slots.Length * 4L) + (_shares.Length * 4L) + 48;

    public void Add(int slot, float share)
    {
        if (Count == _slots.Length)
        {
            Array.Resize(ref _slots, Count * 2);
            Array.Resize(ref _shares, Count * 2);
        }

        _slots[Count] = slot;
        _shares[Count] = share;
        Count++;
        MaxShare = Math.Max(MaxShare, share);
    }
}

/// <summary>Inverted lists by a small int key, created on first use.</summary>
internal sealed class SlotLists
{
    private readonly List<SlotList?> _lists = [];

    public int Count => _lists.Count;

    public long Bytes => _lists.Sum(l => l?.Bytes ?? 8);

    public SlotList? this[int key] => key >= 0 && key < _lists.Count ? _lists[key] : null;

    public SlotList For(int key)
    {
        while (_lists.Count <= key)
        {
            _lists.Add(null);
        }

        return _lists[key] ??= new SlotList();
    }
}
