using System.Text.Json;
using System.Text.Json.Serialization;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;

namespace OpenTalent.Storage.Workforce;

/// <summary>The small workforce documents (a headcount plan, a pipeline, a scorecard, a requisition's approvals) as JSON, read back through the domain's own constructors so they are checked again.</summary>
internal static class WorkforceJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write(HeadcountPlan plan) => JsonSerializer.Serialize(
        new StoredPlan(plan.Id, plan.Name, [.. plan.Departments.Select(d => new StoredUnit(d.Id, d.Name, d.CurrentHeadcount, Targets(d.Targets), [.. d.Teams.Select(t => new StoredUnit(t.Id, t.Name, t.CurrentHeadcount, Targets(t.Targets), []))]))]),
        Options);

    public static HeadcountPlan ReadPlan(string json, Guid organisationId)
    {
        var stored = JsonSerializer.Deserialize<StoredPlan>(json, Options) ?? throw new InvalidDataException("A stored headcount plan is empty.");
        return new HeadcountPlan(
            stored.Id,
            organisationId,
            stored.Name,
            stored.Departments.Select(d => new Department(d.Id, d.Name, d.Current, Targets(d.Targets), d.Teams.Select(t => new Team(t.Id, t.Name, t.Current, Targets(t.Targets))))));
    }

    public static string Write(Pipeline pipeline) => JsonSerializer.Serialize(
        new StoredPipeline(pipeline.AllowSkipping, [.. pipeline.Stages.Select(s => new StoredStage(s.Name, s.Kind, s.RequiredScorecards))]), Options);

    public static Pipeline ReadPipeline(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredPipeline>(json, Options) ?? throw new InvalidDataException("A stored pipeline is empty.");
        return new Pipeline(stored.Stages.Select(s => new PipelineStage(s.Name, s.Kind, s.RequiredScorecards)), stored.AllowSkipping);
    }

    /// <summary>A scorecard with the kit it was scored against (name and competencies as they were), so later kit changes leave it intact.</summary>
    public static string Write(Scorecard card, string kitName) => JsonSerializer.Serialize(
        new StoredScorecard(card.Id, card.ApplicationId, card.Stage, card.KitId, kitName, [.. card.Competencies], [.. card.Ratings], card.InterviewerId, card.Overall, card.SubmittedAt, card.Notes), Options);

    public static Scorecard ReadScorecard(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredScorecard>(json, Options) ?? throw new InvalidDataException("A stored scorecard is empty.");
        var kit = new InterviewKit(stored.KitId, stored.KitName, stored.Competencies);
        var ratings = stored.Competencies.Zip(stored.Ratings).ToDictionary(r => r.First, r => r.Second, StringComparer.OrdinalIgnoreCase);
        return new Scorecard(stored.Id, stored.ApplicationId, stored.Stage, kit, stored.InterviewerId, ratings, stored.Overall, stored.SubmittedAt, stored.Notes);
    }

    public static string Write(ApprovalChain chain) => JsonSerializer.Serialize(Steps(chain), Options);

    public static ApprovalChain ReadChain(string json) => Chain(JsonSerializer.Deserialize<StoredApprover[]>(json, Options) ?? []);

    /// <summary>What a requisition row does not hold: its chain, approval rounds, decisions, history and approved band.</summary>
    public static string WriteWorkflow(Requisition requisition) => JsonSerializer.Serialize(
        new StoredWorkflow(
            Steps(requisition.Chain), requisition.Round,
            [.. requisition.Decisions.Select(d => new StoredDecision(d.Round, d.Step, d.By, d.Verdict, d.At, d.Comment))],
            [.. requisition.History.Select(e => new StoredEvent(e.Status, e.At, e.By, e.Note))],
            requisition.ApprovedBand is { } band ? new StoredBand(band.Minimum, band.Maximum, band.Currency) : null),
        Options);

    public static Requisition ReadWorkflow(string json, Guid id, Guid departmentId, Guid? teamId, string title, Guid hiringManagerId, Guid? recruiterId, DateOnly targetStart, SalaryBand band)
    {
        var stored = JsonSerializer.Deserialize<StoredWorkflow>(json, Options) ?? throw new InvalidDataException("A stored requisition workflow is empty.");
        return new Requisition(
            id, departmentId, teamId, title, hiringManagerId, recruiterId, targetStart, band, Chain(stored.Chain), stored.Round,
            stored.Decisions.Select(d => new ApprovalDecision(d.Round, d.Step, d.By, d.Verdict, d.At, d.Comment)),
            stored.History.Select(e => new RequisitionEvent(e.Status, e.At, e.By, e.Note)),
            stored.ApprovedBand is { } approved ? new SalaryBand(approved.Minimum, approved.Maximum, approved.Currency) : null);
    }

    private static StoredApprover[] Steps(ApprovalChain chain) => [.. chain.Steps.Select(s => new StoredApprover(s.RoleName, s.AccountId))];

    private static ApprovalChain Chain(IEnumerable<StoredApprover> steps) =>
        new(steps.Select(s => s.AccountId is { } account ? Approver.Person(account) : Approver.Role(s.Role ?? "")));

    public static string Write(IEnumerable<string> values) => JsonSerializer.Serialize(values, Options);

    public static string[] ReadList(string json) => JsonSerializer.Deserialize<string[]>(json, Options) ?? [];

    private static StoredTarget[] Targets(IEnumerable<HeadcountTarget> targets) => [.. targets.Select(t => new StoredTarget(t.Date, t.Headcount))];

    private static IEnumerable<HeadcountTarget> Targets(IEnumerable<StoredTarget> targets) => targets.Select(t => new HeadcountTarget(t.Date, t.Headcount));

    private sealed record StoredPlan(Guid Id, string Name, StoredUnit[] Departments);

    private sealed record StoredUnit(Guid Id, string Name, int Current, StoredTarget[] Targets, StoredUnit[] Teams);

    private sealed record StoredTarget(DateOnly Date, int Headcount);

    private sealed record StoredPipeline(bool AllowSkipping, StoredStage[] Stages);

    private sealed record StoredApprover(string? Role, Guid? AccountId);

    private sealed record StoredDecision(int Round, int Step, Guid By, ApprovalVerdict Verdict, DateTimeOffset At, string? Comment);

    private sealed record StoredEvent(RequisitionStatus Status, DateTimeOffset At, Guid By, string? Note);

    private sealed record StoredBand(decimal Minimum, decimal Maximum, string Currency);

    private sealed record StoredWorkflow(StoredApprover[] Chain, int Round, StoredDecision[] Decisions, StoredEvent[] History, StoredBand? ApprovedBand);

    private sealed record StoredScorecard(
        Guid Id, Guid ApplicationId, string Stage, Guid KitId, string KitName, string[] Competencies, int[] Ratings, Guid InterviewerId, Recommendation Overall, DateTimeOffset SubmittedAt, string? Notes);

    private sealed record StoredStage(string Name, ApplicationStatus Kind, int RequiredScorecards);
}
