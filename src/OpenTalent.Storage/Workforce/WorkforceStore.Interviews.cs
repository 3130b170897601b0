using System.Data.Common;
using Dapper;
using OpenTalent.Core.Workforce;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Workforce;

/// <summary>An interview kit of an organisation, with when it was created.</summary>
public sealed record KitRow(InterviewKit Kit, DateTimeOffset CreatedAt);

/// <summary>Structured interviews: the organisation's interview kits, scorecards, and each requisition's configurable stages.</summary>
public sealed partial class WorkforceStore
{
    public async Task<IReadOnlyList<KitRow>> KitsAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<KitData>(new CommandDefinition(
            "SELECT id AS Id, name AS Name, competencies AS Competencies, created_at AS CreatedAt FROM interview_kits WHERE organisation = @Organisation ORDER BY name",
            new { Organisation = Id(organisationId) },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRow())];
    }

    public async Task<InterviewKit?> KitAsync(Guid organisationId, Guid kitId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<KitData>(new CommandDefinition(
            "SELECT id AS Id, name AS Name, competencies AS Competencies, created_at AS CreatedAt FROM interview_kits WHERE organisation = @Organisation AND id = @Id",
            new { Organisation = Id(organisationId), Id = Id(kitId) },
            cancellationToken: cancellationToken));
        return row?.ToRow().Kit;
    }

    /// <exception cref="InvalidOperationException">The organisation already has a kit of that name.</exception>
    public async Task AddKitAsync(Guid organisationId, InterviewKit kit, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kit);
        await using var connection = await database.OpenAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO interview_kits (id, organisation, name, competencies, created_at) VALUES (@Id, @Organisation, @Name, @Competencies, @At)",
                new { Id = Id(kit.Id), Organisation = Id(organisationId), kit.Name, Competencies = WorkforceJson.Write(kit.Competencies), At = Millis(at) },
                cancellationToken: cancellationToken));
        }
        catch (DbException exception) when (IsUniqueViolation(exception))
        {
            throw new InvalidOperationException($"Your organisation already has an interview kit called '{kit.Name}'.", exception);
        }
    }

    /// <summary>
    /// Adds an interviewer's scorecard to a candidacy, after the domain's checks (the stage is reached, every competency
    /// of the kit rated 1 to 5, one scorecard per interviewer and stage). Null when there is no such candidacy.
    /// </summary>
    /// <exception cref="PipelineRuleException">The candidacy cannot take this scorecard.</exception>
    public async Task<CandidacyRow?> SubmitScorecardAsync(Guid organisationId, Guid requisitionId, Scorecard scorecard, string kitName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        if (await FindRequisitionAsync(connection, transaction, organisationId, requisitionId, cancellationToken) is not { } requisition)
        {
            return null;
        }

        var row = await CandidacyAsync(connection, transaction, organisationId, requisitionId, scorecard.ApplicationId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var scored = row.Candidacy.Submit(requisition.Pipeline, scorecard);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO scorecards (id, candidacy, document, submitted_at, interviewer, stage) VALUES (@Id, @Candidacy, @Document, @At, @Interviewer, @Stage)",
                new
                {
                    Id = Id(scorecard.Id), Candidacy = Id(scorecard.ApplicationId), Document = WorkforceJson.Write(scorecard, kitName), At = Millis(scorecard.SubmittedAt),
                    Interviewer = Id(scorecard.InterviewerId), Stage = scorecard.Stage.ToUpperInvariant(),
                },
                transaction,
                cancellationToken: cancellationToken));
        }
        catch (DbException exception) when (IsUniqueViolation(exception))
        {
            throw new PipelineRuleException($"Interviewer {scorecard.InterviewerId} has already submitted a scorecard for '{scorecard.Stage}'.");
        }

        await transaction.CommitAsync(cancellationToken);
        return row with { Candidacy = scored };
    }

    /// <summary>
    /// Replaces a requisition's stages. Every candidacy must still find its current stage (by name) in the new
    /// pipeline, so nobody is stranded; their stage positions are renumbered in the same transaction.
    /// </summary>
    /// <returns>False when the organisation has no such requisition.</returns>
    /// <exception cref="PipelineRuleException">A candidacy sits in a stage the new pipeline lacks.</exception>
    public async Task<bool> SetPipelineAsync(Guid organisationId, Guid requisitionId, Pipeline pipeline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        await database.LockForWriteAsync(connection, transaction, "candidacies", cancellationToken);
        var values = new { Organisation = Id(organisationId), Requisition = Id(requisitionId), Pipeline = WorkforceJson.Write(pipeline) };
        if (await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE requisitions SET pipeline = @Pipeline WHERE organisation = @Organisation AND id = @Requisition", values, transaction, cancellationToken: cancellationToken)) == 0)
        {
            return false;
        }

        var occupied = await connection.QueryAsync<(string Stage, long Count)>(new CommandDefinition(
            "SELECT stage, COUNT(*) FROM candidacies WHERE requisition = @Requisition GROUP BY stage", values, transaction, cancellationToken: cancellationToken));
        foreach (var (stage, count) in occupied)
        {
            var index = pipeline.Stages.ToList().FindIndex(s => string.Equals(s.Name, stage, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new PipelineRuleException($"{count:N0} applications are in '{stage}', which the new stages leave out; move them first or keep the stage.");
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE candidacies SET stage_index = @Index WHERE requisition = @Requisition AND stage = @Stage",
                new { values.Requisition, Index = index, Stage = stage }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Scorecards of the candidacies that <paramref name="where"/> selects (the scorecards table is <c>s</c>), by candidacy id.</summary>
    private static async Task<ILookup<string, Scorecard>> ScorecardsAsync(DbConnection connection, DbTransaction? transaction, string where, object values, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(string Candidacy, string Document)>(new CommandDefinition(
            $"SELECT s.candidacy, s.document FROM scorecards s {where} ORDER BY s.submitted_at, s.id", values, transaction, cancellationToken: cancellationToken));
        return rows.ToLookup(r => r.Candidacy, r => WorkforceJson.ReadScorecard(r.Document), StringComparer.Ordinal);
    }

    private sealed class KitData
    {
        public string Id { get; init; } = null!;
        public string Name { get; init; } = null!;
        public string Competencies { get; init; } = null!;
        public long CreatedAt { get; init; }

        public KitRow ToRow() => new(new InterviewKit(Hiring.PlatformValues.Id(Id), Name, WorkforceJson.ReadList(Competencies)), Instant(CreatedAt));
    }
}
