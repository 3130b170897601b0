using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Privacy;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Privacy;

/// <summary>Automated rankings as shown, each with its entries and their explanations (JSON), in one transaction.</summary>
public sealed class RankingLogStore(Database database) : IRankingLog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task RecordAsync(RankingRecord ranking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO rankings (id, organisation, posting, viewer_kind, viewer, source, model_version, shown_at)
            VALUES (@Id, @Organisation, @Posting, @ViewerKind, @Viewer, @Source, @ModelVersion, @ShownAt)
            """,
            new
            {
                Id = Id(ranking.Id),
                Organisation = Id(ranking.OrganisationId),
                Posting = ranking.PostingId,
                ViewerKind = ranking.ViewerKind.ToString(),
                Viewer = ranking.ViewerId is { } viewer ? Id(viewer) : null,
                ranking.Source,
                ranking.ModelVersion,
                ShownAt = Time(database.Provider, ranking.ShownAt),
            },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO ranking_entries (ranking, position, subject, profile, application, score, explanation)
            VALUES (@Ranking, @Position, @Subject, @Profile, @Application, @Score, @Explanation)
            """,
            ranking.Entries.Select(e => new
            {
                Ranking = Id(ranking.Id),
                e.Position,
                Subject = e.SubjectId is { } subject ? Id(subject) : null,
                Profile = e.ProfileId,
                Application = e.ApplicationId is { } application ? Id(application) : null,
                e.Score,
                Explanation = JsonSerializer.Serialize(e.Explanation, Json),
            }),
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RankingRecord>> ForPostingAsync(Guid organisationId, string postingId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rankings = (await connection.QueryAsync<(string Id, string Organisation, string Posting, string ViewerKind, string? Viewer, string Source, string ModelVersion, object ShownAt)>(
            new CommandDefinition(
                """
                SELECT id, organisation, posting, viewer_kind, viewer, source, model_version, shown_at FROM rankings
                WHERE organisation = @Organisation AND posting = @Posting ORDER BY shown_at DESC, id DESC LIMIT @Limit
                """,
                new { Organisation = Id(organisationId), Posting = postingId, Limit = limit },
                cancellationToken: cancellationToken))).ToArray();
        if (rankings.Length == 0)
        {
            return [];
        }

        var entries = (await connection.QueryAsync<(string Ranking, long Position, string? Subject, string Profile, string? Application, double Score, string Explanation)>(
            new CommandDefinition(
                $"SELECT ranking, position, subject, profile, application, score, explanation FROM ranking_entries WHERE ranking {database.AnyOf("Rankings")} ORDER BY ranking, position",
                new { Rankings = rankings.Select(r => r.Id).ToArray() },
                cancellationToken: cancellationToken)))
            .ToLookup(e => e.Ranking, StringComparer.Ordinal);
        return
        [
            .. rankings.Select(r => new RankingRecord(
                Id(r.Id), Id(r.Organisation), r.Posting, Enum<AuditActorKind>(r.ViewerKind), OptionalId(r.Viewer), r.Source, r.ModelVersion, Time(r.ShownAt),
                entries[r.Id].Select(e => new RankedEntry(
                    (int)e.Position, OptionalId(e.Subject), e.Profile, OptionalId(e.Application), e.Score,
                    JsonSerializer.Deserialize<MatchExplanation>(e.Explanation, Json) ?? throw new InvalidDataException($"Ranking {r.Id} entry {e.Position} has no explanation."))))),
        ];
    }
}
