using System.Collections.Frozen;

namespace OpenTalent.Text.Search;

/// <summary>
/// Suggests a known word for a misspelt one ("kubernets" → "kubernetes", "pyhton" → "python"): at most one edit
/// (insertion, deletion, substitution or swap of neighbours) for words of 4 to 7 letters, two from 8 letters on.
/// Among equally close words the most frequent wins. Lookups at distance one go through an index of single-letter
/// deletions (no scan); distance two scans only the words of similar length that start with the same letter.
/// </summary>
public sealed class SpellingCorrector
{
    private const int MinLength = 4;
    private const int TwoEditsFrom = 8;

    private readonly FrozenDictionary<string, int> frequency;
    private readonly FrozenDictionary<string, string[]> byDeletion;
    private readonly Dictionary<(char First, int Length), string[]> byFirstAndLength;

    public SpellingCorrector(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (word.Length >= MinLength - 1)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        frequency = counts.ToFrozenDictionary(StringComparer.Ordinal);
        var deletions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var lengths = new Dictionary<(char, int), List<string>>();
        foreach (var word in counts.Keys)
        {
            for (var i = 0; i < word.Length; i++)
            {
                var deleted = string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
                if (!deletions.TryGetValue(deleted, out var list))
                {
                    deletions[deleted] = list = new List<string>(1);
                }

                if (!list.Contains(word))
                {
                    list.Add(word);
                }
            }

            if (!lengths.TryGetValue((word[0], word.Length), out var sameShape))
            {
                lengths[(word[0], word.Length)] = sameShape = [];
            }

            sameShape.Add(word);
        }

        byDeletion = deletions.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        byFirstAndLength = lengths.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>The number of distinct words known.</summary>
    public int Count => frequency.Count;

    public bool IsKnown(string word) => frequency.ContainsKey(word);

    /// <summary>The closest known word to <paramref name="word"/>, or null when it is known, too short, or nothing is close.</summary>
    public string? Suggest(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinLength || frequency.ContainsKey(word) || word.Any(char.IsAsciiDigit))
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        void Consider(string candidate)
        {
            var distance = Distance(word, candidate, 2);
            var count = frequency[candidate];
            if (distance <= MaxEdits(word) && (distance < bestDistance || (distance == bestDistance && (count > bestFrequency || (count == bestFrequency && string.CompareOrdinal(candidate, best) < 0)))))
            {
                (best, bestDistance, bestFrequency) = (candidate, distance, count);
            }
        }

        // Deleting a letter from a known word gives the query (an extra letter was left out), or both lose one letter.
        if (byDeletion.TryGetValue(word, out var longer))
        {
            Array.ForEach(longer, Consider);
        }

        for (var i = 0; i < word.Length; i++)
        {
            var deleted = string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
            if (frequency.ContainsKey(deleted))
            {
                Consider(deleted);
            }

            if (byDeletion.TryGetValue(deleted, out var siblings))
            {
                Array.ForEach(siblings, Consider);
            }
        }

        // Two edits: only words of the same first letter are scanned (people rarely mistype the first letter).
        if (bestDistance > 1 && MaxEdits(word) >= 2)
        {
            for (var length = word.Length - 2; length <= word.Length + 2; length++)
            {
                if (byFirstAndLength.TryGetValue((word[0], length), out var candidates))
                {
                    Array.ForEach(candidates, Consider);
                }
            }
        }

        return best;
    }

    private static int MaxEdits(string word) => word.Length >= TwoEditsFrom ? 2 : 1;

    /// <summary>Optimal string alignment distance (a swap of neighbours is one edit), or <paramref name="limit"/> + 1 when over it.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
