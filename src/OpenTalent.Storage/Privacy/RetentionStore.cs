using Dapper;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Privacy;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Privacy;

/// <summary>What one retention run did.</summary>
public sealed record RetentionOutcome(DateTimeOffset Cutoff, int ApplicationsAnonymised);

/// <summary>
/// Retention of rejected applicants' data: applications rejected before the cutoff stop naming the person (see
/// <see cref="Anonymiser"/>), in one transaction, and each person gets an audit entry saying so. The person's own
/// account, if they have one, stays: it is theirs, not the employer's.
/// </summary>
public sealed class RetentionStore(Database database, IAuditLog audit)
{
    public async Task<RetentionOutcome> AnonymiseRejectedAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        await database.LockForWriteAsync(connection, transaction, "applications", cancellationToken);
        var condition = "status = @Rejected AND updated_at < @Cutoff AND seeker IN (SELECT id FROM accounts WHERE password_hash <> '!')";
        var values = new { Rejected = nameof(ApplicationStatus.Rejected), Cutoff = Time(database.Provider, cutoff) };
        var affected = (await connection.QueryAsync<(string Seeker, string Posting)>(new CommandDefinition(
            $"SELECT seeker, posting FROM applications WHERE {condition}", values, transaction, cancellationToken: cancellationToken))).ToArray();
        var count = await new Anonymiser(database, connection, transaction).ApplicationsAsync(condition, values, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await database.ForgetDeletedAsync(connection, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        await audit.RecordAsync(
            [.. affected.Select(a => new AuditEntry(now, AuditActorKind.System, null, null, AuditAction.Erased, Id(a.Seeker), $"rejected application to {a.Posting}, past its retention period"))],
            cancellationToken);
        return new RetentionOutcome(cutoff, count);
    }
}
