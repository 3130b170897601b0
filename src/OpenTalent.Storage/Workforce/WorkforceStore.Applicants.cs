using System.Data.Common;
using Dapper;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Workforce;

/// <summary>
/// A requisition fed by a job posted on the platform: people who apply there join its pipeline (the application's id
/// is the candidacy's), moves in the pipeline show in the seeker's application, and a withdrawal there withdraws the
/// candidacy. The pipeline is then where the employer decides; the platform application follows it.
/// </summary>
public sealed partial class WorkforceStore
{
    /// <summary>The source recorded for candidacies that came from applications on the platform.</summary>
    public const string PlatformSource = "OpenTalent";

    /// <summary>Links a requisition to one of the organisation's postings (null unlinks). False when there is no such requisition.</summary>
    public async Task<bool> LinkPostingAsync(Guid organisationId, Guid requisitionId, string? postingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE requisitions SET posting = @Posting WHERE organisation = @Organisation AND id = @Requisition",
            new { Posting = postingId, Organisation = Id(organisationId), Requisition = Id(requisitionId) },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>The posting a requisition takes its applicants from, if any.</summary>
    public async Task<string?> LinkedPostingAsync(Guid organisationId, Guid requisitionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await LinkedPostingAsync(connection, organisationId, requisitionId, cancellationToken);
    }

    private static Task<string?> LinkedPostingAsync(DbConnection connection, Guid organisationId, Guid requisitionId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT posting FROM requisitions WHERE organisation = @Organisation AND id = @Requisition",
            new { Organisation = Id(organisationId), Requisition = Id(requisitionId) },
            cancellationToken: cancellationToken));

