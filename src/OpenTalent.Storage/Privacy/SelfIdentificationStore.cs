using Dapper;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Privacy;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Privacy;

/// <summary>
/// Voluntary self-identification through Dapper, and the one query that reads it: the bias audit's applicants.
/// Nothing else in storage touches this table, so ranking cannot use it.
/// </summary>
public sealed class SelfIdentificationStore(Database database) : ISelfIdentificationStore
{
    private static readonly string[] Advanced = [nameof(ApplicationStatus.Screening), nameof(ApplicationStatus.Interview), nameof(ApplicationStatus.Offer), nameof(ApplicationStatus.Hired)];

    public async Task SaveAsync(SelfIdentification identification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identification);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        var values = new
        {
            Account = Id(identification.AccountId),
            Sex = identification.Sex?.ToString(),
            Race = identification.RaceEthnicity?.ToString(),
            At = Time(database.Provider, identification.RecordedAt),
        };
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM self_identifications WHERE account = @Account", values, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO self_identifications (account, sex, race_ethnicity, recorded_at) VALUES (@Account, @Sex, @Race, @At)", values, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<SelfIdentification?> FindAsync(Guid accountId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string Account, string? Sex, string? Race, object RecordedAt)>(new CommandDefinition(
            "SELECT account, sex, race_ethnicity, recorded_at FROM self_identifications WHERE account = @Account", new { Account = Id(accountId) }, cancellationToken: cancellationToken));
        return row.Account is null ? null : new SelfIdentification(Id(row.Account), Parse<SexCategory>(row.Sex), Parse<RaceEthnicityCategory>(row.Race), Time(row.RecordedAt));
    }

    public async Task<bool> DeleteAsync(Guid accountId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM self_identifications WHERE account = @Account", new { Account = Id(accountId) }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task<IReadOnlyList<AuditedCandidate>> AuditedApplicantsAsync(Guid organisationId, string? postingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Each application ranked at least once counts once, with the score of its latest ranking.
        var rows = await connection.QueryAsync<(string? Sex, string? Race, double Score, long Advanced)>(new CommandDefinition(
            $"""
            SELECT s.sex, s.race_ethnicity, e.score,
                   CASE WHEN EXISTS (SELECT 1 FROM application_events v WHERE v.application = e.application AND v.status {database.AnyOf("Advanced")}) THEN 1 ELSE 0 END
            FROM ranking_entries e
            JOIN rankings r ON r.id = e.ranking
            LEFT JOIN self_identifications s ON s.account = e.subject
            WHERE r.organisation = @Organisation AND r.source = 'applicants' AND e.application IS NOT NULL
              AND (CAST(@Posting AS TEXT) IS NULL OR r.posting = @Posting)
              AND r.shown_at = (SELECT MAX(r2.shown_at) FROM rankings r2 JOIN ranking_entries e2 ON e2.ranking = r2.id
                                WHERE e2.application = e.application AND r2.source = 'applicants')
            """,
            new { Organisation = Id(organisationId), Posting = postingId, Advanced },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => new AuditedCandidate(Parse<SexCategory>(r.Sex), Parse<RaceEthnicityCategory>(r.Race), r.Score, r.Advanced != 0))];
    }

    private static T? Parse<T>(string? name)
        where T : struct, System.Enum => name is null ? null : System.Enum.Parse<T>(name);
}
