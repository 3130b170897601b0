using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

public sealed record DepartmentView(Guid Id, string Name, int Current, int Target, string TargetDate, int OpenRequisitions, IReadOnlyList<TeamView> Teams);

public sealed record TeamView(Guid Id, string Name, int Current, int? Target);

public sealed record PlanView(string Slug, string Name, int Current, int Target, IReadOnlyList<DepartmentView> Departments);

public sealed record RequisitionView(
    Guid Id, Guid DepartmentId, string Department, string Title, RequisitionStatus Status, Guid HiringManagerId, Guid? RecruiterId, string TargetStart,
    decimal BandMinimum, decimal BandMaximum, string Currency, IReadOnlyList<string> Stages);

public sealed record RequisitionPage(IReadOnlyList<RequisitionView> Items, int Total, int Page, int PageSize);

/// <summary>A move for many applications: to a stage, or out (reject or withdraw) with a catalogue reason.</summary>
/// <param name="ToStage">The stage to move to (its name in the requisition's pipeline).</param>
/// <param name="Reject">A rejection reason code (see the exit reasons), instead of a stage.</param>
/// <param name="Message">A templated message sent to each moved candidate (see the preview endpoint's placeholders), stored with the moves.</param>
public sealed record BulkMoveRequest(IReadOnlyList<Guid>? ApplicationIds, string? ToStage, string? Reject, string? Note, string? Message = null);

public sealed record BulkMoveItem(Guid ApplicationId, bool Moved, string? Error, string? Stage, ApplicationStatus? Status);

public sealed record BulkMoveView(int Moved, int Failed, IReadOnlyList<BulkMoveItem> Items);

public sealed record CandidateView(Guid Id, string Name, IReadOnlyList<string> Emails, IReadOnlyList<string> Phones, IReadOnlyList<Guid> MergedFrom);

public sealed record DuplicateView(CandidateView First, CandidateView Second, DuplicateReason Reason, double Score);

public sealed record MergeRequest(Guid? DuplicateId);

public sealed record MergeView(CandidateView Merged, int ApplicationsMoved);

/// <summary>
/// Hiring at scale under <c>/api/v1/employer/hiring</c>: the headcount plan, requisitions, each requisition's
/// pipeline and bulk moves, analytics (JSON or CSV) and the forecast with what-ifs.
/// </summary>
public static class HiringApi
{
    public const int MaxBulk = BulkMove.MaxItems;
    public const int MinRuns = 100;
    public const int MaxRuns = 50_000;

    public static RouteGroupBuilder MapHiring(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var hiring = api.MapGroup("/hiring");
        hiring.MapGet("/plan", PlanAsync).WithSummary("My organisation's headcount plan: departments and teams, current headcount, targets, open requisitions.");
        hiring.MapGet("/requisitions", RequisitionsAsync).WithSummary("Requisitions, filtered by department, status, recruiter or hiring manager, with paging.");
        hiring.MapGet("/requisitions/{id:guid}/pipeline", PipelineAsync).WithSummary("A requisition's pipeline: the count per stage and one page of the candidates in a stage, longest waiting first.");
        hiring.MapPost("/requisitions/{id:guid}/moves", MoveAsync).WithSummary("Move many applications at once (to a stage, or reject with a reason): all or nothing, in one transaction.");
        hiring.MapGet("/analytics", AnalyticsAsync).WithSummary("Pass-through and time per stage, hires, load, offer acceptance and time to fill, by=department|requisition|recruiter|source; format=csv to download.");
        hiring.MapGet("/duplicates", DuplicatesAsync).WithSummary("Candidates in my pool who look like the same person (same email ignoring +tags, same phone, or near-identical name and resume), with the reason.");
        hiring.MapPost("/candidates/{id:guid}/merge", MergeAsync).WithSummary("Merge a duplicate into this candidate: contacts united, every application moved over with its history, the duplicate recorded as merged.");
        hiring.MapGet("/forecast", ForecastAsync).WithSummary("Monte Carlo forecast per department; what-ifs: rate=Stage=0.4 (repeat), applicantsPerWeek, applicantsFactor, recruiters with perRecruiterPerWeek.");
        return api;
    }

