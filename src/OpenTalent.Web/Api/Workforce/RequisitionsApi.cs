using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

/// <summary>One approval step: a role (owner, recruiter, hiringManager) whose holders decide, or one named member.</summary>
public sealed record ApproverView(string? Role, Guid? AccountId, string? Name);

public sealed record ApprovalChainRequest(IReadOnlyList<ApproverView>? Steps);

public sealed record DecisionView(int Round, int Step, Guid By, string? ByName, ApprovalVerdict Verdict, DateTimeOffset At, string? Comment);

public sealed record RequisitionEventView(RequisitionStatus Status, DateTimeOffset At, Guid By, string? ByName, string? Note);

/// <summary>A requisition with its approval: the chain, the step awaiting a decision, every decision and status change, and what the caller may do now.</summary>
public sealed record RequisitionDetailView(
    Guid Id, Guid DepartmentId, Guid? TeamId, string Title, RequisitionStatus Status, Guid HiringManagerId, Guid? RecruiterId, string TargetStart,
    decimal BandMinimum, decimal BandMaximum, string Currency, int Round, int? PendingStep, IReadOnlyList<ApproverView> Chain,
    IReadOnlyList<DecisionView> Decisions, IReadOnlyList<RequisitionEventView> History, IReadOnlyList<string> Actions, string? PostingId);

public sealed record NewRequisitionRequest(
    Guid? DepartmentId, Guid? TeamId, string? Title, Guid? HiringManagerId, Guid? RecruiterId, string? TargetStart, decimal? BandMinimum, decimal? BandMaximum, string? Currency);

/// <summary>
/// A change to a requisition: a new salary band (re-approval unless it narrows the approved one), new people, or the
/// organisation's job whose applicants join its pipeline (<c>postingId</c>; an empty one unlinks).
/// </summary>
public sealed record RequisitionChangeRequest(decimal? BandMinimum, decimal? BandMaximum, string? Currency, Guid? HiringManagerId, Guid? RecruiterId, string? PostingId = null);

/// <param name="Note">A comment on an approval; the reason for a rejection, hold or cancellation; a note on a fill.</param>
public sealed record RequisitionActionRequest(string? Note);

/// <summary>
/// Requisitions' lifecycle under <c>/api/v1/employer/hiring</c>: the organisation's approval chain, drafts, submission,
/// each approver's decision in turn, band changes (which restart approval unless they narrow it), holds, fills and
/// cancellations, every change dated and attributed.
/// </summary>
public static class RequisitionsApi
{
    private static readonly string[] ActionNames = ["submit", "approve", "reject", "hold", "resume", "fill", "cancel"];

