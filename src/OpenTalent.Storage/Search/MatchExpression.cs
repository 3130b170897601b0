using OpenTalent.Core.Search;
using OpenTalent.Text.Search;

namespace OpenTalent.Storage.Search;

/// <summary>
/// A query's text and tag filters in each engine's own syntax: an FTS5 MATCH string for SQLite, a
/// <c>to_tsquery('english', ...)</c> string for PostgreSQL. Words reach here folded to letters and digits, so
/// nothing in them can be read as an operator.
/// </summary>
internal sealed class MatchExpression(DatabaseProvider provider)
{
    private bool Postgres => provider == DatabaseProvider.Postgres;

    private string And => Postgres ? " & " : " AND ";

    private string Or => Postgres ? " | " : " OR ";

    /// <summary>Everything that must match: the text (or its whole-query tags) and every tag filter; null when nothing does.</summary>
    public string? Build(ParsedQuery text, IReadOnlyList<IReadOnlyList<string>> filters)
    {
        var parts = new List<string>();
        var clauses = text.TextClauses;
        if (clauses.Count > 0 || text.WholeQueryTags.Count > 0)
        {
            var alternatives = new List<string>();
            if (clauses.Count > 0)
            {
                alternatives.Add(string.Join(And, clauses.Select(Clause)));
            }

            alternatives.AddRange(text.WholeQueryTags.Select(Tag));
            parts.Add(Group(alternatives, Or));
        }

        parts.AddRange(filters.Select(group => Group([.. group.Select(Tag)], Or)));
        return parts.Count == 0 ? null : string.Join(And, parts);
    }

    private string Clause(QueryClause clause)
    {
        var alternatives = clause.Phrases.Select(Phrase).Concat(clause.Tags.Select(Tag)).Distinct(StringComparer.Ordinal).ToList();
        return Group(alternatives, Or);
    }

    private string Phrase(IReadOnlyList<string> words) =>
        Postgres
            ? words.Count == 1 ? words[0] : "(" + string.Join(" <-> ", words) + ")"
            : "\"" + string.Join(' ', words) + "\"";

    private string Tag(string tag) => Postgres ? tag : "tags : " + tag;

    private static string Group(List<string> alternatives, string separator) =>
        alternatives.Count == 1 ? alternatives[0] : "(" + string.Join(separator, alternatives) + ")";
}

/// <summary>The query's filters as tag groups (each group: any of its tags) plus what tags cannot say exactly.</summary>
internal sealed record FilterPlan(IReadOnlyList<IReadOnlyList<string>> TagGroups, decimal? ExactMinimumSalary, long MinimumId)
{
    /// <summary>Only postings with a smaller id (older), when a newer slice has been read already.</summary>
    public long BelowId { get; init; } = long.MaxValue;

    public static FilterPlan From(JobSearchQuery query, DateOnly today)
    {
        var groups = new List<IReadOnlyList<string>>();
        switch (query.Remote)
        {
            case RemoteFilter.RemoteOnly:
                groups.Add([SearchTags.Arrangement(Core.Understanding.WorkArrangement.Remote)]);
                break;
            case RemoteFilter.Hybrid:
                groups.Add([SearchTags.Arrangement(Core.Understanding.WorkArrangement.Hybrid)]);
                break;
            case RemoteFilter.OnSite:
                groups.Add([SearchTags.Arrangement(Core.Understanding.WorkArrangement.OnSite)]);
                break;
            case RemoteFilter.Any:
                break;
        }

        if (query.Seniority is { } seniority)
        {
            groups.Add([SearchTags.Seniority(seniority)]);
        }

        if (query.OccupationCode is { } code)
        {
            groups.Add([SearchTags.Occupation(code)]);
        }

        groups.AddRange(query.SkillIds.Select(id => (IReadOnlyList<string>)[SearchTags.Skill(id)]));
        if (query.Location is { } location)
        {
            groups.AddRange(SearchTags.ForLocation(location));
        }

        decimal? exact = null;
        if (query.MinimumSalary is { } minimum and > 0)
        {
            var floor = SearchTags.FloorAtOrBelow(minimum);
            if (floor is { } thousands)
            {
                groups.Add([SearchTags.SalaryFloor(query.Currency, thousands)]);
            }

            if (floor is null || floor * 1000m != minimum)
            {
                exact = minimum;
            }
        }

        var minimumId = query.PostedWithinDays is { } days ? SearchDocument.FirstId(today.AddDays(-days).DayNumber) : 0;
        return new FilterPlan(groups, exact, minimumId);
    }
}
