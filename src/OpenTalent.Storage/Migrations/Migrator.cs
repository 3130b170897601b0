using System.Data.Common;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;

namespace OpenTalent.Storage.Migrations;

public sealed record Migration(int Version, string Name, string Sql)
{
    public string Checksum { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))))[..16];
}

/// <summary>
/// Applies the hand-written SQL migrations of one engine, in version order, each in its own transaction,
/// and records them in <c>schema_migrations</c>. A migration that was edited after it was applied is an error.
/// </summary>
public sealed partial class Migrator(Database database)
{
    public static IReadOnlyList<Migration> For(DatabaseProvider provider)
    {
        var assembly = typeof(Migrator).Assembly;
        var folder = $".Migrations.{provider}.";
        return assembly.GetManifestResourceNames()
            .Where(name => name.Contains(folder, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Load(assembly, name))
            .OrderBy(m => m.Version)
            .ToArray();
    }

    public async Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken cancellationToken)
    {
        var migrations = For(database.Provider);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)",
            cancellationToken: cancellationToken));

        var applied = new List<Migration>();
        foreach (var migration in migrations)
        {
            await using var transaction = await database.BeginAsync(connection, cancellationToken);
            await database.LockForWriteAsync(connection, transaction, "schema_migrations", cancellationToken);
            var recorded = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                "SELECT checksum FROM schema_migrations WHERE version = @Version", new { migration.Version }, transaction, cancellationToken: cancellationToken));
            if (recorded is not null)
            {
                if (recorded != migration.Checksum)
                {
                    throw new InvalidOperationException(
                        $"Migration {migration.Version:0000} '{migration.Name}' was changed after it was applied to {database.Describe()}. Add a new migration instead.");
                }

                continue;
            }

            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (@Version, @Name, @Checksum, @AppliedAt)",
                new { migration.Version, migration.Name, migration.Checksum, AppliedAt = DateTimeOffset.UtcNow.ToString("O") },
                transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            applied.Add(migration);
        }

        var newest = await connection.ExecuteScalarAsync<int?>(new CommandDefinition("SELECT MAX(version) FROM schema_migrations", cancellationToken: cancellationToken));
        if (newest > migrations[^1].Version)
        {
            throw new InvalidOperationException(
                $"{database.Describe()} has schema version {newest}, newer than this build knows ({migrations[^1].Version}). Use a newer OpenTalent.");
        }

        return applied;
    }

    public static async Task<IReadOnlyList<int>> AppliedVersionsAsync(DbConnection connection, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<int>(new CommandDefinition("SELECT version FROM schema_migrations ORDER BY version", cancellationToken: cancellationToken))).ToArray();

    private static Migration Load(Assembly assembly, string resourceName)
    {
        var match = MigrationName().Match(resourceName);
        if (!match.Success)
        {
            throw new InvalidOperationException($"Migration resource '{resourceName}' is not named like 0001_description.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new Migration(int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["name"].Value, reader.ReadToEnd());
    }

    [GeneratedRegex(@"_?(?<version>\d{4})_(?<name>[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex MigrationName();
}
