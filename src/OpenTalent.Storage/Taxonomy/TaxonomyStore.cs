using System.Data.Common;
using Dapper;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Text;

namespace OpenTalent.Storage.Taxonomy;

/// <summary>
/// Stores the taxonomy through Dapper and each engine's bulk loader. Writing replaces one source's
/// release inside a single transaction, so a failed or cancelled import leaves the previous data untouched.
/// </summary>
public sealed partial class TaxonomyStore(Database database) : ITaxonomyStore
{
    // Children first: explicit deletes are much faster than letting each parent row cascade.
    private static readonly string[] DeleteStatements =
    [
        "DELETE FROM related_occupations WHERE occupation_id IN (SELECT id FROM occupations WHERE source = @Source) OR related_id IN (SELECT id FROM occupations WHERE source = @Source)",
        "DELETE FROM occupation_skills WHERE occupation_id IN (SELECT id FROM occupations WHERE source = @Source) OR skill_id IN (SELECT id FROM skills WHERE source = @Source)",
        "DELETE FROM occupation_titles WHERE occupation_id IN (SELECT id FROM occupations WHERE source = @Source)",
        "DELETE FROM occupation_codes WHERE occupation_id IN (SELECT id FROM occupations WHERE source = @Source)",
        "DELETE FROM occupation_tasks WHERE occupation_id IN (SELECT id FROM occupations WHERE source = @Source)",
        "DELETE FROM skill_labels WHERE skill_id IN (SELECT id FROM skills WHERE source = @Source)",
        "DELETE FROM occupations WHERE source = @Source",
        "DELETE FROM skills WHERE source = @Source",
        "DELETE FROM wages WHERE source = @Source",
    ];

    public async Task ReplaceReleaseAsync(TaxonomyRelease release, string origin, IProgress<ProgressUpdate>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(release);
        var source = release.Source.Key();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        await database.LockForWriteAsync(connection, transaction, "taxonomy", cancellationToken);

        progress?.Report(new ProgressUpdate($"Removing the previous {source} release", 0, DeleteStatements.Length));
        for (var i = 0; i < DeleteStatements.Length; i++)
        {
            await connection.ExecuteAsync(new CommandDefinition(DeleteStatements[i], new { Source = source }, transaction, commandTimeout: 600, cancellationToken: cancellationToken));
            progress?.Report(new ProgressUpdate($"Removing the previous {source} release", i + 1, DeleteStatements.Length));
        }

        var writer = new ReleaseWriter(database, connection, transaction, source, progress, cancellationToken);
        var occupationIds = await writer.WriteOccupationsAsync(release.Occupations, await NextIdAsync("occupations"), await NextIdAsync("occupation_titles"));
        var skillIds = await writer.WriteSkillsAsync(release.Skills, await NextIdAsync("skills"));
        await writer.WriteLinksAsync(release.OccupationSkills, release.RelatedOccupations, occupationIds, skillIds);
        await writer.WriteWagesAsync(release.Wages, await NextIdAsync("wages"));

        await connection.ExecuteAsync(new CommandDefinition(
            """
            DELETE FROM taxonomy_imports WHERE source = @Source;
            INSERT INTO taxonomy_imports (source, release, origin, imported_at, row_count) VALUES (@Source, @Release, @Origin, @ImportedAt, @Rows);
            """,
            new { Source = source, release.Release, Origin = origin, ImportedAt = Timestamp(DateTimeOffset.UtcNow), Rows = writer.RowsWritten },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);

        async Task<long> NextIdAsync(string table) =>
            await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}", transaction: transaction, cancellationToken: cancellationToken));
    }

    private object Timestamp(DateTimeOffset value) => Timestamps.Write(database.Provider, value);

