using System.Data.Common;
using Dapper;
using OpenTalent.Core.Workforce;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Workforce;

/// <summary>Who a bulk move's message goes to, and what it is about: what a template's placeholders are filled from.</summary>
public sealed record MessageRecipient(Guid ApplicationId, string CandidateName, RequisitionRow Requisition, Candidacy Moved);

/// <summary>A message sent to a candidate with a move.</summary>
public sealed record CandidacyMessage(Guid ApplicationId, int Sequence, string Body, DateTimeOffset At, Guid By);

/// <summary>The messages bulk moves send: rendered per candidate and kept with the application's history.</summary>
public sealed partial class WorkforceStore
{
    private static readonly Column[] MessageColumns =
    [
        new("candidacy", ColumnType.Text), new("sequence", ColumnType.BigInt), new("body", ColumnType.Text), new("at", ColumnType.BigInt), new("by_account", ColumnType.Text),
    ];

    /// <summary>The messages an application was sent, oldest first.</summary>
    public async Task<IReadOnlyList<CandidacyMessage>> MessagesAsync(Guid organisationId, Guid applicationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Candidacy, long Sequence, string Body, long At, string ByAccount)>(new CommandDefinition(
            """
            SELECT m.candidacy, m.sequence, m.body, m.at, m.by_account FROM candidacy_messages m JOIN candidacies c ON c.id = m.candidacy
            WHERE c.organisation = @Organisation AND m.candidacy = @Application ORDER BY m.sequence
            """,
            new { Organisation = Id(organisationId), Application = Id(applicationId) },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => new CandidacyMessage(Hiring.PlatformValues.Id(r.Candidacy), (int)r.Sequence, r.Body, Instant(r.At), Hiring.PlatformValues.Id(r.ByAccount)))];
    }

    private async Task SendAsync(
        DbConnection connection, DbTransaction transaction, RequisitionRow requisition, IReadOnlyList<Candidacy> moved, Func<MessageRecipient, string> message, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var next = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var chunk in moved.Select(c => Id(c.ApplicationId)).Chunk(500))
        {
            var found = await connection.QueryAsync<(string Id, string Name, long Sent)>(new CommandDefinition(
                $"""
                SELECT c.id, w.name, (SELECT COUNT(*) FROM candidacy_messages m WHERE m.candidacy = c.id)
                FROM candidacies c JOIN workforce_candidates w ON w.id = c.candidate WHERE c.id {database.AnyOf("Ids")}
                """,
                new { Ids = chunk },
                transaction,
                cancellationToken: cancellationToken));
            foreach (var (id, name, sent) in found)
            {
                names[id] = name;
                next[id] = sent;
            }
        }

        var rows = moved.Select(candidacy =>
        {
            var id = Id(candidacy.ApplicationId);
            var last = candidacy.Moves[^1];
            return new object?[] { id, next[id], message(new MessageRecipient(candidacy.ApplicationId, names[id], requisition, candidacy)), Millis(last.At), Id(last.By) };
        }).ToList();
        await database.BulkInsertAsync(connection, transaction, "candidacy_messages", MessageColumns, rows, cancellationToken);
    }
}
