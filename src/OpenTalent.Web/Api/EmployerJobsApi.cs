using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Privacy;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Matching;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

/// <param name="Applicants">How many applied to each listed job, by job id.</param>
public sealed record JobListPage(IReadOnlyList<JobView> Items, int Total, int Page, int PageSize, IReadOnlyDictionary<string, int> Applicants);

/// <summary>One person on a job's shortlist, with the score and why.</summary>
/// <param name="SeekerId">The seeker's account; null for a profile that belongs to no account (imported).</param>
/// <param name="ApplicationId">Their application to this job, when they applied.</param>
/// <param name="Next">The statuses the employer may move the application to (empty without an application, or once it is closed).</param>
/// <param name="OptedOutOfRanking">The person asked not to be ranked automatically: no score, reviewed as they applied.</param>
public sealed record ShortlistEntry(
    Guid? SeekerId, string ProfileId, string? DisplayName, string? Headline, double? Score, MatchExplanation? Explanation, Guid? ApplicationId, ApplicationStatus? Status,
    IReadOnlyList<ApplicationStatus> Next, bool OptedOutOfRanking = false);

/// <summary>Where a shortlist comes from: the job's applicants, or seekers who chose to be discoverable.</summary>
public sealed record Shortlist(string Source, IReadOnlyList<ShortlistEntry> Items);

