namespace OpenTalent.Text.Embeddings;

/// <summary>
/// An open-addressing table from a packed word pair to a weight: co-occurrence counting adds tens of
/// millions of times, where a general dictionary spends most of its time on hashing and chaining.
/// </summary>
internal sealed class PairTable
{
    private const long Empty = -1;
    private long[] keys = Fill(new long[1 << 16]);
    private float[] values = new float[1 << 16];
    private int count;

    public void Add(long key, float weight)
    {
        if (count * 2 >= keys.Length)
        {
            Grow();
        }

        var mask = keys.Length - 1;
        var slot = Hash(key) & mask;
        while (keys[slot] != Empty && keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        if (keys[slot] == Empty)
        {
            keys[slot] = key;
            count++;
        }

        values[slot] += weight;
    }

    public IEnumerable<(long Key, float Value)> Entries()
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != Empty)
            {
                yield return (keys[i], values[i]);
            }
        }
    }

    private void Grow()
    {
        var (oldKeys, oldValues) = (keys, values);
        keys = Fill(new long[oldKeys.Length * 2]);
        values = new float[oldKeys.Length * 2];
        var mask = keys.Length - 1;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] != Empty)
            {
                var slot = Hash(oldKeys[i]) & mask;
                while (keys[slot] != Empty)
                {
                    slot = (slot + 1) & mask;
                }

                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int Hash(long key)
    {
        var h = (ulong)key * 0x9E3779B97F4A7C15UL;
        return (int)(h >> 33);
    }

    private static long[] Fill(long[] array)
    {
        Array.Fill(array, Empty);
        return array;
    }
}
