using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace OpenTalent.Storage.Sqlite;

public sealed class SqliteDatabase : Database
{
    private readonly string _connectionString;
    private readonly string _path;

    public SqliteDatabase(string connectionStringOrPath)
    {
        var builder = connectionStringOrPath.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(connectionStringOrPath)
            : new SqliteConnectionStringBuilder { DataSource = connectionStringOrPath };
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new ArgumentException("The SQLite connection string names no file (Data Source is empty).", nameof(connectionStringOrPath));
        }

        _path = builder.DataSource == ":memory:" ? builder.DataSource : Path.GetFullPath(builder.DataSource);
        builder.DataSource = _path;
        builder.Pooling = true;
        _connectionString = builder.ToString();
    }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string FilePath => _path;

    public override string Describe() => $"SQLite {_path}";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_path != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            // WAL lets readers run beside the one writer; foreign keys are off in SQLite unless asked for; secure_delete
            // overwrites deleted rows with zeros, so an erased person's data leaves the file, not just the tables.
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA secure_delete = ON;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // Microsoft.Data.Sqlite begins transactions IMMEDIATE, which already holds the database's single write lock.
    /// <summary>Copies the log into the file (where secure_delete zeroed the rows) and empties it, so no old page image keeps them.</summary>
    public override async Task ForgetDeletedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync(cancellationToken);
    }

    public override Task LockForWriteAsync(DbConnection connection, DbTransaction transaction, string resource, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override async Task<long> BulkInsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        string table,
        IReadOnlyList<Column> columns,
        IEnumerable<object?[]> rows,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = new DbParameter[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = "$p" + i;
            command.Parameters.Add(parameters[i]);
        }

        command.Prepare();
        long count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i] switch
                {
                    null => DBNull.Value,
                    decimal money => (double)money,
                    var value => value,
                };
            }

            command.ExecuteNonQuery();
            if (++count % 8192 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return count;
    }
}
