using System.Data.Common;
using System.Globalization;
using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Storage.Taxonomy;

public sealed partial class TaxonomyStore
{
    public async Task<TaxonomySnapshot> LoadSnapshotAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var occupations = new List<OccupationDraft>();
        var occupationIndex = new Dictionary<long, int>();
        await ForEachAsync(connection, "SELECT id, source, key, title, description FROM occupations ORDER BY id", row =>
        {
            occupationIndex[row.GetInt64(0)] = occupations.Count;
            occupations.Add(new OccupationDraft(TaxonomySourceNames.Parse(row.GetString(1)), row.GetString(2), row.GetString(3), row.IsDBNull(4) ? null : row.GetString(4)));
        }, cancellationToken);
        await ForEachAsync(connection, "SELECT occupation_id, scheme, code FROM occupation_codes", row =>
            occupations[occupationIndex[row.GetInt64(0)]].Codes.Add(new OccupationCode(TaxonomyTables.ParseName<CodeScheme>(row.GetString(1), TaxonomyTables.Name), row.GetString(2))), cancellationToken);
        await ForEachAsync(connection, "SELECT occupation_id, title, kind FROM occupation_titles ORDER BY id", row =>
            occupations[occupationIndex[row.GetInt64(0)]].Titles.Add(new OccupationTitle(row.GetString(1), TaxonomyTables.ParseName<TitleKind>(row.GetString(2), TaxonomyTables.Name))), cancellationToken);
        await ForEachAsync(connection, "SELECT occupation_id, task FROM occupation_tasks ORDER BY occupation_id, ordinal", row =>
            occupations[occupationIndex[row.GetInt64(0)]].Tasks.Add(row.GetString(1)), cancellationToken);

        var skills = new List<SkillDraft>();
        var skillIndex = new Dictionary<long, int>();
        await ForEachAsync(connection, "SELECT id, source, key, label, kind, scheme, code, description, hot, in_demand FROM skills ORDER BY id", row =>
        {
            skillIndex[row.GetInt64(0)] = skills.Count;
            skills.Add(new SkillDraft(
                TaxonomySourceNames.Parse(row.GetString(1)),
                row.GetString(2),
                row.GetString(3),
                TaxonomyTables.ParseName<SkillKind>(row.GetString(4), TaxonomyTables.Name),
                row.GetString(5),
                row.IsDBNull(6) ? null : row.GetString(6),
                row.IsDBNull(7) ? null : row.GetString(7),
                Convert.ToBoolean(row.GetValue(8), CultureInfo.InvariantCulture),
                Convert.ToBoolean(row.GetValue(9), CultureInfo.InvariantCulture)));
        }, cancellationToken);
        await ForEachAsync(connection, "SELECT skill_id, label FROM skill_labels", row =>
            skills[skillIndex[row.GetInt64(0)]].AltLabels.Add(row.GetString(1)), cancellationToken);
        await ForEachAsync(connection, "SELECT occupation_id, skill_id, relation, importance FROM occupation_skills ORDER BY occupation_id, skill_id", row =>
            occupations[occupationIndex[row.GetInt64(0)]].Skills.Add(new SnapshotLink(
                skillIndex[row.GetInt64(1)],
                TaxonomyTables.ParseName<SkillRelation>(row.GetString(2), TaxonomyTables.Name),
                row.IsDBNull(3) ? null : Convert.ToDouble(row.GetValue(3), CultureInfo.InvariantCulture))), cancellationToken);
        await ForEachAsync(connection, "SELECT occupation_id, related_id FROM related_occupations ORDER BY occupation_id, COALESCE(rank, 1000000)", row =>
            occupations[occupationIndex[row.GetInt64(0)]].Related.Add(occupationIndex[row.GetInt64(1)]), cancellationToken);

        // The preferred wage of an occupation: OEWS over the starter's copy, the detailed SOC level over a group, the newest year.
        await ForEachAsync(connection, $"""
            SELECT c.occupation_id, w.annual_median
            FROM occupation_codes c
            {MedianWageJoin}
            ORDER BY c.occupation_id, CASE w.source WHEN 'oews' THEN 0 ELSE 1 END, CASE w.level WHEN 'detailed' THEN 0 ELSE 1 END, w.year DESC
            """, row =>
        {
            var draft = occupations[occupationIndex[row.GetInt64(0)]];
            draft.MedianWage ??= Convert.ToDecimal(row.GetValue(1), CultureInfo.InvariantCulture);
        }, cancellationToken);

        return new TaxonomySnapshot(
            occupations.Select((o, i) => new SnapshotOccupation(i, o.Source, o.Key, o.Title, o.Description, o.Codes, o.Titles, o.Tasks, o.Skills, o.Related, o.MedianWage)).ToArray(),
            skills.Select((s, i) => new SnapshotSkill(i, s.Source, s.Key, s.Label, s.Kind, s.Scheme, s.Code, s.AltLabels, s.Description, s.Hot, s.InDemand)).ToArray());
    }

    private static async Task ForEachAsync(DbConnection connection, string sql, Action<DbDataReader> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            read(reader);
        }
    }

    private sealed record OccupationDraft(TaxonomySource Source, string Key, string Title, string? Description)
    {
        public List<OccupationCode> Codes { get; } = [];

        public List<OccupationTitle> Titles { get; } = [];

        public List<string> Tasks { get; } = [];

        public List<SnapshotLink> Skills { get; } = [];

        public List<int> Related { get; } = [];

        public decimal? MedianWage { get; set; }
    }

    private sealed record SkillDraft(TaxonomySource Source, string Key, string Label, SkillKind Kind, string Scheme, string? Code, string? Description, bool Hot, bool InDemand)
    {
        public List<string> AltLabels { get; } = [];
    }
}
