namespace OpenTalent.Core.Matching;

/// <summary>A growable array of one field per slot (struct-of-arrays storage).</summary>
internal sealed class Column<T>
{
    private T[] _items = new T[16];

    public int Count { get; private set; }

    public T[] Items => _items;

    public long Bytes(int itemSize) => (long)_items.Length * itemSize;

    public ref T this[int index] => ref _items[index];

    public int Add(T value)
    {
        if (Count == _items.Length)
        {
            // Grows by half, not double: the largest columns hold tens of millions of entries.
            Array.Resize(ref _items, Count + (Count / 2));
        }

        _items[Count] = value;
        return Count++;
    }

    public ReadOnlySpan<T> Span(int start, int length) => _items.AsSpan(start, length);
}

/// <summary>Places and occupations of one item, as ranges into shared columns.</summary>
internal readonly record struct Range(int Start, int Length);
