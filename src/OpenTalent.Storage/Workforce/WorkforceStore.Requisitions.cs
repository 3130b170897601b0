using System.Data.Common;
using Dapper;
using OpenTalent.Core.Workforce;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Workforce;

/// <summary>A requisition as stored (its row) and as the domain sees it (with its approval chain, rounds, decisions and history).</summary>
public sealed record RequisitionRecord(RequisitionRow Row, Requisition Requisition);

/// <summary>Requisitions' lifecycle: drafts, the approval chain, decisions, holds, fills and cancellations.</summary>
public sealed partial class WorkforceStore
{
    /// <summary>The chain an organisation's new requisitions go through; none configured means none (they open on submission).</summary>
    public async Task<ApprovalChain> ApprovalChainAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ChainAsync(connection, null, organisationId, cancellationToken);
    }

    public async Task SetApprovalChainAsync(Guid organisationId, ApprovalChain chain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chain);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        var values = new { Organisation = Id(organisationId), Document = WorkforceJson.Write(chain) };
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM approval_chains WHERE organisation = @Organisation", values, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("INSERT INTO approval_chains (organisation, document) VALUES (@Organisation, @Document)", values, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<RequisitionRecord?> RequisitionAsync(Guid organisationId, Guid requisitionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await RequisitionAsync(connection, null, organisationId, requisitionId, cancellationToken);
    }

    /// <summary>Stores a new requisition (a draft, usually) with the standard pipeline unless one is given.</summary>
    public async Task CreateRequisitionAsync(Guid organisationId, Requisition requisition, Pipeline? pipeline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requisition);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        var row = new RequisitionRow(
            requisition.Id, requisition.DepartmentId, requisition.TeamId, requisition.Title, requisition.Status, requisition.HiringManagerId, requisition.RecruiterId,
            requisition.TargetStartDate, requisition.Band, pipeline ?? Pipeline.Standard, Opened(requisition), Closed(requisition));
        await database.BulkInsertAsync(connection, transaction, "requisitions", RequisitionColumns, [RequisitionValues(Id(organisationId), row)], cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO requisition_workflows (requisition, document) VALUES (@Requisition, @Document)",
            new { Requisition = Id(requisition.Id), Document = WorkforceJson.WriteWorkflow(requisition) }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Applies one change (submit, a decision, a band change, hold, fill...) through the domain, and stores the
    /// row and the workflow together. Null when the organisation has no such requisition.
    /// </summary>
    /// <exception cref="RequisitionRuleException">The change is not allowed now, or not by this person.</exception>
    public async Task<RequisitionRecord?> ChangeRequisitionAsync(Guid organisationId, Guid requisitionId, Func<Requisition, Requisition> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        await database.LockForWriteAsync(connection, transaction, "requisitions", cancellationToken);
        if (await RequisitionAsync(connection, transaction, organisationId, requisitionId, cancellationToken) is not { } current)
        {
            return null;
        }

        var changed = change(current.Requisition);
        var values = new
        {
            Id = Id(requisitionId),
            Status = changed.Status.ToString(),
            HiringManager = Id(changed.HiringManagerId),
            Recruiter = changed.RecruiterId is { } recruiter ? Id(recruiter) : null,
            BandMin = (double)changed.Band.Minimum,
            BandMax = (double)changed.Band.Maximum,
            changed.Band.Currency,
            OpenedAt = (current.Row.OpenedAt ?? Opened(changed)) is { } opened ? Millis(opened) : (long?)null,
            ClosedAt = Closed(changed) is { } closed ? Millis(closed) : (long?)null,
            Document = WorkforceJson.WriteWorkflow(changed),
        };
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE requisitions SET status = @Status, hiring_manager = @HiringManager, recruiter = @Recruiter, band_min = @BandMin, band_max = @BandMax, currency = @Currency,
                opened_at = @OpenedAt, closed_at = @ClosedAt
            WHERE id = @Id
            """,
            values, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM requisition_workflows WHERE requisition = @Id", values, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO requisition_workflows (requisition, document) VALUES (@Id, @Document)", values, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        var row = current.Row with
        {
            Status = changed.Status, HiringManagerId = changed.HiringManagerId, RecruiterId = changed.RecruiterId, Band = changed.Band,
            OpenedAt = values.OpenedAt is { } o ? Instant(o) : null, ClosedAt = values.ClosedAt is { } c ? Instant(c) : null,
        };
        return new RequisitionRecord(row, changed);
    }

    private static async Task<ApprovalChain> ChainAsync(DbConnection connection, DbTransaction? transaction, Guid organisationId, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT document FROM approval_chains WHERE organisation = @Organisation", new { Organisation = Id(organisationId) }, transaction, cancellationToken: cancellationToken))
            is { } document ? WorkforceJson.ReadChain(document) : ApprovalChain.None;

    private static async Task<RequisitionRecord?> RequisitionAsync(
        DbConnection connection, DbTransaction? transaction, Guid organisationId, Guid requisitionId, CancellationToken cancellationToken)
    {
        if (await FindRequisitionAsync(connection, transaction, organisationId, requisitionId, cancellationToken) is not { } row)
        {
            return null;
        }

        var values = new { Requisition = Id(requisitionId) };
        var document = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT document FROM requisition_workflows WHERE requisition = @Requisition", values, transaction, cancellationToken: cancellationToken));
        var requisition = document is not null
            ? WorkforceJson.ReadWorkflow(document, row.Id, row.DepartmentId, row.TeamId, row.Title, row.HiringManagerId, row.RecruiterId, row.TargetStart, row.Band)
            : Derived(row, await ChainAsync(connection, transaction, organisationId, cancellationToken));
        return new RequisitionRecord(row, requisition);
    }

    /// <summary>
    /// A requisition stored without a workflow (loaded in bulk, as the demo and imports are): read as having gone
    /// straight to its status when it opened. One still pending approval waits on the organisation's chain, or on
    /// an owner when none is configured, so it can always be decided.
    /// </summary>
    private static Requisition Derived(RequisitionRow row, ApprovalChain organisationChain)
    {
        var start = row.OpenedAt ?? row.ClosedAt ?? DateTimeOffset.UnixEpoch;
        var by = row.HiringManagerId;
        var history = new List<RequisitionEvent> { new(RequisitionStatus.Draft, start, by, "Loaded without its approval history.") };
        var chain = row.Status == RequisitionStatus.PendingApproval && organisationChain.Steps.Count == 0 ? new ApprovalChain([Approver.Role("owner")]) : organisationChain;
        var round = 0;
        switch (row.Status)
        {
            case RequisitionStatus.PendingApproval:
                history.Add(new(RequisitionStatus.PendingApproval, start, by, null));
                round = 1;
                break;
            case RequisitionStatus.Open or RequisitionStatus.OnHold or RequisitionStatus.Filled:
                history.Add(new(RequisitionStatus.Open, start, by, null));
                round = 1;
                if (row.Status != RequisitionStatus.Open)
                {
                    history.Add(new(row.Status, row.ClosedAt is { } closed && closed >= start ? closed : start, by, null));
                }

                break;
            case RequisitionStatus.Cancelled:
                history.Add(new(RequisitionStatus.Cancelled, row.ClosedAt is { } cancelled && cancelled >= start ? cancelled : start, by, null));
                break;
        }

        return new Requisition(
            row.Id, row.DepartmentId, row.TeamId, row.Title, row.HiringManagerId, row.RecruiterId, row.TargetStart, row.Band, chain, round, [], history,
            round > 0 && row.Status != RequisitionStatus.PendingApproval ? row.Band : null);
    }

    private static DateTimeOffset? Opened(Requisition requisition) => requisition.History.FirstOrDefault(e => e.Status == RequisitionStatus.Open)?.At;

    private static DateTimeOffset? Closed(Requisition requisition) =>
        RequisitionWorkflow.IsFinal(requisition.Status) ? requisition.History[^1].At : null;
}
