using System.Data.Common;

namespace OpenTalent.Storage;

/// <summary>The column types the bulk writer knows, mapped to each engine's own.</summary>
public enum ColumnType
{
    BigInt,
    /// <summary>A 32-bit integer: years, ranks, ordinals.</summary>
    SmallCount,
    Text,
    Real,
    Money,
    Boolean,
}

public readonly record struct Column(string Name, ColumnType Type);

/// <summary>One database engine: how to connect, take the writer's lock, and load many rows fast.</summary>
public abstract class Database
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>Where the data lives, for messages: a file path or host/database, never a password.</summary>
    public abstract string Describe();

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The condition that a value is one of a list parameter, written after the column: Npgsql binds a list as one
    /// array (<c>= ANY</c>), while Dapper expands it into one parameter per item for SQLite (<c>IN</c>).
    /// </summary>
    public string AnyOf(string parameter) => Provider == DatabaseProvider.Postgres ? $"= ANY(@{parameter})" : $"IN @{parameter}";

    /// <summary>
    /// Serialises writers that replace whole data sets. The lock ends with <paramref name="transaction"/>.
    /// </summary>
    public abstract Task LockForWriteAsync(DbConnection connection, DbTransaction transaction, string resource, CancellationToken cancellationToken);

    /// <summary>Inserts <paramref name="rows"/>, each holding one value per column, inside <paramref name="transaction"/>.</summary>
    public abstract Task<long> BulkInsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        string table,
        IReadOnlyList<Column> columns,
        IEnumerable<object?[]> rows,
        CancellationToken cancellationToken);

    /// <summary>
    /// After personal data was deleted: makes sure no copy of it lingers in files the engine keeps (SQLite's
    /// write-ahead log). Deleted rows themselves are overwritten where the engine allows it (SQLite secure_delete).
    /// </summary>
    public virtual Task ForgetDeletedAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual async Task<DbTransaction> BeginAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);
}
