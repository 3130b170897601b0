using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Search;
using OpenTalent.Core.Understanding;
using OpenTalent.Web.Problems;

namespace OpenTalent.Web;

/// <summary>A search hit as the API shows it.</summary>
public sealed record JobHitView(
    string Id, string Title, string? Employer, string? Location, WorkArrangement Arrangement, SalaryView? Salary, DateOnly? DatePosted,
    OccupationView? Occupation, Seniority Seniority, IReadOnlyList<string> MatchedSkills, string? Snippet, string Url);

public sealed record FacetView(string Value, string Label, int Count);

public sealed record FacetsView(
    IReadOnlyList<FacetView> Occupations, IReadOnlyList<FacetView> Remote, IReadOnlyList<FacetView> Seniority, IReadOnlyList<FacetView> Locations,
    IReadOnlyList<FacetView> Skills, IReadOnlyList<FacetView> SalaryBands, IReadOnlyList<FacetView> PostedWithin, bool Sampled);

public sealed record CorrectionView(string Written, string SearchedAs);

public sealed record InterpretationView(IReadOnlyList<CorrectionView> Corrections, IReadOnlyList<SkillView> Skills, OccupationView? Occupation, IReadOnlyList<string> RelatedTitles);

/// <summary>A page of search results: <c>{"items": [...], "total": N, ...}</c>.</summary>
public sealed record JobSearchPage(
    IReadOnlyList<JobHitView> Items, int Total, bool TotalIsCapped, int Page, int PageSize, FacetsView Facets, InterpretationView Interpretation);

/// <summary>The public job endpoints: search, and one posting by the id the search returns.</summary>
public static class JobsApi
{
    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/jobs").WithTags("Jobs").AllowAnonymous();
        api.MapGet("/", SearchAsync).WithSummary("Search open jobs: full text with filters, facets, sorting and paging.");
        api.MapGet("/{id}", GetAsync).WithSummary("One posting by its id.");
        return app;
    }

    /// <param name="remote">any, remote (or true), hybrid, onsite.</param>
    /// <param name="sort">relevance, date or salary.</param>
    private static async Task<Results<Ok<JobSearchPage>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        HttpContext context,
        string? q,
        string? location,
        string? remote,
        string? minSalary,
        string? currency,
        string? occupation,
        string? skills,
        string? seniority,
        string? postedWithin,
        string? sort,
        string? page,
        string? pageSize,
        CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var query = new JobSearchParameters(q, location, remote, minSalary, currency, occupation, skills, seniority, postedWithin, sort, page, pageSize).Parse(validation);
        if (query is null)
        {
            return validation.Problem();
        }

        // The search engine is another module's; until it is registered the endpoint says so rather than pretend.
        if (context.RequestServices.GetService<IJobSearch>() is not { } search)
        {
            return ApiProblems.Unavailable("Job search is not available in this build (no IJobSearch is registered).");
        }

        var results = await search.SearchAsync(query, cancellationToken);
        return TypedResults.Ok(View(results));
    }

    private static async Task<Results<Ok<JobView>, ProblemHttpResult>> GetAsync(string id, IMatchingStore store, CancellationToken cancellationToken) =>
        await store.FindPostingAsync(id, cancellationToken) is { } record
            ? TypedResults.Ok(JobView.From(record))
            : ApiProblems.NotFound($"No posting has the id '{id}'.");

    /// <summary>A result page as the API (and the search page) shows it.</summary>
    public static JobSearchPage View(JobSearchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new(
            [.. results.Items.Select(h => new JobHitView(
                h.Identifier, h.Title, h.Employer, h.Location, h.Arrangement, JobView.SalaryOf(h.Salary), h.DatePosted,
                h.OccupationCode is { } code ? new OccupationView(code, h.OccupationLabel ?? code) : null, h.Seniority, h.MatchedSkills, h.Snippet, JobView.PageUrl(h.Identifier)))],
            results.Total,
            results.TotalIsCapped,
            results.Page,
            results.PageSize,
            new FacetsView(
                Facets(results.Facets.Occupations), Facets(results.Facets.Remote), Facets(results.Facets.Seniority), Facets(results.Facets.Locations),
                Facets(results.Facets.Skills), Facets(results.Facets.SalaryBands), Facets(results.Facets.PostedWithin), results.FacetsAreSampled),
            new InterpretationView(
                [.. results.Interpretation.Corrections.Select(c => new CorrectionView(c.Written, c.SearchedAs))],
                [.. results.Interpretation.Skills.Select(s => new SkillView(s.SkillId, s.Label, Required: true, Weight: 1))],
                results.Interpretation.Occupation is { } o ? new OccupationView(o.Code, o.Label) : null,
                results.Interpretation.RelatedTitles));
    }

    private static FacetView[] Facets(IReadOnlyList<FacetCount> counts) => [.. counts.Select(c => new FacetView(c.Value, c.Label, c.Count))];
}
