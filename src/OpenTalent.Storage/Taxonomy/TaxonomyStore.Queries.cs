using System.Data.Common;
using Dapper;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Text;

namespace OpenTalent.Storage.Taxonomy;

public sealed partial class TaxonomyStore
{
    // O*NET-SOC codes roll up to SOC by their first seven characters (15-1252.00 → 15-1252).
    // Joins occupation_codes c to the wages that give its occupation an annual median.
    private const string MedianWageJoin = """
        JOIN wages w ON w.soc_code = CASE WHEN c.scheme = 'onet-soc' THEN SUBSTR(c.code, 1, 7) ELSE c.code END
            AND c.scheme IN ('soc', 'onet-soc') AND w.annual_median IS NOT NULL
        """;

    private const string OccupationsWithMedianWageSql = $"""
        SELECT o.source AS Source, COUNT(DISTINCT o.id) AS Count
        FROM occupations o JOIN occupation_codes c ON c.occupation_id = o.id
        {MedianWageJoin}
        GROUP BY o.source
        """;

    private const string SummaryColumns = "o.id AS Id, o.source AS Source, o.key AS Key, o.title AS Title";

    public async Task<TaxonomyStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return new TaxonomyStats(
            await CountBySourceAsync(connection, "SELECT source AS Source, COUNT(*) AS Count FROM occupations GROUP BY source", cancellationToken),
            await CountBySourceAsync(connection, "SELECT o.source AS Source, COUNT(*) AS Count FROM occupation_titles t JOIN occupations o ON o.id = t.occupation_id GROUP BY o.source", cancellationToken),
            await CountBySourceAsync(connection, "SELECT source AS Source, COUNT(*) AS Count FROM skills GROUP BY source", cancellationToken),
            await CountBySourceAsync(connection, "SELECT o.source AS Source, COUNT(*) AS Count FROM occupation_skills l JOIN occupations o ON o.id = l.occupation_id GROUP BY o.source", cancellationToken),
            await CountBySourceAsync(connection, "SELECT source AS Source, COUNT(*) AS Count FROM wages GROUP BY source", cancellationToken),
            await CountBySourceAsync(connection, OccupationsWithMedianWageSql, cancellationToken),
            (await connection.QueryAsync<ImportRow>(new CommandDefinition(
                "SELECT source AS Source, release AS Release, origin AS Origin, imported_at AS ImportedAt, row_count AS RowCount FROM taxonomy_imports ORDER BY source",
                cancellationToken: cancellationToken)))
                .Select(r => new ImportRecord(TaxonomySourceNames.Parse(r.Source), r.Release, r.Origin, Timestamps.Read(r.ImportedAt), r.RowCount))
                .ToArray());
    }

    public async Task<IReadOnlyList<OccupationSummary>> FindOccupationsAsync(string codeOrTitle, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(codeOrTitle);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var query = codeOrTitle.Trim();
        var key = TextKey.Of(query);
        await using var connection = await database.OpenAsync(cancellationToken);

        // A code is exact; a title is tried exactly, then as a prefix, then as any part, so the closest matches come first.
        var byCode = await SummariesAsync(connection,
            $"SELECT DISTINCT {SummaryColumns}, NULL AS MatchedTitle FROM occupation_codes c JOIN occupations o ON o.id = c.occupation_id WHERE c.code = @Query ORDER BY o.source, o.title",
            new { Query = query }, limit, cancellationToken);
        if (byCode.Count > 0 || key.Length == 0)
        {
            return byCode;
        }

        var results = new List<OccupationSummary>();
        var seen = new HashSet<long>();
        foreach (var (condition, parameter) in new[] { ("t.title_key = @Key", key), ("t.title_key LIKE @Key", key + "%"), ("t.title_key LIKE @Key", "%" + key + "%") })
        {
            var sql = $"""
                SELECT {SummaryColumns}, MIN(t.title) AS MatchedTitle
                FROM occupation_titles t JOIN occupations o ON o.id = t.occupation_id
                WHERE {condition}
                GROUP BY o.id, o.source, o.key, o.title
                ORDER BY MIN(CASE t.kind WHEN 'preferred' THEN 0 ELSE 1 END), MIN(LENGTH(t.title_key)), o.source, o.title
                """;
            foreach (var summary in await SummariesAsync(connection, sql, new { Key = parameter }, limit, cancellationToken))
            {
                if (results.Count < limit && seen.Add(summary.Id))
                {
                    results.Add(summary);
                }
            }

            if (results.Count >= limit)
            {
                break;
            }
        }

        return results;
    }

    public async Task<OccupationDetail?> GetOccupationAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var arguments = new { Id = id };
        var row = await connection.QuerySingleOrDefaultAsync<OccupationRow>(new CommandDefinition(
            "SELECT id AS Id, source AS Source, key AS Key, title AS Title, description AS Description, job_zone AS JobZone FROM occupations WHERE id = @Id",
            arguments, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var codes = (await connection.QueryAsync<(string Scheme, string Code)>(new CommandDefinition(
            "SELECT scheme, code FROM occupation_codes WHERE occupation_id = @Id ORDER BY scheme, code", arguments, cancellationToken: cancellationToken)))
            .Select(c => new OccupationCode(TaxonomyTables.ParseName<CodeScheme>(c.Scheme, TaxonomyTables.Name), c.Code))
            .ToArray();
        var titles = (await connection.QueryAsync<(string Title, string Kind)>(new CommandDefinition(
            "SELECT title, kind FROM occupation_titles WHERE occupation_id = @Id ORDER BY id", arguments, cancellationToken: cancellationToken)))
            .Select(t => new OccupationTitle(t.Title, TaxonomyTables.ParseName<TitleKind>(t.Kind, TaxonomyTables.Name)));
        var tasks = (await connection.QueryAsync<TaskRow>(new CommandDefinition(
            "SELECT task AS Task, is_core AS IsCore FROM occupation_tasks WHERE occupation_id = @Id ORDER BY ordinal", arguments, cancellationToken: cancellationToken)))
            .Select(t => new OccupationTask(t.Task, t.IsCore));
        var occupation = new Occupation(row.Key, row.Title, row.Description, codes, titles, tasks, row.JobZone);

        var skills = (await connection.QueryAsync<SkillLinkRow>(new CommandDefinition(
            """
            SELECT s.label AS Label, s.kind AS Kind, l.relation AS Relation, l.importance AS Importance, l.level AS Level, l.hot AS Hot, l.in_demand AS InDemand
            FROM occupation_skills l JOIN skills s ON s.id = l.skill_id
            WHERE l.occupation_id = @Id
            ORDER BY CASE l.relation WHEN 'essential' THEN 0 ELSE 1 END, COALESCE(l.importance, 0) DESC, l.in_demand DESC, l.hot DESC, s.label
            """, arguments, cancellationToken: cancellationToken)))
            .Select(s => new OccupationSkillDetail(
                s.Label,
                TaxonomyTables.ParseName<SkillKind>(s.Kind, TaxonomyTables.Name),
                TaxonomyTables.ParseName<SkillRelation>(s.Relation, TaxonomyTables.Name),
                s.Importance,
                s.Level,
                s.Hot,
                s.InDemand))
            .ToArray();
        var related = (await connection.QueryAsync<RelatedRow>(new CommandDefinition(
            """
            SELECT o.source AS Source, o.key AS Key, o.title AS Title, r.tier AS Tier
            FROM related_occupations r JOIN occupations o ON o.id = r.related_id
            WHERE r.occupation_id = @Id ORDER BY COALESCE(r.rank, 1000000), o.title
            """, arguments, cancellationToken: cancellationToken)))
            .Select(r => new RelatedOccupationDetail(TaxonomySourceNames.Parse(r.Source), r.Key, r.Title, r.Tier))
            .ToArray();

        var socCodes = codes.Where(c => c.Scheme == CodeScheme.Soc).Select(c => c.Value)
            .Concat(codes.Where(c => c.Scheme == CodeScheme.OnetSoc).Select(c => OccupationCode.SocOfOnetSoc(c.Value)))
            .Distinct()
            .ToArray();
        var wages = await WagesForAsync(connection, socCodes, cancellationToken);
        return new OccupationDetail(new OccupationSummary(row.Id, TaxonomySourceNames.Parse(row.Source), row.Key, row.Title, null), occupation, skills, related, wages);
    }

    private static async Task<IReadOnlyList<StoredWage>> WagesForAsync(DbConnection connection, string[] socCodes, CancellationToken cancellationToken)
    {
        if (socCodes.Length == 0)
        {
            return [];
        }

        var figureColumns = string.Join(", ", TaxonomyTables.WageFigureNames.SelectMany(n => new[] { n, n + "_at_least" }));
        await using var command = connection.CreateCommand();
        var placeholders = socCodes.Select((code, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "soc" + i;
            parameter.Value = code;
            command.Parameters.Add(parameter);
            return "@soc" + i;
        });
        command.CommandText = $"""
            SELECT source, soc_code, title, level, year, employment, source_note, {figureColumns}
            FROM wages WHERE soc_code IN ({string.Join(", ", placeholders)})
            ORDER BY CASE level WHEN 'detailed' THEN 0 ELSE 1 END, year DESC, source
            """;
        var wages = new List<StoredWage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var figures = new WageEstimate?[TaxonomyTables.WageFigureNames.Length];
            for (var i = 0; i < figures.Length; i++)
            {
                var amountOrdinal = 7 + (2 * i);
                figures[i] = reader.IsDBNull(amountOrdinal)
                    ? null
                    : new WageEstimate(Convert.ToDecimal(reader.GetValue(amountOrdinal), System.Globalization.CultureInfo.InvariantCulture), Convert.ToBoolean(reader.GetValue(amountOrdinal + 1), System.Globalization.CultureInfo.InvariantCulture));
            }

            var wage = new OccupationWage(
                reader.GetString(1),
                reader.GetString(2),
                TaxonomyTables.ParseName<SocGroupLevel>(reader.GetString(3), TaxonomyTables.Name),
                Convert.ToInt32(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture),
                reader.IsDBNull(5) ? null : Convert.ToInt64(reader.GetValue(5), System.Globalization.CultureInfo.InvariantCulture),
                TaxonomyTables.Distribution(figures, 0),
                TaxonomyTables.Distribution(figures, 6),
                reader.IsDBNull(6) ? null : reader.GetString(6));
            wages.Add(new StoredWage(wage, TaxonomySourceNames.Parse(reader.GetString(0))));
        }

        return wages;
    }

    private static async Task<IReadOnlyList<OccupationSummary>> SummariesAsync(DbConnection connection, string sql, object parameters, int limit, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<SummaryRow>(new CommandDefinition($"{sql} LIMIT {limit}", parameters, cancellationToken: cancellationToken)))
            .Select(r => new OccupationSummary(r.Id, TaxonomySourceNames.Parse(r.Source), r.Key, r.Title, r.MatchedTitle))
            .ToArray();

    private static async Task<IReadOnlyDictionary<TaxonomySource, long>> CountBySourceAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        var counts = TaxonomySourceNames.All.ToDictionary(s => s, _ => 0L);
        foreach (var row in await connection.QueryAsync<CountRow>(new CommandDefinition(sql, cancellationToken: cancellationToken)))
        {
            counts[TaxonomySourceNames.Parse(row.Source)] = row.Count;
        }

        return counts;
    }

    // Dapper fills these by column alias; they exist only to carry rows out of the database.
    private sealed class CountRow
    {
        public string Source { get; set; } = "";

        public long Count { get; set; }
    }

    private sealed class ImportRow
    {
        public string Source { get; set; } = "";

        public string Release { get; set; } = "";

        public string Origin { get; set; } = "";

        public object ImportedAt { get; set; } = "";

        public long RowCount { get; set; }
    }

    private sealed class SummaryRow
    {
        public long Id { get; set; }

        public string Source { get; set; } = "";

        public string Key { get; set; } = "";

        public string Title { get; set; } = "";

        public string? MatchedTitle { get; set; }
    }

    private sealed class OccupationRow
    {
        public long Id { get; set; }

        public string Source { get; set; } = "";

        public string Key { get; set; } = "";

        public string Title { get; set; } = "";

        public string? Description { get; set; }

        public int? JobZone { get; set; }
    }

    private sealed class TaskRow
    {
        public string Task { get; set; } = "";

        public bool IsCore { get; set; }
    }

    private sealed class SkillLinkRow
    {
        public string Label { get; set; } = "";

        public string Kind { get; set; } = "";

        public string Relation { get; set; } = "";

        public double? Importance { get; set; }

        public double? Level { get; set; }

        public bool Hot { get; set; }

        public bool InDemand { get; set; }
    }

    private sealed class RelatedRow
    {
        public string Source { get; set; } = "";

        public string Key { get; set; } = "";

        public string Title { get; set; } = "";

        public string? Tier { get; set; }
    }
}
