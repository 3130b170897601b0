namespace OpenTalent.Core.Matching;

/// <summary>Gives each distinct string a small int id (from 1; 0 means absent), so columns store ints.</summary>
internal sealed class Interner
{
    /// <summary>The id of a string the index has never seen: equal to no stored id.</summary>
    public const int Unseen = -1;

    private readonly Dictionary<string, int> _ids;
    private readonly List<string> _values = [string.Empty];

    public Interner(StringComparer comparer) => _ids = new Dictionary<string, int>(comparer);

    /// <summary>Ids in use are 1..Count.</summary>
    public int Count => _values.Count - 1;

    public int Intern(string? value)
    {
        if (value is null)
        {
            return 0;
        }

        if (!_ids.TryGetValue(value, out var id))
        {
            id = _values.Count;
            _ids[value] = id;
            _values.Add(value);
        }

        return id;
    }

    /// <summary>The id without adding: 0 for null, <see cref="Unseen"/> for a string never interned.</summary>
    public int Find(string? value) => value is null ? 0 : _ids.GetValueOrDefault(value, Unseen);

    public string Value(int id) => _values[id];
}
