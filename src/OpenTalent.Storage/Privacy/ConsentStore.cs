using Dapper;
using OpenTalent.Core.Privacy;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Privacy;

/// <summary>Consent decisions through Dapper: appended, never updated, so the history is the record.</summary>
public sealed class ConsentStore(Database database) : IConsentStore
{
    public async Task RecordAsync(ConsentRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO consents (account, purpose, granted, recorded_at, source) VALUES (@Account, @Purpose, @Granted, @At, @Source)",
            new { Account = Id(record.AccountId), Purpose = record.Purpose.ToString(), record.Granted, At = Time(database.Provider, record.RecordedAt), record.Source },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ConsentRecord>> HistoryAsync(Guid accountId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Account, string Purpose, object Granted, object RecordedAt, string Source)>(new CommandDefinition(
            "SELECT account, purpose, granted, recorded_at, source FROM consents WHERE account = @Account ORDER BY id",
            new { Account = Id(accountId) },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ConsentRecord(Id(r.Account), Enum<ConsentPurpose>(r.Purpose), Flag(r.Granted), Time(r.RecordedAt), r.Source))];
    }

    public async Task<IReadOnlySet<Guid>> OptedOutOfRankingAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        var optedOut = new HashSet<Guid>();
        if (accountIds.Count == 0)
        {
            return optedOut;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        // The latest decision per account stands; a few hundred ids per statement keeps within both engines' limits.
        foreach (var chunk in accountIds.Select(Id).Distinct().Chunk(500))
        {
            var rows = await connection.QueryAsync<string>(new CommandDefinition(
                $"""
                SELECT c.account FROM consents c
                WHERE c.purpose = @Purpose AND c.account {database.AnyOf("Accounts")} AND c.granted = @No
                  AND c.id = (SELECT MAX(l.id) FROM consents l WHERE l.account = c.account AND l.purpose = @Purpose)
                """,
                new { Purpose = nameof(ConsentPurpose.AutomatedRanking), Accounts = chunk, No = false },
                cancellationToken: cancellationToken));
            optedOut.UnionWith(rows.Select(Id));
        }

        return optedOut;
    }
}
