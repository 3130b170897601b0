using OpenTalent.Core.Understanding;
using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Titles;

/// <summary>
/// Ranks occupations for an analysed title: word TF-IDF cosine against every label through the postings,
/// character-trigram cosine for the best candidates, the best label per occupation, a small prior.
/// Thread-safe: the per-call buffers are per thread.
/// </summary>
internal sealed class TitleScorer(TitleIndex index)
{
    private sealed class Buffers(int labels, int occupations)
    {
        public readonly float[] LabelScores = new float[labels];
        public readonly List<int> TouchedLabels = new(1024);
        public readonly float[] Selection = new float[labels];
        public readonly float[] OccupationScores = new float[occupations];
        public readonly List<int> TouchedOccupations = new(256);
    }

    [ThreadStatic]
    private static Buffers? buffers;

    public List<TitleMatch> Rank(List<TitleWord> words, byte scheme, int top)
    {
        var matches = new List<TitleMatch>();
        if (words.Count == 0 || top <= 0)
        {
            return matches;
        }

        var query = QueryVector(words);
        if (query.Count == 0)
        {
            return matches;
        }

        var b = BuffersFor(index);
        try
        {
            AccumulateWords(query, scheme, b);
            if (b.TouchedLabels.Count == 0)
            {
                return matches;
            }

            var grams = QueryGrams(words);
            var threshold = Threshold(b, TitleWeights.Candidates);
            foreach (var label in b.TouchedLabels)
            {
                var wordScore = b.LabelScores[label];
                if (wordScore < threshold)
                {
                    continue;
                }

                var score = ((1 - TitleWeights.CharShare) * wordScore) + (TitleWeights.CharShare * GramCosine(grams, label));
                var occupation = index.LabelOccupations[label];
                if (b.OccupationScores[occupation] == 0)
                {
                    b.TouchedOccupations.Add(occupation);
                }

                b.OccupationScores[occupation] = Math.Max(b.OccupationScores[occupation], score);
            }

            foreach (var occupation in b.TouchedOccupations)
            {
                var score = ((1 - TitleWeights.PriorShare) * b.OccupationScores[occupation]) + (TitleWeights.PriorShare * index.OccupationPriors[occupation]);
                matches.Add(new TitleMatch(index.OccupationCodes[occupation], index.OccupationLabels[occupation], Math.Clamp(Math.Round(score, 4), 0, 1)));
            }

            matches.Sort(static (x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(x.Code, y.Code));
            if (matches.Count > top)
            {
                matches.RemoveRange(top, matches.Count - top);
            }

            return matches;
        }
        finally
        {
            Reset(b);
        }
    }

    private static Buffers BuffersFor(TitleIndex index)
    {
        var b = buffers;
        if (b is null || b.LabelScores.Length < index.LabelCount || b.OccupationScores.Length < index.OccupationCodes.Length)
        {
            b = buffers = new Buffers(index.LabelCount, index.OccupationCodes.Length);
        }

        return b;
    }

    private static void Reset(Buffers b)
    {
        foreach (var label in b.TouchedLabels)
        {
            b.LabelScores[label] = 0;
        }

        foreach (var occupation in b.TouchedOccupations)
        {
            b.OccupationScores[occupation] = 0;
        }

        b.TouchedLabels.Clear();
        b.TouchedOccupations.Clear();
    }

    // Unit-length TF-IDF vector of the query's known terms; unknown words map to a near-miss or a compound's parts.
    private List<(int Term, float Weight)> QueryVector(List<TitleWord> words)
    {
        var vector = new List<(int Term, float Weight)>(words.Count + 2);
        foreach (var word in words)
        {
            var weight = TitleWeights.WordWeight(word);
            var stem = Terms.Stem(word.Word);
            if (index.TermIds.TryGetValue(stem, out var term))
            {
                Add(vector, term, weight * index.TermIdf[term]);
            }
            else if (FuzzyTerms.SplitCompound(word.Word, index.TermIds.ContainsKey) is var (first, second))
            {
                Add(vector, index.TermIds[first], weight * index.TermIdf[index.TermIds[first]]);
                Add(vector, index.TermIds[second], weight * index.TermIdf[index.TermIds[second]]);
            }
            else if (index.Fuzzy.Nearest(stem) is (>= 0 and var near, var similarity))
            {
                Add(vector, near, (float)(weight * index.TermIdf[near] * similarity));
            }
        }

        var norm = 0.0;
        foreach (var (_, w) in vector)
        {
            norm += w * w;
        }

        norm = Math.Sqrt(norm);
        for (var i = 0; i < vector.Count; i++)
        {
            vector[i] = (vector[i].Term, (float)(vector[i].Weight / norm));
        }

        return vector;
    }

    private static void Add(List<(int Term, float Weight)> vector, int term, float weight)
    {
        for (var i = 0; i < vector.Count; i++)
        {
            if (vector[i].Term == term)
            {
                vector[i] = (term, vector[i].Weight + weight);
                return;
            }
        }

        vector.Add((term, weight));
    }

    private void AccumulateWords(List<(int Term, float Weight)> query, byte scheme, Buffers b)
    {
        var postings = index.TermPostings;
        var schemes = index.LabelSchemes;
        foreach (var (term, weight) in query)
        {
            for (var k = postings.Starts[term]; k < postings.Starts[term + 1]; k++)
            {
                var label = postings.Columns[k];
                if ((schemes[label] & scheme) == 0)
                {
                    continue;
                }

                if (b.LabelScores[label] == 0)
                {
                    b.TouchedLabels.Add(label);
                }

                b.LabelScores[label] += weight * postings.Values[k];
            }
        }
    }

    // Sorted (gram id, weight) of the query's main phrase; grams no label has still count in the norm.
    private (int Gram, float Weight)[] QueryGrams(List<TitleWord> words)
    {
        var phrase = CharGrams.PhraseOf(words);
        var raw = new List<ulong>(phrase.Length + 2);
        CharGrams.Collect(phrase, raw);
        raw.Sort();
        var grams = new List<(int Gram, float Weight)>(raw.Count);
        var norm = 0.0;
        for (var i = 0; i < raw.Count;)
        {
            var j = i;
            while (j < raw.Count && raw[j] == raw[i])
            {
                j++;
            }

            var known = index.GramIds.TryGetValue(raw[i], out var id);
            var weight = (j - i) * (known ? index.GramIdf[id] : (float)Math.Log(1.0 + index.LabelCount));
            norm += weight * weight;
            if (known)
            {
                grams.Add((id, weight));
            }

            i = j;
        }

        var result = grams.ToArray();
        Array.Sort(result, static (x, y) => x.Gram.CompareTo(y.Gram));
        for (var i = 0; i < result.Length; i++)
        {
            result[i].Weight = (float)(result[i].Weight / Math.Sqrt(norm));
        }

        return result;
    }

    private float GramCosine((int Gram, float Weight)[] query, int label)
    {
        var rows = index.LabelGrams;
        var k = rows.Starts[label];
        var end = rows.Starts[label + 1];
        var sum = 0f;
        var q = 0;
        while (q < query.Length && k < end)
        {
            var a = query[q].Gram;
            var c = rows.Columns[k];
            if (a == c)
            {
                sum += query[q].Weight * rows.Values[k];
                q++;
                k++;
            }
            else if (a < c)
            {
                q++;
            }
            else
            {
                k++;
            }
        }

        return sum;
    }

    // The word score of the k-th best label, so only the best k are re-scored with trigrams.
    private static float Threshold(Buffers b, int k)
    {
        var count = b.TouchedLabels.Count;
        if (count <= k)
        {
            return float.MinValue;
        }

        var values = b.Selection.AsSpan(0, count);
        for (var i = 0; i < count; i++)
        {
            values[i] = b.LabelScores[b.TouchedLabels[i]];
        }

        return Selection.KthLargest(values, k);
    }
}
