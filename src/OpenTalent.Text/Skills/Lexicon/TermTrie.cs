namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>
/// A trie over term ids: each label is a path of terms, and the node it ends on holds its entries.
/// The root's children sit in an array indexed by term id (every text token starts a walk there);
/// deeper edges sit in one dictionary keyed by (node, term).
/// </summary>
internal sealed class TermTrie
{
    private readonly int[] _rootChildren;
    private readonly Dictionary<long, int> _edges;
    private readonly int[] _entryStarts;
    private readonly LabelEntry[] _entries;

    private TermTrie(int[] rootChildren, Dictionary<long, int> edges, int[] entryStarts, LabelEntry[] entries)
    {
        _rootChildren = rootChildren;
        _edges = edges;
        _entryStarts = entryStarts;
        _entries = entries;
    }

    public const int None = -1;

    public int NodeCount => _entryStarts.Length - 1;

    public int EntryCount => _entries.Length;

    /// <summary>The node reached from <paramref name="node"/> (or the root when <see cref="None"/>) by a term.</summary>
    public int Next(int node, int term)
    {
        if (term < 0)
        {
            return None;
        }

        if (node == None)
        {
            return term < _rootChildren.Length ? _rootChildren[term] : None;
        }

        return _edges.TryGetValue(Key(node, term), out var child) ? child : None;
    }

    public ReadOnlySpan<LabelEntry> EntriesOf(int node) => _entries.AsSpan(_entryStarts[node], _entryStarts[node + 1] - _entryStarts[node]);

    private static long Key(int node, int term) => ((long)node << 32) | (uint)term;

    /// <summary>Collects labels and freezes them into a trie.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<int, int> _rootChildren = [];
        private readonly Dictionary<long, int> _edges = [];
        private readonly List<List<LabelEntry>?> _nodeEntries = [];

        public void Add(ReadOnlySpan<int> terms, LabelEntry entry)
        {
            var node = None;
            foreach (var term in terms)
            {
                node = node == None ? Child(_rootChildren, term) : Child(_edges, Key(node, term));
            }

            var list = _nodeEntries[node] ??= [];
            foreach (var existing in list)
            {
                if (existing.Skill == entry.Skill)
                {
                    // One skill per node: keep the strongest reading (a preferred label beats an alias).
                    if (existing.Confidence >= entry.Confidence)
                    {
                        return;
                    }

                    list.Remove(existing);
                    break;
                }
            }

            list.Add(entry);
        }

        public TermTrie Build(int termCount)
        {
            var rootChildren = new int[termCount];
            Array.Fill(rootChildren, None);
            foreach (var (term, child) in _rootChildren)
            {
                rootChildren[term] = child;
            }

            var starts = new int[_nodeEntries.Count + 1];
            var entries = new List<LabelEntry>();
            for (var node = 0; node < _nodeEntries.Count; node++)
            {
                starts[node] = entries.Count;
                if (_nodeEntries[node] is { } list)
                {
                    entries.AddRange(list);
                }
            }

            starts[^1] = entries.Count;
            return new TermTrie(rootChildren, new Dictionary<long, int>(_edges), starts, [.. entries]);
        }

        private int Child<TKey>(Dictionary<TKey, int> edges, TKey key)
            where TKey : notnull
        {
            if (!edges.TryGetValue(key, out var child))
            {
                child = _nodeEntries.Count;
                _nodeEntries.Add(null);
                edges.Add(key, child);
            }

            return child;
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_rootChildren.Length);
        foreach (var child in _rootChildren)
        {
            writer.Write(child);
        }

        writer.Write(_edges.Count);
        foreach (var (key, child) in _edges)
        {
            writer.Write(key);
            writer.Write(child);
        }

        writer.Write(_entryStarts.Length);
        foreach (var start in _entryStarts)
        {
            writer.Write(start);
        }

        writer.Write(_entries.Length);
        foreach (var entry in _entries)
        {
            writer.Write(entry.Skill);
            writer.Write((byte)entry.Traits);
            writer.Write(entry.Confidence);
        }
    }

    public static TermTrie Read(BinaryReader reader)
    {
        var rootChildren = new int[reader.ReadInt32()];
        for (var i = 0; i < rootChildren.Length; i++)
        {
            rootChildren[i] = reader.ReadInt32();
        }

        var edgeCount = reader.ReadInt32();
        var edges = new Dictionary<long, int>(edgeCount);
        for (var i = 0; i < edgeCount; i++)
        {
            var key = reader.ReadInt64();
            edges.Add(key, reader.ReadInt32());
        }

        var starts = new int[reader.ReadInt32()];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = reader.ReadInt32();
        }

        var entries = new LabelEntry[reader.ReadInt32()];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new LabelEntry(reader.ReadInt32(), (LabelTraits)reader.ReadByte(), reader.ReadSingle());
        }

        return new TermTrie(rootChildren, edges, starts, entries);
    }
}
