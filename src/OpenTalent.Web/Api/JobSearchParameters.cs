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

    /// <summary>Reads the parameters from a request's query string; a repeated parameter is read as its first value.</summary>
    public static JobSearchParameters From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Read(string name) => query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
        return new(
            Read("q"), Read("location"), Read("remote"), Read("minSalary"), Read("currency"), Read("occupation"), Read("skills"),
            Read("seniority"), Read("postedWithin"), Read("sort"), Read("page"), Read("pageSize"));
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
