using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

public sealed record KitRequest(string? Name, IReadOnlyList<string>? Competencies);

public sealed record KitView(Guid Id, string Name, IReadOnlyList<string> Competencies, DateTimeOffset CreatedAt);

public sealed record StageRequest(string? Name, string? Kind, int? RequiredScorecards);

public sealed record StagesRequest(IReadOnlyList<StageRequest>? Stages, bool? AllowSkipping);

public sealed record StageView(string Name, ApplicationStatus Kind, int RequiredScorecards);

public sealed record StagesView(Guid RequisitionId, bool AllowSkipping, IReadOnlyList<StageView> Stages);

/// <param name="Ratings">Competency → 1 to 5; every competency of the kit must be rated.</param>
public sealed record ScorecardRequest(Guid? KitId, string? Stage, IReadOnlyDictionary<string, int>? Ratings, string? Overall, string? Notes);

public sealed record ScorecardView(Guid Id, string Stage, Guid KitId, Guid InterviewerId, string? InterviewerName, IReadOnlyDictionary<string, int> Ratings, Recommendation Overall, DateTimeOffset SubmittedAt, string? Notes);

/// <summary>Whether the current stage still waits for scorecards before the candidate may move on.</summary>
public sealed record ScorecardRequirement(string Stage, int Required, int Submitted)
{
    public bool Met => Submitted >= Required;
}

/// <summary>A candidate's scorecards in one requisition, aggregated per competency, and what the current stage requires.</summary>
public sealed record ScorecardsView(Guid ApplicationId, string Stage, ScorecardRequirement? Requirement, IReadOnlyList<ScorecardView> Scorecards, ScorecardSummary Summary);

