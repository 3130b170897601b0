using OpenTalent.Core.Hiring;

namespace OpenTalent.Core.Workforce;

/// <summary>
/// One opening in a department: who hires, who recruits, when they should start, what it pays, and where it stands
/// in its approval chain. Every change returns a new requisition with the change recorded in its history.
/// </summary>
/// <remarks>
/// Band rule: once submitted, a band inside the approved one (same currency, not above its maximum nor below its
/// minimum) is a narrowing the approvers already covered, so approval stands; any other change restarts approval
/// from the first step in a new round. Earlier rounds' decisions are kept.
/// </remarks>
public sealed record Requisition
{
    public const int MaxTitleLength = 200;

    public Requisition(
        Guid id,
        Guid departmentId,
        Guid? teamId,
        string title,
        Guid hiringManagerId,
        Guid? recruiterId,
        DateOnly targetStartDate,
        SalaryBand band,
        ApprovalChain chain,
        int round,
        IEnumerable<ApprovalDecision> decisions,
        IEnumerable<RequisitionEvent> history,
        SalaryBand? approvedBand = null)
    {
        Id = Ids.NotEmpty(id, nameof(id));
        DepartmentId = Ids.NotEmpty(departmentId, nameof(departmentId));
        TeamId = teamId is { } team ? Ids.NotEmpty(team, nameof(teamId)) : null;
        Title = Guard.NotBlank(title, nameof(title), MaxTitleLength);
        HiringManagerId = Ids.NotEmpty(hiringManagerId, nameof(hiringManagerId));
        RecruiterId = recruiterId is { } recruiter ? Ids.NotEmpty(recruiter, nameof(recruiterId)) : null;
        TargetStartDate = targetStartDate;
        Band = band ?? throw new ArgumentNullException(nameof(band));
        Chain = chain ?? throw new ArgumentNullException(nameof(chain));
        Round = round >= 0 ? round : throw new ArgumentOutOfRangeException(nameof(round), round, "round cannot be negative.");
        ArgumentNullException.ThrowIfNull(decisions);
        Decisions = decisions.ToArray();
        foreach (var decision in Decisions)
        {
            if (decision.Round > Round || decision.Step >= Chain.Steps.Count)
            {
                throw new ArgumentException($"A decision on round {decision.Round}, step {decision.Step + 1} does not fit a chain of {Chain.Steps.Count} steps in round {Round}.", nameof(decisions));
            }
        }

        ApprovedBand = approvedBand;
        ArgumentNullException.ThrowIfNull(history);
        History = history.ToArray();
        if (History.Count == 0 || History[0].Status != RequisitionStatus.Draft)
        {
            throw new ArgumentException("A requisition's history starts with Draft.", nameof(history));
        }

        for (var i = 1; i < History.Count; i++)
        {
            if (!RequisitionWorkflow.CanMove(History[i - 1].Status, History[i].Status))
            {
                throw new ArgumentException($"Step {i + 1} of the history moves from {History[i - 1].Status} to {History[i].Status}, which is not allowed.", nameof(history));
            }

            if (History[i].At < History[i - 1].At)
            {
                throw new ArgumentException($"Step {i + 1} of the history is dated before the step it follows.", nameof(history));
            }
        }
    }

    public Guid Id { get; }

    public Guid DepartmentId { get; }

    public Guid? TeamId { get; }

    public string Title { get; }

    public Guid HiringManagerId { get; }

    public Guid? RecruiterId { get; }

    public DateOnly TargetStartDate { get; }

    public SalaryBand Band { get; }

    public ApprovalChain Chain { get; }

    /// <summary>The approval round under way or last run; 0 before the first submission.</summary>
    public int Round { get; }

    public IReadOnlyList<ApprovalDecision> Decisions { get; }

    public IReadOnlyList<RequisitionEvent> History { get; }

    public RequisitionStatus Status => History[^1].Status;

    /// <summary>The chain step awaiting a decision, while pending approval; null otherwise.</summary>
    public int? PendingStep => Status == RequisitionStatus.PendingApproval ? CurrentRoundApprovals() : null;

    /// <summary>The band the approvers last approved in full; null if the requisition has never opened.</summary>
    public SalaryBand? ApprovedBand { get; }

    public static Requisition Draft(
        Guid departmentId, Guid? teamId, string title, Guid hiringManagerId, Guid? recruiterId, DateOnly targetStartDate, SalaryBand band, ApprovalChain chain, Guid by, DateTimeOffset at) =>
        new(Guid.CreateVersion7(at), departmentId, teamId, title, hiringManagerId, recruiterId, targetStartDate, band, chain, 0, [], [new RequisitionEvent(RequisitionStatus.Draft, at, by, null)]);

    /// <summary>Sends a draft for approval (a new round); with no approval steps it opens at once.</summary>
    public Requisition Submit(Guid by, DateTimeOffset at)
    {
        Require(RequisitionStatus.Draft, "submit");
        var submitted = Rebuild(Band, Round + 1, Decisions, History, ApprovedBand);
        return Chain.Steps.Count == 0
            ? submitted.Move(RequisitionStatus.Open, by, at, "No approval needed.", approvedBand: Band)
            : submitted.Move(RequisitionStatus.PendingApproval, by, at, null);
    }

    /// <summary>Approves the pending step; the last approval opens the requisition.</summary>
    /// <exception cref="RequisitionRuleException">Nothing is pending, or the decider may not decide this step.</exception>
    public Requisition Approve(Decider decider, DateTimeOffset at, string? comment = null)
    {
        var step = CheckDecider(decider, "approve");
        var decided = Rebuild(Band, Round, [.. Decisions, new ApprovalDecision(Round, step, decider.AccountId, ApprovalVerdict.Approved, at, comment)], History, ApprovedBand);
        return step == Chain.Steps.Count - 1
            ? decided.Move(RequisitionStatus.Open, decider.AccountId, at, "Approved by every step.", approvedBand: Band)
            : decided;
    }

