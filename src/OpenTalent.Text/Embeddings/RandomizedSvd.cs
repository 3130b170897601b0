using System.Numerics.Tensors;

namespace OpenTalent.Text.Embeddings;

/// <summary>The leading singular values and left singular vectors of a matrix.</summary>
/// <param name="LeftVectors">Row-major Rows × Rank: the columns are the left singular vectors.</param>
public sealed record TruncatedSvd(int Rank, double[] SingularValues, float[] LeftVectors);

/// <summary>
/// Truncated SVD by random projection with power iterations (Halko, Martinsson and Tropp 2011): the
/// matrix is only touched through sparse products, and the small dense problem left at the end is
/// solved exactly with Jacobi rotations.
/// </summary>
public static class RandomizedSvd
{
    public static TruncatedSvd Compute(SparseMatrix matrix, int rank, int oversampling = 10, int powerIterations = 2, int seed = 17)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        var width = Math.Min(rank + oversampling, Math.Min(matrix.Rows, matrix.Columns));
        rank = Math.Min(rank, width);

        var random = new Random(seed);
        var omega = new float[matrix.Columns * width];
        for (var i = 0; i < omega.Length; i++)
        {
            omega[i] = Gaussian(random);
        }

        var q = Orthonormalize(matrix.Multiply(omega, width), matrix.Rows, width);
        for (var iteration = 0; iteration < powerIterations; iteration++)
        {
            var z = Orthonormalize(matrix.MultiplyTransposed(q, width), matrix.Columns, width);
            q = Orthonormalize(matrix.Multiply(z, width), matrix.Rows, width);
        }

        // B = Qᵀ A is width × Columns; stored transposed (Columns × width) as Aᵀ Q. B Bᵀ = (AᵀQ)ᵀ(AᵀQ).
        var bt = matrix.MultiplyTransposed(q, width);
        var gram = Gram(bt, matrix.Columns, width);
        var (values, vectors) = SymmetricEigen.Decompose(gram, width);

        var singular = new double[rank];
        for (var k = 0; k < rank; k++)
        {
            singular[k] = Math.Sqrt(Math.Max(0, values[k]));
        }

        // U = Q W, keeping the first rank columns of W.
        var left = new float[matrix.Rows * rank];
        var w = new float[width * rank];
        for (var i = 0; i < width; i++)
        {
            for (var k = 0; k < rank; k++)
            {
                w[(i * rank) + k] = (float)vectors[(i * width) + k];
            }
        }

        for (var row = 0; row < matrix.Rows; row++)
        {
            var target = left.AsSpan(row * rank, rank);
            for (var i = 0; i < width; i++)
            {
                var qi = q[(row * width) + i];
                if (qi != 0)
                {
                    TensorPrimitives.MultiplyAdd(w.AsSpan(i * rank, rank), qi, target, target);
                }
            }
        }

        return new TruncatedSvd(rank, singular, left);
    }

    /// <summary>Orthonormal columns spanning the columns of a row-major rows × width matrix (modified Gram-Schmidt, twice).</summary>
    internal static float[] Orthonormalize(float[] matrix, int rows, int width)
    {
        var columns = new float[width][];
        for (var k = 0; k < width; k++)
        {
            columns[k] = new float[rows];
            for (var i = 0; i < rows; i++)
            {
                columns[k][i] = matrix[(i * width) + k];
            }
        }

        for (var pass = 0; pass < 2; pass++)
        {
            for (var k = 0; k < width; k++)
            {
                var column = columns[k];
                for (var j = 0; j < k; j++)
                {
                    var projection = TensorPrimitives.Dot(column, columns[j]);
                    TensorPrimitives.MultiplyAdd(columns[j], -projection, column, column);
                }

                var norm = TensorPrimitives.Norm(column);
                if (norm > 1e-20f)
                {
                    TensorPrimitives.Divide(column, norm, column);
                }
                else
                {
                    Array.Clear(column);
                }
            }
        }

        var result = new float[rows * width];
        for (var k = 0; k < width; k++)
        {
            for (var i = 0; i < rows; i++)
            {
                result[(i * width) + k] = columns[k][i];
            }
        }

        return result;
    }

    private static double[] Gram(float[] matrix, int rows, int width)
    {
        var gram = new double[width * width];
        for (var i = 0; i < rows; i++)
        {
            var row = matrix.AsSpan(i * width, width);
            for (var a = 0; a < width; a++)
            {
                var ra = (double)row[a];
                if (ra == 0)
                {
                    continue;
                }

                for (var b = a; b < width; b++)
                {
                    gram[(a * width) + b] += ra * row[b];
                }
            }
        }

        for (var a = 0; a < width; a++)
        {
            for (var b = 0; b < a; b++)
            {
                gram[(a * width) + b] = gram[(b * width) + a];
            }
        }

        return gram;
    }

    private static float Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return (float)(Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }
}
