using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Search;

/// <summary>
/// One job search: free text, filters, order and page. Every value is checked here, and a bad one throws an
/// <see cref="ArgumentException"/> whose <see cref="ArgumentException.ParamName"/> names the offending parameter.
/// </summary>
public sealed record JobSearchQuery
{
    /// <param name="text">Keywords, a title or skills ("k8s engineer"); null or blank matches every open posting.</param>
    /// <param name="location">A city, region or country ("Berlin", "California", "US"), matched against the posting's places.</param>
    /// <param name="remote">Which work arrangements to keep.</param>
    /// <param name="minimumSalary">Keep postings whose annual pay reaches this (the top of their range), in <paramref name="currency"/>.</param>
    /// <param name="currency">ISO 4217 code of <paramref name="minimumSalary"/> and of the salary sort; <see cref="JobSearchLimits.DefaultCurrency"/> when null.</param>
    /// <param name="occupationCode">Keep postings classified in this occupation (an O*NET-SOC code such as 15-1252.00, or any code the store holds).</param>
    /// <param name="skillIds">Canonical skill ids every kept posting must ask for.</param>
    /// <param name="seniority">Keep postings of this seniority; null keeps all.</param>
    /// <param name="postedWithinDays">Keep postings posted this many days ago or less (1 = today and yesterday).</param>
    /// <param name="sort">The order of results.</param>
    /// <param name="page">1-based page number.</param>
    /// <param name="pageSize">Results per page, 1 to <see cref="JobSearchLimits.MaxPageSize"/>.</param>
    public JobSearchQuery(
        string? text = null,
        string? location = null,
        RemoteFilter remote = RemoteFilter.Any,
        decimal? minimumSalary = null,
        string? currency = null,
        string? occupationCode = null,
        IEnumerable<string>? skillIds = null,
        Seniority? seniority = null,
        int? postedWithinDays = null,
        JobSearchSort sort = JobSearchSort.Relevance,
        int page = 1,
        int pageSize = JobSearchLimits.DefaultPageSize)
    {
        Text = Optional(text, nameof(text), JobSearchLimits.MaxTextLength);
        Location = Optional(location, nameof(location), 100);
        if (Location is not null && !Location.Any(char.IsLetterOrDigit))
        {
            throw new ArgumentException($"The location '{Location}' holds no letters or digits; give a city, region or country.", nameof(location));
        }

        Remote = Enum.IsDefined(remote) ? remote : throw new ArgumentOutOfRangeException(nameof(remote), remote, "Unknown remote filter.");
        if (minimumSalary is < 0 or > 100_000_000m)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumSalary), minimumSalary, "A minimum salary must be between 0 and 100,000,000 a year.");
        }

        MinimumSalary = minimumSalary;
        Currency = currency is null ? JobSearchLimits.DefaultCurrency : Checks.Currency(currency.Trim().ToUpperInvariant(), nameof(currency));
        OccupationCode = Optional(occupationCode, nameof(occupationCode), 100);
        SkillIds = Skills(skillIds);
        if (seniority is { } level && (!Enum.IsDefined(level) || level == Understanding.Seniority.Unspecified))
        {
            throw new ArgumentOutOfRangeException(nameof(seniority), seniority, "Seniority must be a level such as Junior or Senior; leave it out to keep every level.");
        }

        Seniority = seniority;
        if (postedWithinDays is < 1 or > JobSearchLimits.MaxPostedWithinDays)
        {
            throw new ArgumentOutOfRangeException(nameof(postedWithinDays), postedWithinDays, $"Posted within must be between 1 and {JobSearchLimits.MaxPostedWithinDays} days.");
        }

        PostedWithinDays = postedWithinDays;
        Sort = Enum.IsDefined(sort) ? sort : throw new ArgumentOutOfRangeException(nameof(sort), sort, "Sort must be relevance, date or salary.");
        if (pageSize is < 1 or > JobSearchLimits.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"The page size must be between 1 and {JobSearchLimits.MaxPageSize}.");
        }

        if (page < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(page), page, "Pages are numbered from 1.");
        }

        if ((long)page * pageSize > JobSearchLimits.MaxDepth)
        {
            throw new ArgumentOutOfRangeException(
                nameof(page),
                page,
                $"Results go {JobSearchLimits.MaxDepth} deep; page {page} of {pageSize} would start at result {((long)page - 1) * pageSize + 1}. Narrow the search instead.");
        }

        Page = page;
        PageSize = pageSize;
    }

    public string? Text { get; }

    public string? Location { get; }

    public RemoteFilter Remote { get; }

    public decimal? MinimumSalary { get; }

    /// <summary>Upper-case ISO 4217; <see cref="JobSearchLimits.DefaultCurrency"/> when the caller named none.</summary>
    public string Currency { get; }

    public string? OccupationCode { get; }

    public IReadOnlyList<string> SkillIds { get; }

    public Seniority? Seniority { get; }

    public int? PostedWithinDays { get; }

    public JobSearchSort Sort { get; }

    public int Page { get; }

    public int PageSize { get; }

    /// <summary>How many results come before this page.</summary>
    public int Offset => (Page - 1) * PageSize;

    private static string? Optional(string? value, string parameterName, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Guard.NotBlank(value, parameterName, maxLength);

    private static List<string> Skills(IEnumerable<string>? skillIds)
    {
        var list = new List<string>();
        foreach (var id in skillIds ?? [])
        {
            var clean = Guard.NotBlank(id, nameof(skillIds), 200);
            if (!list.Contains(clean, StringComparer.Ordinal))
            {
                list.Add(clean);
            }
        }

        return list.Count <= JobSearchLimits.MaxSkills
            ? list
            : throw new ArgumentException($"At most {JobSearchLimits.MaxSkills} skills can be required at once; {list.Count} were given.", nameof(skillIds));
    }
}
