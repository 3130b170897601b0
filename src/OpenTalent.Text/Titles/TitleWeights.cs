namespace OpenTalent.Text.Titles;

/// <summary>
/// The few global weights of title matching. Chosen by reasoning about titles, then a handful of whole-set
/// settings compared on the JobBERT development split (aggregate scores only, never per item).
/// </summary>
internal static class TitleWeights
{
    /// <summary>
    /// Extra weight of the head noun ("engineer", "nurse"). Measured neutral-to-harmful above 1: the trigram
    /// share already rewards the head, and a boosted head lets a one-word label ("supervisor") beat the right one.
    /// </summary>
    public const float HeadBoost = 1f;

    /// <summary>Words in brackets or after a separator ("- Payments") qualify the title more than they name it.</summary>
    public const float QualifierWeight = 0.4f;

    /// <summary>Share of the character-trigram similarity in a label's score; the rest is the word similarity.</summary>
    public const float CharShare = 0.8f;

    /// <summary>
    /// Word similarity = (share of the query's weight matched) × (share of the label's weight matched)^this:
    /// a label's unmatched words cost less than the query's, since labels spell titles out in full.
    /// </summary>
    public const float LabelExponent = 0.25f;

    /// <summary>How much an occupation's other matching labels add to its best one (a soft maximum).</summary>
    public const float SupportShare = 0.3f;

    /// <summary>Share of the occupation prior (how many labels the taxonomies give it): a tie-breaker only.</summary>
    public const float PriorShare = 0.03f;

    /// <summary>Headroom kept above every partial match, so an exact label match (after cleaning) always ranks first.</summary>
    public const float ExactMargin = 0.05f;

    /// <summary>How many of the best labels by words are re-scored with character trigrams.</summary>
    public const int Candidates = 40;

    /// <summary>
    /// Labels in play per pass (a speed bound): the rarest query term opens at most this many, heaviest first
    /// (postings are sorted by weight); commoner terms after that only add to labels already found.
    /// </summary>
    public const int OpenLabels = 600;

    /// <summary>ESCO answers: candidate labels in the O*NET pass, which only needs its best few occupations.</summary>
    public const int BridgeCandidates = 15;

    /// <summary>ESCO answers: a direct match this good skips the O*NET bridge, which would mostly reorder the tail.</summary>
    public const float ConfidentScore = 0.85f;

    /// <summary>ESCO answers: share of the score that comes through the O*NET bridge.</summary>
    public const float BridgeShare = 0.2f;

    /// <summary>ESCO answers: how many of the best O*NET occupations pass their score over the bridge.</summary>
    public const int BridgeDepth = 10;

    /// <summary>
    /// A substitute head's share of the query head's weight, times √P(substitute | head): "marketing officer"
    /// answers "marketing executive" in part. Compared at 0.5 and 0.8 on the development split (no difference).
    /// </summary>
    public const float SubstituteShare = 0.5f;

    public static float WordWeight(TitleWord word) => (word.Main ? 1f : QualifierWeight) * (word.Head ? HeadBoost : 1f);
}
