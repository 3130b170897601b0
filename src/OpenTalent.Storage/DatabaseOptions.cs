namespace OpenTalent.Storage;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database to use. The engine follows from the connection string alone: a PostgreSQL
/// connection string (one that names a <c>Host</c>) selects PostgreSQL; anything else is a SQLite file.
/// </summary>
public sealed class DatabaseOptions
{
    public const string DefaultSqlitePath = "./data/opentalent.db";

    /// <summary>A SQLite file path or <c>Data Source=...</c> string, or a PostgreSQL connection string (<c>Host=...</c>).</summary>
    public string ConnectionString { get; set; } = DefaultSqlitePath;

    public DatabaseProvider Provider => DetectProvider(ConnectionString);

    public static DatabaseProvider DetectProvider(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = part.Split('=', 2)[0].Trim();
            if (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase))
            {
                return DatabaseProvider.Postgres;
            }
        }

        return DatabaseProvider.Sqlite;
    }
}
