namespace OpenTalent.Core.Hiring;

/// <summary>An email address that already has an account.</summary>
public sealed class DuplicateAccountException(EmailAddress email)
    : InvalidOperationException($"An account with the email address {email} already exists.")
{
    public EmailAddress Email { get; } = email;
}

/// <summary>What deleting an account removed besides the account itself, so caches can forget it too.</summary>
/// <param name="ProfileId">The seeker's matching profile, when they had one.</param>
/// <param name="PostingIds">Postings of an organisation that went with its last member.</param>
/// <param name="ApplicationsAnonymised">A seeker's applications kept for the employers' figures, now belonging to no one.</param>
/// <param name="RankingEntriesAnonymised">Places on automated rankings kept (score and position), with who and why removed.</param>
public sealed record AccountDeletion(string? ProfileId, IReadOnlyList<string> PostingIds, int ApplicationsAnonymised = 0, int RankingEntriesAnonymised = 0);

/// <summary>Accounts, and the rows that come into being with them. Each method is one transaction.</summary>
public interface IAccountStore
{
    /// <summary>Adds an account; a seeker also gets their <see cref="SeekerSettings"/> (not discoverable).</summary>
    /// <exception cref="DuplicateAccountException">The email address is taken.</exception>
    Task CreateAsync(Account account, CancellationToken cancellationToken);

    /// <summary>Adds an employer account, a new organisation, and the account as its owner, all or nothing.</summary>
    /// <exception cref="DuplicateAccountException">The email address is taken.</exception>
    Task CreateWithOrganisationAsync(Account account, Organisation organisation, CancellationToken cancellationToken);

    Task<Account?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<Account?> FindByEmailAsync(EmailAddress email, CancellationToken cancellationToken);

    Task UpdatePasswordHashAsync(Guid id, string passwordHash, CancellationToken cancellationToken);

    /// <summary>
    /// Erases the account and everything held about the person: profile, settings, consents, self-identification and
    /// membership. A seeker's applications and places on rankings stay, anonymised, so employers' figures still add
    /// up: they move to a nameless placeholder account that cannot sign in, and the seeker's own notes are removed.
    /// The last member of an organisation takes the organisation with them (its keys, postings and their applications).
    /// </summary>
    /// <returns>Null when there was no such account.</returns>
    /// <exception cref="InvalidOperationException">The account is the last owner of an organisation that has other members.</exception>
    Task<AccountDeletion?> DeleteAsync(Guid id, CancellationToken cancellationToken);
}