    public static RouteGroupBuilder MapRequisitions(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/hiring/approval-chain", ChainAsync).WithSummary("The approval chain new requisitions go through: steps decided by a role or a named member, in order.");
        api.MapPut("/hiring/approval-chain", SetChainAsync).WithSummary("Configure the approval chain (owners only); an empty chain opens requisitions on submission.");
        api.MapPost("/hiring/requisitions", CreateAsync).WithSummary("Draft a requisition: department, team, title, hiring manager, recruiter, target start and salary band.");
        api.MapGet("/hiring/requisitions/{id:guid}", GetAsync).WithSummary("A requisition with its approval chain, pending step, decisions, status history and the actions open to me.");
        api.MapPut("/hiring/requisitions/{id:guid}", ChangeAsync).WithSummary("Change the salary band (approval restarts unless it narrows the approved band) or reassign the hiring manager and recruiter.");
        api.MapPost("/hiring/requisitions/{id:guid}/{action:regex(^(submit|approve|reject|hold|resume|fill|cancel)$)}", ActAsync)
            .WithSummary("submit, approve or reject (the pending step's approver), hold, resume, fill or cancel a requisition; note: the comment or reason.");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<ApproverView>>, ProblemHttpResult>> ChainAsync(
        HttpContext context, EmployerAccess access, WorkforceStore store, IOrganisationStore organisations, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var names = await MemberNames.OfAsync(organisations, caller.OrganisationId, cancellationToken);
        return TypedResults.Ok(Steps(await store.ApprovalChainAsync(caller.OrganisationId, cancellationToken), names));
    }

    private static async Task<Results<Ok<IReadOnlyList<ApproverView>>, ValidationProblem, ProblemHttpResult>> SetChainAsync(
        ApprovalChainRequest request, HttpContext context, EmployerAccess access, WorkforceStore store, IOrganisationStore organisations, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ManageMembers, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var names = await MemberNames.OfAsync(organisations, caller.OrganisationId, cancellationToken);
        var validation = new Validation();
        var steps = new List<Approver>();
        var requested = request?.Steps ?? [];
        for (var i = 0; i < requested.Count; i++)
        {
            var step = requested[i];
            if (step?.AccountId is { } account)
            {
                if (names.ContainsKey(account))
                {
                    steps.Add(Approver.Person(account));
                }
                else
                {
                    validation.Add($"steps[{i}].accountId", $"{account} is not a member of your organisation.");
                }
            }
            else if (RoleOf(step?.Role) is { } role)
            {
                steps.Add(Approver.Role(role));
            }
            else
            {
                validation.Add($"steps[{i}]", $"give a role (owner, recruiter or hiringManager) or a member's accountId; got role '{step?.Role}'.");
            }
        }

        var chain = validation.IsValid ? validation.Try("steps", () => new ApprovalChain(steps)) : null;
        if (chain is null)
        {
            return validation.Problem();
        }

        await store.SetApprovalChainAsync(caller.OrganisationId, chain, cancellationToken);
        return TypedResults.Ok(Steps(chain, names));
    }

    private static async Task<Results<Created<RequisitionDetailView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        NewRequisitionRequest request, HttpContext context, EmployerAccess access, WorkforceStore store, IOrganisationStore organisations, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.WriteJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        if (await store.FindPlanForAsync(caller.OrganisationId, cancellationToken) is not { } found)
        {
            return ApiProblems.Conflict("Your organisation has no headcount plan yet: requisitions belong to its departments.");
        }

        var names = await MemberNames.OfAsync(organisations, caller.OrganisationId, cancellationToken);
        var validation = new Validation();
        var department = found.Plan.Departments.FirstOrDefault(d => d.Id == request?.DepartmentId);
        if (department is null)
        {
            validation.Add("departmentId", $"must be one of the plan's departments ({string.Join(", ", found.Plan.Departments.Select(d => $"{d.Name}: {d.Id}"))}).");
        }
        else if (request!.TeamId is { } team && department.Teams.All(t => t.Id != team))
        {
            validation.Add("teamId", $"{team} is not a team of {department.Name}.");
        }

        var title = validation.Required("title", request?.Title, Requisition.MaxTitleLength);
        Member(validation, names, "hiringManagerId", request?.HiringManagerId, required: true);
        Member(validation, names, "recruiterId", request?.RecruiterId, required: false);
        var start = default(DateOnly);
        if (!DateOnly.TryParseExact(request?.TargetStart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            validation.Add("targetStart", $"must be a date as YYYY-MM-DD; got '{request?.TargetStart}'.");
        }

        var band = Band(validation, request?.BandMinimum, request?.BandMaximum, request?.Currency);
        if (!validation.IsValid || band is null)
        {
            return validation.Problem();
        }

        var chain = await store.ApprovalChainAsync(caller.OrganisationId, cancellationToken);
        var draft = Requisition.Draft(department!.Id, request!.TeamId, title!, request.HiringManagerId!.Value, request.RecruiterId, start, band, chain, By(caller), clock.GetUtcNow());
        await store.CreateRequisitionAsync(caller.OrganisationId, draft, null, cancellationToken);
        var created = await store.RequisitionAsync(caller.OrganisationId, draft.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/employer/hiring/requisitions/{draft.Id}", View(created!, caller, names, null));
    }

    private static async Task<Results<Ok<RequisitionDetailView>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext context, EmployerAccess access, WorkforceStore store, IOrganisationStore organisations, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        return await FindAsync(store, organisations, caller, id, cancellationToken) is { } view ? TypedResults.Ok(view) : NoRequisition(id);
    }

    private static async Task<Results<Ok<RequisitionDetailView>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, RequisitionChangeRequest request, HttpContext context, EmployerAccess access, WorkforceStore store, IOrganisationStore organisations, IPostingOwnerStore owners,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.WriteJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var names = await MemberNames.OfAsync(organisations, caller.OrganisationId, cancellationToken);
        var validation = new Validation();
        var changesBand = request?.BandMinimum is not null || request?.BandMaximum is not null || request?.Currency is not null;
        var band = changesBand ? Band(validation, request?.BandMinimum, request?.BandMaximum, request?.Currency) : null;
        Member(validation, names, "hiringManagerId", request?.HiringManagerId, required: false);
        Member(validation, names, "recruiterId", request?.RecruiterId, required: false);
        var posting = request?.PostingId?.Trim();
        if (posting is { Length: > 0 } && (await owners.FindAsync(posting, cancellationToken))?.OrganisationId != caller.OrganisationId)
        {
            validation.Add("postingId", $"your organisation has no job '{posting}'.");
        }

        if (!changesBand && request?.HiringManagerId is null && request?.RecruiterId is null && posting is null)
        {
            validation.Add("bandMinimum", "give a new band (bandMinimum, bandMaximum, currency), a hiringManagerId, a recruiterId or a postingId.");
        }

        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        var at = clock.GetUtcNow();
        if (posting is not null)
        {
            if (!await store.LinkPostingAsync(caller.OrganisationId, id, posting.Length == 0 ? null : posting, cancellationToken))
            {
                return NoRequisition(id);
            }

            await store.SyncApplicantsAsync(caller.OrganisationId, id, at, cancellationToken);
            if (!changesBand && request!.HiringManagerId is null && request.RecruiterId is null)
            {
                return await FindAsync(store, organisations, caller, id, cancellationToken) is { } linked ? TypedResults.Ok(linked) : NoRequisition(id);
            }
        }

        return await ApplyAsync(store, caller, names, id, requisition =>
        {
            var changed = band is null ? requisition : requisition.ChangeBand(band, By(caller), at);
            return request!.HiringManagerId is not null || request.RecruiterId is not null
                ? changed.Reassign(request.HiringManagerId ?? changed.HiringManagerId, request.RecruiterId ?? changed.RecruiterId)
                : changed;
        }, cancellationToken);
    }