/// <summary>Everything under <c>/api/v1/employer/</c>: the organisation, its jobs, shortlists and applications.</summary>
public static class EmployerApi
{
    public static IEndpointRouteBuilder MapEmployerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/employer").WithTags("Employer")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapEmployerOrganisation();
        api.MapEmployerTrust();
        api.MapHiring();
        api.MapCandidacyHistory();
        api.MapMessagePreview();
        api.MapInterviews();
        api.MapRequisitions();
        api.MapPlanEditing();
        api.MapGet("/jobs", ListAsync).WithSummary("My organisation's jobs, newest first, with each one's number of applicants; status=open|closed and q (words of the title) filter them.");
        api.MapPost("/jobs/preview", PreviewAsync).WithSummary("What a draft would be understood as (skills, occupation, salary), without saving it.");
        api.MapPost("/jobs", PostAsync).WithSummary("Post a job.");
        api.MapGet("/jobs/{id}", GetAsync).WithSummary("One of my organisation's jobs.");
        api.MapPut("/jobs/{id}", EditAsync).WithSummary("Edit a job (the whole draft again).");
        api.MapPost("/jobs/{id}/close", CloseAsync).WithSummary("Close a job: it stays visible but takes no more applications.");
        api.MapGet("/jobs/{id}/applications", ApplicationsAsync).WithSummary("A job's applications with their histories.");
        api.MapGet("/jobs/{id}/shortlist", ShortlistAsync).WithSummary("A ranked, explained shortlist from the applicants (source=applicants) or discoverable seekers (source=pool).");
        api.MapPost("/applications/{id:guid}/status", MoveAsync).WithSummary("Move an application to its next status.");
        return app;
    }

    private static async Task<Results<Ok<JobListPage>, ValidationProblem, ProblemHttpResult>> ListAsync(
        HttpContext context, EmployerAccess access, EmployerJobListing listing, CancellationToken cancellationToken,
        string? status = null, string? q = null, string? page = null, string? pageSize = null)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var validation = new Validation();
        var query = EmployerJobListing.Parse(validation, status, q, page, pageSize);
        return validation.IsValid ? TypedResults.Ok(await listing.ReadAsync(caller.OrganisationId, query, cancellationToken)) : validation.Problem();
    }

    private static async Task<Results<Ok<JobView>, ValidationProblem, ProblemHttpResult>> PreviewAsync(
        JobDraft draft, HttpContext context, EmployerAccess access, IOrganisationStore organisations, MatchingHost matching, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.WriteJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var name = (await organisations.FindAsync(caller.OrganisationId, cancellationToken))?.Name ?? "";
        var (record, validation) = await JobDrafts.BuildAsync(draft, "preview", name, Today(clock), PostingStatus.Open, matching, cancellationToken);
        return record is null ? validation.Problem() : TypedResults.Ok(JobView.From(record));
    }

    private static async Task<Results<Created<JobView>, ValidationProblem, ProblemHttpResult>> PostAsync(
        JobDraft draft, HttpContext context, EmployerAccess access, IOrganisationStore organisations, IMatchingStore store, IPostingOwnerStore owners,
        MatchingHost matching, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.WriteJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var now = clock.GetUtcNow();
        var name = (await organisations.FindAsync(caller.OrganisationId, cancellationToken))?.Name ?? "";
        var identifier = "job-" + Guid.CreateVersion7(now).ToString("N");
        var (record, validation) = await JobDrafts.BuildAsync(draft, identifier, name, Today(clock), PostingStatus.Open, matching, cancellationToken);
        if (record is null)
        {
            return validation.Problem();
        }

        await SaveAsync(record, new PostingOwner(identifier, caller.OrganisationId, caller.AccountId, now), owners, matching, cancellationToken);
        return TypedResults.Created(JobView.PageUrl(identifier), JobView.From(record));
    }

    private static async Task<Results<Ok<JobView>, ProblemHttpResult>> GetAsync(
        string id, HttpContext context, EmployerAccess access, IPostingOwnerStore owners, IMatchingStore store, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var (record, _) = await OwnedAsync(caller, id, owners, store, cancellationToken);
        return record is null ? NotYours(id) : TypedResults.Ok(JobView.From(record));
    }

    private static async Task<Results<Ok<JobView>, ValidationProblem, ProblemHttpResult>> EditAsync(
        string id, JobDraft draft, HttpContext context, EmployerAccess access, IOrganisationStore organisations, IMatchingStore store, IPostingOwnerStore owners,
        MatchingHost matching, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.WriteJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var (current, owner) = await OwnedAsync(caller, id, owners, store, cancellationToken);
        if (current is null)
        {
            return NotYours(id);
        }

        var name = (await organisations.FindAsync(caller.OrganisationId, cancellationToken))?.Name ?? "";
        var posted = current.Posting.DatePosted ?? Today(clock);
        var (record, validation) = await JobDrafts.BuildAsync(draft, current.Posting.Identifier, name, posted, current.Posting.Status, matching, cancellationToken);
        if (record is null)
        {
            return validation.Problem();
        }

        await SaveAsync(record, owner!, owners, matching, cancellationToken);
        return TypedResults.Ok(JobView.From(record));
    }

    private static async Task<Results<Ok<JobView>, ProblemHttpResult>> CloseAsync(
        string id, HttpContext context, EmployerAccess access, IMatchingStore store, IPostingOwnerStore owners, MatchingHost matching, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.WriteJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var (current, owner) = await OwnedAsync(caller, id, owners, store, cancellationToken);
        if (current is null)
        {
            return NotYours(id);
        }

        var closed = current with { Posting = WithStatus(current.Posting, PostingStatus.Closed) };
        await SaveAsync(closed, owner!, owners, matching, cancellationToken);
        return TypedResults.Ok(JobView.From(closed));
    }

    private static async Task<Results<Ok<IReadOnlyList<EmployerApplicationView>>, ProblemHttpResult>> ApplicationsAsync(
        string id, HttpContext context, EmployerAccess access, IPostingOwnerStore owners, IMatchingStore store, IApplicationStore applications, IAccountStore accounts,
        AuditTrail audit, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadCandidates, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var (record, _) = await OwnedAsync(caller, id, owners, store, cancellationToken);
        if (record is null)
        {
            return NotYours(id);
        }

        var views = new List<EmployerApplicationView>();
        foreach (var application in await applications.ListForPostingAsync(record.Posting.Identifier, cancellationToken))
        {
            if (await accounts.FindAsync(application.SeekerId, cancellationToken) is { } seeker)
            {
                views.Add(EmployerApplicationView.From(application, seeker));
            }
        }

        await audit.EmployerAsync(caller, AuditAction.Viewed, views.Select(v => v.Applicant.SeekerId), $"application to {record.Posting.Identifier}", cancellationToken);

        return TypedResults.Ok<IReadOnlyList<EmployerApplicationView>>(views);
    }

    private static async Task<Results<Ok<Shortlist>, ValidationProblem, ProblemHttpResult>> ShortlistAsync(
        string id, HttpContext context, EmployerAccess access, IPostingOwnerStore owners, IMatchingStore store, ShortlistBuilder shortlists,
        CancellationToken cancellationToken, string? source = null, string? top = null)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadCandidates, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var validation = new Validation();
        var count = SeekerApi.Count(validation, "top", top, 20);
        var fromPool = source?.Trim().ToLowerInvariant() is "pool" or "talentpool" or "discoverable";
        if (!fromPool && source?.Trim().ToLowerInvariant() is not (null or "" or "applicants"))
        {
            validation.Add("source", "must be applicants or pool.");
        }

        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        var (record, _) = await OwnedAsync(caller, id, owners, store, cancellationToken);
        if (record is null)
        {
            return NotYours(id);
        }

        var items = fromPool
            ? await shortlists.FromPoolAsync(record.Posting, count, caller, cancellationToken)
            : await shortlists.FromApplicantsAsync(record.Posting, count, caller, cancellationToken);
        return TypedResults.Ok(new Shortlist(fromPool ? "pool" : "applicants", items));
    }

    private static async Task<Results<Ok<EmployerApplicationView>, ValidationProblem, ProblemHttpResult>> MoveAsync(
        Guid id, MoveRequest request, HttpContext context, EmployerAccess access, IPostingOwnerStore owners, IApplicationStore applications, IAccountStore accounts,
        WorkforceStore workforce, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.MoveApplications, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var validation = new Validation();
        var status = StatusNames.Parse(request?.Status);
        if (status is null)
        {
            validation.Add("status", $"must be one of {StatusNames.Choices}.");
        }

        var note = validation.Optional("note", request?.Note, ApplicationStatusChange.MaxNoteLength);
        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        // An application to another organisation's job is reported exactly like a missing one.
        if (await applications.FindAsync(id, cancellationToken) is not { } application
            || await owners.FindAsync(application.PostingId, cancellationToken) is not { } owner || owner.OrganisationId != caller.OrganisationId)
        {
            return ApiProblems.NotFound($"Your organisation has no application with the id {id}.");
        }

        // One place decides: an application that joined a requisition's pipeline moves there, with its stages and scorecards.
        if (await workforce.PipelineOfAsync(id, cancellationToken) is { } pipeline)
        {
            return ApiProblems.Conflict($"This application is in the pipeline of requisition '{pipeline.Title}'; move it there (/employer/hiring/requisitions/{pipeline.Requisition}).");
        }

        JobApplication moved;
        try
        {
            moved = application.MoveTo(status!.Value, ApplicationActor.Employer, clock.GetUtcNow(), context.User.Actor(), note);
        }
        catch (IllegalTransitionException exception)
        {
            return ApiProblems.Conflict(exception.Message);
        }

        if (!await applications.RecordMoveAsync(moved, application.Status, cancellationToken))
        {
            return ApiProblems.Conflict("The application changed while you were moving it; look at it again and retry.");
        }

        await audit.EmployerAsync(caller, AuditAction.Changed, [application.SeekerId], $"status of application to {application.PostingId}: {moved.Status}", cancellationToken);
        var seeker = await accounts.FindAsync(application.SeekerId, cancellationToken);
        return seeker is null ? ApiProblems.NotFound("The applicant has deleted their account.") : TypedResults.Ok(EmployerApplicationView.From(moved, seeker));
    }

    /// <summary>Writes the posting and its owner row in one transaction, then updates the live match index.</summary>
    private static async Task SaveAsync(PostingRecord record, PostingOwner owner, IPostingOwnerStore owners, MatchingHost matching, CancellationToken cancellationToken)
    {
        await owners.SaveOwnedAsync([new OwnedPosting(record, owner)], cancellationToken);
        matching.PostingSaved(record.Posting);
    }

    /// <summary>The posting, when the caller's organisation owns it; another organisation's posting is "not found".</summary>
    internal static async Task<(PostingRecord? Record, PostingOwner? Owner)> OwnedAsync(
        EmployerCaller caller, string id, IPostingOwnerStore owners, IMatchingStore store, CancellationToken cancellationToken)
    {
        if (await owners.FindAsync(id, cancellationToken) is not { } owner || owner.OrganisationId != caller.OrganisationId)
        {
            return (null, null);
        }

        return (await store.FindPostingAsync(id, cancellationToken), owner);
    }

    internal static ProblemHttpResult NotYours(string id) => ApiProblems.NotFound($"Your organisation has no job with the id '{id}'.");

    private static JobPosting WithStatus(JobPosting p, PostingStatus status) => new(
        p.Identifier, p.Title, p.Employer, p.Occupations, p.Skills, p.Seniority, p.Locations, p.Arrangement, p.Salary, p.DatePosted, p.ValidThrough, status, p.EmploymentType);

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
