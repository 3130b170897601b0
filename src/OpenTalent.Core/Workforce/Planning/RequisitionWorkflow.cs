namespace OpenTalent.Core.Workforce;

public enum RequisitionStatus
{
    Draft,
    PendingApproval,
    Open,
    OnHold,
    Filled,
    Cancelled,
}

/// <summary>One status change of a requisition, attributed and dated.</summary>
public sealed record RequisitionEvent
{
    public const int MaxNoteLength = 2000;

    public RequisitionEvent(RequisitionStatus status, DateTimeOffset at, Guid by, string? note)
    {
        Status = Enum.IsDefined(status) ? status : throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown requisition status.");
        At = at;
        By = Hiring.Ids.NotEmpty(by, nameof(by));
        Note = string.IsNullOrWhiteSpace(note) ? null : Guard.NotBlank(note, nameof(note), MaxNoteLength);
    }

    public RequisitionStatus Status { get; }

    public DateTimeOffset At { get; }

    public Guid By { get; }

    public string? Note { get; }
}

/// <summary>
/// The legal status changes. A rejected approval sends the requisition back to draft (to amend and resubmit); a
/// salary band change beyond what was approved sends an open or held one back to approval. Filled and cancelled are final.
/// </summary>
public static class RequisitionWorkflow
{
    public static bool IsFinal(RequisitionStatus status) => status is RequisitionStatus.Filled or RequisitionStatus.Cancelled;

    public static bool CanMove(RequisitionStatus from, RequisitionStatus to) => (from, to) switch
    {
        (RequisitionStatus.Filled or RequisitionStatus.Cancelled, _) => false,
        (_, RequisitionStatus.Cancelled) => true,
        (RequisitionStatus.Draft, RequisitionStatus.PendingApproval or RequisitionStatus.Open) => true,
        (RequisitionStatus.PendingApproval, RequisitionStatus.Open or RequisitionStatus.Draft or RequisitionStatus.PendingApproval) => true,
        (RequisitionStatus.Open, RequisitionStatus.OnHold or RequisitionStatus.Filled or RequisitionStatus.PendingApproval) => true,
        (RequisitionStatus.OnHold, RequisitionStatus.Open or RequisitionStatus.PendingApproval) => true,
        _ => false,
    };

    public static IReadOnlyList<RequisitionStatus> Next(RequisitionStatus from) =>
        [.. Enum.GetValues<RequisitionStatus>().Where(to => CanMove(from, to))];
}

/// <summary>A requisition change the rules do not allow; the message says why and what is allowed.</summary>
public sealed class RequisitionRuleException(string message) : InvalidOperationException(message);
