namespace OpenTalent.Text.Titles;

/// <summary>
/// The few global weights of title matching. Set by reasoning about titles and checked once against the
/// JobBERT development split as a whole (never per item); see the benchmark notes.
/// </summary>
internal static class TitleWeights
{
    /// <summary>The head noun says what the job is ("engineer", "nurse"); its modifiers narrow it.</summary>
    public const float HeadBoost = 2.0f;

    /// <summary>Words in brackets or after a separator ("- Payments") qualify the title more than they name it.</summary>
    public const float QualifierWeight = 0.4f;

    /// <summary>Share of the character-trigram similarity in a label's score; the rest is the word similarity.</summary>
    public const float CharShare = 0.35f;

    /// <summary>Share of the occupation prior (how many labels the taxonomies give it): a tie-breaker only.</summary>
    public const float PriorShare = 0.03f;

    /// <summary>How many of the best labels by words are re-scored with character trigrams.</summary>
    public const int Candidates = 200;

    public static float WordWeight(TitleWord word) => (word.Main ? 1f : QualifierWeight) * (word.Head ? HeadBoost : 1f);
}
