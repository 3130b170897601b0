namespace OpenTalent.Core.Search;

/// <summary>Which work arrangements a search keeps.</summary>
public enum RemoteFilter
{
    /// <summary>Every arrangement, including postings that do not say.</summary>
    Any,

    /// <summary>Fully remote postings only.</summary>
    RemoteOnly,

    /// <summary>Hybrid postings only.</summary>
    Hybrid,

    /// <summary>On-site postings only.</summary>
    OnSite,
}

/// <summary>The order of search results.</summary>
public enum JobSearchSort
{
    /// <summary>
    /// Where the query matches first (the title or the query's occupation before anywhere else), newest first within
    /// each tier. Without query text, the same as <see cref="Date"/>.
    /// </summary>
    Relevance,

    /// <summary>Newest first.</summary>
    Date,

    /// <summary>Highest annual pay (top of the range) first, in the query's currency; postings without pay in that currency come last.</summary>
    Salary,
}

/// <summary>The limits every search works within, so that no query can make the engine scan without bound.</summary>
public static class JobSearchLimits
{
    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The page size when none is given.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>How deep paging may go: page × page size may not pass this. Refine the query to see further.</summary>
    public const int MaxDepth = 1_000;

    /// <summary>Facet counts are taken over at most this many matches, the newest ones; see <see cref="JobSearchResults.FacetBasis"/>.</summary>
    public const int FacetSample = 1_000;

    /// <summary>
    /// Totals are exact up to this number; beyond it a result says "1,000+". It equals <see cref="FacetSample"/>: a
    /// search reads at most one row more than its sample and never counts the rest, which at a million postings costs
    /// more than the whole search may.
    /// </summary>
    public const int TotalCap = FacetSample;

    /// <summary>The longest query text accepted.</summary>
    public const int MaxTextLength = 200;

    /// <summary>The most skills one query may require.</summary>
    public const int MaxSkills = 10;

    /// <summary>The longest look-back for "posted within".</summary>
    public const int MaxPostedWithinDays = 3_650;

    /// <summary>The currency of a salary filter or sort when the caller names none.</summary>
    public const string DefaultCurrency = "USD";
}
