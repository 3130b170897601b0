using OpenTalent.Core.Search;

namespace OpenTalent.Text.Search;

/// <summary>
/// One requirement of a query: a posting meets it when it contains any of <see cref="Phrases"/> (each a run of words,
/// in order) or carries any of <see cref="Tags"/> (see <see cref="SearchTags"/>).
/// </summary>
public sealed record QueryClause(IReadOnlyList<IReadOnlyList<string>> Phrases, IReadOnlyList<string> Tags)
{
    public static QueryClause OfTags(params string[] tags) => new([], tags);
}

/// <summary>
/// The query text understood: a posting matches when it meets every clause of <see cref="TextClauses"/>, or carries one
/// of <see cref="WholeQueryTags"/> (the occupation the whole query names as a title).
/// </summary>
/// <param name="TitleClauses">The same words restricted to titles: relevance puts postings that meet them (or the whole-query tags) first.</param>
public sealed record ParsedQuery(
    IReadOnlyList<QueryClause> TextClauses,
    IReadOnlyList<QueryClause> TitleClauses,
    IReadOnlyList<string> WholeQueryTags,
    IReadOnlyList<string> Words,
    QueryInterpretation Interpretation)
{
    public static ParsedQuery Empty { get; } = new([], [], [], [], QueryInterpretation.None);

    public bool IsEmpty => TextClauses.Count == 0 && WholeQueryTags.Count == 0;
}
