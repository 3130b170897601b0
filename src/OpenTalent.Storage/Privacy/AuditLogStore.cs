using Dapper;
using OpenTalent.Core.Privacy;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Privacy;

/// <summary>The audit log through Dapper: append-only; read back with the names of who acted.</summary>
public sealed class AuditLogStore(Database database) : IAuditLog
{
    public async Task RecordAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO audit_log (at, actor_kind, actor, organisation, action, subject, what) VALUES (@At, @ActorKind, @Actor, @Organisation, @Action, @Subject, @What)",
            entries.Select(e => new
            {
                At = Time(database.Provider, e.At),
                ActorKind = e.ActorKind.ToString(),
                Actor = e.ActorId is { } actor ? Id(actor) : null,
                Organisation = e.OrganisationId is { } organisation ? Id(organisation) : null,
                Action = e.Action.ToString(),
                Subject = Id(e.SubjectId),
                e.What,
            }),
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditRecord>> AboutAsync(Guid subjectId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            SELECT l.at AS At, l.actor_kind AS ActorKind, l.actor AS Actor, l.organisation AS Organisation, l.action AS Action, l.subject AS Subject, l.what AS What,
                   COALESCE(a.display_name, k.name) AS ActorName, o.name AS OrganisationName
            FROM audit_log l
            LEFT JOIN accounts a ON l.actor_kind = 'Account' AND a.id = l.actor
            LEFT JOIN api_keys k ON l.actor_kind = 'ApiKey' AND k.id = l.actor
            LEFT JOIN organisations o ON o.id = l.organisation
            WHERE l.subject = @Subject
            ORDER BY l.id DESC
            LIMIT @Limit
            """,
            new { Subject = Id(subjectId), Limit = limit },
            cancellationToken: cancellationToken));
        return
        [
            .. rows.Select(r => new AuditRecord(
                new AuditEntry(Time(r.At), Enum<AuditActorKind>(r.ActorKind), OptionalId(r.Actor), OptionalId(r.Organisation), Enum<AuditAction>(r.Action), Id(r.Subject), r.What),
                r.ActorName,
                r.OrganisationName)),
        ];
    }

    private sealed class Row
    {
        public object At { get; init; } = null!;
        public string ActorKind { get; init; } = null!;
        public string? Actor { get; init; }
        public string? Organisation { get; init; }
        public string Action { get; init; } = null!;
        public string Subject { get; init; } = null!;
        public string What { get; init; } = null!;
        public string? ActorName { get; init; }
        public string? OrganisationName { get; init; }
    }
}
