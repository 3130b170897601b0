namespace OpenTalent.Core.Hiring;

/// <summary>A page of a list, with the total it is taken from.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total);

/// <summary>Which organisation owns which posting.</summary>
public interface IPostingOwnerStore
{
    /// <summary>Adds or replaces the owner row of a stored posting.</summary>
    Task SetAsync(PostingOwner owner, CancellationToken cancellationToken);

    Task<PostingOwner?> FindAsync(string postingId, CancellationToken cancellationToken);

    /// <summary>An organisation's postings, newest first.</summary>
    Task<Page<PostingOwner>> ListAsync(Guid organisationId, int offset, int limit, CancellationToken cancellationToken);
}
