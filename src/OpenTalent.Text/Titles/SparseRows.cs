namespace OpenTalent.Text.Titles;

/// <summary>
/// Rows of (column, weight) pairs in compressed sparse row form: row r holds positions
/// [Starts[r], Starts[r + 1]) of <see cref="Columns"/> and <see cref="Values"/>. Columns are sorted within a row.
/// </summary>
internal sealed class SparseRows
{
    public SparseRows(int[] starts, int[] columns, float[] values)
    {
        Starts = starts;
        Columns = columns;
        Values = values;
    }

    public int[] Starts { get; }

    public int[] Columns { get; }

    public float[] Values { get; }

    public int RowCount => Starts.Length - 1;

    public static SparseRows From(List<(int Column, float Value)[]> rows)
    {
        var starts = new int[rows.Count + 1];
        for (var r = 0; r < rows.Count; r++)
        {
            starts[r + 1] = starts[r] + rows[r].Length;
        }

        var columns = new int[starts[^1]];
        var values = new float[starts[^1]];
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            Array.Sort(row, static (x, y) => x.Column.CompareTo(y.Column));
            for (var k = 0; k < row.Length; k++)
            {
                columns[starts[r] + k] = row[k].Column;
                values[starts[r] + k] = row[k].Value;
            }
        }

        return new SparseRows(starts, columns, values);
    }

    /// <summary>The same matrix by column: for each column, the rows that use it (postings).</summary>
    public SparseRows Transpose(int columnCount)
    {
        var starts = new int[columnCount + 1];
        foreach (var column in Columns)
        {
            starts[column + 1]++;
        }

        for (var c = 0; c < columnCount; c++)
        {
            starts[c + 1] += starts[c];
        }

        var next = (int[])starts.Clone();
        var rows = new int[Columns.Length];
        var values = new float[Columns.Length];
        for (var r = 0; r < RowCount; r++)
        {
            for (var k = Starts[r]; k < Starts[r + 1]; k++)
            {
                var at = next[Columns[k]]++;
                rows[at] = r;
                values[at] = Values[k];
            }
        }

        return new SparseRows(starts, rows, values);
    }

    /// <summary>The same rows keeping only the entries whose column passes <paramref name="keep"/>.</summary>
    public SparseRows Filter(Func<int, bool> keep)
    {
        var starts = new int[Starts.Length];
        var columns = new List<int>(Columns.Length);
        var values = new List<float>(Columns.Length);
        for (var r = 0; r < RowCount; r++)
        {
            for (var k = Starts[r]; k < Starts[r + 1]; k++)
            {
                if (keep(Columns[k]))
                {
                    columns.Add(Columns[k]);
                    values.Add(Values[k]);
                }
            }

            starts[r + 1] = columns.Count;
        }

        return new SparseRows(starts, [.. columns], [.. values]);
    }

    /// <summary>
    /// Reorders each row by weight, heaviest first (columns then no longer sorted): postings read this way
    /// meet the labels a term matters most to first, so a bounded walk keeps the best of them.
    /// </summary>
    public void SortRowsByValueDescending()
    {
        for (var r = 0; r < RowCount; r++)
        {
            var length = Starts[r + 1] - Starts[r];
            Values.AsSpan(Starts[r], length).Sort(Columns.AsSpan(Starts[r], length), static (x, y) => y.CompareTo(x));
        }
    }

    public void Write(BinaryWriter writer)
    {
        ModelIo.WriteInts(writer, Starts);
        ModelIo.WriteInts(writer, Columns);
        ModelIo.WriteFloats(writer, Values);
    }

    public static SparseRows Read(BinaryReader reader)
    {
        var starts = ModelIo.ReadInts(reader);
        var columns = ModelIo.ReadInts(reader);
        var values = ModelIo.ReadFloats(reader);
        if (starts.Length == 0 || starts[^1] != columns.Length || columns.Length != values.Length)
        {
            throw new InvalidDataException("Corrupt sparse matrix in the title model.");
        }

        return new SparseRows(starts, columns, values);
    }
}
