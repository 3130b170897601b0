using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace OpenTalent.Storage.Postgres;

public sealed class PostgresDatabase : Database, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _description;

    public PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}" + (builder.SearchPath is { Length: > 0 } schema ? $" (schema {schema})" : string.Empty);
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string Describe() => _description;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public override async Task LockForWriteAsync(DbConnection connection, DbTransaction transaction, string resource, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Scoped to the schema so that separate schemas (tests, tenants) do not wait on each other.
        command.CommandText = "SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':' || @resource))";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "resource";
        parameter.Value = resource;
        command.Parameters.Add(parameter);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task<long> BulkInsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        string table,
        IReadOnlyList<Column> columns,
        IEnumerable<object?[]> rows,
        CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        var types = columns.Select(c => ToNpgsql(c.Type)).ToArray();
        await using var importer = await npgsql.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        long count = 0;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < types.Length; i++)
            {
                if (row[i] is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(row[i], types[i], cancellationToken);
                }
            }

            count++;
        }

        await importer.CompleteAsync(cancellationToken);
        return count;
    }

    public void Dispose() => _dataSource.Dispose();

    private static NpgsqlDbType ToNpgsql(ColumnType type) => type switch
    {
        ColumnType.BigInt => NpgsqlDbType.Bigint,
        ColumnType.SmallCount => NpgsqlDbType.Integer,
        ColumnType.Text => NpgsqlDbType.Text,
        ColumnType.Real => NpgsqlDbType.Double,
        ColumnType.Money => NpgsqlDbType.Numeric,
        ColumnType.Boolean => NpgsqlDbType.Boolean,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
