using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Benchmarks.Matching;

/// <summary>
/// The SQL a team would write first: the same postings in PostgreSQL (binary COPY into a fresh schema, a covering
/// index on posting skills), and the jobs-for-seeker query as one statement: required/preferred-weighted skill
/// coverage, occupation and recency, the same hard filters, top 20. It ranks by a simpler formula than the
/// relevance model (no related-skill credit, seniority, place or pay factors), so it is a lower bound on the
/// work SQL would do; only its speed is compared. The schema is dropped afterwards.
/// </summary>
public sealed class PostgresMatchBaseline(string connectionString, SyntheticMarket market, MatchWeights weights)
{
    private const int Workers = 2;

    public async Task<PostgresBaselineReport> RunAsync(int postings, IReadOnlyList<SeekerSample> queries, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(log);
        var schema = $"bench_match_{Guid.NewGuid():N}";
        var scoped = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema, CommandTimeout = 600 }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(scoped);
        await ExecuteAsync(dataSource, $"CREATE SCHEMA {schema}", cancellationToken);
        try
        {
            await ExecuteAsync(dataSource, """
                CREATE TABLE postings (
                    id int4 NOT NULL, identifier text NOT NULL, occupations text[] NOT NULL, arrangement int2 NOT NULL,
                    employment int2 NOT NULL, places text[] NOT NULL, countries text[] NOT NULL, salary_max float8, currency text,
                    posted date, valid_through date, open bool NOT NULL, skill_total float4 NOT NULL);
                CREATE TABLE posting_skills (skill int4 NOT NULL, posting int4 NOT NULL, credit float4 NOT NULL);
                """, cancellationToken);
            var clock = Stopwatch.StartNew();
            var skillNumbers = market.SkillIds.Select((id, number) => (id, number)).ToDictionary(p => p.id, p => p.number, StringComparer.Ordinal);
            var rows = await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker =>
                Task.Run(() => Load(dataSource, skillNumbers, worker, postings, cancellationToken), cancellationToken)));
            log.WriteLine($"postgres: {postings:N0} postings, {rows.Sum():N0} skill rows copied in {clock.Elapsed.TotalSeconds:0.0} s; indexing");
            await ExecuteAsync(dataSource, "ALTER TABLE postings ADD PRIMARY KEY (id)", cancellationToken);
            await ExecuteAsync(dataSource, "CREATE INDEX posting_skills_by_skill ON posting_skills (skill) INCLUDE (posting, credit)", cancellationToken);

            // One statement each: VACUUM refuses to run inside a multi-statement batch. It sets the visibility map
            // that lets the covering index answer without touching the table.
            await ExecuteAsync(dataSource, "VACUUM ANALYZE postings", cancellationToken);
            await ExecuteAsync(dataSource, "VACUUM ANALYZE posting_skills", cancellationToken);
            var loadSeconds = clock.Elapsed.TotalSeconds;
            log.WriteLine($"postgres: loaded and indexed in {loadSeconds:0.0} s");

            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            var warmUp = Math.Min(5, queries.Count);
            for (var i = 0; i < warmUp; i++)
            {
                await QueryAsync(connection, queries[i], skillNumbers, cancellationToken);
            }

            var timings = new double[queries.Count];
            for (var i = 0; i < queries.Count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await QueryAsync(connection, queries[i], skillNumbers, cancellationToken);
                timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            return new PostgresBaselineReport(queries.Count, loadSeconds, rows.Sum(), Latency.Percentile(timings, 0.50), Latency.Percentile(timings, 0.99));
        }
        finally
        {
            await ExecuteAsync(dataSource, $"DROP SCHEMA IF EXISTS {schema} CASCADE", CancellationToken.None);
        }
    }

    /// <summary>One worker's share of the postings (every <see cref="Workers"/>-th), regenerated and copied in binary.</summary>
    private long Load(NpgsqlDataSource dataSource, Dictionary<string, int> skillNumbers, int worker, int postings, CancellationToken cancellationToken)
    {
        using var postingConnection = dataSource.OpenConnection();
        using var skillConnection = dataSource.OpenConnection();
        using var postingRows = postingConnection.BeginBinaryImport(
            "COPY postings (id, identifier, occupations, arrangement, employment, places, countries, salary_max, currency, posted, valid_through, open, skill_total) FROM STDIN (FORMAT BINARY)");
        using var skillRows = skillConnection.BeginBinaryImport("COPY posting_skills (skill, posting, credit) FROM STDIN (FORMAT BINARY)");
        long count = 0;
        for (var index = worker; index < postings; index += Workers)
        {
            if ((index & 0xFFFF) == worker)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var posting = market.Posting(index);
            double total = 0;
            foreach (var skill in posting.Skills)
            {
                var credit = Credit(skill);
                total += credit;
                skillRows.StartRow();
                skillRows.Write(skillNumbers[skill.SkillId], NpgsqlDbType.Integer);
                skillRows.Write(index, NpgsqlDbType.Integer);
                skillRows.Write((float)credit, NpgsqlDbType.Real);
                count++;
            }

            postingRows.StartRow();
            postingRows.Write(index, NpgsqlDbType.Integer);
            postingRows.Write(posting.Identifier, NpgsqlDbType.Text);
            postingRows.Write(posting.Occupations.Select(o => o.Code).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            postingRows.Write((short)posting.Arrangement, NpgsqlDbType.Smallint);
            postingRows.Write((short)posting.EmploymentType, NpgsqlDbType.Smallint);
            postingRows.Write(posting.Locations.Where(p => p.City is not null).Select(PlaceKey).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            postingRows.Write(posting.Locations.Select(p => p.Country).OfType<string>().Distinct().ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            WriteNullable(postingRows, (double?)posting.Salary?.Max, NpgsqlDbType.Double);
            WriteNullable(postingRows, posting.Salary?.Currency, NpgsqlDbType.Text);
            WriteNullable(postingRows, posting.DatePosted, NpgsqlDbType.Date);
            WriteNullable(postingRows, posting.ValidThrough, NpgsqlDbType.Date);
            postingRows.Write(posting.Status == PostingStatus.Open, NpgsqlDbType.Boolean);
            postingRows.Write((float)Math.Max(total, 1e-6), NpgsqlDbType.Real);
        }

        postingRows.Complete();
        skillRows.Complete();
        return count;
    }

    private async Task QueryAsync(NpgsqlConnection connection, SeekerSample query, Dictionary<string, int> skillNumbers, CancellationToken cancellationToken)
    {
        var filters = new List<string>();
        await using var command = connection.CreateCommand();
        var filter = query.Filters;
        if (filter.RemoteOnly)
        {
            filters.Add($"p.arrangement = {(int)WorkArrangement.Remote}");
        }

        if (filter.MinSalary is { } minimum)
        {
            filters.Add("p.currency = @currency AND p.salary_max >= @minimum");
            command.Parameters.AddWithValue("currency", minimum.Currency);
            command.Parameters.AddWithValue("minimum", (double)minimum.Amount);
        }

        if (filter.EmploymentType is { } employment)
        {
            filters.Add($"p.employment = {(int)employment}");
        }

        if (filter.Location is { } place)
        {
            // In the place, or remote and open to applicants in its country (or anywhere).
            filters.Add($"(@place = ANY(p.places) OR (p.arrangement = {(int)WorkArrangement.Remote} AND (cardinality(p.countries) = 0 OR @country = ANY(p.countries))))");
            command.Parameters.AddWithValue("place", place.City is null ? string.Empty : PlaceKey(place));
            command.Parameters.AddWithValue("country", place.Country ?? string.Empty);
        }

        command.CommandText = $"""
            WITH overlap AS (
                SELECT ps.posting, sum(ps.credit) AS covered
                FROM posting_skills ps
                WHERE ps.skill = ANY(@skills)
                GROUP BY ps.posting)
            SELECT p.identifier,
                @skillWeight * (o.covered / p.skill_total)
                + @occupationWeight * (CASE WHEN p.occupations && @occupations THEN 1 ELSE 0 END)
                + @recencyWeight * greatest(0, 1 - coalesce(@today - p.posted, 60) / 60.0) AS score
            FROM overlap o JOIN postings p ON p.id = o.posting
            WHERE p.open AND (p.valid_through IS NULL OR p.valid_through >= @today){string.Concat(filters.Select(f => " AND " + f))}
            ORDER BY score DESC, p.identifier
            LIMIT {MatchBenchmarkOptions.SeekerTop}
            """;
        command.Parameters.AddWithValue("skills", query.Profile.Skills.Select(s => skillNumbers.GetValueOrDefault(s.SkillId, -1)).ToArray());
        command.Parameters.AddWithValue("occupations", query.Profile.Occupations.Select(o => o.Code).ToArray());
        command.Parameters.AddWithValue("skillWeight", weights.Skills);
        command.Parameters.AddWithValue("occupationWeight", weights.Occupation);
        command.Parameters.AddWithValue("recencyWeight", weights.Recency);
        command.Parameters.AddWithValue("today", market.Today);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            _ = reader.GetString(0);
        }
    }

    private double Credit(PostingSkill skill) => skill.Weight * (skill.Required ? 1 : weights.PreferredSkillWeight);

    private static string PlaceKey(Place place) =>
        string.Create(CultureInfo.InvariantCulture, $"{place.City}|{place.Region}|{place.Country}").ToUpperInvariant();

    private static void WriteNullable<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } present)
        {
            importer.Write(present, type);
        }
        else
        {
            importer.WriteNull();
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
