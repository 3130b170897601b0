using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenTalent.Core.Search;
using OpenTalent.Web.Problems;

namespace OpenTalent.Web.Pages;

/// <summary>
/// The public job search: a GET form whose URL is the search (shareable, works without script), read by the same
/// <see cref="JobSearchParameters"/> as <c>GET /api/v1/jobs</c> and answered by the same <see cref="IJobSearch"/>.
/// A parameter the search cannot use is reported next to its field and left out, so the page still shows jobs.
/// </summary>
public sealed class SearchModel : PageModel
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    /// <summary>What the visitor asked for, as typed (shown back in the form).</summary>
    public JobSearchParameters Asked { get; private set; } = new();

    /// <summary>What was searched: <see cref="Asked"/> without the parameters that had problems.</summary>
    public JobSearchParameters Searched { get; private set; } = new();

    /// <summary>Problems by parameter name (e.g. <c>minSalary</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = NoErrors;

    public JobSearchPage? Results { get; private set; }

    /// <summary>True when this build has no search engine registered.</summary>
    public bool Unavailable { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Asked = JobSearchParameters.From(Request.Query);
        Searched = Asked;
        var validation = new Validation();
        var query = Asked.Parse(validation);
        if (query is null)
        {
            Errors = new Dictionary<string, string[]>(validation.Errors, StringComparer.Ordinal);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            foreach (var field in Errors.Keys.Where(JobSearchParameters.Names.Contains))
            {
                Searched = Searched.With(field, null);
            }

            query = Searched.Parse(new Validation());
        }

        if (query is null)
        {
            return;
        }

        if (HttpContext.RequestServices.GetService<IJobSearch>() is not { } search)
        {
            Unavailable = true;
            return;
        }

        Results = JobsApi.View(await search.SearchAsync(query, cancellationToken));
    }

    /// <summary>This search's URL with one parameter changed; any change but paging goes back to the first page.</summary>
    public string Href(string name, string? value) =>
        "/search" + (name == "page" ? Searched.With("page", value == "1" ? null : value) : Searched.With(name, value).With("page", null)).ToQueryString();

    /// <summary>The URL with <paramref name="skillId"/> added to the required skills, or taken out when already there.</summary>
    public string ToggleSkillHref(string skillId)
    {
        var skills = Searched.SkillList.ToList();
        if (!skills.Remove(skillId))
        {
            skills.Add(skillId);
        }

        return Href("skills", skills.Count == 0 ? null : string.Join(',', skills));
    }

    public string? ErrorOf(string name) => Errors.TryGetValue(name, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>"1 job", "1,234 jobs", "10,000+ jobs".</summary>
    public static string TotalText(JobSearchPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var count = page.Total.ToString("N0", CultureInfo.InvariantCulture) + (page.TotalIsCapped ? "+" : "");
        return count + (page.Total == 1 && !page.TotalIsCapped ? " job" : " jobs");
    }

    /// <summary>How many pages can be shown: paging stops at <see cref="JobSearchLimits.MaxDepth"/> results.</summary>
    public static int PageCount(JobSearchPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var reachable = Math.Min(page.Total, JobSearchLimits.MaxDepth);
        return Math.Max(1, (reachable + page.PageSize - 1) / page.PageSize);
    }

    /// <summary>The remote facet's values ("RemoteOnly") as the form writes them ("remote").</summary>
    public static string RemoteValue(string facetValue) => facetValue switch
    {
        nameof(RemoteFilter.RemoteOnly) => "remote",
        nameof(RemoteFilter.OnSite) => "onsite",
        _ => facetValue.ToLowerInvariant(),
    };

    /// <summary>The words to mark in a snippet: the query's own words, what they were read as, and the skills matched.</summary>
    public IReadOnlyList<string> HighlightTerms(JobHitView hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var terms = new List<string>();
        if (Searched.Q is { } text)
        {
            terms.AddRange(text.Split((char[])[' ', ',', ';', '"', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1));
        }

        if (Results is { } results)
        {
            terms.AddRange(results.Interpretation.Corrections.Select(c => c.SearchedAs));
            terms.AddRange(results.Interpretation.Skills.Select(s => s.Label));
        }

        terms.AddRange(hit.MatchedSkills);
        return [.. terms.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(t => t.Length)];
    }
}

/// <summary>The names the search form shows for its parameters, for problem messages.</summary>
public static class SearchLabels
{
    public static string Of(string parameter) => parameter switch
    {
        "q" => "Keywords:",
        "location" => "Location:",
        "remote" => "Work arrangement:",
        "minSalary" => "Minimum salary:",
        "currency" => "Currency:",
        "occupation" => "Occupation:",
        "skills" => "Skills:",
        "seniority" => "Seniority:",
        "postedWithin" => "Posted within:",
        "sort" => "Sort:",
        "page" => "Page:",
        "pageSize" => "Page size:",
        _ => parameter + ":",
    };
}
