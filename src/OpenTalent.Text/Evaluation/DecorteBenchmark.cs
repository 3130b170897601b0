using System.Text;

namespace OpenTalent.Text.Evaluation;

/// <summary>Skill-linking quality on a Decorte et al. split: means over sentences with at least one gold skill.</summary>
/// <param name="UnresolvedGoldLabels">Gold labels that name no skill of ours; they count as misses.</param>
public sealed record DecorteReport(int Sentences, double RPrecisionAt5, double RPrecisionAt10, double Mrr, IReadOnlyList<string> UnresolvedGoldLabels);

/// <summary>
/// The skill-extraction benchmark of Decorte et al. (2022; arXiv:2307.10778): job-ad sentences, each with the
/// ESCO skills its spans express. We rank skills for the whole sentence and score R-Precision@5, @10 and MRR.
/// </summary>
public static class DecorteBenchmark
{
    private const int MrrDepth = 100;
    private static readonly string[] NotSkills = ["UNDERSPECIFIED", "LABEL NOT PRESENT"];

    /// <param name="rankSkillIndexes">Our ranking of skill indexes for a sentence, best first.</param>
    /// <param name="resolveLabel">The skill indexes a gold label names (empty when none); several mean any of them counts.</param>
    public static DecorteReport Run(string csvPath, Func<string, IReadOnlyList<int>> rankSkillIndexes, Func<string, IReadOnlyList<int>> resolveLabel)
    {
        ArgumentNullException.ThrowIfNull(rankSkillIndexes);
        ArgumentNullException.ThrowIfNull(resolveLabel);
        var sentences = ReadGold(csvPath);
        var unresolved = new SortedSet<string>(StringComparer.Ordinal);
        double sum5 = 0, sum10 = 0, sumMrr = 0;
        foreach (var (sentence, labels) in sentences)
        {
            var gold = new List<IReadOnlyList<int>>();
            foreach (var label in labels)
            {
                var skills = resolveLabel(label);
                gold.Add(skills);
                if (skills.Count == 0)
                {
                    unresolved.Add(label);
                }
            }

            var ranking = rankSkillIndexes(sentence);
            sum5 += RPrecision(ranking, gold, 5);
            sum10 += RPrecision(ranking, gold, 10);
            sumMrr += ReciprocalRank(ranking, gold, MrrDepth);
        }

        var n = Math.Max(1, sentences.Count);
        return new DecorteReport(sentences.Count, sum5 / n, sum10 / n, sumMrr / n, unresolved.ToArray());
    }

    /// <summary>The sentences with their distinct gold labels, in file order; sentences without one are left out.</summary>
    public static IReadOnlyList<(string Sentence, IReadOnlyList<string> Labels)> ReadGold(string csvPath)
    {
        var order = new List<string>();
        var labels = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var header = true;
        foreach (var (row, line) in CsvRows.Read(csvPath))
        {
            if (header)
            {
                header = false;
                if (row.Count < 4 || !row[0].Equals("sentence", StringComparison.OrdinalIgnoreCase) || !row[3].Equals("label", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidDataException($"{csvPath}, line {line}: expected the header sentence,span,sub_span,label.");
                }

                continue;
            }

            if (row.Count != 4)
            {
                throw new InvalidDataException($"{csvPath}, line {line}: expected 4 fields, found {row.Count}.");
            }

            var (sentence, label) = (row[0], row[3].Trim());
            if (!labels.TryGetValue(sentence, out var list))
            {
                labels[sentence] = list = [];
                order.Add(sentence);
            }

            if (label.Length > 0 && !NotSkills.Contains(label, StringComparer.Ordinal) && !list.Contains(label, StringComparer.Ordinal))
            {
                list.Add(label);
            }
        }

        return order.Where(s => labels[s].Count > 0).Select(s => (s, (IReadOnlyList<string>)labels[s])).ToArray();
    }

    /// <summary>Gold items among the top <paramref name="k"/>, over min(k, gold count).</summary>
    public static double RPrecision(IReadOnlyList<int> ranking, IReadOnlyList<IReadOnlyList<int>> gold, int k)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(gold);
        if (gold.Count == 0)
        {
            return 0;
        }

        var top = ranking.Take(k).ToHashSet();
        var hits = gold.Count(g => g.Any(top.Contains));
        return (double)hits / Math.Min(k, gold.Count);
    }

    /// <summary>1 / rank of the first gold item within the top <paramref name="depth"/>, else 0.</summary>
    public static double ReciprocalRank(IReadOnlyList<int> ranking, IReadOnlyList<IReadOnlyList<int>> gold, int depth)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(gold);
        for (var i = 0; i < Math.Min(depth, ranking.Count); i++)
        {
            foreach (var g in gold)
            {
                if (g.Contains(ranking[i]))
                {
                    return 1.0 / (i + 1);
                }
            }
        }

        return 0;
    }
}
