using System.Collections.Frozen;

namespace OpenTalent.Text.Skills.Retrieval;

/// <summary>
/// Words that carry no skill: English function words, and the filler of job ads ("experience",
/// "strong", "ability") that would otherwise match the rare skill labels that happen to contain them.
/// Compared on the folded, unstemmed word.
/// </summary>
public static class StopWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        "a", "about", "above", "across", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "around", "as", "at",
        "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
        "during", "each", "either", "etc", "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
        "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "least", "less", "like", "many", "may",
        "me", "might", "more", "most", "much", "must", "my", "near", "need", "needs", "no", "nor", "not", "of", "off", "on", "once",
        "one", "only", "or", "other", "others", "our", "ours", "ourselves", "out", "over", "own", "per", "please", "same", "shall", "she",
        "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
        "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "via", "was", "we", "well", "were",
        "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would",
        "yet", "you", "your", "yours", "yourself", "yourselves", "s", "t", "ll", "re", "ve", "d", "m", "e.g", "i.e",
        "ability", "able", "abilities", "candidate", "candidates", "excellent", "experience", "experienced", "good", "great", "ideal",
        "ideally", "including", "looking", "plus", "preferred", "proven", "related", "relevant", "required", "requirement",
        "requirements", "role", "seeking", "solid", "strong", "year", "years", "want", "wants", "new", "high", "highly", "various",
        "organization", "organisation", "company", "companies", "job", "position", "opportunity", "responsibilities", "responsible",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a folded (lower-case) word that carries no skill.</summary>
    public static bool Contains(ReadOnlySpan<char> folded) => Lookup.Contains(folded);
}
