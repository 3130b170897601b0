using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using OpenTalent.Core.Matching;
using OpenTalent.Storage.Matching;

namespace OpenTalent.Storage.Search;

/// <summary>
/// Loads many postings into a database that holds none yet, in one transaction, with the same rows the store writes:
/// prepared inserts on SQLite; on PostgreSQL one binary COPY into a staging table, then the tables and the text index
/// built from it in bulk. Meant for benchmarks and first loads of generated data: postings get no skill rows
/// (<c>posting_skills</c>), which only SQL reports use; the analysis they are read back from is complete.
/// </summary>
public sealed class SearchBulkLoader(Database database)
{
    /// <summary>Loads <paramref name="postings"/> (with no descriptions) and returns how many were made searchable.</summary>
    public async Task<long> LoadAsync(IEnumerable<JobPosting> postings, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(postings);
        await using var connection = await database.OpenAsync(cancellationToken);
        var sqlite = database.Provider == DatabaseProvider.Sqlite;
        if (sqlite)
        {
            // One transaction of gigabytes: a rollback journal of an empty file stays tiny, where WAL would hold
            // every page twice; a larger cache spills less. WAL comes back after the load.
            await Execute(connection, null, "PRAGMA journal_mode = DELETE; PRAGMA cache_size = -500000", cancellationToken);
        }

        try
        {
            return await LoadInTransactionAsync(connection, postings, today, cancellationToken);
        }
        finally
        {
            if (sqlite)
            {
                await Execute(connection, null, "PRAGMA journal_mode = WAL", CancellationToken.None);
            }
        }
    }