    /// <summary>Writes one release's rows, assigning ids as it goes, and counts them.</summary>
    private sealed class ReleaseWriter(
        Database database,
        DbConnection connection,
        DbTransaction transaction,
        string source,
        IProgress<ProgressUpdate>? progress,
        CancellationToken cancellationToken)
    {
        public long RowsWritten { get; private set; }

        public async Task<Dictionary<string, long>> WriteOccupationsAsync(IReadOnlyList<Occupation> occupations, long firstId, long firstTitleId)
        {
            var ids = new Dictionary<string, long>(occupations.Count, StringComparer.Ordinal);
            foreach (var occupation in occupations)
            {
                ids[occupation.Key] = firstId + ids.Count;
            }

            await InsertAsync("occupations", TaxonomyTables.Occupations, occupations.Count, occupations.Select(o =>
                new object?[] { ids[o.Key], source, o.Key, o.Title, o.Description, o.JobZone }));
            await InsertAsync("occupation_codes", TaxonomyTables.OccupationCodes, occupations.Sum(o => o.Codes.Count), occupations.SelectMany(o =>
                o.Codes.Select(c => new object?[] { ids[o.Key], c.Scheme.Name(), c.Value })));
            var titleId = firstTitleId;
            await InsertAsync("occupation_titles", TaxonomyTables.OccupationTitles, occupations.Sum(o => o.Titles.Count), occupations.SelectMany(o =>
                o.Titles.Select(t => new object?[] { titleId++, ids[o.Key], t.Text, TextKey.Of(t.Text), t.Kind.Name() })));
            await InsertAsync("occupation_tasks", TaxonomyTables.OccupationTasks, occupations.Sum(o => o.Tasks.Count), occupations.SelectMany(o =>
                o.Tasks.Select((t, i) => new object?[] { ids[o.Key], i + 1, t.Text, t.IsCore })));
            return ids;
        }

        public async Task<Dictionary<string, long>> WriteSkillsAsync(IReadOnlyList<Skill> skills, long firstId)
        {
            var ids = new Dictionary<string, long>(skills.Count, StringComparer.Ordinal);
            foreach (var skill in skills)
            {
                ids[skill.Key] = firstId + ids.Count;
            }

            await InsertAsync("skills", TaxonomyTables.Skills, skills.Count, skills.Select(s => new object?[]
            {
                ids[s.Key], source, s.Key, s.PreferredLabel, TextKey.Of(s.PreferredLabel), s.Kind.Name(), s.Scheme, s.Code, s.Hot, s.InDemand, s.Description,
            }));
            await InsertAsync("skill_labels", TaxonomyTables.SkillLabels, skills.Sum(s => s.AltLabels.Count), skills.SelectMany(s =>
                s.AltLabels.Select(label => new object?[] { ids[s.Key], label, TextKey.Of(label) })));
            return ids;
        }

        public async Task WriteLinksAsync(
            IReadOnlyList<OccupationSkill> links,
            IReadOnlyList<RelatedOccupation> related,
            Dictionary<string, long> occupationIds,
            Dictionary<string, long> skillIds)
        {
            await InsertAsync("occupation_skills", TaxonomyTables.OccupationSkills, links.Count, links.Select(l => new object?[]
            {
                occupationIds[l.OccupationKey], skillIds[l.SkillKey], l.Relation.Name(), l.Importance, l.Level, l.Hot, l.InDemand,
            }));
            await InsertAsync("related_occupations", TaxonomyTables.RelatedOccupations, related.Count, related.Select(r => new object?[]
            {
                occupationIds[r.OccupationKey], occupationIds[r.RelatedKey], r.Tier, r.Rank,
            }));
        }

        public async Task WriteWagesAsync(IReadOnlyList<OccupationWage> wages, long firstId)
        {
            var id = firstId;
            await InsertAsync("wages", TaxonomyTables.Wages, wages.Count, wages.Select(w =>
            {
                var row = new List<object?> { id++, source, w.SocCode, w.Title, w.Level.Name(), w.Year, w.Employment, w.SourceNote };
                foreach (var figure in TaxonomyTables.Figures(w))
                {
                    row.Add(figure?.Amount);
                    row.Add(figure?.IsLowerBound ?? false);
                }

                return row.ToArray();
            }));
        }

        private async Task InsertAsync(string table, IReadOnlyList<Column> columns, long total, IEnumerable<object?[]> rows)
        {
            var step = $"Writing {table.Replace('_', ' ')}";
            progress?.Report(new ProgressUpdate(step, 0, total));
            var written = await database.BulkInsertAsync(connection, transaction, table, columns, rows, cancellationToken);
            RowsWritten += written;
            progress?.Report(new ProgressUpdate(step, written, total));
        }
    }
}
