using System.Data.Common;
using Dapper;
using OpenTalent.Core.Hiring;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Hiring;

/// <summary>Applications and their history through Dapper; a move is checked against the stored status.</summary>
public sealed class ApplicationStore(Database database) : IApplicationStore
{
    public async Task AddAsync(JobApplication application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await database.BeginAsync(connection, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO applications (id, seeker, posting, status, applied_at, updated_at) VALUES (@Id, @Seeker, @Posting, @Status, @AppliedAt, @UpdatedAt)",
                new
                {
                    Id = Id(application.Id),
                    Seeker = Id(application.SeekerId),
                    Posting = application.PostingId,
                    Status = application.Status.ToString(),
                    AppliedAt = Time(database.Provider, application.AppliedAt),
                    UpdatedAt = Time(database.Provider, application.UpdatedAt),
                },
                transaction,
                cancellationToken: cancellationToken));
            for (var i = 0; i < application.History.Count; i++)
            {
                await InsertEventAsync(connection, transaction, application, i, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbException exception) when (IsUniqueViolation(exception))
        {
            throw new DuplicateApplicationException(application.PostingId);
        }
    }

    public async Task<JobApplication?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await LoadAsync("a.id = @Key", Id(id), "a.id", cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<JobApplication>> ListForSeekerAsync(Guid seekerId, CancellationToken cancellationToken) =>
        await LoadAsync("a.seeker = @Key", Id(seekerId), "a.applied_at DESC, a.id DESC", cancellationToken);

    public async Task<IReadOnlyList<JobApplication>> ListForPostingAsync(string postingId, CancellationToken cancellationToken) =>
        await LoadAsync("a.posting = @Key", postingId, "a.applied_at, a.id", cancellationToken);

    public async Task<bool> RecordMoveAsync(JobApplication moved, ApplicationStatus expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(moved);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE applications SET status = @Status, updated_at = @At WHERE id = @Id AND status = @Expected",
            new { Status = moved.Status.ToString(), At = Time(database.Provider, moved.UpdatedAt), Id = Id(moved.Id), Expected = expected.ToString() },
            transaction,
            cancellationToken: cancellationToken));
        if (updated == 0)
        {
            return false;
        }

        await InsertEventAsync(connection, transaction, moved, moved.History.Count - 1, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task InsertEventAsync(DbConnection connection, DbTransaction transaction, JobApplication application, int index, CancellationToken cancellationToken)
    {
        var step = application.History[index];
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO application_events (application, sequence, status, at, actor, note) VALUES (@Application, @Sequence, @Status, @At, @Actor, @Note)",
            new { Application = Id(application.Id), Sequence = index, Status = step.Status.ToString(), At = Time(database.Provider, step.At), Actor = step.By, step.Note },
            transaction,
            cancellationToken: cancellationToken));
    }

    private async Task<IReadOnlyList<JobApplication>> LoadAsync(string condition, string key, string order, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<EventRow>(new CommandDefinition(
            $"""
            SELECT a.id AS Id, a.seeker AS Seeker, a.posting AS Posting, e.status AS Status, e.at AS At, e.actor AS Actor, e.note AS Note
            FROM applications a JOIN application_events e ON e.application = a.id
            WHERE {condition}
            ORDER BY {order}, e.sequence
            """,
            new { Key = key },
            cancellationToken: cancellationToken));
        var applications = new List<JobApplication>();
        foreach (var group in rows.GroupBy(r => r.Id, StringComparer.Ordinal))
        {
            var first = group.First();
            applications.Add(new JobApplication(
                Id(first.Id), Id(first.Seeker), first.Posting, group.Select(e => new ApplicationStatusChange(Enum<ApplicationStatus>(e.Status), Time(e.At), e.Actor, e.Note))));
        }

        return applications;
    }

    internal sealed class EventRow
    {
        public string Id { get; init; } = null!;
        public string Seeker { get; init; } = null!;
        public string Posting { get; init; } = null!;
        public string Status { get; init; } = null!;
        public object At { get; init; } = null!;
        public string? Actor { get; init; }
        public string? Note { get; init; }
    }
}
