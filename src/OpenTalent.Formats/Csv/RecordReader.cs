namespace OpenTalent.Formats.Csv;

/// <summary>
/// Reads a table one record at a time: a header row naming the columns, then data records.
/// Fields are exposed as spans over a buffer that the next <see cref="Read"/> reuses, so a caller
/// allocates a string only for the fields it keeps.
/// </summary>
public abstract class RecordReader : IDisposable
{
    private static readonly string[] NoHeader = [];
    private Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);

    protected RecordReader(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        FileName = fileName;
    }

    /// <summary>The name used in error messages: the file's name, without its folder.</summary>
    public string FileName { get; }

    /// <summary>Column names as the header row gives them, trimmed.</summary>
    public IReadOnlyList<string> Header { get; private set; } = NoHeader;

    /// <summary>How many fields the current record has.</summary>
    public abstract int FieldCount { get; }

    /// <summary>How many data records (not counting the header) have been read so far.</summary>
    public long RecordsRead { get; private set; }

    /// <summary>Where the current record is, for messages: "line 17" or "sheet 'x', row 17".</summary>
    public abstract string Location { get; }

    /// <summary>Advances to the next data record; false at the end of the table.</summary>
    public bool Read()
    {
        if (!ReadRecord())
        {
            return false;
        }

        RecordsRead++;
        return true;
    }

    /// <summary>The raw text of a field of the current record; empty for a column the record does not reach.</summary>
    public ReadOnlySpan<char> GetSpan(int column) =>
        (uint)column < (uint)FieldCount ? GetField(column) : [];

    /// <summary>The field with surrounding white space removed.</summary>
    public string GetString(int column) => GetSpan(column).Trim().ToString();

    /// <summary>The trimmed field, or null when it is empty.</summary>
    public string? GetOptionalString(int column)
    {
        var span = GetSpan(column).Trim();
        return span.IsEmpty ? null : span.ToString();
    }

    /// <summary>The index of the first of <paramref name="names"/> the header has (case-insensitive), or -1.</summary>
    public int FindColumn(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (_columns.TryGetValue(name, out var index))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Like <see cref="FindColumn"/>, but a missing column is an error naming the file and the column.</summary>
    public int RequireColumn(params ReadOnlySpan<string> names)
    {
        var index = FindColumn(names);
        return index >= 0
            ? index
            : throw new SourceDataException(FileName, null, $"the required column '{names[0]}' is missing (the header has: {string.Join(", ", Header)})");
    }

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>An error at the current record, or at one of its cells where the format can say which.</summary>
    public abstract SourceDataException Error(string detail, int? column = null, Exception? innerException = null);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Moves to the next data record, validating it; false at the end.</summary>
    protected abstract bool ReadRecord();

    protected abstract ReadOnlySpan<char> GetField(int column);

    /// <summary>Records the header row. Called once by the derived reader before any data record.</summary>
    protected void SetHeader(IReadOnlyList<string> names)
    {
        var columns = new Dictionary<string, int>(names.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            // The first of two equally named columns wins, as a person reading the header would expect.
            columns.TryAdd(names[i], i);
        }

        Header = names;
        _columns = columns;
    }
}
