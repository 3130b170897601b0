using System.Numerics.Tensors;

namespace OpenTalent.Text.Embeddings;

/// <summary>
/// Dense unit-length vectors, one per term id of a vocabulary kept elsewhere, learned from co-occurrence:
/// PPMI followed by a truncated SVD, rows U·Σ^½ normalised. A term never seen in context has a zero vector.
/// </summary>
public sealed class WordVectors
{
    private readonly float[] vectors;

    public WordVectors(int count, int dimensions, float[] vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Length != count * dimensions)
        {
            throw new ArgumentException("The vector array does not match count × dimensions.", nameof(vectors));
        }

        Count = count;
        Dimensions = dimensions;
        this.vectors = vectors;
    }

    public int Count { get; }

    public int Dimensions { get; }

    public ReadOnlySpan<float> this[int term] => vectors.AsSpan(term * Dimensions, Dimensions);

    /// <summary>Learns vectors of <paramref name="dimensions"/> from the counts.</summary>
    public static WordVectors Learn(CooccurrenceCounts counts, int dimensions, int seed = 17)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var ppmi = counts.ToPpmi();
        var svd = RandomizedSvd.Compute(ppmi, dimensions, seed: seed);
        var rank = svd.Rank;
        var result = new float[counts.VocabularySize * rank];
        var scale = new float[rank];
        for (var k = 0; k < rank; k++)
        {
            scale[k] = (float)Math.Sqrt(svd.SingularValues[k]);
        }

        for (var i = 0; i < counts.VocabularySize; i++)
        {
            var row = result.AsSpan(i * rank, rank);
            TensorPrimitives.Multiply(svd.LeftVectors.AsSpan(i * rank, rank), scale, row);
            var norm = TensorPrimitives.Norm(row);
            if (norm > 0)
            {
                TensorPrimitives.Divide(row, norm, row);
            }
        }

        // Stored as half precision; rounding here makes a loaded model score exactly like the built one.
        var halves = new Half[result.Length];
        TensorPrimitives.ConvertToHalf(result, halves);
        TensorPrimitives.ConvertToSingle(halves, result);
        return new WordVectors(counts.VocabularySize, rank, result);
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Count);
        writer.Write(Dimensions);
        var halves = new Half[vectors.Length];
        TensorPrimitives.ConvertToHalf(vectors, halves);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(halves.AsSpan()));
    }

    public static WordVectors Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        var bytes = reader.ReadBytes(count * dimensions * 2);
        var halves = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(bytes);
        var values = new float[count * dimensions];
        TensorPrimitives.ConvertToSingle(halves, values);
        return new WordVectors(count, dimensions, values);
    }
}
