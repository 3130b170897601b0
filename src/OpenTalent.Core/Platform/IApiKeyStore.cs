namespace OpenTalent.Core.Hiring;

/// <summary>API keys, found by the hash of their secret.</summary>
public interface IApiKeyStore
{
    Task AddAsync(ApiKey key, CancellationToken cancellationToken);

    /// <summary>Newest first, revoked ones included.</summary>
    Task<IReadOnlyList<ApiKey>> ListAsync(Guid organisationId, CancellationToken cancellationToken);

    Task<ApiKey?> FindBySecretHashAsync(string secretHash, CancellationToken cancellationToken);

    /// <returns>False when the organisation has no active key with that id.</returns>
    Task<bool> RevokeAsync(Guid organisationId, Guid keyId, DateTimeOffset at, CancellationToken cancellationToken);
}
