using Npgsql;
using OpenTalent.Storage;
using OpenTalent.Storage.Migrations;
using Xunit;

namespace OpenTalent.Testing;

/// <summary>
/// A fresh, migrated database for one test: a new SQLite file, or a new schema in the PostgreSQL
/// named by OPENTALENT_TEST_POSTGRES. Tests never share data, so they can run in any order.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "OPENTALENT_TEST_POSTGRES";

    private readonly TempDirectory? _directory;
    private readonly string? _schema;
    private readonly string? _adminConnectionString;

    private TestDatabase(string connectionString, TempDirectory? directory, string? schema, string? adminConnectionString)
    {
        ConnectionString = connectionString;
        _directory = directory;
        _schema = schema;
        _adminConnectionString = adminConnectionString;
        Database = StorageServiceCollectionExtensions.Create(connectionString);
    }


    public string ConnectionString { get; }

    public Database Database { get; }

    /// <summary>The SQLite file, when the engine is SQLite.</summary>
    public string? SqlitePath => _directory?.File("test.db");

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true)
    {
        var database = provider == DatabaseProvider.Sqlite ? CreateSqlite() : await CreatePostgresAsync();
        if (migrate)
        {
            await new Migrator(database.Database).MigrateAsync(CancellationToken.None);
        }

        return database;
    }

    public async ValueTask DisposeAsync()
    {
        (Database as IDisposable)?.Dispose();
        if (_schema is not null && _adminConnectionString is not null)
        {
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory?.Dispose();
    }

    private static TestDatabase CreateSqlite()
    {
        var directory = new TempDirectory();
        return new TestDatabase(directory.File("test.db"), directory, null, null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.Skip($"PostgreSQL tests need {PostgresVariable} to hold a connection string; .ci/run sets it.");
        }

        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema };
        return new TestDatabase(builder.ConnectionString, null, schema, admin);
    }
}
