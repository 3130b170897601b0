using System.Data.Common;
using Dapper;
using OpenTalent.Core.Hiring;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Hiring;

/// <summary>Organisations and memberships through Dapper. Owner changes are checked inside the transaction.</summary>
public sealed class OrganisationStore(Database database) : IOrganisationStore
{
    public async Task<Organisation?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string Id, string Name, object CreatedAt)>(new CommandDefinition(
            "SELECT id, name, created_at FROM organisations WHERE id = @Id", new { Id = Id(id) }, cancellationToken: cancellationToken));
        return row.Id is null ? null : new Organisation(Id(row.Id), row.Name, Time(row.CreatedAt));
    }

    public async Task<Membership?> FindMembershipAsync(Guid accountId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string Organisation, string Account, string Role, object JoinedAt)>(new CommandDefinition(
            "SELECT organisation, account, role, joined_at FROM memberships WHERE account = @Account", new { Account = Id(accountId) }, cancellationToken: cancellationToken));
        return row.Organisation is null ? null : new Membership(Id(row.Organisation), Id(row.Account), Enum<MemberRole>(row.Role), Time(row.JoinedAt));
    }

    public async Task<IReadOnlyList<Member>> ListMembersAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<MemberRow>(new CommandDefinition(
            """
            SELECT m.organisation AS Organisation, m.role AS Role, m.joined_at AS JoinedAt, a.id AS Id, a.email AS Email, a.display_name AS DisplayName,
                a.kind AS Kind, a.password_hash AS PasswordHash, a.created_at AS CreatedAt
            FROM memberships m JOIN accounts a ON a.id = m.account
            WHERE m.organisation = @Organisation
            ORDER BY CASE WHEN m.role = 'Owner' THEN 0 ELSE 1 END, m.joined_at, a.email
            """,
            new { Organisation = Id(organisationId) },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToMember())];
    }

    public async Task<bool> AddMemberAsync(Membership membership, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membership);
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO memberships (organisation, account, role, joined_at) VALUES (@Organisation, @Account, @Role, @At)",
                new { Organisation = Id(membership.OrganisationId), Account = Id(membership.AccountId), Role = membership.Role.ToString(), At = Time(database.Provider, membership.JoinedAt) },
                cancellationToken: cancellationToken));
            return true;
        }
        catch (DbException exception) when (IsUniqueViolation(exception))
        {
            return false;
        }
    }

    public async Task<bool> ChangeRoleAsync(Guid organisationId, Guid accountId, MemberRole role, CancellationToken cancellationToken) =>
        await ChangeAsync(organisationId, accountId, role == MemberRole.Owner, "UPDATE memberships SET role = @Role WHERE organisation = @Organisation AND account = @Account", role, cancellationToken);

    public async Task<bool> RemoveMemberAsync(Guid organisationId, Guid accountId, CancellationToken cancellationToken) =>
        await ChangeAsync(organisationId, accountId, false, "DELETE FROM memberships WHERE organisation = @Organisation AND account = @Account", null, cancellationToken);

    /// <param name="staysOwner">Whether the member is still an owner after the change.</param>
    private async Task<bool> ChangeAsync(Guid organisationId, Guid accountId, bool staysOwner, string sql, MemberRole? role, CancellationToken cancellationToken)
    {
        var keys = new { Organisation = Id(organisationId), Account = Id(accountId), Role = role?.ToString() };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, cancellationToken);
        await database.LockForWriteAsync(connection, transaction, "memberships", cancellationToken);
        var current = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT role FROM memberships WHERE organisation = @Organisation AND account = @Account", keys, transaction, cancellationToken: cancellationToken));
        if (current is null)
        {
            return false;
        }

        if (current == nameof(MemberRole.Owner) && !staysOwner)
        {
            var owners = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM memberships WHERE organisation = @Organisation AND role = 'Owner'", keys, transaction, cancellationToken: cancellationToken));
            if (owners <= 1)
            {
                throw new InvalidOperationException("An organisation needs at least one owner: make another member an owner first.");
            }
        }

        await connection.ExecuteAsync(new CommandDefinition(sql, keys, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    internal sealed class MemberRow
    {
        public string Organisation { get; init; } = null!;
        public string Role { get; init; } = null!;
        public object JoinedAt { get; init; } = null!;
        public string Id { get; init; } = null!;
        public string Email { get; init; } = null!;
        public string DisplayName { get; init; } = null!;
        public string Kind { get; init; } = null!;
        public string PasswordHash { get; init; } = null!;
        public object CreatedAt { get; init; } = null!;

        public Member ToMember()
        {
            var account = new AccountStore.AccountRow { Id = Id, Email = Email, DisplayName = DisplayName, Kind = Kind, PasswordHash = PasswordHash, CreatedAt = CreatedAt }.ToAccount();
            return new Member(new Membership(PlatformValues.Id(Organisation), account.Id, Enum<MemberRole>(Role), Time(JoinedAt)), account);
        }
    }
}
