namespace OpenTalent.Core.Hiring;

/// <summary>Seekers' settings: their profile link and whether employers may find them.</summary>
public interface ISeekerStore
{
    Task<SeekerSettings?> FindAsync(Guid accountId, CancellationToken cancellationToken);

    /// <returns>False when the account is not a seeker.</returns>
    Task<bool> SaveAsync(SeekerSettings settings, CancellationToken cancellationToken);

    /// <summary>The profile identifiers of every seeker who chose to be found.</summary>
    Task<IReadOnlyList<string>> ListDiscoverableProfilesAsync(CancellationToken cancellationToken);
}
