using OpenTalent.Core.Hiring;

namespace OpenTalent.Core.Privacy;

public enum AuditAction
{
    Viewed,
    Changed,
    Exported,
    Erased,
}

/// <summary>Who acted: a signed-in account, an organisation's API key, or the platform itself (retention, CLI).</summary>
public enum AuditActorKind
{
    Account,
    ApiKey,
    System,
}

/// <summary>
/// One access to a person's data: who (an account or API key, and for employers their organisation) did what to
/// whose data, and which data. The subject is an account id, never the data itself, so the log holds no personal
/// data beyond who touched whom.
/// </summary>
public sealed record AuditEntry
{
    public const int MaxWhatLength = 200;

    public AuditEntry(DateTimeOffset at, AuditActorKind actorKind, Guid? actorId, Guid? organisationId, AuditAction action, Guid subjectId, string what)
    {
        if (actorKind != AuditActorKind.System && actorId is null)
        {
            throw new ArgumentException($"An {actorKind} actor needs its id.", nameof(actorId));
        }

        At = at;
        ActorKind = actorKind;
        ActorId = actorId;
        OrganisationId = organisationId;
        Action = Enum.IsDefined(action) ? action : throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown audit action.");
        SubjectId = Ids.NotEmpty(subjectId, nameof(subjectId));
        What = Guard.NotBlank(what, nameof(what), MaxWhatLength);
    }

    public DateTimeOffset At { get; }

    public AuditActorKind ActorKind { get; }

    public Guid? ActorId { get; }

    public Guid? OrganisationId { get; }

    public AuditAction Action { get; }

    /// <summary>The account whose data it was.</summary>
    public Guid SubjectId { get; }

    /// <summary>Which data, in words: "application to job-…", "profile", "shortlist of job-…".</summary>
    public string What { get; }
}

/// <summary>An audit entry with the names of who acted, for the person it is about.</summary>
/// <param name="Actor">The account's display name or the API key's name; null for the platform.</param>
public sealed record AuditRecord(AuditEntry Entry, string? Actor, string? Organisation);

public interface IAuditLog
{
    /// <summary>Appends entries (one statement for many: a shortlist view logs every person on it).</summary>
    Task RecordAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken);

    /// <summary>Who viewed or changed this person's data, newest first.</summary>
    Task<IReadOnlyList<AuditRecord>> AboutAsync(Guid subjectId, int limit, CancellationToken cancellationToken);
}

public interface IConsentStore
{
    Task RecordAsync(ConsentRecord record, CancellationToken cancellationToken);

    /// <summary>Every decision of the account, oldest first.</summary>
    Task<IReadOnlyList<ConsentRecord>> HistoryAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>Of these accounts, those who withdrew consent to automated ranking.</summary>
    Task<IReadOnlySet<Guid>> OptedOutOfRankingAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken);
}
