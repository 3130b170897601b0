using Dapper;
using OpenTalent.Storage.Matching;

namespace OpenTalent.Storage.Search;

/// <summary>
/// Brings the search tables up to date before searching: indexes postings stored before search existed (queued by
/// migration 0004) and drops rows of postings past their closing date. Runs once a day per process; each batch is
/// one transaction under the postings writer's lock, so it never races a save.
/// </summary>
internal sealed class SearchMaintenance(Database database) : IDisposable
{
    private const int BatchSize = 500;
    private readonly SemaphoreSlim gate = new(1, 1);
    private int doneForDay = -1;

    public async Task EnsureAsync(DateOnly today, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref doneForDay) == today.DayNumber)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (doneForDay == today.DayNumber)
            {
                return;
            }

            await SweepExpiredAsync(today, cancellationToken);
            while (await BackfillBatchAsync(today, cancellationToken))
            {
            }

            Volatile.Write(ref doneForDay, today.DayNumber);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task SweepExpiredAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var expired = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM posting_search WHERE expires_day < @Today)", new { Today = today.DayNumber }, cancellationToken: cancellationToken));
        if (!expired)
        {
            return;
        }

        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        await database.LockForWriteAsync(connection, transaction, "postings", cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM posting_search WHERE expires_day < @Today", new { Today = today.DayNumber }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Indexes one batch of queued postings; false when the queue was empty.</summary>
    private async Task<bool> BackfillBatchAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var queued = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM search_backfill)", cancellationToken: cancellationToken));
        if (!queued)
        {
            return false;
        }

        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        await database.LockForWriteAsync(connection, transaction, "postings", cancellationToken);
        var batch = (await connection.QueryAsync<(string Identifier, string? Analysis, string? Description)>(new CommandDefinition(
            """
            SELECT b.identifier, p.analysis, p.description FROM search_backfill b
            LEFT JOIN postings p ON p.identifier = b.identifier
            ORDER BY b.identifier LIMIT @Batch
            """,
            new { Batch = BatchSize },
            transaction,
            cancellationToken: cancellationToken))).ToList();
        foreach (var (identifier, analysis, description) in batch)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM search_backfill WHERE identifier = @Identifier", new { Identifier = identifier }, transaction, cancellationToken: cancellationToken));
            if (analysis is null)
            {
                continue; // deleted since it was queued
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM posting_search WHERE identifier = @Identifier", new { Identifier = identifier }, transaction, cancellationToken: cancellationToken));
            var posting = MatchingJson.ReadPosting(analysis, identifier);
            await SearchIndexWriter.IndexAsync(database, connection, transaction, posting, description, today, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return batch.Count > 0;
    }
}
