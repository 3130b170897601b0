namespace OpenTalent.Core.Hiring;

/// <summary>The seeker has already applied to that posting.</summary>
public sealed class DuplicateApplicationException(string postingId)
    : InvalidOperationException($"You have already applied to posting '{postingId}'.")
{
    public string PostingId { get; } = postingId;
}

/// <summary>Applications and their status histories.</summary>
public interface IApplicationStore
{
    /// <exception cref="DuplicateApplicationException">The seeker already applied to that posting.</exception>
    Task AddAsync(JobApplication application, CancellationToken cancellationToken);

    Task<JobApplication?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<JobApplication>> ListForSeekerAsync(Guid seekerId, CancellationToken cancellationToken);

    /// <summary>Oldest first.</summary>
    Task<IReadOnlyList<JobApplication>> ListForPostingAsync(string postingId, CancellationToken cancellationToken);

    /// <summary>
    /// Records the latest step of <paramref name="moved"/>, but only if the stored status is still
    /// <paramref name="expected"/>, so two people moving one application at once cannot both win.
    /// </summary>
    /// <returns>False when the stored status was no longer <paramref name="expected"/>.</returns>
    Task<bool> RecordMoveAsync(JobApplication moved, ApplicationStatus expected, CancellationToken cancellationToken);
}
