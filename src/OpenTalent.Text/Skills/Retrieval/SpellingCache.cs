namespace OpenTalent.Text.Skills.Retrieval;

/// <summary>
/// Remembers, for one thread and one <see cref="TermTable"/>, which term each spelling of a word leads to, so a
/// word seen before costs one lookup instead of folding, stemming and two allocations. Bounded: it starts
/// afresh once it holds <see cref="Capacity"/> spellings, so odd input cannot grow it without limit.
/// </summary>
internal sealed class SpellingCache
{
    /// <summary>The answer for a word that carries no skill (stop word, or too long to be a term).</summary>
    public const int Skip = -2;

    private const int Capacity = 1 << 16;

    private readonly Dictionary<string, int> terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public SpellingCache(TermTable table)
    {
        Table = table;
        lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public TermTable Table { get; }

    /// <summary>The term id of <paramref name="word"/>, -1 for a content word the table lacks, or <see cref="Skip"/>.</summary>
    public int TermOf(ReadOnlySpan<char> word)
    {
        if (lookup.TryGetValue(word, out var term))
        {
            return term;
        }

        term = TextTerms.TermOf(word, Table);
        if (terms.Count >= Capacity)
        {
            terms.Clear();
        }

        lookup[word] = term;
        return term;
    }
}
