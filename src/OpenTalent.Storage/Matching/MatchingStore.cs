using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using OpenTalent.Core.Matching;
using OpenTalent.Storage.Search;

namespace OpenTalent.Storage.Matching;

/// <summary>
/// Postings and profiles through Dapper. A save updates items with the same identifier in place, replaces their
/// skill rows and search rows, all in one transaction under the writer's lock, so a failed import leaves the previous data
/// untouched and search never shows a posting that is not stored (or a closed one).
/// </summary>
/// <param name="clock">Decides which postings have passed their closing date and leave search; the system clock by default.</param>
public sealed class MatchingStore(Database database, TimeProvider? clock = null) : IMatchingStore
{
    public Task<SaveCounts> SavePostingsAsync(IReadOnlyList<PostingRecord> postings, CancellationToken cancellationToken) =>
        SavePostingsAsync(postings, alongside: null, cancellationToken);

    /// <param name="alongside">Writes rows that belong with each posting (its owner) in the same transaction.</param>
    internal async Task<SaveCounts> SavePostingsAsync(
        IReadOnlyList<PostingRecord> postings, Func<DbConnection, DbTransaction, PostingRecord, Task>? alongside, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(postings);
        var now = Timestamps.Write(database.Provider, DateTimeOffset.UtcNow);
        var today = DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        return await SaveAsync(
            "postings",
            "posting_skills",
            "posting",
            postings,
            r => r.Posting.Identifier,
            async (connection, transaction, record) =>
            {
                var posting = record.Posting;
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO postings (identifier, title, employer, description, status, date_posted, valid_through, arrangement,
                        salary_min, salary_max, salary_currency, occupation_code, document, analysis, imported_at)
                    VALUES (@Identifier, @Title, @Employer, @Description, @Status, @DatePosted, @ValidThrough, @Arrangement,
                        @SalaryMin, @SalaryMax, @SalaryCurrency, @OccupationCode, @Document, @Analysis, @ImportedAt)
                    ON CONFLICT (identifier) DO UPDATE SET title = excluded.title, employer = excluded.employer,
                        description = excluded.description, status = excluded.status, date_posted = excluded.date_posted,
                        valid_through = excluded.valid_through, arrangement = excluded.arrangement, salary_min = excluded.salary_min,
                        salary_max = excluded.salary_max, salary_currency = excluded.salary_currency,
                        occupation_code = excluded.occupation_code, document = excluded.document, analysis = excluded.analysis,
                        imported_at = excluded.imported_at
                    """,
                    new
                    {
                        posting.Identifier,
                        posting.Title,
                        posting.Employer,
                        record.Description,
                        Status = posting.Status.ToString(),
                        DatePosted = Timestamps.Write(database.Provider, posting.DatePosted),
                        ValidThrough = Timestamps.Write(database.Provider, posting.ValidThrough),
                        Arrangement = posting.Arrangement.ToString(),
                        SalaryMin = posting.Salary?.Min,
                        SalaryMax = posting.Salary?.Max,
                        SalaryCurrency = posting.Salary?.Currency,
                        OccupationCode = posting.Occupations.Count > 0 ? posting.Occupations[0].Code : null,
                        record.Document,
                        Analysis = MatchingJson.Write(posting),
                        ImportedAt = now,
                    },
                    transaction,
                    cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO posting_skills (posting, skill_id, label, weight, required, min_years) VALUES (@Posting, @SkillId, @Label, @Weight, @Required, @MinYears)",
                    posting.Skills.Select(s => new { Posting = posting.Identifier, s.SkillId, s.Label, s.Weight, s.Required, s.MinYears }),
                    transaction,
                    cancellationToken: cancellationToken));
                // The posting row is updated in place, so its old search row must go explicitly before it is indexed again.
                await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM posting_search WHERE identifier = @Identifier; DELETE FROM search_backfill WHERE identifier = @Identifier",
                    new { posting.Identifier },
                    transaction,
                    cancellationToken: cancellationToken));
                await SearchIndexWriter.IndexAsync(database, connection, transaction, posting, record.Description, today, cancellationToken);
                if (alongside is not null)
                {
                    await alongside(connection, transaction, record);
                }
            },
            cancellationToken);
    }

    public async Task<SaveCounts> SaveProfilesAsync(IReadOnlyList<ProfileRecord> profiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var now = Timestamps.Write(database.Provider, DateTimeOffset.UtcNow);
        return await SaveAsync(
            "profiles",
            "profile_skills",
            "profile",
            profiles,
            r => r.Profile.Identifier,
            async (connection, transaction, record) =>
            {
                var profile = record.Profile;
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO profiles (identifier, display_name, headline, updated, document, analysis, imported_at)
                    VALUES (@Identifier, @DisplayName, @Headline, @Updated, @Document, @Analysis, @ImportedAt)
                    ON CONFLICT (identifier) DO UPDATE SET display_name = excluded.display_name, headline = excluded.headline,
                        updated = excluded.updated, document = excluded.document, analysis = excluded.analysis,
                        imported_at = excluded.imported_at
                    """,
                    new
                    {
                        profile.Identifier,
                        profile.DisplayName,
                        profile.Headline,
                        Updated = Timestamps.Write(database.Provider, profile.Updated),
                        record.Document,
                        Analysis = MatchingJson.Write(profile),
                        ImportedAt = now,
                    },
                    transaction,
                    cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO profile_skills (profile, skill_id, label, weight, evidence, last_used) VALUES (@Profile, @SkillId, @Label, @Weight, @Evidence, @LastUsed)",
                    profile.Skills.Select(s => new
                    {
                        Profile = profile.Identifier,
                        s.SkillId,
                        s.Label,
                        s.Weight,
                        Evidence = s.Evidence.ToString(),
                        LastUsed = Timestamps.Write(database.Provider, s.LastUsed),
                    }),
                    transaction,
                    cancellationToken: cancellationToken));
            },
            cancellationToken);
    }

    public async Task<PostingRecord?> FindPostingAsync(string identifier, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string Identifier, string Analysis, string Description, string Document)>(new CommandDefinition(
            "SELECT identifier, analysis, description, document FROM postings WHERE identifier = @Identifier",
            new { Identifier = identifier },
            cancellationToken: cancellationToken));
        return row.Identifier is null ? null : new PostingRecord(MatchingJson.ReadPosting(row.Analysis, row.Identifier), row.Description, row.Document);
    }

    public async Task<ProfileRecord?> FindProfileAsync(string identifier, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string Identifier, string Analysis, string Document)>(new CommandDefinition(
            "SELECT identifier, analysis, document FROM profiles WHERE identifier = @Identifier",
            new { Identifier = identifier },
            cancellationToken: cancellationToken));
        return row.Identifier is null ? null : new ProfileRecord(MatchingJson.ReadProfile(row.Analysis, row.Identifier), row.Document);
    }

    public IAsyncEnumerable<JobPosting> ReadPostingsAsync(CancellationToken cancellationToken) =>
        ReadAllAsync("SELECT identifier, analysis FROM postings ORDER BY identifier", MatchingJson.ReadPosting, cancellationToken);

    public IAsyncEnumerable<CandidateProfile> ReadProfilesAsync(CancellationToken cancellationToken) =>
        ReadAllAsync("SELECT identifier, analysis FROM profiles ORDER BY identifier", MatchingJson.ReadProfile, cancellationToken);

    public async Task<bool> SetPostingStatusAsync(string identifier, PostingStatus status, CancellationToken cancellationToken)
    {
        var record = await FindPostingAsync(identifier, cancellationToken);
        if (record is null)
        {
            return false;
        }

        var posting = record.Posting;
        var changed = new JobPosting(
            posting.Identifier, posting.Title, posting.Employer, posting.Occupations, posting.Skills, posting.Seniority, posting.Locations,
            posting.Arrangement, posting.Salary, posting.DatePosted, posting.ValidThrough, status, posting.EmploymentType);
        await SavePostingsAsync([record with { Posting = changed }], cancellationToken);
        return true;
    }

    public async Task<(int Postings, int Profiles)> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var postings = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM postings", cancellationToken: cancellationToken));
        var profiles = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM profiles", cancellationToken: cancellationToken));
        return ((int)postings, (int)profiles);
    }

    /// <param name="childTable">The table of the items' skill rows, keyed by <paramref name="childKey"/>.</param>
    private async Task<SaveCounts> SaveAsync<T>(
        string table,
        string childTable,
        string childKey,
        IReadOnlyList<T> records,
        Func<T, string> identifier,
        Func<DbConnection, DbTransaction, T, Task> insert,
        CancellationToken cancellationToken)
    {
        var duplicate = records.GroupBy(identifier, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Identifier '{duplicate.Key}' appears {duplicate.Count()} times in one save; each item needs its own.", nameof(records));
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        await database.LockForWriteAsync(connection, transaction, table, cancellationToken);
        var replaced = 0;
        foreach (var record in records)
        {
            var id = identifier(record);
            await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM {childTable} WHERE {childKey} = @Id", new { Id = id }, transaction, cancellationToken: cancellationToken));
            // Updated in place, never deleted and inserted again: rows that hang off an item (a posting's owner, its
            // applications) must survive a re-import or a status change.
            replaced += await connection.ExecuteScalarAsync<int>(new CommandDefinition($"SELECT COUNT(*) FROM {table} WHERE identifier = @Id", new { Id = id }, transaction, cancellationToken: cancellationToken));
            await insert(connection, transaction, record);
        }

        await transaction.CommitAsync(cancellationToken);
        return new SaveCounts(records.Count - replaced, replaced);
    }

    private async IAsyncEnumerable<T> ReadAllAsync<T>(string sql, Func<string, string, T> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return read(reader.GetString(1), reader.GetString(0));
        }
    }
}
