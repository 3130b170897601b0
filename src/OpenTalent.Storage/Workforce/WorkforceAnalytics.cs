using Dapper;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Workforce;

public enum AnalyticsDimension
{
    Department,
    Requisition,
    Recruiter,
    Source,
}

/// <summary>One stage's figures, counted as <see cref="PipelineAnalytics.Stages"/> counts them.</summary>
public sealed record StageFigures(string Stage, int Entered, int Passed, int Rejected, int Withdrawn, int MovedBack, int StillIn, double? MeanDays)
{
    public int Decided => Passed + Rejected + Withdrawn + MovedBack;

    public double? PassThroughRate => Decided == 0 ? null : (double)Passed / Decided;
}

/// <param name="Active">Candidacies still open: a recruiter's load when grouped by recruiter.</param>
/// <param name="OfferAcceptance">Of decided offers, the share accepted (moved to hired).</param>
/// <param name="MeanDaysToFill">Over the filled requisitions of the group (not for sources).</param>
public sealed record GroupFigures(string Key, string Label, IReadOnlyList<StageFigures> Stages, int Candidacies, int Hires, int Active, double? OfferAcceptance, int Filled, double? MeanDaysToFill);

/// <param name="Groups">One page of the groups, in label order.</param>
/// <param name="Total">Groups in all (thousands when grouped by requisition).</param>
public sealed record AnalyticsReport(AnalyticsDimension By, IReadOnlyList<string> Stages, IReadOnlyList<GroupFigures> Groups, int Total, int Page, int PageSize);

/// <summary>
/// Hiring analytics that answer at 500,000 applications: they read the running totals written with every candidacy
/// and move (stays per stage by how they ended, and candidacies per status), grouped by the dimension asked for; the
/// pass-through, exits and time in stage are added up here against the pipeline's stage order.
/// </summary>
public sealed class WorkforceAnalytics(Database database)
{
    /// <summary>Every group (for the CSV download).</summary>
    public Task<AnalyticsReport> ReportAsync(Guid organisationId, AnalyticsDimension by, CancellationToken cancellationToken) =>
        ReportAsync(organisationId, by, 1, int.MaxValue, cancellationToken);

