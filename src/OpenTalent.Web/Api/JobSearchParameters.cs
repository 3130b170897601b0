using System.Globalization;
using System.Numerics;
using OpenTalent.Core.Search;
using OpenTalent.Core.Understanding;
using OpenTalent.Web.Problems;

namespace OpenTalent.Web;

/// <summary>
/// A job search as a URL carries it (<c>?q=&amp;location=&amp;remote=...</c>): read the same way by <c>GET /api/v1/jobs</c>
/// and by the search page, so both accept exactly the same parameters and report the same problems.
/// </summary>
public sealed record JobSearchParameters(
    string? Q = null,
    string? Location = null,
    string? Remote = null,
    string? MinSalary = null,
    string? Currency = null,
    string? Occupation = null,
    string? Skills = null,
    string? Seniority = null,
    string? PostedWithin = null,
    string? Sort = null,
    string? Page = null,
    string? PageSize = null)
{
    /// <summary>The query-string names, in the order a shareable URL lists them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["q", "location", "remote", "minSalary", "currency", "occupation", "skills", "seniority", "postedWithin", "sort", "page", "pageSize"];

    /// <summary>
    /// Reads the parameters from a request's query string. Repeated <c>skills</c> (one per checkbox of a form) are joined
    /// into one list; any other repeated parameter is read as its first value.
    /// </summary>
    public static JobSearchParameters From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Read(string name) => query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
        var skills = query.TryGetValue("skills", out var listed) && listed.Count > 1
            ? string.Join(',', listed.Where(s => !string.IsNullOrWhiteSpace(s)))
            : Read("skills");
        return new(
            Read("q"), Read("location"), Read("remote"), Read("minSalary"), Read("currency"), Read("occupation"), skills,
            Read("seniority"), Read("postedWithin"), Read("sort"), Read("page"), Read("pageSize"));
    }

    /// <summary>A copy with the parameter called <paramref name="name"/> set to <paramref name="value"/> (null removes it).</summary>
    public JobSearchParameters With(string name, string? value) => name switch
    {
        "q" => this with { Q = value },
        "location" => this with { Location = value },
        "remote" => this with { Remote = value },
        "minSalary" => this with { MinSalary = value },
        "currency" => this with { Currency = value },
        "occupation" => this with { Occupation = value },
        "skills" => this with { Skills = value },
        "seniority" => this with { Seniority = value },
        "postedWithin" => this with { PostedWithin = value },
        "sort" => this with { Sort = value },
        "page" => this with { Page = value },
        "pageSize" => this with { PageSize = value },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a job search parameter."),
    };

    /// <summary>The skill ids asked for, in order, without repeats.</summary>
    public IReadOnlyList<string> SkillList =>
        string.IsNullOrWhiteSpace(Skills) ? [] : [.. Skills.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>The query string of these parameters ("?q=k8s&amp;remote=remote"), leaving out blanks; empty when there are none.</summary>
    public string ToQueryString()
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var name in Names)
        {
            if (!string.IsNullOrWhiteSpace(this[name]))
            {
                pairs.Add(new(name, this[name]!.Trim()));
            }
        }

        return QueryString.Create(pairs).ToUriComponent();
    }

    /// <summary>The value of the parameter called <paramref name="name"/> (one of <see cref="Names"/>).</summary>
    public string? this[string name] => name switch
    {
        "q" => Q,
        "location" => Location,
        "remote" => Remote,
        "minSalary" => MinSalary,
        "currency" => Currency,
        "occupation" => Occupation,
        "skills" => Skills,
        "seniority" => Seniority,
        "postedWithin" => PostedWithin,
        "sort" => Sort,
        "page" => Page,
        "pageSize" => PageSize,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a job search parameter."),
    };

    /// <summary>
    /// The search these parameters ask for, or null with every problem added to <paramref name="validation"/> under the
    /// parameter's own name (e.g. <c>minSalary</c>: "must be a number; got 'abc'.").
    /// </summary>
    public JobSearchQuery? Parse(Validation validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        var remoteFilter = Remote?.Trim().ToLowerInvariant() switch
        {
            null or "" or "any" or "false" => RemoteFilter.Any,
            "remote" or "true" or "remoteonly" => RemoteFilter.RemoteOnly,
            "hybrid" => RemoteFilter.Hybrid,
            "onsite" or "on-site" => RemoteFilter.OnSite,
            _ => Invalid(validation, "remote", "must be any, remote, hybrid or onsite.", RemoteFilter.Any),
        };
        var order = Sort?.Trim().ToLowerInvariant() switch
        {
            null or "" or "relevance" => JobSearchSort.Relevance,
            "date" => JobSearchSort.Date,
            "salary" => JobSearchSort.Salary,
            _ => Invalid(validation, "sort", "must be relevance, date or salary.", JobSearchSort.Relevance),
        };
        Seniority? level = null;
        if (!string.IsNullOrWhiteSpace(Seniority))
        {
            level = Enum.TryParse<Seniority>(Seniority.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && parsed != Core.Understanding.Seniority.Unspecified
                ? parsed
                : Invalid<Seniority?>(validation, "seniority", $"must be one of {string.Join(", ", Enum.GetNames<Seniority>().Where(n => n != nameof(Core.Understanding.Seniority.Unspecified)))}.", null);
        }

        var salary = Number<decimal>(validation, "minSalary", MinSalary);
        var within = Number<int>(validation, "postedWithin", PostedWithin);
        var pageNumber = Number<int>(validation, "page", Page) ?? 1;
        var size = Number<int>(validation, "pageSize", PageSize) ?? JobSearchLimits.DefaultPageSize;
        var skillIds = string.IsNullOrWhiteSpace(Skills) ? null : Skills.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!validation.IsValid)
        {
            return null;
        }

        try
        {
            return new JobSearchQuery(
                Q, Location, remoteFilter, salary, string.IsNullOrWhiteSpace(Currency) ? null : Currency, Occupation, skillIds, level, within, order, pageNumber, size);
        }
        catch (ArgumentException exception)
        {
            validation.Add(QueryField(exception.ParamName), ProblemText.Clean(exception));
            return null;
        }
    }

    private static string QueryField(string? parameter) => parameter switch
    {
        "text" => "q",
        "minimumSalary" => "minSalary",
        "occupationCode" => "occupation",
        "skillIds" => "skills",
        "postedWithinDays" => "postedWithin",
        null => "$",
        _ => parameter,
    };

    private static T? Number<T>(Validation validation, string field, string? text)
        where T : struct, INumber<T>
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (T.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        validation.Add(field, $"must be a number; got '{text}'.");
        return null;
    }

    private static T Invalid<T>(Validation validation, string field, string message, T fallback)
    {
        validation.Add(field, message);
        return fallback;
    }
}
