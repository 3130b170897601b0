namespace OpenTalent.Text.Matching;

/// <summary>How <see cref="SkillSimilarityLearner"/> learns which skills are alike.</summary>
public sealed record SkillSimilarityOptions
{
    public SkillSimilarityOptions(int neighbours = 10, double minSimilarity = 0.35, int minSupport = 3, int dimensions = 100, int maxSetSize = 300, double supportShrinkage = 0, int seed = 17)
    {
        Neighbours = neighbours is >= 1 and <= 200
            ? neighbours
            : throw new ArgumentOutOfRangeException(nameof(neighbours), neighbours, "Neighbours per skill must be between 1 and 200.");
        MinSimilarity = minSimilarity is > 0 and < 1
            ? minSimilarity
            : throw new ArgumentOutOfRangeException(nameof(minSimilarity), minSimilarity, "The least similarity kept must be in (0, 1).");
        MinSupport = minSupport >= 2
            ? minSupport
            : throw new ArgumentOutOfRangeException(nameof(minSupport), minSupport, "A skill must occur in at least 2 sets to have neighbours.");
        Dimensions = dimensions is >= 2 and <= 1000
            ? dimensions
            : throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions, "Embedding dimensions must be between 2 and 1000.");
        MaxSetSize = maxSetSize >= 2
            ? maxSetSize
            : throw new ArgumentOutOfRangeException(nameof(maxSetSize), maxSetSize, "The largest set counted must hold at least 2 skills.");
        SupportShrinkage = supportShrinkage is >= 0 and <= 1000
            ? supportShrinkage
            : throw new ArgumentOutOfRangeException(nameof(supportShrinkage), supportShrinkage, "Support shrinkage must be between 0 and 1000.");
        Seed = seed;
    }

    public static SkillSimilarityOptions Default { get; } = new();

    /// <summary>At most this many related skills are kept per skill.</summary>
    public int Neighbours { get; }

    /// <summary>Cosine similarities below this are dropped.</summary>
    public double MinSimilarity { get; }

    /// <summary>A skill must occur in at least this many sets to have (or be) a neighbour.</summary>
    public int MinSupport { get; }

    /// <summary>Dimensions of the skill vectors (the rank of the truncated SVD of the PPMI matrix).</summary>
    public int Dimensions { get; }

    /// <summary>
    /// Larger sets are skipped for co-occurrence (they still count for support): a set of thousands of skills says
    /// little about any pair and costs its size squared.
    /// </summary>
    public int MaxSetSize { get; }

    /// <summary>
    /// A cosine is multiplied by n / (n + this), n the smaller support of the two skills: two skills seen in the same
    /// three sets have near-identical vectors, and that says less than the same closeness over a hundred sets. Off (0)
    /// by default: on the taxonomy alone the starter's skills (the canonical ids of most hot skills) have little support,
    /// and shrinking at 5 left PyTorch, patient care and wound care without neighbours. Worth turning on once many
    /// postings are stored.
    /// </summary>
    public double SupportShrinkage { get; }

    /// <summary>Seed of the random projection, so a learned similarity is reproducible.</summary>
    public int Seed { get; }
}