    /// <summary>
    /// One page of the groups in label order: the totals of every group are read (to count and order them), the
    /// stays per stage only for the page's, which keeps a report by requisition small at thousands of requisitions.
    /// </summary>
    public async Task<AnalyticsReport> ReportAsync(Guid organisationId, AnalyticsDimension by, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (!System.Enum.IsDefined(by))
        {
            throw new ArgumentOutOfRangeException(nameof(by), by, "Unknown analytics dimension.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);

        var organisation = Id(organisationId);
        await using var connection = await database.OpenAsync(cancellationToken);
        var mostUsed = await connection.QueryFirstOrDefaultAsync<string>(new CommandDefinition(
            "SELECT pipeline FROM requisitions WHERE organisation = @Organisation GROUP BY pipeline ORDER BY COUNT(*) DESC, pipeline LIMIT 1",
            new { Organisation = organisation },
            cancellationToken: cancellationToken));
        var pipeline = mostUsed is null ? Pipeline.Standard : WorkforceJson.ReadPipeline(mostUsed);
        var requisitionColumn = by switch
        {
            AnalyticsDimension.Department => "department",
            AnalyticsDimension.Requisition => "id",
            AnalyticsDimension.Recruiter => "COALESCE(recruiter, '')",
            _ => null,
        };
        var filled = requisitionColumn is null
            ? []
            : (await connection.QueryAsync<(string Key, long Count, double Millis)>(new CommandDefinition(
                $"""
                SELECT {requisitionColumn}, COUNT(*), AVG(CAST(closed_at - opened_at AS DOUBLE PRECISION))
                FROM requisitions WHERE organisation = @Organisation AND status = 'Filled' AND opened_at IS NOT NULL AND closed_at IS NOT NULL
                GROUP BY {requisitionColumn}
                """,
                new { Organisation = organisation },
                cancellationToken: cancellationToken))).ToDictionary(f => f.Key, f => f, StringComparer.Ordinal);
        // Running totals kept per dimension with every write (CandidacySummaries): only this dimension's rows are read.
        var slice = new { Organisation = organisation, Dimension = by.ToString() };
        var totals = (await connection.QueryAsync<(string? Key, long Candidacies, long Hires, long Active)>(new CommandDefinition(
            """
            SELECT group_key, SUM(candidacies), SUM(CASE WHEN status = 'Hired' THEN candidacies ELSE 0 END),
                   SUM(CASE WHEN status IN ('Hired', 'Rejected', 'Withdrawn') THEN 0 ELSE candidacies END)
            FROM analytics_totals WHERE organisation = @Organisation AND dimension = @Dimension GROUP BY group_key HAVING SUM(candidacies) <> 0
            """,
            slice,
            cancellationToken: cancellationToken))).ToDictionary(t => t.Key ?? "", t => t);
        var labels = await LabelsAsync(by, organisationId, connection, cancellationToken);
        string Label(string key) => labels.GetValueOrDefault(key) ?? (key.Length == 0 ? "(none)" : key);
        var ordered = totals.Keys.OrderBy(Label, StringComparer.Ordinal).ThenBy(k => k, StringComparer.Ordinal).ToArray();
        var keys = ordered.Skip((int)Math.Min(int.MaxValue, (page - 1L) * pageSize)).Take(pageSize).ToArray();
        var everything = keys.Length == ordered.Length;
        var steps = keys.Length == 0 ? [] : await connection.QueryAsync<(string? Key, string Stage, string? NextStage, string? NextStatus, long Count, long Millis)>(new CommandDefinition(
            $"""
            SELECT group_key, stage, NULLIF(next_stage, ''), NULLIF(next_status, ''), steps, millis
            FROM analytics_steps WHERE organisation = @Organisation AND dimension = @Dimension AND steps <> 0 {(everything ? "" : $"AND group_key {database.AnyOf("Keys")}")}
            """,
            new { slice.Organisation, slice.Dimension, Keys = keys },
            cancellationToken: cancellationToken));
        var byKey = steps.ToLookup(s => s.Key ?? "", StringComparer.Ordinal);
        var groups = new List<GroupFigures>(keys.Length);
        foreach (var key in keys)
        {
            var group = byKey[key];
            var stages = pipeline.Stages.Select(stage => Figures(stage.Name, pipeline, group.Where(s => string.Equals(s.Stage, stage.Name, StringComparison.OrdinalIgnoreCase)))).ToArray();
            var total = totals[key];
            var offer = stages.FirstOrDefault(s => pipeline.Stage(s.Stage).Kind == ApplicationStatus.Offer);
            var fill = filled.GetValueOrDefault(key);
            groups.Add(new GroupFigures(
                key, Label(key), stages, (int)total.Candidacies, (int)total.Hires, (int)total.Active,
                offer?.PassThroughRate, (int)fill.Count, fill.Count == 0 ? null : fill.Millis / 86_400_000));
        }

        return new AnalyticsReport(by, [.. pipeline.Stages.Select(s => s.Name)], groups, ordered.Length, page, pageSize);
    }

    private static StageFigures Figures(string stage, Pipeline pipeline, IEnumerable<(string? Key, string Stage, string? NextStage, string? NextStatus, long Count, long Millis)> steps)
    {
        int entered = 0, passed = 0, rejected = 0, withdrawn = 0, back = 0, stillIn = 0;
        long left = 0, millis = 0;
        var index = pipeline.IndexOf(stage);
        foreach (var step in steps)
        {
            var count = (int)step.Count;
            entered += count;
            if (step.NextStatus is null)
            {
                stillIn += count;
                continue;
            }

            left += count;
            millis += step.Millis;
            if (step.NextStatus == nameof(ApplicationStatus.Rejected))
            {
                rejected += count;
            }
            else if (step.NextStatus == nameof(ApplicationStatus.Withdrawn))
            {
                withdrawn += count;
            }
            else if (step.NextStage is { } next && pipeline.IndexOf(next) > index)
            {
                passed += count;
            }
            else
            {
                back += count;
            }
        }

        return new StageFigures(stage, entered, passed, rejected, withdrawn, back, stillIn, left == 0 ? null : millis / (double)left / 86_400_000);
    }

    private static async Task<Dictionary<string, string>> LabelsAsync(
        AnalyticsDimension by, Guid organisationId, System.Data.Common.DbConnection connection, CancellationToken cancellationToken)
    {
        switch (by)
        {
            case AnalyticsDimension.Department:
                var plan = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                    "SELECT document FROM workforce_plans WHERE organisation = @Organisation", new { Organisation = Id(organisationId) }, cancellationToken: cancellationToken));
                return plan is null ? [] : WorkforceJson.ReadPlan(plan, organisationId).Departments.ToDictionary(d => Id(d.Id), d => d.Name, StringComparer.Ordinal);
            case AnalyticsDimension.Requisition:
                var titles = await connection.QueryAsync<(string Id, string Title)>(new CommandDefinition(
                    "SELECT id, title FROM requisitions WHERE organisation = @Organisation", new { Organisation = Id(organisationId) }, cancellationToken: cancellationToken));
                return titles.ToDictionary(t => t.Id, t => t.Title, StringComparer.Ordinal);
            case AnalyticsDimension.Recruiter:
                var names = await connection.QueryAsync<(string Id, string Name)>(new CommandDefinition(
                    "SELECT a.id, a.display_name FROM accounts a JOIN memberships m ON m.account = a.id WHERE m.organisation = @Organisation",
                    new { Organisation = Id(organisationId) },
                    cancellationToken: cancellationToken));
                return names.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
            default:
                return [];
        }
    }
}
