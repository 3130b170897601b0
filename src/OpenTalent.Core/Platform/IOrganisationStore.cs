namespace OpenTalent.Core.Hiring;

/// <summary>A member and the account behind the membership.</summary>
public sealed record Member(Membership Membership, Account Account);

/// <summary>Organisations and their members.</summary>
public interface IOrganisationStore
{
    Task<Organisation?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The one organisation an employer account belongs to, or null.</summary>
    Task<Membership?> FindMembershipAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>Owners first, then by when they joined.</summary>
    Task<IReadOnlyList<Member>> ListMembersAsync(Guid organisationId, CancellationToken cancellationToken);

    /// <returns>False when the account already belongs to an organisation.</returns>
    Task<bool> AddMemberAsync(Membership membership, CancellationToken cancellationToken);

    /// <summary>Changes a member's role; the last owner cannot stop being one.</summary>
    /// <returns>False when the account is not a member of that organisation.</returns>
    /// <exception cref="InvalidOperationException">The change would leave the organisation without an owner.</exception>
    Task<bool> ChangeRoleAsync(Guid organisationId, Guid accountId, MemberRole role, CancellationToken cancellationToken);

    /// <returns>False when the account is not a member of that organisation.</returns>
    /// <exception cref="InvalidOperationException">The member is the organisation's last owner.</exception>
    Task<bool> RemoveMemberAsync(Guid organisationId, Guid accountId, CancellationToken cancellationToken);
}
