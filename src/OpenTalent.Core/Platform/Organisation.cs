namespace OpenTalent.Core.Hiring;

/// <summary>An employer: the tenant that owns postings, members and API keys.</summary>
public sealed record Organisation
{
    public const int MaxNameLength = 120;

    public Organisation(Guid id, string name, DateTimeOffset createdAt)
    {
        Id = Ids.NotEmpty(id, nameof(id));
        Name = Guard.NotBlank(name, nameof(name), MaxNameLength);
        CreatedAt = createdAt;
    }

    public Guid Id { get; }

    public string Name { get; }

    public DateTimeOffset CreatedAt { get; }
}

/// <summary>What a member may do in their organisation; see <see cref="MemberPermissions"/>.</summary>
public enum MemberRole
{
    /// <summary>Everything, including members and API keys.</summary>
    Owner,

    /// <summary>Posts, edits and closes jobs; reads shortlists; moves applications.</summary>
    Recruiter,

    /// <summary>Reads the organisation's jobs and shortlists and moves applications; does not post.</summary>
    HiringManager,
}

/// <summary>An employer account's place in one organisation. An employer account belongs to at most one.</summary>
public sealed record Membership
{
    public Membership(Guid organisationId, Guid accountId, MemberRole role, DateTimeOffset joinedAt)
    {
        OrganisationId = Ids.NotEmpty(organisationId, nameof(organisationId));
        AccountId = Ids.NotEmpty(accountId, nameof(accountId));
        Role = Enum.IsDefined(role) ? role : throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown member role.");
        JoinedAt = joinedAt;
    }

    public Guid OrganisationId { get; }

    public Guid AccountId { get; }

    public MemberRole Role { get; }

    public DateTimeOffset JoinedAt { get; }
}

/// <summary>The things an employer can do, and which roles (and API keys) may do them.</summary>
public enum EmployerAction
{
    ReadJobs,
    WriteJobs,
    ReadCandidates,
    MoveApplications,
    ReadMembers,
    ManageMembers,
    ManageApiKeys,
}

/// <summary>
/// The one table of who may do what. An API key acts for programs that post and screen: it has a recruiter's
/// rights, never an owner's, so a leaked key cannot add members or mint more keys.
/// </summary>
public static class MemberPermissions
{
    public static bool Allows(MemberRole role, EmployerAction permission) => permission switch
    {
        EmployerAction.ReadJobs or EmployerAction.ReadCandidates or EmployerAction.MoveApplications or EmployerAction.ReadMembers => true,
        EmployerAction.WriteJobs => role is MemberRole.Owner or MemberRole.Recruiter,
        EmployerAction.ManageMembers or EmployerAction.ManageApiKeys => role == MemberRole.Owner,
        _ => false,
    };

    public static bool AllowsApiKey(EmployerAction permission) =>
        permission is not (EmployerAction.ManageMembers or EmployerAction.ManageApiKeys or EmployerAction.ReadMembers);
}
