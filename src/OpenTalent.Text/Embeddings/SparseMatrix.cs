using System.Numerics.Tensors;

namespace OpenTalent.Text.Embeddings;

/// <summary>A sparse matrix in compressed-row form, enough for the products a randomized SVD needs.</summary>
public sealed class SparseMatrix
{
    private readonly int[] rowStarts;
    private readonly int[] columns;
    private readonly float[] values;

    /// <param name="rowStarts">Rows + 1 offsets into <paramref name="columns"/> and <paramref name="values"/>.</param>
    public SparseMatrix(int rows, int columnCount, int[] rowStarts, int[] columns, float[] values)
    {
        ArgumentNullException.ThrowIfNull(rowStarts);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(values);
        if (rowStarts.Length != rows + 1 || columns.Length != values.Length || rowStarts[^1] != values.Length)
        {
            throw new ArgumentException("Row offsets, columns and values do not agree.", nameof(rowStarts));
        }

        Rows = rows;
        Columns = columnCount;
        this.rowStarts = rowStarts;
        this.columns = columns;
        this.values = values;
    }

    public int Rows { get; }

    public int Columns { get; }

    public int NonZeros => values.Length;

    /// <summary>A sparse matrix from a dense row-major array (small matrices, tests).</summary>
    public static SparseMatrix FromDense(float[,] dense)
    {
        ArgumentNullException.ThrowIfNull(dense);
        var rows = dense.GetLength(0);
        var cols = dense.GetLength(1);
        var starts = new int[rows + 1];
        var columnList = new List<int>();
        var valueList = new List<float>();
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                if (dense[i, j] != 0)
                {
                    columnList.Add(j);
                    valueList.Add(dense[i, j]);
                }
            }

            starts[i + 1] = valueList.Count;
        }

        return new SparseMatrix(rows, cols, starts, columnList.ToArray(), valueList.ToArray());
    }

    /// <summary>this × x, where x is a row-major Columns × width matrix; the result is Rows × width.</summary>
    public float[] Multiply(float[] x, int width)
    {
        ArgumentNullException.ThrowIfNull(x);
        var result = new float[Rows * width];
        Parallel.For(0, Rows, i =>
        {
            var target = result.AsSpan(i * width, width);
            for (var p = rowStarts[i]; p < rowStarts[i + 1]; p++)
            {
                TensorPrimitives.MultiplyAdd(x.AsSpan(columns[p] * width, width), values[p], target, target);
            }
        });
        return result;
    }

    /// <summary>thisᵀ × x, where x is a row-major Rows × width matrix; the result is Columns × width.</summary>
    public float[] MultiplyTransposed(float[] x, int width)
    {
        ArgumentNullException.ThrowIfNull(x);
        var result = new float[Columns * width];
        for (var i = 0; i < Rows; i++)
        {
            var source = x.AsSpan(i * width, width);
            for (var p = rowStarts[i]; p < rowStarts[i + 1]; p++)
            {
                var target = result.AsSpan(columns[p] * width, width);
                TensorPrimitives.MultiplyAdd(source, values[p], target, target);
            }
        }

        return result;
    }
}
