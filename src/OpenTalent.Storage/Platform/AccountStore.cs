using System.Data.Common;
using Dapper;
using OpenTalent.Core.Hiring;
using OpenTalent.Storage.Privacy;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Hiring;

/// <summary>Accounts through Dapper; sign-up and deletion each in one transaction.</summary>
public sealed class AccountStore(Database database) : IAccountStore
{
    private const string Columns = "id AS Id, email AS Email, display_name AS DisplayName, kind AS Kind, password_hash AS PasswordHash, created_at AS CreatedAt";

    public async Task CreateAsync(Account account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        await InTransactionAsync(account, async (connection, transaction) =>
        {
            await InsertAsync(connection, transaction, account, cancellationToken);
            if (account.Kind == AccountKind.Seeker)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO seekers (account, profile, discoverable, updated_at) VALUES (@Account, NULL, @Discoverable, @At)",
                    new { Account = Id(account.Id), Discoverable = false, At = Time(database.Provider, account.CreatedAt) },
                    transaction,
                    cancellationToken: cancellationToken));
            }
        }, cancellationToken);
    }

    public async Task CreateWithOrganisationAsync(Account account, Organisation organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(organisation);
        if (account.Kind != AccountKind.Employer)
        {
            throw new ArgumentException("Only an employer account can found an organisation.", nameof(account));
        }

        await InTransactionAsync(account, async (connection, transaction) =>
        {
            await InsertAsync(connection, transaction, account, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO organisations (id, name, created_at) VALUES (@Id, @Name, @At)",
                new { Id = Id(organisation.Id), organisation.Name, At = Time(database.Provider, organisation.CreatedAt) },
                transaction,
                cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO memberships (organisation, account, role, joined_at) VALUES (@Organisation, @Account, @Role, @At)",
                new { Organisation = Id(organisation.Id), Account = Id(account.Id), Role = nameof(MemberRole.Owner), At = Time(database.Provider, account.CreatedAt) },
                transaction,
                cancellationToken: cancellationToken));
        }, cancellationToken);
    }

    public async Task<Account?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await FindOneAsync("id = @Value", Id(id), cancellationToken);

    public async Task<Account?> FindByEmailAsync(EmailAddress email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        return await FindOneAsync("email = @Value", email.Value, cancellationToken);
    }

    public async Task UpdatePasswordHashAsync(Guid id, string passwordHash, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE accounts SET password_hash = @Hash WHERE id = @Id", new { Hash = passwordHash, Id = Id(id) }, cancellationToken: cancellationToken));
    }

    public async Task<AccountDeletion?> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = Id(id);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        await database.LockForWriteAsync(connection, transaction, "accounts", cancellationToken);
        var profile = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT profile FROM seekers WHERE account = @Account", new { Account = account }, transaction, cancellationToken: cancellationToken));
        var postings = await DeleteOrganisationIfLastAsync(connection, transaction, account, cancellationToken);
        if (profile is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM profiles WHERE identifier = @Profile", new { Profile = profile }, transaction, cancellationToken: cancellationToken));
        }

        var anonymiser = new Anonymiser(database, connection, transaction);
        var rankingEntries = await anonymiser.RankingPlacesAsync("subject = @Account", new { Account = account }, cancellationToken);
        var applications = await anonymiser.ApplicationsAsync("seeker = @Account", new { Account = account }, cancellationToken);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM accounts WHERE id = @Account", new { Account = account }, transaction, cancellationToken: cancellationToken));
        if (deleted == 0)
        {
            return null;
        }

        await transaction.CommitAsync(cancellationToken);
        await database.ForgetDeletedAsync(connection, cancellationToken);
        return new AccountDeletion(profile, postings, applications, rankingEntries);
    }

    /// <summary>The last member takes the organisation along; the last owner of a team must hand over first.</summary>
    private static async Task<IReadOnlyList<string>> DeleteOrganisationIfLastAsync(DbConnection connection, DbTransaction transaction, string account, CancellationToken cancellationToken)
    {
        var membership = await connection.QuerySingleOrDefaultAsync<(string Organisation, string Role)>(new CommandDefinition(
            "SELECT organisation, role FROM memberships WHERE account = @Account", new { Account = account }, transaction, cancellationToken: cancellationToken));
        if (membership.Organisation is null)
        {
            return [];
        }

        var counts = await connection.QuerySingleAsync<(long Members, long Owners)>(new CommandDefinition(
            "SELECT COUNT(*), SUM(CASE WHEN role = 'Owner' THEN 1 ELSE 0 END) FROM memberships WHERE organisation = @Organisation",
            new { membership.Organisation },
            transaction,
            cancellationToken: cancellationToken));
        if (counts.Members > 1)
        {
            if (membership.Role == nameof(MemberRole.Owner) && counts.Owners == 1)
            {
                throw new InvalidOperationException("You are the last owner of an organisation that has other members: make another member an owner before deleting your account.");
            }

            return [];
        }

        var postings = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT posting FROM posting_owners WHERE organisation = @Organisation", new { membership.Organisation }, transaction, cancellationToken: cancellationToken))).ToArray();
        foreach (var posting in postings)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM applications WHERE posting = @Posting; DELETE FROM postings WHERE identifier = @Posting",
                new { Posting = posting },
                transaction,
                cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM organisations WHERE id = @Organisation", new { membership.Organisation }, transaction, cancellationToken: cancellationToken));
        return postings;
    }

    private async Task InsertAsync(DbConnection connection, DbTransaction transaction, Account account, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO accounts (id, email, display_name, kind, password_hash, created_at) VALUES (@Id, @Email, @DisplayName, @Kind, @PasswordHash, @CreatedAt)",
            new
            {
                Id = Id(account.Id),
                Email = account.Email.Value,
                account.DisplayName,
                Kind = account.Kind.ToString(),
                account.PasswordHash,
                CreatedAt = Time(database.Provider, account.CreatedAt),
            },
            transaction,
            cancellationToken: cancellationToken));

    private async Task InTransactionAsync(Account account, Func<DbConnection, DbTransaction, Task> write, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await database.BeginAsync(connection, cancellationToken);
            await write(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbException exception) when (IsUniqueViolation(exception))
        {
            throw new DuplicateAccountException(account.Email);
        }
    }

    private async Task<Account?> FindOneAsync(string condition, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(
            $"SELECT {Columns} FROM accounts WHERE {condition}", new { Value = value }, cancellationToken: cancellationToken));
        return row?.ToAccount();
    }

    internal sealed class AccountRow
    {
        public string Id { get; init; } = null!;
        public string Email { get; init; } = null!;
        public string DisplayName { get; init; } = null!;
        public string Kind { get; init; } = null!;
        public string PasswordHash { get; init; } = null!;
        public object CreatedAt { get; init; } = null!;

        public Account ToAccount() => new(PlatformValues.Id(Id), new EmailAddress(Email), DisplayName, Enum<AccountKind>(Kind), PasswordHash, Time(CreatedAt));
    }
}
