namespace OpenTalent.Core.Hiring;

/// <summary>
/// A seeker's link to their matching profile (the <c>profiles</c> identifier; null until they build one) and
/// whether employers may find them in the talent pool, which is off until they turn it on.
/// </summary>
public sealed record SeekerSettings
{
    public SeekerSettings(Guid accountId, string? profileId, bool discoverable, DateTimeOffset updatedAt)
    {
        AccountId = Ids.NotEmpty(accountId, nameof(accountId));
        ProfileId = string.IsNullOrWhiteSpace(profileId) ? null : Guard.NotBlank(profileId, nameof(profileId), 200);
        Discoverable = discoverable;
        UpdatedAt = updatedAt;
    }

    public Guid AccountId { get; }

    public string? ProfileId { get; }

    public bool Discoverable { get; }

    public DateTimeOffset UpdatedAt { get; }

    public static SeekerSettings Initial(Guid accountId, DateTimeOffset now) => new(accountId, null, discoverable: false, now);

    /// <summary>The profile identifier a seeker's own profile is stored under: stable, and never an imported one.</summary>
    public static string ProfileIdFor(Guid accountId) => "seeker-" + accountId.ToString("N");
}

/// <summary>Which organisation owns a posting. Postings imported from files have no owner.</summary>
public sealed record PostingOwner
{
    public PostingOwner(string postingId, Guid organisationId, Guid? createdBy, DateTimeOffset createdAt)
    {
        PostingId = Guard.NotBlank(postingId, nameof(postingId), 200);
        OrganisationId = Ids.NotEmpty(organisationId, nameof(organisationId));
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public string PostingId { get; }

    public Guid OrganisationId { get; }

    public Guid? CreatedBy { get; }

    public DateTimeOffset CreatedAt { get; }
}