    private static async Task<Results<Ok<PlanView>, ProblemHttpResult>> PlanAsync(HttpContext context, EmployerAccess access, WorkforceStore store, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        return await PlanOfAsync(caller.OrganisationId, store, cancellationToken) is { } plan ? TypedResults.Ok(plan) : NoPlan();
    }

    public static async Task<PlanView?> PlanOfAsync(Guid organisationId, WorkforceStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (await store.FindPlanForAsync(organisationId, cancellationToken) is not { } found)
        {
            return null;
        }

        var (summary, plan) = found;
        var open = await store.OpenRequisitionsAsync(organisationId, cancellationToken);
        DepartmentView[] departments =
        [
            .. plan.Departments.Select(d => new DepartmentView(
                d.Id, d.Name, d.CurrentHeadcount, d.FinalTarget?.Headcount ?? d.CurrentHeadcount, Day(d.FinalTarget?.Date), open.GetValueOrDefault(d.Id),
                [.. d.Teams.Select(t => new TeamView(t.Id, t.Name, t.CurrentHeadcount, t.Targets.Count == 0 ? null : t.Targets[^1].Headcount))])),
        ];
        return new PlanView(summary.Slug, summary.PlanName, plan.CurrentHeadcount, departments.Sum(d => d.Target), departments);
    }

