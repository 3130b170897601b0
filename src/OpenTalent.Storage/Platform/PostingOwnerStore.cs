using System.Data.Common;
using Dapper;
using OpenTalent.Core.Matching;
using OpenTalent.Storage.Matching;
using OpenTalent.Core.Hiring;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Hiring;

/// <summary>Posting ownership through Dapper.</summary>
public sealed class PostingOwnerStore(Database database) : IPostingOwnerStore
{
    public async Task SetAsync(PostingOwner owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        await using var connection = await database.OpenAsync(cancellationToken);
        await UpsertAsync(connection, null, owner, cancellationToken);
    }

    public Task<SaveCounts> SaveOwnedAsync(IReadOnlyList<OwnedPosting> postings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(postings);
        var owners = new Dictionary<string, PostingOwner>(StringComparer.Ordinal);
        foreach (var posting in postings)
        {
            owners.TryAdd(posting.Owner.PostingId, posting.Owner);
        }

        return new MatchingStore(database).SavePostingsAsync(
            [.. postings.Select(p => p.Record)],
            (connection, transaction, record) => UpsertAsync(connection, transaction, owners[record.Posting.Identifier], cancellationToken),
            cancellationToken);
    }

    public async Task<PostingOwner?> FindAsync(string postingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<OwnerRow>(new CommandDefinition(
            "SELECT posting AS Posting, organisation AS Organisation, created_by AS CreatedBy, created_at AS CreatedAt FROM posting_owners WHERE posting = @Posting",
            new { Posting = postingId },
            cancellationToken: cancellationToken));
        return row?.ToOwner();
    }

    public async Task<Page<PostingOwner>> ListAsync(Guid organisationId, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(cancellationToken);
        var organisation = Id(organisationId);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM posting_owners WHERE organisation = @Organisation", new { Organisation = organisation }, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<OwnerRow>(new CommandDefinition(
            """
            SELECT posting AS Posting, organisation AS Organisation, created_by AS CreatedBy, created_at AS CreatedAt FROM posting_owners
            WHERE organisation = @Organisation ORDER BY created_at DESC, posting LIMIT @Limit OFFSET @Offset
            """,
            new { Organisation = organisation, Limit = limit, Offset = offset },
            cancellationToken: cancellationToken));
        return new Page<PostingOwner>([.. rows.Select(r => r.ToOwner())], (int)total);
    }

    private Task<int> UpsertAsync(DbConnection connection, DbTransaction? transaction, PostingOwner owner, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO posting_owners (posting, organisation, created_by, created_at) VALUES (@Posting, @Organisation, @CreatedBy, @CreatedAt)
            ON CONFLICT (posting) DO UPDATE SET organisation = excluded.organisation
            """,
            new
            {
                Posting = owner.PostingId,
                Organisation = Id(owner.OrganisationId),
                CreatedBy = owner.CreatedBy is { } by ? Id(by) : null,
                CreatedAt = Time(database.Provider, owner.CreatedAt),
            },
            transaction,
            cancellationToken: cancellationToken));

    internal sealed class OwnerRow
    {
        public string Posting { get; init; } = null!;
        public string Organisation { get; init; } = null!;
        public string? CreatedBy { get; init; }
        public object CreatedAt { get; init; } = null!;

        public PostingOwner ToOwner() => new(Posting, Id(Organisation), OptionalId(CreatedBy), Time(CreatedAt));
    }
}
