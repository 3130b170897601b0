namespace OpenTalent.Text.Titles;

/// <summary>
/// Finds the vocabulary terms nearest to a word the vocabulary lacks: a misspelling ("enginer",
/// "maintainance") by character-trigram Dice similarity, or a compound ("salesperson") split into two known terms.
/// </summary>
internal sealed class FuzzyTerms
{
    /// <summary>Dice similarity below which a near-miss is more likely another word than a typo.</summary>
    public const double MinSimilarity = 0.6;

    private const int MinWordLength = 4;

    private readonly string[] terms;
    private readonly SparseRows gramTerms;
    private readonly Dictionary<ulong, int> gramIds = [];
    private readonly int[] termGramCounts;

    [ThreadStatic]
    private static int[]? sharedCounts;

    public FuzzyTerms(string[] terms)
    {
        this.terms = terms;
        termGramCounts = new int[terms.Length];
        var rows = new List<(int Column, float Value)[]>(terms.Length);
        var grams = new List<ulong>(32);
        for (var t = 0; t < terms.Length; t++)
        {
            grams.Clear();
            CharGrams.Collect(terms[t], grams);
            var distinct = new HashSet<int>();
            foreach (var gram in grams)
            {
                if (!gramIds.TryGetValue(gram, out var id))
                {
                    id = gramIds.Count;
                    gramIds[gram] = id;
                }

                distinct.Add(id);
            }

            termGramCounts[t] = distinct.Count;
            rows.Add([.. distinct.Select(id => (id, 1f))]);
        }

        gramTerms = SparseRows.From(rows).Transpose(gramIds.Count);
    }

    /// <summary>The best near-miss of <paramref name="stem"/> and its similarity, or (-1, 0).</summary>
    public (int Term, double Similarity) Nearest(string stem)
    {
        if (stem.Length < MinWordLength || terms.Length == 0)
        {
            return (-1, 0);
        }

        var grams = new List<ulong>(stem.Length + 2);
        CharGrams.Collect(stem, grams);
        var counts = sharedCounts is { } c && c.Length >= terms.Length ? c : sharedCounts = new int[terms.Length];
        var touched = new List<int>(64);
        var distinct = new HashSet<ulong>(grams);
        foreach (var gram in distinct)
        {
            if (!gramIds.TryGetValue(gram, out var id))
            {
                continue;
            }

            for (var k = gramTerms.Starts[id]; k < gramTerms.Starts[id + 1]; k++)
            {
                var term = gramTerms.Columns[k];
                if (counts[term]++ == 0)
                {
                    touched.Add(term);
                }
            }
        }

        var best = -1;
        var bestScore = 0.0;
        foreach (var term in touched)
        {
            var score = 2.0 * counts[term] / (distinct.Count + termGramCounts[term]);
            counts[term] = 0;
            if (score > bestScore && Math.Abs(terms[term].Length - stem.Length) <= 3)
            {
                best = term;
                bestScore = score;
            }
        }

        return bestScore >= MinSimilarity ? (best, bestScore) : (-1, 0);
    }

    /// <summary>A compound written as one word ("salesperson", "housekeeper") split into two known terms, if there is one.</summary>
    public static (string First, string Second)? SplitCompound(string word, Func<string, bool> known)
    {
        if (word.Length < 2 * MinWordLength - 1)
        {
            return null;
        }

        // Prefer the split whose shorter half is longest: "salesperson" → sales + person, not sal + esperson.
        (string, string)? best = null;
        var bestShorter = 0;
        for (var cut = 3; cut <= word.Length - 3; cut++)
        {
            var first = Tokens.Terms.Stem(word[..cut]);
            var second = Tokens.Terms.Stem(word[cut..]);
            var shorter = Math.Min(cut, word.Length - cut);
            if (shorter > bestShorter && known(first) && known(second))
            {
                best = (first, second);
                bestShorter = shorter;
            }
        }

        return best;
    }
}
