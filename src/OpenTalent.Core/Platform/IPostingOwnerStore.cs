using OpenTalent.Core.Matching;

namespace OpenTalent.Core.Hiring;

/// <summary>A page of a list, with the total it is taken from.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total);

/// <summary>A posting to save with the organisation that owns it.</summary>
public sealed record OwnedPosting
{
    public OwnedPosting(PostingRecord record, PostingOwner owner)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(owner);
        if (owner.PostingId != record.Posting.Identifier)
        {
            throw new ArgumentException($"The owner row names posting '{owner.PostingId}', not '{record.Posting.Identifier}'.", nameof(owner));
        }

        Record = record;
        Owner = owner;
    }

    public PostingRecord Record { get; }

    public PostingOwner Owner { get; }
}

/// <summary>Which organisation owns which posting.</summary>
public interface IPostingOwnerStore
{
    /// <summary>Saves postings (as <see cref="IMatchingStore.SavePostingsAsync"/> does) and their owner rows in one transaction.</summary>
    Task<SaveCounts> SaveOwnedAsync(IReadOnlyList<OwnedPosting> postings, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the owner row of a stored posting.</summary>
    Task SetAsync(PostingOwner owner, CancellationToken cancellationToken);

    Task<PostingOwner?> FindAsync(string postingId, CancellationToken cancellationToken);

    /// <summary>An organisation's postings, newest first.</summary>
    Task<Page<PostingOwner>> ListAsync(Guid organisationId, int offset, int limit, CancellationToken cancellationToken);
}
