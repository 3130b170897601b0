using System.Text;
using OpenTalent.Core.Understanding;
using OpenTalent.Text.Titles;

namespace OpenTalent.Text.Evaluation;

/// <summary>One title of the benchmark: our rank of the gold occupation (0 when not in our list) and our best guess.</summary>
public sealed record TitleBenchmarkItem(string Title, string GoldCode, int Rank, string? TopCode, string? TopLabel);

/// <summary>Micro-averaged quality over all titles; <see cref="Items"/> only when asked for.</summary>
public sealed record TitleBenchmarkReport(int Titles, double RecallAt5, double RecallAt10, double Mrr, IReadOnlyList<TitleBenchmarkItem>? Items);

/// <summary>
/// The JobBERT title benchmark (Decorte et al. 2021): vacancy titles, each with its ESCO occupation URI
/// (columns index, vacancyTitle, conceptUri). We rank ESCO occupations per title and score R@5, R@10 and
/// MRR, where the gold occupation's rank counts up to <see cref="MrrDepth"/> and beyond that as a miss.
/// </summary>
public static class TitleBenchmark
{
    public const int MrrDepth = 100;

    /// <summary>Scores <paramref name="normalizer"/> in the ESCO scheme.</summary>
    public static TitleBenchmarkReport Run(string csvPath, TitleNormalizer normalizer, bool keepItems = false)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        return Run(csvPath, title => normalizer.Rank(title, TaxonomyScheme.Esco, MrrDepth), keepItems);
    }

    /// <param name="rank">Our ESCO occupations for a title, best first; codes are concept URIs. Called from several threads.</param>
    public static TitleBenchmarkReport Run(string csvPath, Func<string, IReadOnlyList<TitleMatch>> rank, bool keepItems = false)
    {
        ArgumentNullException.ThrowIfNull(rank);
        var gold = ReadGold(csvPath);
        var items = new TitleBenchmarkItem[gold.Count];
        Parallel.For(0, gold.Count, i =>
        {
            var (title, code) = gold[i];
            var ranking = rank(title);
            var position = RankingMetrics.FirstRelevantRank(ranking, m => string.Equals(m.Code, code, StringComparison.Ordinal), MrrDepth);
            items[i] = new TitleBenchmarkItem(title, code, position, ranking.Count > 0 ? ranking[0].Code : null, ranking.Count > 0 ? ranking[0].Label : null);
        });

        var ranks = new RankAccumulator();
        foreach (var item in items)
        {
            ranks.Add(item.Rank);
        }

        return new TitleBenchmarkReport(items.Length, ranks.RecallAt(5), ranks.RecallAt(10), ranks.MeanReciprocalRank(), keepItems ? items : null);
    }

    /// <summary>The (title, concept URI) pairs in file order. A malformed line stops with the file and line.</summary>
    public static IReadOnlyList<(string Title, string ConceptUri)> ReadGold(string csvPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(csvPath);
        var pairs = new List<(string, string)>();
        int titleColumn = -1, uriColumn = -1, width = 0;
        foreach (var (row, line) in CsvRows.Read(csvPath))
        {
            if (titleColumn < 0)
            {
                titleColumn = row.FindIndex(h => h.Trim().Equals("vacancyTitle", StringComparison.OrdinalIgnoreCase));
                uriColumn = row.FindIndex(h => h.Trim().Equals("conceptUri", StringComparison.OrdinalIgnoreCase));
                width = row.Count;
                if (titleColumn < 0 || uriColumn < 0)
                {
                    throw new InvalidDataException($"{csvPath}, line {line}: expected a header with vacancyTitle and conceptUri.");
                }

                continue;
            }

            if (row.Count != width)
            {
                throw new InvalidDataException($"{csvPath}, line {line}: expected {width} fields, found {row.Count}.");
            }

            var uri = row[uriColumn].Trim();
            if (uri.Length == 0)
            {
                throw new InvalidDataException($"{csvPath}, line {line}: the conceptUri is empty.");
            }

            pairs.Add((row[titleColumn], uri));
        }

        if (titleColumn < 0)
        {
            throw new InvalidDataException($"{csvPath}: the file is empty.");
        }

        return pairs;
    }
}