    private static async Task<Results<Ok<RequisitionDetailView>, ValidationProblem, ProblemHttpResult>> ActAsync(
        Guid id, string action, RequisitionActionRequest? request, HttpContext context, EmployerAccess access, WorkforceStore store, IOrganisationStore organisations,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        // Decisions are the approvers' (checked against the chain); running the requisition is the recruiters'.
        var deciding = action is "approve" or "reject";
        var (caller, denied) = await access.ResolveAsync(context.User, deciding ? EmployerAction.ReadJobs : EmployerAction.WriteJobs, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        if (deciding && caller.AccountId is null)
        {
            return ApiProblems.Forbidden("Approvals are people's decisions: sign in as the approver; API keys cannot approve or reject.");
        }

        var validation = new Validation();
        var note = validation.Optional("note", request?.Note, RequisitionEvent.MaxNoteLength);
        if (note is null && action is "reject" or "hold" or "cancel")
        {
            validation.Add("note", $"is required to {action}: say why.");
        }

        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        var names = await MemberNames.OfAsync(organisations, caller.OrganisationId, cancellationToken);
        var by = By(caller);
        var at = clock.GetUtcNow();
        return await ApplyAsync(store, caller, names, id, requisition => action switch
        {
            "submit" => requisition.Submit(by, at),
            "approve" => requisition.Approve(Decider(caller), at, note),
            "reject" => requisition.Reject(Decider(caller), at, note!),
            "hold" => requisition.Hold(by, at, note!),
            "resume" => requisition.Resume(by, at),
            "fill" => requisition.Fill(by, at, note),
            _ => requisition.Cancel(by, at, note!),
        }, cancellationToken);
    }

    /// <summary>A requisition as the API and the pipeline page show it; null when the organisation has none with that id.</summary>
    public static async Task<RequisitionDetailView?> FindAsync(WorkforceStore store, IOrganisationStore organisations, EmployerCaller caller, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(caller);
        return await store.RequisitionAsync(caller.OrganisationId, id, cancellationToken) is { } found
            ? View(found, caller, await MemberNames.OfAsync(organisations, caller.OrganisationId, cancellationToken), await store.LinkedPostingAsync(caller.OrganisationId, id, cancellationToken))
            : null;
    }

    private static async Task<Results<Ok<RequisitionDetailView>, ValidationProblem, ProblemHttpResult>> ApplyAsync(
        WorkforceStore store, EmployerCaller caller, IReadOnlyDictionary<Guid, string> names, Guid id, Func<Requisition, Requisition> change, CancellationToken cancellationToken)
    {
        try
        {
            return await store.ChangeRequisitionAsync(caller.OrganisationId, id, change, cancellationToken) is { } changed
                ? TypedResults.Ok(View(changed, caller, names, await store.LinkedPostingAsync(caller.OrganisationId, id, cancellationToken)))
                : NoRequisition(id);
        }
        catch (RequisitionRuleException exception)
        {
            return ApiProblems.Conflict(exception.Message);
        }
        catch (ArgumentException exception)
        {
            return ApiProblems.Field(exception.ParamName ?? "note", ProblemText.Clean(exception));
        }
    }

    private static RequisitionDetailView View(RequisitionRecord record, EmployerCaller caller, IReadOnlyDictionary<Guid, string> names, string? posting)
    {
        var requisition = record.Requisition;
        return new RequisitionDetailView(
            requisition.Id, requisition.DepartmentId, requisition.TeamId, requisition.Title, requisition.Status, requisition.HiringManagerId, requisition.RecruiterId,
            requisition.TargetStartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), requisition.Band.Minimum, requisition.Band.Maximum, requisition.Band.Currency,
            requisition.Round, requisition.PendingStep, Steps(requisition.Chain, names),
            [.. requisition.Decisions.Select(d => new DecisionView(d.Round, d.Step, d.By, names.GetValueOrDefault(d.By), d.Verdict, d.At, d.Comment))],
            [.. requisition.History.Select(e => new RequisitionEventView(e.Status, e.At, e.By, names.GetValueOrDefault(e.By), e.Note))],
            Actions(requisition, caller), posting);
    }

