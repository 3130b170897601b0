namespace OpenTalent.Text.Evaluation;

/// <summary>Ranking metrics shared by the benchmarks: rank of the gold answer, recall at K, reciprocal rank, R-precision.</summary>
public static class RankingMetrics
{
    /// <summary>The 1-based position of the first relevant item within the top <paramref name="depth"/>, or 0 when there is none.</summary>
    public static int FirstRelevantRank<T>(IReadOnlyList<T> ranking, Func<T, bool> relevant, int depth = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(relevant);
        var n = Math.Min(depth, ranking.Count);
        for (var i = 0; i < n; i++)
        {
            if (relevant(ranking[i]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>1 / rank, or 0 for "not found" (rank 0).</summary>
    public static double ReciprocalRank(int rank) => rank > 0 ? 1.0 / rank : 0;

    /// <summary>Whether a found rank is within the top <paramref name="k"/>.</summary>
    public static bool Hit(int rank, int k) => rank > 0 && rank <= k;

    /// <summary>Gold items among the top <paramref name="k"/>, over min(k, gold count); 0 without gold.</summary>
    public static double RPrecisionAt<T>(IReadOnlyList<T> ranking, IReadOnlySet<T> gold, int k)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(gold);
        if (gold.Count == 0)
        {
            return 0;
        }

        var hits = 0;
        for (var i = 0; i < Math.Min(k, ranking.Count); i++)
        {
            hits += gold.Contains(ranking[i]) ? 1 : 0;
        }

        return (double)hits / Math.Min(k, gold.Count);
    }
}

/// <summary>Micro-averages of the gold answer's rank over many queries: R@K and MRR.</summary>
public sealed class RankAccumulator
{
    private readonly List<int> ranks = [];

    /// <summary>Adds one query's gold rank (1-based; 0 when the gold answer was not returned).</summary>
    public void Add(int rank) => ranks.Add(Math.Max(0, rank));

    public int Count => ranks.Count;

    public double RecallAt(int k)
    {
        var hits = 0;
        foreach (var rank in ranks)
        {
            hits += RankingMetrics.Hit(rank, k) ? 1 : 0;
        }

        return ranks.Count == 0 ? 0 : (double)hits / ranks.Count;
    }

    public double MeanReciprocalRank()
    {
        var sum = 0.0;
        foreach (var rank in ranks)
        {
            sum += RankingMetrics.ReciprocalRank(rank);
        }

        return ranks.Count == 0 ? 0 : sum / ranks.Count;
    }
}
