using System.Data.Common;
using Dapper;
using OpenTalent.Core.Search;
using OpenTalent.Text.Search;

namespace OpenTalent.Storage.Search;

/// <summary>
/// Job search on the database's own text index (SQLite FTS5, PostgreSQL tsvector + GIN). Filters are tags in the
/// index, so keyword and filters meet in one index lookup; results stream newest first by id, so a query reads the
/// newest <see cref="JobSearchLimits.FacetSample"/> matches (and one more, to know whether there are more) for the
/// page, the relevance tiers, the facets and the total, and nothing else: no count, no second read of the same rows.
/// On PostgreSQL that read tries the newest days first and widens only when those hold too few matches (a thin slice is
/// read again as part of a wider one: at most three reads).
/// </summary>
/// <remarks>
/// Relevance ranks the newest <see cref="JobSearchLimits.FacetSample"/> matches (all of them when there are fewer):
/// postings whose title holds every query word, or whose occupation the query names as a title, first; then the rest;
/// newest first within each. The total is exact up to <see cref="JobSearchLimits.TotalCap"/> (the sample size) and a
/// lower bound beyond it (<see cref="JobSearchResults.TotalIsCapped"/>, "1,000+"). Salary order sorts the sample in
/// memory when it holds every match; otherwise it reads the best-paid band of matches that fills the page (see
/// <see cref="ReadBestPaidAsync"/>).
/// </remarks>
public sealed class JobSearchStore : IJobSearch, IDisposable
{
    private readonly Database database;
    private readonly Func<CancellationToken, Task<SearchQueryParser>> parser;
    private readonly TimeProvider clock;
    private readonly SearchMaintenance maintenance;
    private readonly MatchExpression expressions;

    public JobSearchStore(Database database, SearchQueryParserProvider parsers, TimeProvider? clock = null)
        : this(database, (parsers ?? throw new ArgumentNullException(nameof(parsers))).GetAsync, clock ?? TimeProvider.System)
    {
    }

    /// <summary>With a parser of the caller's choosing, such as <see cref="SearchQueryParser.Literal"/>.</summary>
    public JobSearchStore(Database database, Func<CancellationToken, Task<SearchQueryParser>> parser, TimeProvider clock)
    {
        this.database = database ?? throw new ArgumentNullException(nameof(database));
        this.parser = parser ?? throw new ArgumentNullException(nameof(parser));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        maintenance = new SearchMaintenance(database);
        expressions = new MatchExpression(database.Provider);
    }

    private bool Postgres => database.Provider == DatabaseProvider.Postgres;

    public async Task<JobSearchResults> SearchAsync(JobSearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await maintenance.EnsureAsync(today, cancellationToken);
        var parsed = query.Text is null ? ParsedQuery.Empty : (await parser(cancellationToken)).Parse(query.Text);
        var filters = FilterPlan.From(query, today);
        var match = expressions.Build(parsed, filters.TagGroups);
        var depth = query.Offset + query.PageSize;

        await using var connection = await database.OpenAsync(cancellationToken);
        await PrepareSessionAsync(connection, cancellationToken);
        // SQLite's FTS5 already streams matches newest first and stops at the limit; slices only cost it a re-read
        // (measured slower at 200k), so only PostgreSQL, whose bitmap visits every match, reads by slices.
        var slices = Postgres ? await RecencySlicesAsync(connection, filters.MinimumId, cancellationToken) : null;
        var sample = await ReadNewestAsync(connection, match, filters, query.Currency, slices, cancellationToken);
        var capped = sample.Count > JobSearchLimits.TotalCap;
        if (capped)
        {
            sample.RemoveRange(JobSearchLimits.TotalCap, sample.Count - JobSearchLimits.TotalCap);
        }

        IReadOnlyList<StoredHit> ranked = sample;
        if (query.Sort == JobSearchSort.Salary)
        {
            ranked = capped
                ? await ReadBestPaidAsync(connection, parsed, filters, query.Currency, depth, cancellationToken)
                : SalaryOrder.Sort(sample, query.Currency);
        }
        else if (query.Sort == JobSearchSort.Relevance && !parsed.IsEmpty)
        {
            // Stable: within each tier the newest come first, as read.
            ranked = [.. sample.Where(r => TitleTier.Holds(r, parsed)), .. sample.Where(r => !TitleTier.Holds(r, parsed))];
        }

        var page = ranked.Skip(query.Offset).Take(query.PageSize).ToList();
        var hits = await HitsAsync(connection, page, parsed, query, cancellationToken);
        return new JobSearchResults(
            hits,
            sample.Count,
            capped,
            query.Page,
            query.PageSize,
            FacetCounter.Count(sample, query.Currency, today),
            sample.Count,
            parsed.Interpretation);
    }