    /// <summary>What the caller may do now: the moves the status allows, and a decision when the pending step is theirs.</summary>
    private static IReadOnlyList<string> Actions(Requisition requisition, EmployerCaller caller)
    {
        var actions = new List<string>();
        if (requisition.PendingStep is { } step && caller.AccountId is not null && requisition.Chain.Steps[step].Accepts(Decider(caller)))
        {
            actions.AddRange(["approve", "reject"]);
        }

        if (caller.May(EmployerAction.WriteJobs))
        {
            actions.AddRange(requisition.Status switch
            {
                RequisitionStatus.Draft => ["submit", "cancel"],
                RequisitionStatus.PendingApproval => ["cancel"],
                RequisitionStatus.Open => ["hold", "fill", "cancel"],
                RequisitionStatus.OnHold => ["resume", "cancel"],
                _ => [],
            });
        }

        return [.. actions.Where(ActionNames.Contains)];
    }

    private static Decider Decider(EmployerCaller caller) => new(caller.AccountId!.Value, caller.Role is { } role ? [RoleName(role)] : []);

    private static Guid By(EmployerCaller caller) => caller.AccountId ?? caller.ApiKeyId!.Value;

    private static string RoleName(MemberRole role) => role switch
    {
        MemberRole.Owner => "owner",
        MemberRole.Recruiter => "recruiter",
        _ => "hiringManager",
    };

    private static string? RoleOf(string? text) =>
        Enum.TryParse<MemberRole>(text, ignoreCase: true, out var role) && Enum.IsDefined(role) ? RoleName(role) : null;

    /// <summary>A chain's steps with the named members' names.</summary>
    public static IReadOnlyList<ApproverView> Steps(ApprovalChain chain, IReadOnlyDictionary<Guid, string> names) =>
        [.. chain.Steps.Select(s => new ApproverView(s.RoleName, s.AccountId, s.AccountId is { } id ? names.GetValueOrDefault(id) : null))];

    private static void Member(Validation validation, IReadOnlyDictionary<Guid, string> names, string field, Guid? account, bool required)
    {
        if (account is { } id ? !names.ContainsKey(id) : required)
        {
            validation.Add(field, account is null ? "is required: a member of your organisation." : $"{account} is not a member of your organisation.");
        }
    }

    private static SalaryBand? Band(Validation validation, decimal? minimum, decimal? maximum, string? currency)
    {
        if (minimum is null || maximum is null || string.IsNullOrWhiteSpace(currency))
        {
            validation.Add("bandMinimum", "a salary band needs bandMinimum, bandMaximum and currency.");
            return null;
        }

        return validation.Try("bandMinimum", () => new SalaryBand(minimum.Value, maximum.Value, currency.Trim().ToUpperInvariant()));
    }

    private static ProblemHttpResult NoRequisition(Guid id) => ApiProblems.NotFound($"Your organisation has no requisition with the id {id}.");
}
