using System.Data.Common;
using Dapper;
using OpenTalent.Core.Workforce;

namespace OpenTalent.Storage.Workforce;

/// <summary>
/// Changes to the running totals analytics read (<c>analytics_steps</c>, <c>analytics_totals</c>), kept per
/// dimension (department, requisition, recruiter, source) so a report reads only its own rows. A candidacy counts in
/// them through its stays (each move into a stage, paired with the move that ended it, if any) and its status. A
/// write adds a candidacy's counts; a move takes the old version's away and adds the new one's; the sum is written
/// in the same transaction as the candidacies, so the totals never disagree with the rows.
/// </summary>
internal sealed class CandidacySummaries
{
    private readonly Dictionary<(string Dimension, string Key, string Stage, string NextStage, string NextStatus), (long Steps, long Millis)> _steps = [];
    private readonly Dictionary<(string Dimension, string Key, string Status), long> _totals = [];

    /// <param name="sign">+1 to add the candidacy as it now is, -1 to take away a version it replaces.</param>
    public void Add(CandidacyRow row, int sign)
    {
        var candidacy = row.Candidacy;
        (string Dimension, string Key)[] keys =
        [
            (nameof(AnalyticsDimension.Department), Key(row.DepartmentId)),
            (nameof(AnalyticsDimension.Requisition), Key(row.RequisitionId)),
            (nameof(AnalyticsDimension.Recruiter), row.RecruiterId is { } recruiter ? Key(recruiter) : ""),
            (nameof(AnalyticsDimension.Source), candidacy.Source ?? ""),
        ];
        var moves = candidacy.Moves;
        for (var i = 0; i < moves.Count; i++)
        {
            if (moves[i].ToStage is not { } stage)
            {
                continue;
            }

            var next = i + 1 < moves.Count ? moves[i + 1] : null;
            var millis = next is null ? 0 : (long)(next.At - moves[i].At).TotalMilliseconds;
            foreach (var (dimension, key) in keys)
            {
                var step = (dimension, key, stage, next?.ToStage ?? "", next?.Status.ToString() ?? "");
                var (steps, total) = _steps.GetValueOrDefault(step);
                _steps[step] = (steps + sign, total + (sign * millis));
            }
        }

        foreach (var (dimension, key) in keys)
        {
            var status = (dimension, key, candidacy.Status.ToString());
            _totals[status] = _totals.GetValueOrDefault(status) + sign;
        }
    }

    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, string organisation, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO analytics_steps (organisation, dimension, group_key, stage, next_stage, next_status, steps, millis)
            VALUES (@Organisation, @Dimension, @Key, @Stage, @NextStage, @NextStatus, @Steps, @Millis)
            ON CONFLICT (organisation, dimension, group_key, stage, next_stage, next_status)
            DO UPDATE SET steps = analytics_steps.steps + excluded.steps, millis = analytics_steps.millis + excluded.millis
            """,
            _steps.Where(s => s.Value != (0, 0)).Select(s => new
            {
                Organisation = organisation,
                s.Key.Dimension,
                s.Key.Key,
                s.Key.Stage,
                s.Key.NextStage,
                s.Key.NextStatus,
                s.Value.Steps,
                s.Value.Millis,
            }),
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO analytics_totals (organisation, dimension, group_key, status, candidacies)
            VALUES (@Organisation, @Dimension, @Key, @Status, @Count)
            ON CONFLICT (organisation, dimension, group_key, status)
            DO UPDATE SET candidacies = analytics_totals.candidacies + excluded.candidacies
            """,
            _totals.Where(t => t.Value != 0).Select(t => new { Organisation = organisation, t.Key.Dimension, t.Key.Key, t.Key.Status, Count = t.Value }),
            transaction,
            cancellationToken: cancellationToken));
    }

    private static string Key(Guid id) => id.ToString("D");
}
