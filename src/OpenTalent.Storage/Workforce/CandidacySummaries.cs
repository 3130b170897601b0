using System.Data.Common;
using Dapper;
using OpenTalent.Core.Workforce;

namespace OpenTalent.Storage.Workforce;

/// <summary>
/// Changes to the running totals analytics read (<c>candidacy_steps</c>, <c>candidacy_totals</c>): a candidacy
/// counts in them through its stays (each move into a stage, paired with the move that ended it, if any) and its
/// status. A write adds a candidacy's counts; a move takes the old version's away and adds the new one's; the sum is
/// written in the same transaction as the candidacies, so the totals never disagree with the rows.
/// </summary>
internal sealed class CandidacySummaries
{
    private readonly Dictionary<(string Department, string Requisition, string Recruiter, string Source, string Stage, string NextStage, string NextStatus), (long Steps, long Millis)> _steps = [];
    private readonly Dictionary<(string Department, string Requisition, string Recruiter, string Source, string Status), long> _totals = [];

    /// <param name="sign">+1 to add the candidacy as it now is, -1 to take away a version it replaces.</param>
    public void Add(CandidacyRow row, int sign)
    {
        var candidacy = row.Candidacy;
        var (department, requisition) = (Key(row.DepartmentId), Key(row.RequisitionId));
        var recruiter = row.RecruiterId is { } id ? Key(id) : "";
        var source = candidacy.Source ?? "";
        var moves = candidacy.Moves;
        for (var i = 0; i < moves.Count; i++)
        {
            if (moves[i].ToStage is not { } stage)
            {
                continue;
            }

            var next = i + 1 < moves.Count ? moves[i + 1] : null;
            var key = (department, requisition, recruiter, source, stage, next?.ToStage ?? "", next?.Status.ToString() ?? "");
            var millis = next is null ? 0 : (long)(next.At - moves[i].At).TotalMilliseconds;
            var (steps, total) = _steps.GetValueOrDefault(key);
            _steps[key] = (steps + sign, total + (sign * millis));
        }

        var status = (department, requisition, recruiter, source, candidacy.Status.ToString());
        _totals[status] = _totals.GetValueOrDefault(status) + sign;
    }

    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, string organisation, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO candidacy_steps (organisation, department, requisition, recruiter, source, stage, next_stage, next_status, steps, millis)
            VALUES (@Organisation, @Department, @Requisition, @Recruiter, @Source, @Stage, @NextStage, @NextStatus, @Steps, @Millis)
            ON CONFLICT (organisation, requisition, recruiter, source, stage, next_stage, next_status)
            DO UPDATE SET steps = candidacy_steps.steps + excluded.steps, millis = candidacy_steps.millis + excluded.millis
            """,
            _steps.Where(s => s.Value != (0, 0)).Select(s => new
            {
                Organisation = organisation,
                s.Key.Department,
                s.Key.Requisition,
                s.Key.Recruiter,
                s.Key.Source,
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
            INSERT INTO candidacy_totals (organisation, department, requisition, recruiter, source, status, candidacies)
            VALUES (@Organisation, @Department, @Requisition, @Recruiter, @Source, @Status, @Count)
            ON CONFLICT (organisation, requisition, recruiter, source, status)
            DO UPDATE SET candidacies = candidacy_totals.candidacies + excluded.candidacies
            """,
            _totals.Where(t => t.Value != 0).Select(t => new
            {
                Organisation = organisation,
                t.Key.Department,
                t.Key.Requisition,
                t.Key.Recruiter,
                t.Key.Source,
                t.Key.Status,
                Count = t.Value,
            }),
            transaction,
            cancellationToken: cancellationToken));
    }

    private static string Key(Guid id) => id.ToString("D");
}
