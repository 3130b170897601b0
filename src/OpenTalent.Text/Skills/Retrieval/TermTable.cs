namespace OpenTalent.Text.Skills.Retrieval;

/// <summary>Term strings (stems from <see cref="Tokens.Terms"/>) and their dense ids.</summary>
public sealed class TermTable
{
    private readonly List<string> terms = [];
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public TermTable() => lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => terms.Count;

    public string this[int id] => terms[id];

    /// <summary>The id of <paramref name="term"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> term) => lookup.TryGetValue(term, out var id) ? id : -1;

    public int GetOrAdd(string term)
    {
        if (!ids.TryGetValue(term, out var id))
        {
            id = terms.Count;
            terms.Add(term);
            ids.Add(term, id);
        }

        return id;
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(terms.Count);
        foreach (var term in terms)
        {
            writer.Write(term);
        }
    }

    public static TermTable Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var vocabulary = new TermTable();
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            vocabulary.GetOrAdd(reader.ReadString());
        }

        return vocabulary;
    }
}