    /// <summary>Rejects the pending step: the round ends and the requisition returns to draft, to amend and resubmit.</summary>
    public Requisition Reject(Decider decider, DateTimeOffset at, string reason)
    {
        var step = CheckDecider(decider, "reject");
        var decided = Rebuild(Band, Round, [.. Decisions, new ApprovalDecision(Round, step, decider.AccountId, ApprovalVerdict.Rejected, at, reason)], History, ApprovedBand);
        return decided.Move(RequisitionStatus.Draft, decider.AccountId, at, $"Rejected at step {step + 1}: {reason}");
    }

    /// <summary>Changes the band; see the band rule on the type.</summary>
    public Requisition ChangeBand(SalaryBand band, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(band);
        RequireNotFinal("change the salary band of");
        if (band == Band)
        {
            return this;
        }

        var changed = Rebuild(band, Round, Decisions, History, ApprovedBand);
        if (Status == RequisitionStatus.Draft || Chain.Steps.Count == 0 || (ApprovedBand is { } approved && Within(band, approved) && Status != RequisitionStatus.PendingApproval))
        {
            return changed;
        }

        return Rebuild(band, Round + 1, Decisions, History, ApprovedBand).Move(RequisitionStatus.PendingApproval, by, at, $"Salary band changed from {Band} to {band}: approval restarts.");
    }

    public Requisition Hold(Guid by, DateTimeOffset at, string reason)
    {
        Require(RequisitionStatus.Open, "put on hold");
        return Move(RequisitionStatus.OnHold, by, at, Guard.NotBlank(reason, nameof(reason), RequisitionEvent.MaxNoteLength));
    }

    public Requisition Resume(Guid by, DateTimeOffset at)
    {
        Require(RequisitionStatus.OnHold, "resume");
        return Move(RequisitionStatus.Open, by, at, null);
    }

    /// <summary>Marks the opening filled, naming the hire (e.g. the application id) in the note.</summary>
    public Requisition Fill(Guid by, DateTimeOffset at, string? note)
    {
        Require(RequisitionStatus.Open, "fill");
        return Move(RequisitionStatus.Filled, by, at, note);
    }

    public Requisition Cancel(Guid by, DateTimeOffset at, string reason)
    {
        RequireNotFinal("cancel");
        return Move(RequisitionStatus.Cancelled, by, at, Guard.NotBlank(reason, nameof(reason), RequisitionEvent.MaxNoteLength));
    }

    /// <summary>Changes who hires and who recruits; no approval needed, the cost does not change.</summary>
    public Requisition Reassign(Guid hiringManagerId, Guid? recruiterId)
    {
        RequireNotFinal("reassign");
        return new(Id, DepartmentId, TeamId, Title, hiringManagerId, recruiterId, TargetStartDate, Band, Chain, Round, Decisions, History, ApprovedBand);
    }

    private static bool Within(SalaryBand band, SalaryBand approved) =>
        band.Currency == approved.Currency && band.Minimum >= approved.Minimum && band.Maximum <= approved.Maximum;

    private int CurrentRoundApprovals()
    {
        var approvals = 0;
        foreach (var decision in Decisions)
        {
            if (decision.Round == Round && decision.Verdict == ApprovalVerdict.Approved)
            {
                approvals++;
            }
        }

        return approvals;
    }

    private int CheckDecider(Decider decider, string action)
    {
        ArgumentNullException.ThrowIfNull(decider);
        Require(RequisitionStatus.PendingApproval, action);
        var step = CurrentRoundApprovals();
        var approver = Chain.Steps[step];
        if (!approver.Accepts(decider))
        {
            throw new RequisitionRuleException($"Step {step + 1} of {Chain.Steps.Count} of '{Title}' is for {approver}; account {decider.AccountId} cannot {action} it.");
        }

        return step;
    }

    private void Require(RequisitionStatus status, string action)
    {
        if (Status != status)
        {
            throw new RequisitionRuleException($"Cannot {action} '{Title}': it is {Status}, and only a {status} requisition can be. From {Status} it can go to: {Describe(RequisitionWorkflow.Next(Status))}.");
        }
    }

    private void RequireNotFinal(string action)
    {
        if (RequisitionWorkflow.IsFinal(Status))
        {
            throw new RequisitionRuleException($"Cannot {action} '{Title}': it is {Status}, which is final.");
        }
    }

    private Requisition Rebuild(SalaryBand band, int round, IReadOnlyList<ApprovalDecision> decisions, IReadOnlyList<RequisitionEvent> history, SalaryBand? approvedBand) =>
        new(Id, DepartmentId, TeamId, Title, HiringManagerId, RecruiterId, TargetStartDate, band, Chain, round, decisions, history, approvedBand);

    private Requisition Move(RequisitionStatus to, Guid by, DateTimeOffset at, string? note, SalaryBand? approvedBand = null)
    {
        // A clock slightly behind the last event must not reorder history.
        var when = at < History[^1].At ? History[^1].At : at;
        return Rebuild(Band, Round, Decisions, [.. History, new RequisitionEvent(to, when, by, note)], approvedBand ?? ApprovedBand);
    }

    private static string Describe(IReadOnlyList<RequisitionStatus> next) => next.Count == 0 ? "nothing (final)" : string.Join(", ", next);
}
