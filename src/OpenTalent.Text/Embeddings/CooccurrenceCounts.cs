namespace OpenTalent.Text.Embeddings;

/// <summary>
/// Symmetric word co-occurrence counts over a vocabulary, turned into a positive pointwise mutual
/// information matrix (with the context distribution smoothed to the power 0.75, Levy et al. 2015).
/// </summary>
public sealed class CooccurrenceCounts(int vocabularySize)
{
    private readonly PairTable pairs = new();
    private readonly double[] marginals = new double[vocabularySize];

    public int VocabularySize { get; } = vocabularySize;

    /// <summary>Counts every pair of terms at most <paramref name="window"/> positions apart (negative ids are skipped).</summary>
    public void AddSequence(ReadOnlySpan<int> terms, int window, float weight = 1f)
    {
        for (var i = 0; i < terms.Length; i++)
        {
            if (terms[i] < 0)
            {
                continue;
            }

            var end = Math.Min(terms.Length, i + window + 1);
            for (var j = i + 1; j < end; j++)
            {
                if (terms[j] >= 0 && terms[j] != terms[i])
                {
                    Add(terms[i], terms[j], weight);
                }
            }
        }
    }

    public void Add(int a, int b, float weight)
    {
        pairs.Add(((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b), weight);
        marginals[a] += weight;
        marginals[b] += weight;
    }

    /// <summary>The PPMI matrix, symmetric, with at most <paramref name="maxPerRow"/> strongest entries kept per row.</summary>
    public SparseMatrix ToPpmi(int maxPerRow = 400, double contextSmoothing = 0.75)
    {
        var smoothedTotal = 0.0;
        for (var i = 0; i < marginals.Length; i++)
        {
            smoothedTotal += Math.Pow(marginals[i], contextSmoothing);
        }

        var rows = new List<(int Column, float Value)>[VocabularySize];
        foreach (var (key, count) in pairs.Entries())
        {
            var a = (int)(key >> 32);
            var b = (int)(key & 0xFFFFFFFF);
            AddEntry(rows, a, b, Pmi(count, a, b));
            AddEntry(rows, b, a, Pmi(count, b, a));
        }

        var starts = new int[VocabularySize + 1];
        var columns = new List<int>();
        var values = new List<float>();
        for (var i = 0; i < VocabularySize; i++)
        {
            if (rows[i] is { } row)
            {
                row.Sort((x, y) => y.Value.CompareTo(x.Value));
                if (row.Count > maxPerRow)
                {
                    row.RemoveRange(maxPerRow, row.Count - maxPerRow);
                }

                row.Sort((x, y) => x.Column.CompareTo(y.Column));
                foreach (var (column, value) in row)
                {
                    columns.Add(column);
                    values.Add(value);
                }
            }

            starts[i + 1] = columns.Count;
        }

        return new SparseMatrix(VocabularySize, VocabularySize, starts, columns.ToArray(), values.ToArray());

        float Pmi(float count, int word, int context) =>
            (float)Math.Log(count * smoothedTotal / (marginals[word] * Math.Pow(marginals[context], contextSmoothing)));
    }

    private static void AddEntry(List<(int Column, float Value)>[] rows, int row, int column, float value)
    {
        if (value > 0)
        {
            (rows[row] ??= []).Add((column, value));
        }
    }
}
