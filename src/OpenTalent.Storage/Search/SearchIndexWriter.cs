using System.Data.Common;
using Dapper;
using OpenTalent.Core.Matching;

namespace OpenTalent.Storage.Search;

/// <summary>
/// Keeps the search tables in step with the postings, inside the caller's transaction: a posting that search can
/// find (open, not expired) gets one row and its words in the text index; any other has none.
/// </summary>
internal static class SearchIndexWriter
{
    private const string Columns =
        "id, identifier, title, employer, places, arrangement, seniority, occupation_code, occupation_label, salary_min, salary_max, salary_currency, date_posted, expires_day, skills";

    private const string Values =
        "@Id, @Identifier, @Title, @Employer, @Places, @Arrangement, @Seniority, @OccupationCode, @OccupationLabel, @SalaryMin, @SalaryMax, @SalaryCurrency, @DatePosted, @ExpiresDay, @Skills";

    /// <summary>
    /// The document weights: the title is what relevance looks at first (weight A); occupation, skills and the
    /// description follow; tags are filter words. The SQLite index keeps the same parts as separate columns.
    /// </summary>
    internal const string PostgresDocument =
        "setweight(to_tsvector('english', @Title), 'A') || to_tsvector('english', @Body) || to_tsvector('english', @Tags)";

    /// <summary>Indexes <paramref name="posting"/> if search should find it on <paramref name="today"/>; its old row must be gone already.</summary>
    public static async Task IndexAsync(
        Database database,
        DbConnection connection,
        DbTransaction transaction,
        JobPosting posting,
        string? description,
        DateOnly today,
        CancellationToken cancellationToken)
    {
        if (!posting.IsOpenOn(today))
        {
            return;
        }

        var document = SearchDocument.From(posting, description, today);
        var first = SearchDocument.FirstId(document.SortDay);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COALESCE(MAX(id) + 1, @First) FROM posting_search WHERE id >= @First AND id < @Next",
            new { First = first, Next = SearchDocument.FirstId(document.SortDay + 1) },
            transaction,
            cancellationToken: cancellationToken));
        await InsertAsync(database.Provider, connection, transaction, id, document, cancellationToken);
    }

    public static async Task InsertAsync(
        DatabaseProvider provider,
        DbConnection connection,
        DbTransaction transaction,
        long id,
        SearchDocument document,
        CancellationToken cancellationToken)
    {
        var parameters = Parameters(provider, id, document);
        if (provider == DatabaseProvider.Postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO posting_search ({Columns}, document) VALUES ({Values}, {PostgresDocument})", parameters, transaction, cancellationToken: cancellationToken));
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO posting_search ({Columns}) VALUES ({Values})", parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO posting_search_text (rowid, title, body, tags) VALUES (@Id, @Title, @Body, @Tags)", parameters, transaction, cancellationToken: cancellationToken));
    }

    private static DynamicParameters Parameters(DatabaseProvider provider, long id, SearchDocument d)
    {
        var parameters = new DynamicParameters();
        parameters.Add("Id", id);
        parameters.Add("Identifier", d.Identifier);
        parameters.Add("Title", d.Title);
        parameters.Add("Employer", d.Employer);
        parameters.Add("Places", d.Places);
        parameters.Add("Arrangement", d.Arrangement);
        parameters.Add("Seniority", d.Seniority);
        parameters.Add("OccupationCode", d.OccupationCode);
        parameters.Add("OccupationLabel", d.OccupationLabel);
        parameters.Add("SalaryMin", d.SalaryMin);
        parameters.Add("SalaryMax", d.SalaryMax);
        parameters.Add("SalaryCurrency", d.SalaryCurrency);
        parameters.Add("DatePosted", Timestamps.Write(provider, d.DatePosted));
        parameters.Add("ExpiresDay", d.ExpiresDay);
        parameters.Add("Skills", d.Skills);
        parameters.Add("Body", d.Body);
        parameters.Add("Tags", d.Tags);
        return parameters;
    }
}
