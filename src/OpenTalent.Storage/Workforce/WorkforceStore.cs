using System.Data.Common;
using Dapper;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Workforce;

/// <summary>An organisation's plan as listed: its slug (the name commands use) and names.</summary>
public sealed record WorkforcePlanSummary(Guid OrganisationId, string Slug, string PlanName, string OrganisationName);

/// <summary>A requisition as stored: what pages, filters and the forecast read.</summary>
public sealed record RequisitionRow(
    Guid Id, Guid DepartmentId, Guid? TeamId, string Title, RequisitionStatus Status, Guid HiringManagerId, Guid? RecruiterId, DateOnly TargetStart, SalaryBand Band,
    Pipeline Pipeline, DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt);

/// <summary>A candidacy with where it sits: its requisition (the candidacy's job id), department and recruiter.</summary>
public sealed record CandidacyRow(Candidacy Candidacy, Guid RequisitionId, Guid DepartmentId, Guid? RecruiterId);

/// <summary>How many candidacies are in a stage: still active there, and all that are or ended there.</summary>
public sealed record StageCount(string Stage, int Active, int Ended);

public sealed record CandidacySummary(Guid Id, Guid CandidateId, string CandidateName, string Stage, ApplicationStatus Status, string? Source, DateTimeOffset AppliedAt, DateTimeOffset StageEnteredAt);

/// <summary>One page of a requisition's pipeline: the count per stage, and the candidacies in the stage asked for.</summary>
public sealed record PipelinePage(RequisitionRow Requisition, IReadOnlyList<StageCount> Stages, string Stage, int Total, int Page, int PageSize, IReadOnlyList<CandidacySummary> Items);

/// <summary>
/// Hiring at scale through Dapper: plans, requisitions, candidates, candidacies and their moves. Loads of many rows
/// go through the engine's bulk writer; a bulk move is checked by the domain item by item and written in one
/// transaction, or not at all.
/// </summary>
public sealed partial class WorkforceStore(Database database)
{
    private static readonly Column[] RequisitionColumns =
    [
        new("id", ColumnType.Text), new("organisation", ColumnType.Text), new("department", ColumnType.Text), new("team", ColumnType.Text), new("title", ColumnType.Text),
        new("status", ColumnType.Text), new("hiring_manager", ColumnType.Text), new("recruiter", ColumnType.Text), new("target_start", ColumnType.Text),
        new("band_min", ColumnType.Real), new("band_max", ColumnType.Real), new("currency", ColumnType.Text), new("pipeline", ColumnType.Text),
        new("opened_at", ColumnType.BigInt), new("closed_at", ColumnType.BigInt),
    ];

    private static readonly Column[] CandidateColumns =
    [
        new("id", ColumnType.Text), new("organisation", ColumnType.Text), new("name", ColumnType.Text), new("emails", ColumnType.Text), new("phones", ColumnType.Text),
        new("resume", ColumnType.Text), new("merged_from", ColumnType.Text), new("created_at", ColumnType.BigInt),
    ];

    private static readonly Column[] CandidacyColumns =
    [
        new("id", ColumnType.Text), new("organisation", ColumnType.Text), new("requisition", ColumnType.Text), new("candidate", ColumnType.Text), new("department", ColumnType.Text),
        new("recruiter", ColumnType.Text), new("source", ColumnType.Text), new("stage", ColumnType.Text), new("stage_index", ColumnType.SmallCount), new("status", ColumnType.Text),
        new("applied_at", ColumnType.BigInt), new("stage_entered_at", ColumnType.BigInt), new("updated_at", ColumnType.BigInt),
    ];

    private static readonly Column[] MoveColumns =
    [
        new("candidacy", ColumnType.Text), new("sequence", ColumnType.SmallCount), new("from_stage", ColumnType.Text), new("to_stage", ColumnType.Text), new("status", ColumnType.Text),
        new("at", ColumnType.BigInt), new("by_account", ColumnType.Text), new("reason", ColumnType.Text), new("note", ColumnType.Text),
    ];

