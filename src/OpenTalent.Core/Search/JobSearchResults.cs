using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Search;

/// <summary>One posting in a result page.</summary>
/// <param name="Location">The posting's places for display ("Berlin, DE; Munich, DE"); null when it names none.</param>
/// <param name="MatchedSkills">Labels of the posting's skills that the query named or required, in the posting's order.</param>
/// <param name="Snippet">A short passage of the description around the first query term, or its opening when no term occurs there.</param>
public sealed record JobSearchHit(
    string Identifier,
    string Title,
    string? Employer,
    string? Location,
    WorkArrangement Arrangement,
    PayRange? Salary,
    DateOnly? DatePosted,
    string? OccupationCode,
    string? OccupationLabel,
    Seniority Seniority,
    IReadOnlyList<string> MatchedSkills,
    string? Snippet);

/// <summary>One value of a facet with the number of matches that have it.</summary>
/// <param name="Value">What to pass back as a filter (an occupation code, a skill id, "RemoteOnly", a salary floor, a number of days).</param>
public sealed record FacetCount(string Value, string Label, int Count);

/// <summary>Counts of the matches by each filterable property, largest first (bands and periods in their natural order).</summary>
/// <param name="SalaryBands">Matches whose annual pay reaches each floor, in the query's currency (cumulative).</param>
/// <param name="PostedWithin">Matches posted within each period (cumulative).</param>
public sealed record JobSearchFacets(
    IReadOnlyList<FacetCount> Occupations,
    IReadOnlyList<FacetCount> Remote,
    IReadOnlyList<FacetCount> Seniority,
    IReadOnlyList<FacetCount> Locations,
    IReadOnlyList<FacetCount> Skills,
    IReadOnlyList<FacetCount> SalaryBands,
    IReadOnlyList<FacetCount> PostedWithin)
{
    public static JobSearchFacets Empty { get; } = new([], [], [], [], [], [], []);
}

/// <summary>What the taxonomy made of the query text, so a page can say "showing results for ...".</summary>
/// <param name="Corrections">Query words that matched nothing indexed, each with the spelling searched instead.</param>
/// <param name="Skills">Skills the text names (by label or alias, "k8s" gives Kubernetes); postings asking for them match.</param>
/// <param name="Occupation">The occupation the text names as a title; postings in it match whatever they are called.</param>
/// <param name="RelatedTitles">Other titles of that occupation, for display.</param>
public sealed record QueryInterpretation(
    IReadOnlyList<(string Written, string SearchedAs)> Corrections,
    IReadOnlyList<(string SkillId, string Label)> Skills,
    (string Code, string Label)? Occupation,
    IReadOnlyList<string> RelatedTitles)
{
    public static QueryInterpretation None { get; } = new([], [], null, []);
}

/// <summary>A page of search results with totals and facets.</summary>
/// <param name="Total">Matches counted, exact up to <see cref="JobSearchLimits.TotalCap"/>; see <see cref="TotalIsCapped"/>.</param>
/// <param name="TotalIsCapped">True when there are at least <see cref="Total"/> matches and counting stopped there ("1,000+").</param>
/// <param name="FacetBasis">
/// How many matches the facet counts were taken over: all of them when it equals <see cref="Total"/>, else the newest
/// <see cref="JobSearchLimits.FacetSample"/> (the counts then describe that sample, not every match).
/// </param>
public sealed record JobSearchResults(
    IReadOnlyList<JobSearchHit> Items,
    int Total,
    bool TotalIsCapped,
    int Page,
    int PageSize,
    JobSearchFacets Facets,
    int FacetBasis,
    QueryInterpretation Interpretation)
{
    /// <summary>True when facet counts cover only a sample of the matches.</summary>
    public bool FacetsAreSampled => FacetBasis < Total || TotalIsCapped;

    /// <summary>The total for display: "123" or "1,000+".</summary>
    public string TotalText => TotalIsCapped ? $"{Total:#,0}+" : $"{Total:#,0}";
}

/// <summary>Full-text job search over open postings, with filters, facets, sorting and paging.</summary>
public interface IJobSearch
{
    /// <summary>Runs <paramref name="query"/>. Only open postings that have not passed their closing date are found.</summary>
    Task<JobSearchResults> SearchAsync(JobSearchQuery query, CancellationToken cancellationToken);
}