    private static async Task<Results<Ok<RequisitionPage>, ValidationProblem, ProblemHttpResult>> RequisitionsAsync(
        HttpContext context, EmployerAccess access, WorkforceStore store, CancellationToken cancellationToken,
        string? department = null, string? status = null, string? recruiter = null, string? hiringManager = null, string? page = null, string? pageSize = null)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var validation = new Validation();
        var number = SeekerApi.Count(validation, "page", page, 1);
        var size = Math.Min(SeekerApi.Count(validation, "pageSize", pageSize, 50), 200);
        RequisitionStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<RequisitionStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                wanted = parsed;
            }
            else
            {
                validation.Add("status", $"must be one of {string.Join(", ", Enum.GetNames<RequisitionStatus>().Select(Camel))}; got '{status}'.");
            }
        }

        var recruiterId = OptionalGuid(validation, "recruiter", recruiter);
        var managerId = OptionalGuid(validation, "hiringManager", hiringManager);
        var departmentId = OptionalGuid(validation, "department", department);
        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        var names = (await store.FindPlanForAsync(caller.OrganisationId, cancellationToken))?.Plan.Departments.ToDictionary(d => d.Id, d => d.Name) ?? [];
        var chosen = (await store.RequisitionsAsync(caller.OrganisationId, cancellationToken))
            .Where(r => (wanted is null || r.Status == wanted) && (recruiterId is null || r.RecruiterId == recruiterId)
                && (managerId is null || r.HiringManagerId == managerId) && (departmentId is null || r.DepartmentId == departmentId))
            .ToArray();
        return TypedResults.Ok(new RequisitionPage([.. chosen.Skip((number - 1) * size).Take(size).Select(r => View(r, names))], chosen.Length, number, size));
    }

    private static async Task<Results<Ok<PipelinePage>, ValidationProblem, ProblemHttpResult>> PipelineAsync(
        Guid id, HttpContext context, EmployerAccess access, WorkforceStore store, TimeProvider clock, CancellationToken cancellationToken,
        string? stage = null, string? page = null, string? pageSize = null)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadCandidates, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        // Applicants of a linked job join before the page is read (nothing to do when none are new).
        await store.SyncApplicantsAsync(caller.OrganisationId, id, clock.GetUtcNow(), cancellationToken);

        var validation = new Validation();
        var number = SeekerApi.Count(validation, "page", page, 1);
        var size = Math.Min(SeekerApi.Count(validation, "pageSize", pageSize, 50), 200);
        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        try
        {
            return await store.PipelinePageAsync(caller.OrganisationId, id, stage, number, size, cancellationToken) is { } found ? TypedResults.Ok(found) : NoRequisition(id);
        }
        catch (PipelineRuleException exception)
        {
            return ApiProblems.Field("stage", exception.Message);
        }
    }

    private static async Task<Results<Ok<BulkMoveView>, Conflict<BulkMoveView>, ValidationProblem, ProblemHttpResult>> MoveAsync(
        Guid id, BulkMoveRequest request, HttpContext context, EmployerAccess access, WorkforceStore store, IOrganisationStore organisations, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.MoveApplications, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var validation = new Validation();
        var ids = request?.ApplicationIds ?? [];
        if (ids.Count == 0)
        {
            validation.Add("applicationIds", "must list at least one application.");
        }
        else if (ids.Count > MaxBulk)
        {
            validation.Add("applicationIds", $"lists {ids.Count} applications; at most {MaxBulk} move at once.");
        }

        var toStage = request?.ToStage?.Trim();
        var reject = request?.Reject?.Trim();
        if (string.IsNullOrEmpty(toStage) == string.IsNullOrEmpty(reject))
        {
            validation.Add("toStage", "give either toStage (a stage of the pipeline) or reject (a reason code), not both.");
        }

        var note = validation.Optional("note", request?.Note, Candidacy.MaxNoteLength);
        var template = MessagePreviewApi.Template(validation, "message", request?.Message);
        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        Func<MessageRecipient, string>? message = null;
        if (template is not null && await store.FindRequisitionAsync(caller.OrganisationId, id, cancellationToken) is { } requisition)
        {
            var fields = await MessagePreviewApi.FieldsAsync(organisations, caller.OrganisationId, requisition, cancellationToken);
            message = recipient => MessagePreviewApi.Render(template, fields, recipient.CandidateName, recipient.Moved.Stage);
        }

        var by = caller.AccountId ?? caller.ApiKeyId!.Value;
        var at = clock.GetUtcNow();
        var result = await store.BulkMoveAsync(
            caller.OrganisationId,
            id,
            ids,
            (pipeline, candidacy) => toStage is { Length: > 0 } stage
                ? candidacy.MoveTo(pipeline, stage, by, at, note)
                : candidacy.Reject(ExitReasonCatalogue.Default, reject!, by, at, note),
            message,
            cancellationToken);
        if (result is null)
        {
            return NoRequisition(id);
        }

        var view = new BulkMoveView(
            result.AllSucceeded ? result.Outcomes.Count : 0,
            result.Failed,
            [.. result.Outcomes.Select(o => new BulkMoveItem(o.ApplicationId, result.AllSucceeded && o.Succeeded, o.Error, o.Result?.Stage, o.Result?.Status))]);
        if (!result.AllSucceeded)
        {
            return TypedResults.Conflict(view);
        }

        return TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<AnalyticsReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> AnalyticsAsync(
        HttpContext context, EmployerAccess access, WorkforceAnalytics analytics, CancellationToken cancellationToken, string? by = null, string? format = null,
        string? page = null, string? pageSize = null)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadCandidates, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var validation = new Validation();
        var dimension = AnalyticsDimension.Department;
        if (!string.IsNullOrWhiteSpace(by) && !(Enum.TryParse(by, ignoreCase: true, out dimension) && Enum.IsDefined(dimension)))
        {
            validation.Add("by", $"must be department, requisition, recruiter or source; got '{by}'.");
        }

        var csv = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "json" => false,
            "csv" => true,
            _ => (bool?)null,
        };
        if (csv is null)
        {
            validation.Add("format", $"must be json or csv; got '{format}'.");
        }

        var number = SeekerApi.Count(validation, "page", page, 1);
        var size = SeekerApi.Count(validation, "pageSize", pageSize, AnalyticsPageSize);

        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        // The CSV is the whole report; the JSON one page of groups (thousands when by requisition).
        var report = csv!.Value
            ? await analytics.ReportAsync(caller.OrganisationId, dimension, cancellationToken)
            : await analytics.ReportAsync(caller.OrganisationId, dimension, number, size, cancellationToken);
        return csv!.Value ? (FileContentHttpResult)Csv(report).ToResult($"hiring-analytics-by-{Camel(dimension.ToString())}.csv") : TypedResults.Ok(report);
    }

    /// <summary>Groups in one page of analytics (also the most pageSize allows); the CSV has them all.</summary>
    public const int AnalyticsPageSize = 100;

    /// <summary>One row per group and stage, then the group's totals: what the analytics page charts.</summary>
    public static CsvDocument Csv(AnalyticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new CsvDocument(
            Camel(report.By.ToString()), "stage", "entered", "passed", "rejected", "withdrawn", "moved back", "still in", "pass-through rate", "mean days in stage",
            "candidacies", "hires", "active", "offer acceptance", "requisitions filled", "mean days to fill");
        foreach (var group in report.Groups)
        {
            foreach (var stage in group.Stages)
            {
                csv.Row(group.Label, stage.Stage, stage.Entered, stage.Passed, stage.Rejected, stage.Withdrawn, stage.MovedBack, stage.StillIn, stage.PassThroughRate, stage.MeanDays,
                    group.Candidacies, group.Hires, group.Active, group.OfferAcceptance, group.Filled, group.MeanDaysToFill);
            }
        }

        return csv;
    }

    private static async Task<Results<Ok<IReadOnlyList<DuplicateView>>, ProblemHttpResult>> DuplicatesAsync(
        HttpContext context, EmployerAccess access, WorkforceStore store, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadCandidates, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var pool = await store.CandidatesAsync(caller.OrganisationId, cancellationToken);
        var byId = pool.ToDictionary(c => c.Id);
        return TypedResults.Ok<IReadOnlyList<DuplicateView>>([.. DuplicateFinder.Find(pool).Select(d => new DuplicateView(View(byId[d.First]), View(byId[d.Second]), d.Reason, Math.Round(d.Score, 3)))]);
    }

    private static async Task<Results<Ok<MergeView>, ValidationProblem, ProblemHttpResult>> MergeAsync(
        Guid id, MergeRequest request, HttpContext context, EmployerAccess access, WorkforceStore store, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.MoveApplications, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        if (request?.DuplicateId is not { } duplicate || duplicate == Guid.Empty)
        {
            return ApiProblems.Field("duplicateId", "is required: the candidate to merge into this one.");
        }

        if (duplicate == id)
        {
            return ApiProblems.Field("duplicateId", "is this candidate; a record cannot be merged with itself.");
        }

        return await store.MergeCandidatesAsync(caller.OrganisationId, id, duplicate, cancellationToken) is { } merged
            ? TypedResults.Ok(new MergeView(View(merged.Merged), merged.CandidaciesMoved))
            : ApiProblems.NotFound("Your organisation's pool has no candidate with one of these ids.");
    }

    private static CandidateView View(CandidateRecord c) => new(c.Id, c.Name, c.Emails, c.Phones, c.MergedFrom);

    private static async Task<Results<Ok<OrganisationForecastView>, ValidationProblem, ProblemHttpResult>> ForecastAsync(
        HttpContext context, EmployerAccess access, WorkforceStore store, WorkforceForecasts forecasts, TimeProvider clock, CancellationToken cancellationToken,
        string[]? rate = null, string? applicantsPerWeek = null, string? applicantsFactor = null, string? recruiters = null, string? perRecruiterPerWeek = null, string? runs = null)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var validation = new Validation();
        var whatIf = WhatIf(validation, rate, applicantsPerWeek, applicantsFactor, recruiters, perRecruiterPerWeek);
        var count = (int)(Number(validation, "runs", runs, MaxRuns) ?? 4_000);
        if (count < MinRuns)
        {
            validation.Add("runs", $"must be at least {MinRuns}, or the figures are too noisy to act on.");
        }
        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        if (await store.FindPlanForAsync(caller.OrganisationId, cancellationToken) is not { } found)
        {
            return NoPlan();
        }

        try
        {
            var forecast = await forecasts.ForecastAsync(
                found.Summary.Slug, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), new ForecastOptions(runs: count, searchRuns: Math.Min(count, 2_000)), whatIf!, cancellationToken);
            return TypedResults.Ok(OrganisationForecastView.From(forecast!));
        }
        catch (ArgumentException exception)
        {
            return ApiProblems.Field("rate", exception.Message);
        }
    }

    /// <summary>The what-if parameters, checked: each problem is added under its parameter's name.</summary>
    public static ForecastWhatIf? WhatIf(Validation validation, string[]? rates, string? applicantsPerWeek, string? applicantsFactor, string? recruiters, string? perRecruiterPerWeek)
    {
        ArgumentNullException.ThrowIfNull(validation);
        Dictionary<string, double>? passRates = null;
        foreach (var text in rates ?? [])
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var equals = text.LastIndexOf('=');
            if (equals <= 0 || !double.TryParse(text[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1)
            {
                validation.Add("rate", $"takes STAGE=RATE with a rate between 0 and 1, like Interviews=0.4; got '{text}'.");
                continue;
            }

            (passRates ??= new(StringComparer.Ordinal))[text[..equals].Trim()] = value;
        }

        var perWeek = Number(validation, "applicantsPerWeek", applicantsPerWeek, DepartmentForecastInput.MaxApplicantsPerWeek);
        var factor = Number(validation, "applicantsFactor", applicantsFactor, 100);
        var team = Number(validation, "recruiters", recruiters, RecruiterCapacity.MaxRecruiters);
        var each = Number(validation, "perRecruiterPerWeek", perRecruiterPerWeek, RecruiterCapacity.MaxCandidatesPerRecruiter);
        RecruiterCapacity? capacity = null;
        if (team is not null || each is not null)
        {
            if (team is > 0 && each is > 0)
            {
                capacity = RecruiterCapacity.PerWeek((int)team.Value, (int)each.Value);
            }
            else
            {
                validation.Add("recruiters", "and perRecruiterPerWeek go together, both positive whole numbers.");
            }
        }

        return validation.IsValid ? new ForecastWhatIf(passRates, perWeek, factor, capacity) : null;
    }

    private static double? Number(Validation validation, string field, string? text, double max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= max)
        {
            return value;
        }

        validation.Add(field, $"must be a number from 0 to {max.ToString("N0", CultureInfo.InvariantCulture)}; got '{text}'.");
        return null;
    }

    private static Guid? OptionalGuid(Validation validation, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Guid.TryParse(text, out var id))
        {
            return id;
        }

        validation.Add(field, $"must be an id; got '{text}'.");
        return null;
    }

    private static RequisitionView View(RequisitionRow r, Dictionary<Guid, string> departments) => new(
        r.Id, r.DepartmentId, departments.GetValueOrDefault(r.DepartmentId) ?? "", r.Title, r.Status, r.HiringManagerId, r.RecruiterId, Day(r.TargetStart),
        r.Band.Minimum, r.Band.Maximum, r.Band.Currency, [.. r.Pipeline.Stages.Select(s => s.Name)]);

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static ProblemHttpResult NoPlan() => ApiProblems.NotFound("Your organisation has no headcount plan yet.");

    private static ProblemHttpResult NoRequisition(Guid id) => ApiProblems.NotFound($"Your organisation has no requisition with the id {id}.");
}
