using OpenTalent.Text.Search;

namespace OpenTalent.Storage.Search;

/// <summary>
/// Whether a match belongs in the first tier of relevance: its title holds every clause of the query (a word counts
/// when a title word begins with its stem-like head, so "engineer" meets "Engineers" and "nurse" meets "Nursing"),
/// or its occupation is the one the query names as a title. Decided in code over the rows read, the same on both engines.
/// </summary>
internal static class TitleTier
{
    private const int MinHead = 4;

    public static bool Holds(StoredHit row, ParsedQuery query)
    {
        if (row.OccupationCode is { } code && query.WholeQueryTags.Count > 0 && query.WholeQueryTags.Contains(SearchTags.Occupation(code)))
        {
            return true;
        }

        if (query.TitleClauses.Count == 0)
        {
            return false;
        }

        var title = SearchText.Words(row.Title);
        return query.TitleClauses.All(clause => clause.Phrases.Any(phrase => phrase.All(word => title.Any(t => Meets(t, word)))));
    }

    private static bool Meets(string titleWord, string queryWord)
    {
        var head = queryWord.Length <= MinHead ? queryWord : queryWord[..Math.Max(MinHead, queryWord.Length - 2)];
        return titleWord.StartsWith(head, StringComparison.Ordinal) && (queryWord.Length > MinHead || titleWord.Length <= queryWord.Length + 3);
    }
}
