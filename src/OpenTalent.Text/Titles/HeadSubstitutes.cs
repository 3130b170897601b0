using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Titles;

/// <summary>
/// Learns which head nouns stand in for each other, from the taxonomies' own titles: two titles of one
/// occupation that differ only in their head ("HR officer" / "HR representative", "payroll clerk" /
/// "payroll assistant") are evidence that the heads are interchangeable. A head's substitutes are the heads
/// it is swapped for most often, weighted by the share of its swaps (an estimate of P(h' | h)).
/// </summary>
internal static class HeadSubstitutes
{
    /// <summary>Substitutes kept per head.</summary>
    public const int PerHead = 8;

    /// <summary>Swaps below this share of a head's swaps are noise.</summary>
    public const float MinShare = 0.05f;

    /// <summary>A head needs this many swaps before its substitutes are trusted.</summary>
    public const int MinSwaps = 3;

    /// <param name="labels">Per label: its occupation, the stemmed words other than the head (sorted), and its stemmed head term id.</param>
    public static SparseRows Build(IReadOnlyList<(int Occupation, string Modifiers, int Head)> labels, int termCount)
    {
        var groups = new Dictionary<(int, string), HashSet<int>>();
        foreach (var (occupation, modifiers, head) in labels)
        {
            if (head < 0 || modifiers.Length == 0)
            {
                continue;
            }

            if (!groups.TryGetValue((occupation, modifiers), out var heads))
            {
                groups[(occupation, modifiers)] = heads = [];
            }

            heads.Add(head);
        }

        var swaps = new Dictionary<int, Dictionary<int, int>>();
        var totals = new Dictionary<int, int>();
        foreach (var heads in groups.Values)
        {
            if (heads.Count < 2)
            {
                continue;
            }

            foreach (var head in heads)
            {
                totals[head] = totals.GetValueOrDefault(head) + 1;
                var row = swaps.TryGetValue(head, out var r) ? r : swaps[head] = [];
                foreach (var other in heads)
                {
                    if (other != head)
                    {
                        row[other] = row.GetValueOrDefault(other) + 1;
                    }
                }
            }
        }

        var rows = new List<(int Column, float Value)[]>(termCount);
        for (var term = 0; term < termCount; term++)
        {
            if (!swaps.TryGetValue(term, out var row) || totals[term] < MinSwaps)
            {
                rows.Add([]);
                continue;
            }

            var total = (float)totals[term];
            rows.Add([.. row
                .Select(kv => (kv.Key, kv.Value / total))
                .Where(kv => kv.Item2 >= MinShare)
                .OrderByDescending(kv => kv.Item2)
                .ThenBy(kv => kv.Key)
                .Take(PerHead)]);
        }

        return SparseRows.From(rows);
    }

    /// <summary>The (modifiers, head) key of an analysed label: main-part stems other than the head, sorted, and the head's stem.</summary>
    public static (string Modifiers, string? Head) KeyOf(List<TitleWord> words)
    {
        string? head = null;
        var modifiers = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (!word.Main)
            {
                continue;
            }

            if (word.Head)
            {
                head = Terms.Stem(word.Word);
            }
            else
            {
                modifiers.Add(Terms.Stem(word.Word));
            }
        }

        modifiers.Sort(StringComparer.Ordinal);
        return (string.Join(' ', modifiers), head);
    }
}