    private async Task<long> LoadInTransactionAsync(DbConnection connection, IEnumerable<JobPosting> postings, DateOnly today, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        await database.LockForWriteAsync(connection, transaction, "postings", cancellationToken);
        var existing = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM postings", transaction: transaction, cancellationToken: cancellationToken));
        if (existing > 0)
        {
            throw new InvalidOperationException($"{database.Describe()} already holds {existing} postings; the bulk loader fills empty databases only.");
        }

        var rows = Rows(postings, today);
        var loaded = database.Provider == DatabaseProvider.Postgres
            ? await LoadPostgresAsync(connection, transaction, rows, cancellationToken)
            : LoadSqlite((SqliteConnection)connection, (SqliteTransaction)transaction, rows, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return loaded;
    }

    /// <summary>
    /// Compacts the text index after a bulk load, outside any transaction: SQLite merges the FTS5 segments into one;
    /// PostgreSQL vacuums (clearing the GIN pending list) and gathers the planner's statistics.
    /// </summary>
    public async Task OptimizeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition("VACUUM ANALYZE posting_search", cancellationToken: cancellationToken, commandTimeout: 0));
            await connection.ExecuteAsync(new CommandDefinition("VACUUM ANALYZE postings", cancellationToken: cancellationToken, commandTimeout: 0));
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO posting_search_text (posting_search_text) VALUES ('optimize')", cancellationToken: cancellationToken, commandTimeout: 0));
        await connection.ExecuteAsync(new CommandDefinition("ANALYZE", commandType: System.Data.CommandType.Text, cancellationToken: cancellationToken, commandTimeout: 0));
    }

    private static IEnumerable<(long Id, JobPosting Posting, SearchDocument? Document)> Rows(IEnumerable<JobPosting> postings, DateOnly today)
    {
        var next = new Dictionary<int, long>();
        foreach (var posting in postings)
        {
            if (!posting.IsOpenOn(today))
            {
                yield return (0, posting, null);
                continue;
            }

            var document = SearchDocument.From(posting, null, today);
            var id = next.TryGetValue(document.SortDay, out var known) ? known : SearchDocument.FirstId(document.SortDay);
            next[document.SortDay] = id + 1;
            yield return (id, posting, document);
        }
    }

    private static long LoadSqlite(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<(long Id, JobPosting Posting, SearchDocument? Document)> rows, CancellationToken cancellationToken)
    {
        using var posting = Prepare(connection, transaction,
            "INSERT INTO postings (identifier, title, employer, description, status, date_posted, valid_through, arrangement, salary_min, salary_max, salary_currency, occupation_code, document, analysis, imported_at) VALUES ($p0, $p1, $p2, '', $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, '{}', $p11, $p12)",
            13);
        using var search = Prepare(connection, transaction,
            "INSERT INTO posting_search (id, identifier, title, employer, places, arrangement, seniority, occupation_code, occupation_label, salary_min, salary_max, salary_currency, date_posted, expires_day, skills) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14)",
            15);
        using var text = Prepare(connection, transaction, "INSERT INTO posting_search_text (rowid, title, body, tags) VALUES ($p0, $p1, $p2, $p3)", 4);
        var now = DateTimeOffset.UtcNow.ToString("O");
        long searchable = 0;
        foreach (var (id, item, document) in rows)
        {
            Run(posting, PostingValues(DatabaseProvider.Sqlite, item, now));
            if (document is not null)
            {
                Run(search, SearchValues(DatabaseProvider.Sqlite, id, document));
                Run(text, [id, document.Title, document.Body, document.Tags]);
                if (++searchable % 8192 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }

        return searchable;
    }

    private static async Task<long> LoadPostgresAsync(DbConnection connection, DbTransaction transaction, IEnumerable<(long Id, JobPosting Posting, SearchDocument? Document)> rows, CancellationToken cancellationToken)
    {
        await Execute(connection, transaction, """
            CREATE TEMPORARY TABLE search_staging (
                id BIGINT, identifier TEXT, title TEXT, employer TEXT, status TEXT, date_posted DATE, valid_through DATE, arrangement TEXT,
                salary_min DOUBLE PRECISION, salary_max DOUBLE PRECISION, salary_currency TEXT, occupation_code TEXT, analysis TEXT,
                searchable BOOLEAN, places TEXT, seniority TEXT, occupation_label TEXT, expires_day INTEGER, skills TEXT, body TEXT, tags TEXT
            ) ON COMMIT DROP
            """, cancellationToken);
        var npgsql = (Npgsql.NpgsqlConnection)connection;
        long searchable = 0;
        await using (var importer = await npgsql.BeginBinaryImportAsync("COPY search_staging FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (id, posting, document) in rows)
            {
                var d = document ?? SearchDocument.From(posting, null, DateOnly.MaxValue);
                object?[] values =
                [
                    id, posting.Identifier, posting.Title, posting.Employer, posting.Status.ToString(), posting.DatePosted, posting.ValidThrough,
                    posting.Arrangement.ToString(), d.SalaryMin, d.SalaryMax, d.SalaryCurrency, d.OccupationCode, MatchingJson.Write(posting),
                    document is not null, d.Places, d.Seniority, d.OccupationLabel, d.ExpiresDay, d.Skills, d.Body, d.Tags,
                ];
                await importer.StartRowAsync(cancellationToken);
                foreach (var value in values)
                {
                    await (value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, cancellationToken));
                }

                searchable += document is null ? 0 : 1;
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await Execute(connection, transaction, """
            INSERT INTO postings (identifier, title, employer, description, status, date_posted, valid_through, arrangement,
                salary_min, salary_max, salary_currency, occupation_code, document, analysis, imported_at)
            SELECT identifier, title, employer, '', status, date_posted, valid_through, arrangement,
                salary_min, salary_max, salary_currency, occupation_code, '{}', analysis, now()
            FROM search_staging
            """, cancellationToken);
        // A GIN index is built far faster in one pass than row by row. Rows go in id order, which is recency order,
        // so a search's newest matches share heap pages (as rows posted later do anyway) instead of being spread
        // across the whole table.
        await Execute(connection, transaction, "DROP INDEX posting_search_by_text", cancellationToken);
        await Execute(connection, transaction, $"""
            INSERT INTO posting_search (id, identifier, title, employer, places, arrangement, seniority, occupation_code, occupation_label,
                salary_min, salary_max, salary_currency, date_posted, expires_day, skills, document)
            SELECT id, identifier, title, employer, places, arrangement, seniority, occupation_code, occupation_label,
                salary_min, salary_max, salary_currency, date_posted, expires_day, skills,
                {SearchIndexWriter.PostgresDocument.Replace("@Title", "title", StringComparison.Ordinal).Replace("@Body", "body", StringComparison.Ordinal).Replace("@Tags", "tags", StringComparison.Ordinal)}
            FROM search_staging WHERE searchable ORDER BY id
            """, cancellationToken);
        await Execute(connection, transaction, "CREATE INDEX posting_search_by_text ON posting_search USING GIN (document)", cancellationToken);
        return searchable;
    }

    private static object?[] PostingValues(DatabaseProvider provider, JobPosting posting, object now) =>
    [
        posting.Identifier, posting.Title, posting.Employer, posting.Status.ToString(), Timestamps.Write(provider, posting.DatePosted),
        Timestamps.Write(provider, posting.ValidThrough), posting.Arrangement.ToString(), (double?)posting.Salary?.Min, (double?)posting.Salary?.Max,
        posting.Salary?.Currency, posting.Occupations.Count > 0 ? posting.Occupations[0].Code : null, MatchingJson.Write(posting), now,
    ];

    private static object?[] SearchValues(DatabaseProvider provider, long id, SearchDocument d) =>
    [
        id, d.Identifier, d.Title, d.Employer, d.Places, d.Arrangement, d.Seniority, d.OccupationCode, d.OccupationLabel, d.SalaryMin, d.SalaryMax,
        d.SalaryCurrency, Timestamps.Write(provider, d.DatePosted), d.ExpiresDay, d.Skills,
    ];

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i, null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static Task<int> Execute(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken, commandTimeout: 0));
}
