using Dapper;
using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Storage.Taxonomy;

public sealed class ModelStore(Database database) : IModelStore
{
    /// <summary>Older versions are pruned beyond this many, so rebuilding does not grow the database forever.</summary>
    private const int VersionsKept = 3;

    public async Task<int> SaveAsync(string name, string fingerprint, byte[] payload, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(payload);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        await database.LockForWriteAsync(connection, transaction, "text_models", cancellationToken);
        var version = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COALESCE(MAX(version), 0) + 1 FROM text_models WHERE name = @Name", new { Name = name }, transaction, cancellationToken: cancellationToken));
        var builtAt = Timestamps.Write(database.Provider, DateTimeOffset.UtcNow);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO text_models (name, version, fingerprint, built_at, payload) VALUES (@Name, @Version, @Fingerprint, @BuiltAt, @Payload)",
            new { Name = name, Version = version, Fingerprint = fingerprint, BuiltAt = builtAt, Payload = payload },
            transaction,
            commandTimeout: 600,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM text_models WHERE name = @Name AND version <= @Oldest", new { Name = name, Oldest = version - VersionsKept }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    public async Task<StoredModel?> LoadLatestAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT name AS Name, version AS Version, fingerprint AS Fingerprint, built_at AS BuiltAt, payload AS Payload FROM text_models WHERE name = @Name ORDER BY version DESC LIMIT 1",
            new { Name = name },
            cancellationToken: cancellationToken));
        return row is null ? null : new StoredModel(row.Name, row.Version, row.Fingerprint, Timestamps.Read(row.BuiltAt), row.Payload);
    }

    private sealed class Row
    {
        public string Name { get; set; } = "";

        public int Version { get; set; }

        public string Fingerprint { get; set; } = "";

        public object BuiltAt { get; set; } = "";

        public byte[] Payload { get; set; } = [];
    }
}