    /// <summary>The requisition whose pipeline an application of the platform is in, if it is in one.</summary>
    public async Task<(Guid Requisition, string Title)?> PipelineOfAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await connection.QuerySingleOrDefaultAsync<(string Id, string Title)?>(new CommandDefinition(
            "SELECT r.id, r.title FROM candidacies c JOIN requisitions r ON r.id = c.requisition WHERE c.id = @Application",
            new { Application = Id(applicationId) },
            cancellationToken: cancellationToken));
        return found is { } row ? (Hiring.PlatformValues.Id(row.Id), row.Title) : null;
    }

    /// <summary>Brings every requisition linked to <paramref name="postingId"/> up to date with its applications.</summary>
    public async Task<int> SyncPostingAsync(string postingId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(postingId);
        List<(string Organisation, string Requisition)> linked;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            linked = [.. await connection.QueryAsync<(string, string)>(new CommandDefinition(
                "SELECT organisation, id FROM requisitions WHERE posting = @Posting", new { Posting = postingId }, cancellationToken: cancellationToken))];
        }

        var changed = 0;
        foreach (var (organisation, requisition) in linked)
        {
            changed += await SyncApplicantsAsync(Hiring.PlatformValues.Id(organisation), Hiring.PlatformValues.Id(requisition), at, cancellationToken);
        }

        return changed;
    }

    /// <summary>
    /// Adds the linked posting's new applicants to the requisition's first stage (in one transaction, with the
    /// analytics totals) and withdraws the candidacies whose applications were withdrawn. Idempotent, so it can run
    /// on every pipeline read and after every application; returns how many candidacies it added or withdrew.
    /// </summary>
    public async Task<int> SyncApplicantsAsync(Guid organisationId, Guid requisitionId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var added = 0;
        List<Guid> withdrawn;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            var posting = await LinkedPostingAsync(connection, organisationId, requisitionId, cancellationToken);
            if (posting is null)
            {
                return 0;
            }

            var fresh = (await connection.QueryAsync<ApplicantData>(new CommandDefinition(
                """
                SELECT a.id AS Id, a.seeker AS Seeker, a.applied_at AS AppliedAt, acc.display_name AS Name, acc.email AS Email
                FROM applications a JOIN accounts acc ON acc.id = a.seeker
                WHERE a.posting = @Posting AND a.status <> 'Withdrawn' AND NOT EXISTS (SELECT 1 FROM candidacies c WHERE c.id = a.id)
                ORDER BY a.applied_at, a.id
                """,
                new { Posting = posting },
                cancellationToken: cancellationToken))).ToList();
            if (fresh.Count > 0)
            {
                added = await AddApplicantsAsync(connection, organisationId, requisitionId, fresh, cancellationToken);
            }

            withdrawn = [.. (await connection.QueryAsync<string>(new CommandDefinition(
                """
                SELECT a.id FROM applications a JOIN candidacies c ON c.id = a.id
                WHERE a.posting = @Posting AND c.requisition = @Requisition AND a.status = 'Withdrawn' AND c.status NOT IN ('Hired', 'Rejected', 'Withdrawn')
                """,
                new { Posting = posting, Requisition = Id(requisitionId) },
                cancellationToken: cancellationToken))).Select(Hiring.PlatformValues.Id)];
        }

        if (withdrawn.Count > 0)
        {
            var result = await BulkMoveAsync(
                organisationId,
                requisitionId,
                withdrawn,
                (_, candidacy) => candidacy.Withdraw(ExitReasonCatalogue.Default, "other-withdrawal", candidacy.Moves[0].By, at, "Withdrew the application on OpenTalent."),
                cancellationToken);
            return added + (result?.Changes.Count ?? 0);
        }

        return added;
    }

    private async Task<int> AddApplicantsAsync(DbConnection connection, Guid organisationId, Guid requisitionId, List<ApplicantData> fresh, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        if (await FindRequisitionAsync(connection, transaction, organisationId, requisitionId, cancellationToken) is not { } requisition)
        {
            return 0;
        }

        var candidates = new List<CandidateRecord>(fresh.Count);
        var candidacies = new List<CandidacyRow>(fresh.Count);
        foreach (var applicant in fresh)
        {
            var applicationId = Hiring.PlatformValues.Id(applicant.Id);
            var appliedAt = Time(applicant.AppliedAt);
            var candidate = new CandidateRecord(Guid.CreateVersion7(appliedAt), applicant.Name, [applicant.Email], [], null, appliedAt);
            candidates.Add(candidate);
            candidacies.Add(new CandidacyRow(
                Candidacy.Apply(requisition.Pipeline, applicationId, candidate.Id, requisition.Id.ToString("D"), PlatformSource, Hiring.PlatformValues.Id(applicant.Seeker), appliedAt),
                requisition.Id,
                requisition.DepartmentId,
                requisition.RecruiterId));
        }

        try
        {
            await InsertAsync(connection, transaction, Id(organisationId), [], candidates, candidacies, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return candidacies.Count;
        }
        catch (DbException exception) when (IsUniqueViolation(exception))
        {
            // Another request synced the same applications a moment earlier: they are in, nothing to add.
            return 0;
        }
    }

    /// <summary>Shows a move in the seeker's own application, when the candidacy came from one (same id), in the move's transaction.</summary>
    private async Task MirrorToApplicationsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Candidacy> moved, CancellationToken cancellationToken)
    {
        foreach (var chunk in moved.Chunk(500))
        {
            var byId = chunk.ToDictionary(c => Id(c.ApplicationId), StringComparer.Ordinal);
            var found = await connection.QueryAsync<(string Id, string Status, long Events)>(new CommandDefinition(
                $"SELECT a.id, a.status, (SELECT COUNT(*) FROM application_events e WHERE e.application = a.id) FROM applications a WHERE a.id {database.AnyOf("Ids")}",
                new { Ids = byId.Keys.ToArray() },
                transaction,
                cancellationToken: cancellationToken));
            foreach (var (id, status, events) in found)
            {
                var candidacy = byId[id];
                var last = candidacy.Moves[^1];
                if (string.Equals(status, candidacy.Status.ToString(), StringComparison.Ordinal))
                {
                    continue;
                }

                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE applications SET status = @Status, updated_at = @At WHERE id = @Id",
                    new { Status = candidacy.Status.ToString(), At = Time(database.Provider, last.At), Id = id },
                    transaction,
                    cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO application_events (application, sequence, status, at, actor, note) VALUES (@Application, @Sequence, @Status, @At, @Actor, @Note)",
                    // Recruiters' notes are for the hiring team, not the candidate.
                    new { Application = id, Sequence = (int)events, Status = candidacy.Status.ToString(), At = Time(database.Provider, last.At), Actor = Id(last.By), Note = (string?)null },
                    transaction,
                    cancellationToken: cancellationToken));
            }
        }
    }

    private sealed class ApplicantData
    {
        public string Id { get; init; } = null!;
        public string Seeker { get; init; } = null!;
        public object AppliedAt { get; init; } = null!;
        public string Name { get; init; } = null!;
        public string Email { get; init; } = null!;
    }
}