    public static long Millis(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    public static DateTimeOffset Instant(long millis) => DateTimeOffset.FromUnixTimeMilliseconds(millis);

    /// <summary>Creates or replaces the organisation's plan under a slug (lower-case letters, digits and hyphens).</summary>
    public async Task SavePlanAsync(string slug, HeadcountPlan plan, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var checkedSlug = Slug(slug);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        var values = new { Organisation = Id(plan.OrganisationId), Slug = checkedSlug, plan.Name, Document = WorkforceJson.Write(plan), At = Millis(at) };
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM workforce_plans WHERE organisation = @Organisation", values, transaction, cancellationToken: cancellationToken));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO workforce_plans (organisation, slug, name, document, updated_at) VALUES (@Organisation, @Slug, @Name, @Document, @At)", values, transaction, cancellationToken: cancellationToken));
        }
        catch (DbException exception) when (IsUniqueViolation(exception))
        {
            throw new InvalidOperationException($"Another organisation already uses the slug '{checkedSlug}'.", exception);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<(WorkforcePlanSummary Summary, HeadcountPlan Plan)?> FindPlanAsync(string slug, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string Organisation, string Slug, string Name, string Document, string OrganisationName)>(new CommandDefinition(
            "SELECT p.organisation, p.slug, p.name, p.document, o.name FROM workforce_plans p JOIN organisations o ON o.id = p.organisation WHERE p.slug = @Slug",
            new { Slug = slug.Trim().ToLowerInvariant() },
            cancellationToken: cancellationToken));
        if (row.Organisation is null)
        {
            return null;
        }

        var organisation = Id(row.Organisation);
        return (new WorkforcePlanSummary(organisation, row.Slug, row.Name, row.OrganisationName), WorkforceJson.ReadPlan(row.Document, organisation));
    }

    /// <summary>The organisation's plan, if it has one.</summary>
    public async Task<(WorkforcePlanSummary Summary, HeadcountPlan Plan)?> FindPlanForAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var slug = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT slug FROM workforce_plans WHERE organisation = @Organisation", new { Organisation = Id(organisationId) }, cancellationToken: cancellationToken));
        return slug is null ? null : await FindPlanAsync(slug, cancellationToken);
    }

    public async Task<IReadOnlyList<WorkforcePlanSummary>> ListPlansAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Organisation, string Slug, string Name, string OrganisationName)>(new CommandDefinition(
            "SELECT p.organisation, p.slug, p.name, o.name FROM workforce_plans p JOIN organisations o ON o.id = p.organisation ORDER BY p.slug", cancellationToken: cancellationToken));
        return [.. rows.Select(r => new WorkforcePlanSummary(Id(r.Organisation), r.Slug, r.Name, r.OrganisationName))];
    }

    /// <summary>Adds requisitions, candidates and candidacies (with every move) in one transaction: a demo or an import.</summary>
    public async Task AddAsync(
        Guid organisationId, IReadOnlyList<RequisitionRow> requisitions, IReadOnlyList<CandidateRecord> candidates, IReadOnlyList<CandidacyRow> candidacies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requisitions);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(candidacies);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        await InsertAsync(connection, transaction, Id(organisationId), requisitions, candidates, candidacies, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task InsertAsync(
        DbConnection connection, DbTransaction transaction, string organisation, IReadOnlyList<RequisitionRow> requisitions, IReadOnlyList<CandidateRecord> candidates,
        IReadOnlyList<CandidacyRow> candidacies, CancellationToken cancellationToken)
    {
        await database.BulkInsertAsync(connection, transaction, "requisitions", RequisitionColumns, requisitions.Select(r => RequisitionValues(organisation, r)), cancellationToken);
        await database.BulkInsertAsync(connection, transaction, "workforce_candidates", CandidateColumns, candidates.Select(c => new object?[]
        {
            Id(c.Id), organisation, c.Name, WorkforceJson.Write(c.Emails), WorkforceJson.Write(c.Phones), c.ResumeText, WorkforceJson.Write(c.MergedFrom.Select(Id)), Millis(c.CreatedAt),
        }), cancellationToken);
        var pipelines = requisitions.ToDictionary(r => r.Id, r => r.Pipeline);
        var stored = candidacies.Select(c => c.RequisitionId).Where(id => !pipelines.ContainsKey(id)).Distinct().Select(Id).ToArray();
        foreach (var chunk in stored.Chunk(500))
        {
            // Candidacies for requisitions saved earlier: their pipelines come from the database.
            var rows = await connection.QueryAsync<(string Id, string Pipeline)>(new CommandDefinition(
                $"SELECT id, pipeline FROM requisitions WHERE organisation = @Organisation AND id {database.AnyOf("Ids")}",
                new { Organisation = organisation, Ids = chunk },
                transaction,
                cancellationToken: cancellationToken));
            foreach (var row in rows)
            {
                pipelines[Id(row.Id)] = Pipelines.GetOrAdd(row.Pipeline, WorkforceJson.ReadPipeline);
            }
        }

        await database.BulkInsertAsync(connection, transaction, "candidacies", CandidacyColumns, candidacies.Select(c => CandidacyValues(organisation, c, pipelines)), cancellationToken);
        await database.BulkInsertAsync(connection, transaction, "candidacy_moves", MoveColumns, candidacies.SelectMany(c => MoveValues(c.Candidacy, 0)), cancellationToken);
        var summaries = new CandidacySummaries();
        foreach (var candidacy in candidacies)
        {
            summaries.Add(candidacy, +1);
        }

        await summaries.WriteAsync(connection, transaction, organisation, cancellationToken);
    }

    public async Task<IReadOnlyList<RequisitionRow>> RequisitionsAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. (await connection.QueryAsync<RequisitionData>(new CommandDefinition(
            $"SELECT {RequisitionSelect} FROM requisitions WHERE organisation = @Organisation ORDER BY title, id", new { Organisation = Id(organisationId) }, cancellationToken: cancellationToken)))
            .Select(r => r.ToRow())];
    }

    /// <summary>The department's candidacies with every move, for the funnel the forecast reads.</summary>
    public async Task<IReadOnlyList<CandidacyRow>> CandidaciesAsync(Guid organisationId, Guid departmentId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var heads = (await connection.QueryAsync<CandidacyData>(new CommandDefinition(
            $"SELECT {CandidacySelect} FROM candidacies WHERE organisation = @Organisation AND department = @Department ORDER BY id",
            new { Organisation = Id(organisationId), Department = Id(departmentId) },
            cancellationToken: cancellationToken))).ToArray();
        var moves = (await connection.QueryAsync<MoveData>(new CommandDefinition(
            $"""
            SELECT m.candidacy AS Candidacy, m.sequence AS Sequence, m.from_stage AS FromStage, m.to_stage AS ToStage, m.status AS Status, m.at AS At, m.by_account AS ByAccount,
                   m.reason AS Reason, m.note AS Note
            FROM candidacy_moves m JOIN candidacies c ON c.id = m.candidacy
            WHERE c.organisation = @Organisation AND c.department = @Department
            ORDER BY m.candidacy, m.sequence
            """,
            new { Organisation = Id(organisationId), Department = Id(departmentId) },
            cancellationToken: cancellationToken))).ToLookup(m => m.Candidacy, StringComparer.Ordinal);
        var scorecards = await ScorecardsAsync(
            connection, null, "JOIN candidacies c ON c.id = s.candidacy WHERE c.organisation = @Organisation AND c.department = @Department",
            new { Organisation = Id(organisationId), Department = Id(departmentId) }, cancellationToken);
        return [.. heads.Select(h => h.ToRow(moves[h.Id], scorecards[h.Id]))];
    }

    /// <summary>One candidacy of a requisition with every move and scorecard; null when the organisation has no such one.</summary>
    public async Task<CandidacyRow?> CandidacyAsync(Guid organisationId, Guid requisitionId, Guid applicationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await CandidacyAsync(connection, null, organisationId, requisitionId, applicationId, cancellationToken);
    }

    private static async Task<CandidacyRow?> CandidacyAsync(
        DbConnection connection, DbTransaction? transaction, Guid organisationId, Guid requisitionId, Guid applicationId, CancellationToken cancellationToken)
    {
        var values = new { Organisation = Id(organisationId), Requisition = Id(requisitionId), Application = Id(applicationId) };
        var head = await connection.QuerySingleOrDefaultAsync<CandidacyData>(new CommandDefinition(
            $"SELECT {CandidacySelect} FROM candidacies WHERE organisation = @Organisation AND requisition = @Requisition AND id = @Application",
            values,
            transaction,
            cancellationToken: cancellationToken));
        if (head is null)
        {
            return null;
        }

        var moves = await connection.QueryAsync<MoveData>(new CommandDefinition(
            """
            SELECT candidacy AS Candidacy, sequence AS Sequence, from_stage AS FromStage, to_stage AS ToStage, status AS Status, at AS At, by_account AS ByAccount, reason AS Reason, note AS Note
            FROM candidacy_moves WHERE candidacy = @Application ORDER BY sequence
            """,
            values,
            transaction,
            cancellationToken: cancellationToken));
        var scorecards = await ScorecardsAsync(connection, transaction, "WHERE s.candidacy = @Application", values, cancellationToken);
        return head.ToRow(moves, scorecards[head.Id]);
    }

    /// <summary>Open requisitions (approved, not on hold, not filled) per department.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> OpenRequisitionsAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Department, long Count)>(new CommandDefinition(
            "SELECT department, COUNT(*) FROM requisitions WHERE organisation = @Organisation AND status = @Open GROUP BY department",
            new { Organisation = Id(organisationId), Open = nameof(RequisitionStatus.Open) },
            cancellationToken: cancellationToken));
        return rows.ToDictionary(r => Id(r.Department), r => (int)r.Count);
    }

    /// <summary>New candidacies per week in each department over the weeks before <paramref name="asOf"/>.</summary>
    public async Task<IReadOnlyDictionary<Guid, double>> ApplicationsPerWeekAsync(Guid organisationId, DateTimeOffset asOf, int weeks, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Department, long Count)>(new CommandDefinition(
            "SELECT department, COUNT(*) FROM candidacies WHERE organisation = @Organisation AND applied_at >= @From AND applied_at < @To GROUP BY department",
            new { Organisation = Id(organisationId), From = Millis(asOf.AddDays(-7 * weeks)), To = Millis(asOf) },
            cancellationToken: cancellationToken));
        return rows.ToDictionary(r => Id(r.Department), r => (double)r.Count / weeks);
    }

    /// <summary>A requisition's pipeline: every stage's count, and one page of the candidacies active in <paramref name="stage"/>, oldest in the stage first.</summary>
    /// <returns>Null when the organisation has no such requisition.</returns>
    public async Task<PipelinePage?> PipelinePageAsync(Guid organisationId, Guid requisitionId, string? stage, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var connection = await database.OpenAsync(cancellationToken);
        var values = new { Organisation = Id(organisationId), Requisition = Id(requisitionId) };
        if (await FindRequisitionAsync(connection, null, organisationId, requisitionId, cancellationToken) is not { } requisition)
        {
            return null;
        }

        var counts = (await connection.QueryAsync<(string Stage, string Status, long Count)>(new CommandDefinition(
            "SELECT stage, status, COUNT(*) FROM candidacies WHERE requisition = @Requisition GROUP BY stage, status", values, cancellationToken: cancellationToken))).ToArray();
        var stages = requisition.Pipeline.Stages.Select(s => new StageCount(
            s.Name,
            (int)counts.Where(c => c.Stage == s.Name && !ApplicationWorkflow.IsFinal(Enum<ApplicationStatus>(c.Status)) || c.Stage == s.Name && c.Status == nameof(ApplicationStatus.Hired)).Sum(c => c.Count),
            (int)counts.Where(c => c.Stage == s.Name && c.Status is nameof(ApplicationStatus.Rejected) or nameof(ApplicationStatus.Withdrawn)).Sum(c => c.Count))).ToArray();
        var chosen = requisition.Pipeline.Stage(string.IsNullOrWhiteSpace(stage) ? requisition.Pipeline.Stages[0].Name : stage).Name;
        var total = stages.Single(s => s.Stage == chosen).Active;
        var items = await connection.QueryAsync<(string Id, string Candidate, string Name, string Stage, string Status, string? Source, long AppliedAt, long EnteredAt)>(new CommandDefinition(
            """
            SELECT c.id, c.candidate, w.name, c.stage, c.status, c.source, c.applied_at, c.stage_entered_at
            FROM candidacies c JOIN workforce_candidates w ON w.id = c.candidate
            WHERE c.requisition = @Requisition AND c.stage = @Stage AND c.status NOT IN ('Rejected', 'Withdrawn')
            ORDER BY c.stage_entered_at, c.id
            LIMIT @Limit OFFSET @Offset
            """,
            new { values.Requisition, Stage = chosen, Limit = pageSize, Offset = (page - 1) * pageSize },
            cancellationToken: cancellationToken));
        return new PipelinePage(
            requisition, stages, chosen, total, page, pageSize,
            [.. items.Select(i => new CandidacySummary(Id(i.Id), Id(i.Candidate), i.Name, i.Stage, Enum<ApplicationStatus>(i.Status), i.Source, Instant(i.AppliedAt), Instant(i.EnteredAt)))]);
    }

    /// <summary>The organisation's candidate pool.</summary>
    public async Task<IReadOnlyList<CandidateRecord>> CandidatesAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, string Name, string Emails, string Phones, string? Resume, string MergedFrom, long CreatedAt)>(new CommandDefinition(
            "SELECT id, name, emails, phones, resume, merged_from, created_at FROM workforce_candidates WHERE organisation = @Organisation ORDER BY id",
            new { Organisation = Id(organisationId) },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => new CandidateRecord(
            Id(r.Id), r.Name, WorkforceJson.ReadList(r.Emails), WorkforceJson.ReadList(r.Phones), r.Resume, Instant(r.CreatedAt), WorkforceJson.ReadList(r.MergedFrom).Select(Id)))];
    }

    /// <summary>
    /// Merges a duplicate candidate into the one kept (the record as <see cref="CandidateMerge"/> merges it: contacts
    /// united, the duplicate listed as merged), moves every candidacy of the duplicate, with all its moves, to the
    /// kept record, and removes the duplicate's row. One transaction.
    /// </summary>
    /// <returns>The merged record and how many candidacies moved; null when either is not in the organisation's pool.</returns>
    public async Task<(CandidateRecord Merged, int CandidaciesMoved)?> MergeCandidatesAsync(Guid organisationId, Guid keptId, Guid duplicateId, CancellationToken cancellationToken)
    {
        var pool = (await CandidatesAsync(organisationId, cancellationToken)).Where(c => c.Id == keptId || c.Id == duplicateId).ToDictionary(c => c.Id);
        if (!pool.TryGetValue(keptId, out var kept) || !pool.TryGetValue(duplicateId, out var duplicate))
        {
            return null;
        }

        // The candidacies keep their moves untouched; only the candidate they point at changes, which SQL does directly.
        var merged = CandidateMerge.Merge(kept, duplicate, []).Merged;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        var values = new
        {
            Kept = Id(keptId),
            Duplicate = Id(duplicateId),
            Emails = WorkforceJson.Write(merged.Emails),
            Phones = WorkforceJson.Write(merged.Phones),
            merged.ResumeText,
            MergedFrom = WorkforceJson.Write(merged.MergedFrom.Select(Id)),
            CreatedAt = Millis(merged.CreatedAt),
        };
        var moved = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE candidacies SET candidate = @Kept WHERE candidate = @Duplicate", values, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE workforce_candidates SET emails = @Emails, phones = @Phones, resume = @ResumeText, merged_from = @MergedFrom, created_at = @CreatedAt WHERE id = @Kept",
            values,
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM workforce_candidates WHERE id = @Duplicate", values, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return (merged, moved);
    }

    /// <summary>
    /// Applies one move to the selected candidacies of a requisition: each is checked by the domain; if every one
    /// passes, all are written in one transaction, otherwise nothing is and the outcomes say which failed and why.
    /// </summary>
    /// <returns>Null when the organisation has no such requisition.</returns>
    public async Task<BulkMoveResult?> BulkMoveAsync(
        Guid organisationId, Guid requisitionId, IReadOnlyCollection<Guid> selected, Func<Pipeline, Candidacy, Candidacy> move, CancellationToken cancellationToken) =>
        await BulkMoveAsync(organisationId, requisitionId, selected, move, message: null, cancellationToken);

    /// <inheritdoc cref="BulkMoveAsync(Guid, Guid, IReadOnlyCollection{Guid}, Func{Pipeline, Candidacy, Candidacy}, CancellationToken)"/>
    /// <param name="message">
    /// When given, the message each moved candidate is sent (from their name, the requisition and the move), stored
    /// with the moves in the same transaction.
    /// </param>
    public async Task<BulkMoveResult?> BulkMoveAsync(
        Guid organisationId, Guid requisitionId, IReadOnlyCollection<Guid> selected, Func<Pipeline, Candidacy, Candidacy> move,
        Func<MessageRecipient, string>? message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selected);
        ArgumentNullException.ThrowIfNull(move);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        await database.LockForWriteAsync(connection, transaction, "candidacies", cancellationToken);
        var values = new { Organisation = Id(organisationId), Requisition = Id(requisitionId) };
        if (await FindRequisitionAsync(connection, transaction, organisationId, requisitionId, cancellationToken) is not { } requisition)
        {
            return null;
        }

        var ids = selected.Select(Id).Distinct().ToArray();
        var found = new Dictionary<string, CandidacyRow>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            var heads = await connection.QueryAsync<CandidacyData>(new CommandDefinition(
                $"SELECT {CandidacySelect} FROM candidacies WHERE requisition = @Requisition AND id {database.AnyOf("Ids")}",
                new { values.Requisition, Ids = chunk },
                transaction,
                cancellationToken: cancellationToken));
            var moves = (await connection.QueryAsync<MoveData>(new CommandDefinition(
                $"""
                SELECT candidacy AS Candidacy, sequence AS Sequence, from_stage AS FromStage, to_stage AS ToStage, status AS Status, at AS At, by_account AS ByAccount, reason AS Reason, note AS Note
                FROM candidacy_moves WHERE candidacy {database.AnyOf("Ids")} ORDER BY candidacy, sequence
                """,
                new { Ids = chunk },
                transaction,
                cancellationToken: cancellationToken))).ToLookup(m => m.Candidacy, StringComparer.Ordinal);
            var scorecards = await ScorecardsAsync(connection, transaction, $"WHERE s.candidacy {database.AnyOf("Ids")}", new { Ids = chunk }, cancellationToken);
            foreach (var head in heads)
            {
                found[head.Id] = head.ToRow(moves[head.Id], scorecards[head.Id]);
            }
        }

        var outcomes = new List<BulkMoveOutcome>();
        var present = new List<Candidacy>();
        foreach (var id in selected)
        {
            if (found.TryGetValue(Id(id), out var row))
            {
                present.Add(row.Candidacy);
            }
            else
            {
                outcomes.Add(new BulkMoveOutcome(id, null, $"Application {id} is not in this requisition's pipeline."));
            }
        }

        var checkedMoves = BulkMove.Run(present, candidacy => move(requisition.Pipeline, candidacy)).Outcomes;
        var byId = outcomes.Concat(checkedMoves).GroupBy(o => o.ApplicationId).ToDictionary(g => g.Key, g => new Queue<BulkMoveOutcome>(g));
        // In the order asked, so the caller can match outcomes to what it sent.
        var result = new BulkMoveResult([.. selected.Select(id => byId[id].Dequeue())]);
        if (!result.AllSucceeded)
        {
            return result;
        }

        var previous = found.Values.ToDictionary(r => r.Candidacy.ApplicationId);
        var summaries = new CandidacySummaries();
        foreach (var changed in result.Changes)
        {
            var before = previous[changed.ApplicationId];
            summaries.Add(before, -1);
            summaries.Add(before with { Candidacy = changed }, +1);
            var last = changed.Moves[^1];
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE candidacies SET stage = @Stage, stage_index = @Index, status = @Status, stage_entered_at = @At, updated_at = @At WHERE id = @Id",
                new
                {
                    changed.Stage,
                    Index = requisition.Pipeline.IndexOf(changed.Stage),
                    Status = changed.Status.ToString(),
                    At = Millis(last.At),
                    Id = Id(changed.ApplicationId),
                },
                transaction,
                cancellationToken: cancellationToken));
        }

        await database.BulkInsertAsync(
            connection, transaction, "candidacy_moves", MoveColumns, result.Changes.SelectMany(c => MoveValues(c, previous[c.ApplicationId].Candidacy.Moves.Count)), cancellationToken);
        await summaries.WriteAsync(connection, transaction, Id(organisationId), cancellationToken);
        await MirrorToApplicationsAsync(connection, transaction, result.Changes, cancellationToken);
        if (message is not null)
        {
            await SendAsync(connection, transaction, requisition, result.Changes, message, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>One of the organisation's requisitions as stored; null for another organisation's or a missing one.</summary>
    public async Task<RequisitionRow?> FindRequisitionAsync(Guid organisationId, Guid requisitionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindRequisitionAsync(connection, null, organisationId, requisitionId, cancellationToken);
    }

    private static async Task<RequisitionRow?> FindRequisitionAsync(
        DbConnection connection, DbTransaction? transaction, Guid organisationId, Guid requisitionId, CancellationToken cancellationToken) =>
        (await connection.QuerySingleOrDefaultAsync<RequisitionData>(new CommandDefinition(
            $"SELECT {RequisitionSelect} FROM requisitions WHERE organisation = @Organisation AND id = @Requisition",
            new { Organisation = Id(organisationId), Requisition = Id(requisitionId) },
            transaction,
            cancellationToken: cancellationToken)))?.ToRow();

    private const string RequisitionSelect =
        "id AS Id, department AS Department, team AS Team, title AS Title, status AS Status, hiring_manager AS HiringManager, recruiter AS Recruiter, target_start AS TargetStart, " +
        "band_min AS BandMin, band_max AS BandMax, currency AS Currency, pipeline AS Pipeline, opened_at AS OpenedAt, closed_at AS ClosedAt";

    private const string CandidacySelect =
        "id AS Id, requisition AS Requisition, candidate AS Candidate, department AS Department, recruiter AS Recruiter, source AS Source";

    private static string Slug(string slug)
    {
        var text = (slug ?? "").Trim().ToLowerInvariant();
        return text.Length is > 0 and <= 60 && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && text[0] != '-' && text[^1] != '-'
            ? text
            : throw new ArgumentException($"A plan's slug is 1 to 60 lower-case letters, digits and inner hyphens (like demo-ai-lab); got '{slug}'.", nameof(slug));
    }

    private static object?[] RequisitionValues(string organisation, RequisitionRow r) =>
    [
        Id(r.Id), organisation, Id(r.DepartmentId), r.TeamId is { } team ? Id(team) : null, r.Title, r.Status.ToString(), Id(r.HiringManagerId),
        r.RecruiterId is { } recruiter ? Id(recruiter) : null, r.TargetStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        (double)r.Band.Minimum, (double)r.Band.Maximum, r.Band.Currency, WorkforceJson.Write(r.Pipeline),
        r.OpenedAt is { } opened ? Millis(opened) : null, r.ClosedAt is { } closed ? Millis(closed) : null,
    ];

    private static object?[] CandidacyValues(string organisation, CandidacyRow row, Dictionary<Guid, Pipeline> pipelines)
    {
        var candidacy = row.Candidacy;
        var pipeline = pipelines.TryGetValue(row.RequisitionId, out var found)
            ? found
            : throw new ArgumentException($"Candidacy {candidacy.ApplicationId} is for requisition {row.RequisitionId}, which the organisation does not have.", nameof(row));
        var entered = candidacy.Moves.LastOrDefault(m => m.ToStage is not null)?.At ?? candidacy.AppliedAt;
        return
        [
            Id(candidacy.ApplicationId), organisation, Id(row.RequisitionId), Id(candidacy.CandidateId), Id(row.DepartmentId), row.RecruiterId is { } recruiter ? Id(recruiter) : null,
            candidacy.Source, candidacy.Stage, pipeline.IndexOf(candidacy.Stage), candidacy.Status.ToString(),
            Millis(candidacy.AppliedAt), Millis(candidacy.IsClosed ? candidacy.Moves[^1].At : entered), Millis(candidacy.Moves[^1].At),
        ];
    }

    private static IEnumerable<object?[]> MoveValues(Candidacy candidacy, int from)
    {
        for (var i = from; i < candidacy.Moves.Count; i++)
        {
            var move = candidacy.Moves[i];
            yield return [Id(candidacy.ApplicationId), i, move.FromStage, move.ToStage, move.Status.ToString(), Millis(move.At), Id(move.By), move.ReasonCode, move.Note];
        }
    }

    /// <summary>
    /// Pipelines read back, by their stored JSON: thousands of requisitions share a handful of pipelines, and a
    /// pipeline is immutable, so each distinct one is parsed once. Bounded: cleared if it ever grows past 1,000.
    /// </summary>
    private static readonly BoundedCache<string, Pipeline> Pipelines = new(1_000);

    private sealed class BoundedCache<TKey, TValue>(int limit)
        where TKey : notnull
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<TKey, TValue> _items = new();

        public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
        {
            if (_items.Count > limit)
            {
                _items.Clear();
            }

            return _items.GetOrAdd(key, create);
        }
    }

    private sealed class RequisitionData
    {
        public string Id { get; init; } = null!;
        public string Department { get; init; } = null!;
        public string? Team { get; init; }
        public string Title { get; init; } = null!;
        public string Status { get; init; } = null!;
        public string HiringManager { get; init; } = null!;
        public string? Recruiter { get; init; }
        public string TargetStart { get; init; } = null!;
        public double BandMin { get; init; }
        public double BandMax { get; init; }
        public string Currency { get; init; } = null!;
        public string Pipeline { get; init; } = null!;
        public long? OpenedAt { get; init; }
        public long? ClosedAt { get; init; }

        public RequisitionRow ToRow() => new(
            Hiring.PlatformValues.Id(Id), Hiring.PlatformValues.Id(Department), OptionalId(Team), Title, Enum<RequisitionStatus>(Status), Hiring.PlatformValues.Id(HiringManager), OptionalId(Recruiter),
            DateOnly.ParseExact(TargetStart, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), new SalaryBand((decimal)BandMin, (decimal)BandMax, Currency),
            Pipelines.GetOrAdd(Pipeline, WorkforceJson.ReadPipeline), OpenedAt is { } opened ? Instant(opened) : null, ClosedAt is { } closed ? Instant(closed) : null);
    }

    private sealed class CandidacyData
    {
        public string Id { get; init; } = null!;
        public string Requisition { get; init; } = null!;
        public string Candidate { get; init; } = null!;
        public string Department { get; init; } = null!;
        public string? Recruiter { get; init; }
        public string? Source { get; init; }

        public CandidacyRow ToRow(IEnumerable<MoveData> moves, IEnumerable<Scorecard> scorecards) => new(
            new Candidacy(Hiring.PlatformValues.Id(Id), Hiring.PlatformValues.Id(Candidate), Requisition, Source, moves.Select(m => m.ToMove()), scorecards),
            Hiring.PlatformValues.Id(Requisition),
            Hiring.PlatformValues.Id(Department),
            OptionalId(Recruiter));
    }

    private sealed class MoveData
    {
        public string Candidacy { get; init; } = null!;
        public long Sequence { get; init; }
        public string? FromStage { get; init; }
        public string? ToStage { get; init; }
        public string Status { get; init; } = null!;
        public long At { get; init; }
        public string ByAccount { get; init; } = null!;
        public string? Reason { get; init; }
        public string? Note { get; init; }

        public PipelineMove ToMove() => new(FromStage, ToStage, Enum<ApplicationStatus>(Status), Instant(At), Hiring.PlatformValues.Id(ByAccount), Reason, Note);
    }
}
