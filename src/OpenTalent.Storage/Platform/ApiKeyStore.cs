using Dapper;
using OpenTalent.Core.Hiring;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Hiring;

/// <summary>API keys through Dapper. Only the hash of a secret is ever written.</summary>
public sealed class ApiKeyStore(Database database) : IApiKeyStore
{
    private const string Columns =
        "id AS Id, organisation AS Organisation, name AS Name, hint AS Hint, secret_hash AS SecretHash, created_by AS CreatedBy, created_at AS CreatedAt, revoked_at AS RevokedAt";

    public async Task AddAsync(ApiKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO api_keys (id, organisation, name, hint, secret_hash, created_by, created_at, revoked_at)
            VALUES (@Id, @Organisation, @Name, @Hint, @SecretHash, @CreatedBy, @CreatedAt, @RevokedAt)
            """,
            new
            {
                Id = Id(key.Id),
                Organisation = Id(key.OrganisationId),
                key.Name,
                key.Hint,
                key.SecretHash,
                CreatedBy = key.CreatedBy is { } by ? Id(by) : null,
                CreatedAt = Time(database.Provider, key.CreatedAt),
                RevokedAt = Time(database.Provider, key.RevokedAt),
            },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<KeyRow>(new CommandDefinition(
            $"SELECT {Columns} FROM api_keys WHERE organisation = @Organisation ORDER BY created_at DESC, id DESC",
            new { Organisation = Id(organisationId) },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToKey())];
    }

    public async Task<ApiKey?> FindBySecretHashAsync(string secretHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<KeyRow>(new CommandDefinition(
            $"SELECT {Columns} FROM api_keys WHERE secret_hash = @Hash", new { Hash = secretHash }, cancellationToken: cancellationToken));
        return row?.ToKey();
    }

    public async Task<bool> RevokeAsync(Guid organisationId, Guid keyId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET revoked_at = @At WHERE id = @Id AND organisation = @Organisation AND revoked_at IS NULL",
            new { At = Time(database.Provider, at), Id = Id(keyId), Organisation = Id(organisationId) },
            cancellationToken: cancellationToken)) > 0;
    }

    internal sealed class KeyRow
    {
        public string Id { get; init; } = null!;
        public string Organisation { get; init; } = null!;
        public string Name { get; init; } = null!;
        public string Hint { get; init; } = null!;
        public string SecretHash { get; init; } = null!;
        public string? CreatedBy { get; init; }
        public object CreatedAt { get; init; } = null!;
        public object? RevokedAt { get; init; }

        public ApiKey ToKey() => new(
            PlatformValues.Id(Id), PlatformValues.Id(Organisation), Name, Hint, SecretHash, OptionalId(CreatedBy), Time(CreatedAt), OptionalTime(RevokedAt));
    }
}