/// <summary>
/// Structured interviews under <c>/api/v1/employer/hiring</c>: the organisation's interview kits (competencies to
/// rate), scorecards per application (1 to 5 per competency and an overall recommendation, aggregated per candidate),
/// and each requisition's stages, which say how many scorecards a stage needs before a candidate may leave it.
/// </summary>
public static class InterviewsApi
{
    public static RouteGroupBuilder MapInterviews(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/hiring/kits", KitsAsync).WithSummary("My organisation's interview kits: named lists of competencies interviewers rate.");
        api.MapPost("/hiring/kits", AddKitAsync).WithSummary("Add an interview kit: a name and 1 to 30 competencies.");
        api.MapPut("/hiring/requisitions/{id:guid}/stages", SetStagesAsync)
            .WithSummary("Configure a requisition's stages: names, kinds (applied, screening, interview, offer, hired) and scorecards required before leaving each.");
        api.MapGet("/hiring/requisitions/{id:guid}/applications/{applicationId:guid}/scorecards", ScorecardsAsync)
            .WithSummary("An application's scorecards with the aggregate per competency, where interviewers disagree, and what the current stage still needs.");
        api.MapPost("/hiring/requisitions/{id:guid}/applications/{applicationId:guid}/scorecards", SubmitAsync)
            .WithSummary("Submit my scorecard for a stage the candidate has reached: every competency of the kit rated 1 to 5, and an overall recommendation.");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<KitView>>, ProblemHttpResult>> KitsAsync(HttpContext context, EmployerAccess access, WorkforceStore store, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadCandidates, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var kits = await store.KitsAsync(caller.OrganisationId, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<KitView>>([.. kits.Select(View)]);
    }

    private static async Task<Results<Created<KitView>, ValidationProblem, ProblemHttpResult>> AddKitAsync(
        KitRequest request, HttpContext context, EmployerAccess access, WorkforceStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.WriteJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var validation = new Validation();
        var name = validation.Required("name", request?.Name, InterviewKit.MaxNameLength);
        var kit = name is null ? null : validation.Try("competencies", () => new InterviewKit(Guid.CreateVersion7(), name, request?.Competencies ?? []));
        if (kit is null)
        {
            return validation.Problem();
        }

        var at = clock.GetUtcNow();
        try
        {
            await store.AddKitAsync(caller.OrganisationId, kit, at, cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            return ApiProblems.Conflict(exception.Message);
        }

        return TypedResults.Created($"/api/v1/employer/hiring/kits/{kit.Id}", View(new KitRow(kit, at)));
    }

    private static async Task<Results<Ok<StagesView>, ValidationProblem, ProblemHttpResult>> SetStagesAsync(
        Guid id, StagesRequest request, HttpContext context, EmployerAccess access, WorkforceStore store, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.WriteJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var validation = new Validation();
        var stages = new List<PipelineStage>();
        var requested = request?.Stages ?? [];
        for (var i = 0; i < requested.Count; i++)
        {
            var field = $"stages[{i}]";
            var stage = requested[i];
            if (!Enum.TryParse<ApplicationStatus>(stage?.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind)
                || kind is ApplicationStatus.Rejected or ApplicationStatus.Withdrawn)
            {
                validation.Add($"{field}.kind", $"must be applied, screening, interview, offer or hired; got '{stage?.Kind}'.");
                continue;
            }

            if (validation.Try(field, () => new PipelineStage(stage!.Name!, kind, stage.RequiredScorecards ?? 0)) is { } checkedStage)
            {
                stages.Add(checkedStage);
            }
        }

        var pipeline = validation.IsValid ? validation.Try("stages", () => new Pipeline(stages, request?.AllowSkipping ?? true)) : null;
        if (pipeline is null)
        {
            return validation.Problem();
        }

        try
        {
            if (!await store.SetPipelineAsync(caller.OrganisationId, id, pipeline, cancellationToken))
            {
                return ApiProblems.NotFound($"Your organisation has no requisition with the id {id}.");
            }
        }
        catch (PipelineRuleException exception)
        {
            return ApiProblems.Conflict(exception.Message);
        }

        return TypedResults.Ok(new StagesView(id, pipeline.AllowSkipping, [.. pipeline.Stages.Select(s => new StageView(s.Name, s.Kind, s.RequiredScorecards))]));
    }

    private static async Task<Results<Ok<ScorecardsView>, ProblemHttpResult>> ScorecardsAsync(
        Guid id, Guid applicationId, HttpContext context, EmployerAccess access, WorkforceStore store, IOrganisationStore organisations, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadCandidates, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        return await FindAsync(store, organisations, caller.OrganisationId, id, applicationId, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : ApiProblems.NotFound($"Your organisation has no requisition {id} with an application {applicationId}.");
    }

    private static async Task<Results<Created<ScorecardsView>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        Guid id, Guid applicationId, ScorecardRequest request, HttpContext context, EmployerAccess access, WorkforceStore store, IOrganisationStore organisations,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.MoveApplications, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        if (caller.AccountId is not { } interviewer)
        {
            return ApiProblems.Forbidden("A scorecard is an interviewer's own judgement: sign in as the member who interviewed; API keys cannot submit one.");
        }

        var validation = new Validation();
        var kit = request?.KitId is { } kitId ? await store.KitAsync(caller.OrganisationId, kitId, cancellationToken) : null;
        if (kit is null)
        {
            validation.Add("kitId", request?.KitId is null ? "is required: the interview kit the ratings follow." : $"your organisation has no interview kit {request.KitId}.");
        }

        var stage = validation.Required("stage", request?.Stage, PipelineStage.MaxNameLength);
        Recommendation overall = default;
        if (!Enum.TryParse(request?.Overall, ignoreCase: true, out overall) || !Enum.IsDefined(overall))
        {
            validation.Add("overall", $"must be strongNo, no, yes or strongYes; got '{request?.Overall}'.");
        }

        var notes = validation.Optional("notes", request?.Notes, Scorecard.MaxNotesLength);
        var row = await store.CandidacyAsync(caller.OrganisationId, id, applicationId, cancellationToken);
        if (row is null)
        {
            return ApiProblems.NotFound($"Your organisation has no requisition {id} with an application {applicationId}.");
        }

        // The stage as the pipeline spells it, whatever case the request used.
        stage = row.Candidacy.Moves.Select(m => m.ToStage).FirstOrDefault(s => string.Equals(s, stage, StringComparison.OrdinalIgnoreCase)) ?? stage;
        var scorecard = kit is null || stage is null || !validation.IsValid
            ? null
            : validation.Try("ratings", () => new Scorecard(Guid.CreateVersion7(), applicationId, stage, kit, interviewer, request!.Ratings ?? new Dictionary<string, int>(), overall, clock.GetUtcNow(), notes));
        if (scorecard is null)
        {
            return validation.Problem();
        }

        CandidacyRow? scored;
        try
        {
            scored = await store.SubmitScorecardAsync(caller.OrganisationId, id, scorecard, kit!.Name, cancellationToken);
        }
        catch (PipelineRuleException exception)
        {
            return ApiProblems.Conflict(exception.Message);
        }

        if (scored is null || await store.FindRequisitionAsync(caller.OrganisationId, id, cancellationToken) is not { } requisition)
        {
            return ApiProblems.NotFound($"Your organisation has no requisition {id} with an application {applicationId}.");
        }

        var names = await MemberNames.OfAsync(organisations, caller.OrganisationId, cancellationToken);
        return TypedResults.Created($"/api/v1/employer/hiring/requisitions/{id}/applications/{applicationId}/scorecards", View(scored, requisition.Pipeline, names));
    }

    /// <summary>An application's scorecards with interviewer names (for members), the aggregate, and the current stage's requirement.</summary>
    public static async Task<ScorecardsView?> FindAsync(
        WorkforceStore store, IOrganisationStore organisations, Guid organisationId, Guid requisitionId, Guid applicationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(organisations);
        return await store.CandidacyAsync(organisationId, requisitionId, applicationId, cancellationToken) is { } row
            && await store.FindRequisitionAsync(organisationId, requisitionId, cancellationToken) is { } requisition
            ? View(row, requisition.Pipeline, await MemberNames.OfAsync(organisations, organisationId, cancellationToken))
            : null;
    }

    /// <summary>The scorecards view of a candidacy in its requisition's pipeline, naming interviewers who are members.</summary>
    public static ScorecardsView View(CandidacyRow row, Pipeline pipeline, IReadOnlyDictionary<Guid, string> members)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(members);
        var candidacy = row.Candidacy;
        var applicationId = candidacy.ApplicationId;
        var current = pipeline.Stages.FirstOrDefault(s => string.Equals(s.Name, candidacy.Stage, StringComparison.OrdinalIgnoreCase));
        var requirement = current is { RequiredScorecards: > 0 } && !candidacy.IsClosed
            ? new ScorecardRequirement(current.Name, current.RequiredScorecards, candidacy.SubmittedIn(current.Name))
            : null;
        return new ScorecardsView(
            applicationId,
            candidacy.Stage,
            requirement,
            [.. candidacy.Scorecards.Select(s => new ScorecardView(
                s.Id, s.Stage, s.KitId, s.InterviewerId, members.GetValueOrDefault(s.InterviewerId),
                s.Competencies.Zip(s.Ratings).ToDictionary(r => r.First, r => r.Second), s.Overall, s.SubmittedAt, s.Notes))],
            ScorecardSummary.Of(candidacy.Scorecards));
    }

    private static KitView View(KitRow row) => new(row.Kit.Id, row.Kit.Name, row.Kit.Competencies, row.CreatedAt);
}
