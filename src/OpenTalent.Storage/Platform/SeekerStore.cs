using Dapper;
using OpenTalent.Core.Hiring;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Hiring;

/// <summary>Seekers' settings through Dapper.</summary>
public sealed class SeekerStore(Database database) : ISeekerStore
{
    public async Task<SeekerSettings?> FindAsync(Guid accountId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string Account, string? Profile, object Discoverable, object UpdatedAt)>(new CommandDefinition(
            "SELECT account, profile, discoverable, updated_at FROM seekers WHERE account = @Account", new { Account = Id(accountId) }, cancellationToken: cancellationToken));
        return row.Account is null ? null : new SeekerSettings(Id(row.Account), row.Profile, Flag(row.Discoverable), Time(row.UpdatedAt));
    }

    public async Task<bool> SaveAsync(SeekerSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE seekers SET profile = @Profile, discoverable = @Discoverable, updated_at = @At WHERE account = @Account",
            new { Profile = settings.ProfileId, settings.Discoverable, At = Time(database.Provider, settings.UpdatedAt), Account = Id(settings.AccountId) },
            cancellationToken: cancellationToken)) > 0;
    }

    public async Task<IReadOnlyList<string>> ListDiscoverableProfilesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT profile FROM seekers WHERE discoverable = @Yes AND profile IS NOT NULL ORDER BY profile", new { Yes = true }, cancellationToken: cancellationToken));
        return [.. rows];
    }
}