    public void Dispose() => maintenance.Dispose();

    private enum Order
    {
        Newest,

        /// <summary>
        /// Newest first, sorting the matches the text index finds rather than walking the id index backwards. PostgreSQL
        /// prices checking a row's document as nearly free, but each check reads and decompresses the stored vector
        /// (about 2.5 µs): with sparse matches the backward walk checked 50,000 rows to find 1,000 (110-300 ms at
        /// 200,000 postings), where the bitmap fetches only the matches.
        /// </summary>
        NewestThroughTextIndex,
        Salary,
    }

    /// <summary>
    /// PostgreSQL: no JIT for these statements. A search over many matches looks expensive to the planner, which then
    /// spends tens of milliseconds compiling a plan that runs in a few; the setting lasts until the pool resets the
    /// connection.
    /// </summary>
    private async Task PrepareSessionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (Postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition("SET jit = off", cancellationToken: cancellationToken));
        }
    }

    private static async Task<RecencySlices> RecencySlicesAsync(DbConnection connection, long minimumId, CancellationToken cancellationToken)
    {
        var (newest, oldest, rows) = await connection.QuerySingleAsync<(long?, long?, double)>(new CommandDefinition(
            "SELECT MAX(id), MIN(id), (SELECT reltuples FROM pg_class WHERE oid = 'posting_search'::regclass)::float8 FROM posting_search",
            cancellationToken: cancellationToken));
        return RecencySlices.Plan(newest, oldest, rows, minimumId);
    }

    /// <summary>
    /// The newest <see cref="JobSearchLimits.TotalCap"/> + 1 matches: slice by slice, newest first, each read taking only
    /// what the newer slices lacked; the newer slices' density decides how each older one is read.
    /// </summary>
    private async Task<List<StoredHit>> ReadNewestAsync(
        DbConnection connection, string? match, FilterPlan filters, string currency, RecencySlices? slices, CancellationToken cancellationToken)
    {
        const int limit = JobSearchLimits.TotalCap + 1;
        if (slices is null)
        {
            return await ReadAsync(connection, match, filters, currency, Order.Newest, limit, cancellationToken);
        }

        var rows = new List<StoredHit>(limit);
        var below = long.MaxValue;
        var bounds = slices.Bounds;
        for (var i = 0; i < bounds.Length && rows.Count < limit; i++)
        {
            var order = i == 0 || match is null || slices.WalkBackwards(i, rows.Count, limit - rows.Count) ? Order.Newest : Order.NewestThroughTextIndex;
            var slice = filters with { MinimumId = bounds[i], BelowId = below };
            rows.AddRange(await ReadAsync(connection, match, slice, currency, order, limit - rows.Count, cancellationToken));
            below = bounds[i];
        }

        return rows;
    }

    /// <summary>
    /// The <paramref name="depth"/> best-paid matches when there are more matches than the sample holds. The index tags
    /// every posting with each salary floor its pay reaches, so the matches at or above a floor are one more tag in
    /// the same lookup: a binary search finds the highest floor with at least <paramref name="depth"/> matches, and
    /// when that band fits in one bounded read it is sorted in memory. Exact: every match outside the band is paid
    /// less than the floor, or not in the currency, and sorts after it. When no band is both full enough and small
    /// enough, the database sorts the matches of the best band it found (or all of them).
    /// </summary>
    private async Task<IReadOnlyList<StoredHit>> ReadBestPaidAsync(
        DbConnection connection, ParsedQuery parsed, FilterPlan filters, string currency, int depth, CancellationToken cancellationToken)
    {
        const int limit = JobSearchLimits.TotalCap + 1;
        var floors = SearchTags.SalaryFloorsInThousands;
        // Bands start above the query's own minimum, so their tag implies it and the exact check can be dropped.
        var low = 0;
        while (low < floors.Count && filters.ExactMinimumSalary is { } minimum && floors[low] * 1000m < minimum)
        {
            low++;
        }

        FilterPlan Band(int index) => filters with { TagGroups = [.. filters.TagGroups, [SearchTags.SalaryFloor(currency, floors[index])]], ExactMinimumSalary = null };

        int best = -1, bestCount = 0, high = floors.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var band = Band(middle);
            var count = await CountAsync(connection, expressions.Build(parsed, band.TagGroups), band, limit, cancellationToken);
            if (count >= depth)
            {
                (best, bestCount) = (middle, count);
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        var sorted = best >= 0 ? Band(best) : filters;
        var match = expressions.Build(parsed, sorted.TagGroups);
        return best >= 0 && bestCount < limit
            ? SalaryOrder.Sort(await ReadAsync(connection, match, sorted, currency, Order.Newest, limit, cancellationToken), currency)
            : await ReadAsync(connection, match, sorted, currency, Order.Salary, depth, cancellationToken);
    }

    /// <summary>Matches of a text-index expression, counted up to <paramref name="limit"/>, reading ids only.</summary>
    private async Task<int> CountAsync(DbConnection connection, string? match, FilterPlan filters, int limit, CancellationToken cancellationToken)
    {
        var from = Postgres || match is null ? "FROM posting_search s" : "FROM posting_search_text t";
        var sql = $"SELECT COUNT(*) FROM (SELECT 1 AS one {from} {Where(match, filters)} LIMIT @Limit) bounded";
        return (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, Parameters(match, filters, "", limit), cancellationToken: cancellationToken));
    }

    private async Task<List<StoredHit>> ReadAsync(
        DbConnection connection, string? match, FilterPlan filters, string currency, Order order, int limit, CancellationToken cancellationToken)
    {
        // SQLite streams FTS5 matches in rowid order only when the ORDER BY names the text table's rowid.
        var id = IdColumn(match);
        var orderBy = order switch
        {
            Order.Salary => $"ORDER BY CASE WHEN s.salary_currency = @Currency THEN s.salary_max END DESC NULLS LAST, {id} DESC",
            // An expression the primary key cannot supply, so the planner does not walk it.
            Order.NewestThroughTextIndex when Postgres => $"ORDER BY {id} + 0 DESC",
            _ => $"ORDER BY {id} DESC",
        };
        var sql = $"SELECT {StoredHit.Select} {From(match)} {Where(match, filters)} {orderBy} LIMIT @Limit";
        var rows = await connection.QueryAsync<StoredHit>(new CommandDefinition(sql, Parameters(match, filters, currency, limit), cancellationToken: cancellationToken));
        return rows.AsList();
    }

    private string From(string? match) =>
        Postgres || match is null ? "FROM posting_search s" : "FROM posting_search_text t JOIN posting_search s ON s.id = t.rowid";

    private string IdColumn(string? match) => Postgres || match is null ? "s.id" : "t.rowid";

    private string Where(string? match, FilterPlan filters)
    {
        var conditions = new List<string>();
        var idColumn = IdColumn(match);
        if (match is not null)
        {
            conditions.Add(Postgres ? "s.document @@ to_tsquery('english', @Match)" : "posting_search_text MATCH @Match");
        }

        if (filters.MinimumId > 0)
        {
            conditions.Add(idColumn + " >= @MinimumId");
        }

        if (filters.BelowId < long.MaxValue)
        {
            conditions.Add(idColumn + " < @BelowId");
        }

        if (filters.ExactMinimumSalary is not null)
        {
            conditions.Add("s.salary_currency = @Currency AND s.salary_max >= @MinimumSalary");
        }

        return conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
    }

    private static DynamicParameters Parameters(string? match, FilterPlan filters, string currency, int limit)
    {
        var parameters = new DynamicParameters();
        parameters.Add("Match", match);
        parameters.Add("MinimumId", filters.MinimumId);
        parameters.Add("BelowId", filters.BelowId);
        parameters.Add("Currency", currency);
        parameters.Add("MinimumSalary", (double?)filters.ExactMinimumSalary);
        parameters.Add("Limit", limit);
        return parameters;
    }

    private async Task<List<JobSearchHit>> HitsAsync(
        DbConnection connection, List<StoredHit> page, ParsedQuery parsed, JobSearchQuery query, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var descriptions = (await connection.QueryAsync<(string Identifier, string Description)>(new CommandDefinition(
            $"SELECT identifier, description FROM postings WHERE identifier {database.AnyOf("Identifiers")}",
            new { Identifiers = page.Select(r => r.Identifier).ToArray() },
            cancellationToken: cancellationToken))).ToDictionary(r => r.Identifier, r => r.Description, StringComparer.Ordinal);
        var skillIds = parsed.Interpretation.Skills.Select(s => s.SkillId).Concat(query.SkillIds).ToHashSet(StringComparer.Ordinal);
        var words = parsed.Words;
        return [.. page.Select(row => row.ToHit(
            HitText.MatchedSkills(row.Skills, skillIds, words),
            HitText.Snippet(descriptions.GetValueOrDefault(row.Identifier), words)))];
    }
}
