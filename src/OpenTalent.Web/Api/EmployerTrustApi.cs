using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Privacy;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

/// <summary>The bias audit of an employer's automated screening, with who it covers.</summary>
/// <param name="Job">The job it covers, or null for all the organisation's jobs.</param>
public sealed record BiasAuditView(string Organisation, string? Job, DateTimeOffset GeneratedAt, BiasAuditReport Report, string Method);

/// <summary>
/// Transparency for employers under <c>/api/v1/employer</c>: every automated ranking shown for a job (model version,
/// each person's score and explanation), and the bias audit of the automated screening (JSON or CSV).
/// </summary>
public static class EmployerTrustApi
{
    public const string Method =
        "Applicants ranked by OpenTalent's automated screening, each counted once at the score of the latest ranking that included them. " +
        "Scoring rate: the share of a category scoring above the median score of all audited applicants. Selection rate: the share that moved past 'applied'. " +
        "Impact ratio: a category's rate divided by the highest category's rate. Categories come only from voluntary self-identification and are never an input to ranking; " +
        "categories under 2% of the known data are shown but left out of the ratios; applicants who did not self-identify are counted as unknown.";

    public static RouteGroupBuilder MapEmployerTrust(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/jobs/{id}/rankings", RankingsAsync).WithSummary("Every automated ranking shown for one of my jobs, newest first: who saw it, the model version, each person's score and explanation.");
        api.MapGet("/bias-audit", BiasAuditAsync).WithSummary("Bias audit of the automated screening (Local Law 144 impact ratios by sex, race/ethnicity and both); job=ID for one job; format=csv to download.");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<RankingRecord>>, ValidationProblem, ProblemHttpResult>> RankingsAsync(
        string id, HttpContext context, EmployerAccess access, IPostingOwnerStore owners, IMatchingStore store, IRankingLog rankings, CancellationToken cancellationToken,
        string? limit = null)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadCandidates, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var validation = new Validation();
        var count = SeekerApi.Count(validation, "limit", limit, 20);
        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        var (record, _) = await EmployerApi.OwnedAsync(caller, id, owners, store, cancellationToken);
        return record is null ? EmployerApi.NotYours(id) : TypedResults.Ok(await rankings.ForPostingAsync(caller.OrganisationId, record.Posting.Identifier, count, cancellationToken));
    }

    private static async Task<Results<Ok<BiasAuditView>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> BiasAuditAsync(
        HttpContext context, EmployerAccess access, IOrganisationStore organisations, IPostingOwnerStore owners, IMatchingStore store, ISelfIdentificationStore identities,
        TimeProvider clock, CancellationToken cancellationToken, string? job = null, string? format = null)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadCandidates, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var csv = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "json" => false,
            "csv" => true,
            _ => (bool?)null,
        };
        if (csv is null)
        {
            return ApiProblems.Field("format", $"must be json or csv; got '{format}'.");
        }

        if (!string.IsNullOrWhiteSpace(job) && (await EmployerApi.OwnedAsync(caller, job, owners, store, cancellationToken)).Record is null)
        {
            return EmployerApi.NotYours(job);
        }

        var organisation = await organisations.FindAsync(caller.OrganisationId, cancellationToken);
        var audited = await identities.AuditedApplicantsAsync(caller.OrganisationId, string.IsNullOrWhiteSpace(job) ? null : job, cancellationToken);
        var view = new BiasAuditView(organisation?.Name ?? "", string.IsNullOrWhiteSpace(job) ? null : job, clock.GetUtcNow(), BiasAudit.Compute(audited), Method);
        return csv.Value ? (FileContentHttpResult)Csv(view).ToResult($"bias-audit-{view.GeneratedAt:yyyy-MM-dd}.csv") : TypedResults.Ok(view);
    }

    public static CsvDocument Csv(BiasAuditView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var csv = new CsvDocument(
            "dimension", "category", "applicants", "scored above median", "scoring rate", "scoring impact ratio", "selected", "selection rate", "selection impact ratio", "left out as under 2%");
        foreach (var row in view.Report.Rows)
        {
            csv.Row(row.Dimension, row.Category, row.Applicants, row.ScoredAboveMedian, row.ScoringRate, row.ScoringImpactRatio, row.Selected, row.SelectionRate, row.SelectionImpactRatio, row.ExcludedAsSmall ? "yes" : "no");
        }

        csv.Row("unknown", "sex not given", view.Report.UnknownSex, null, null, null, null, null, null, null);
        csv.Row("unknown", "race/ethnicity not given", view.Report.UnknownRaceEthnicity, null, null, null, null, null, null, null);
        return csv;
    }
}
