using OpenTalent.Core.Hiring;

namespace OpenTalent.Core.Privacy;

/// <summary>What a person agreed (or stopped agreeing) to.</summary>
public enum ConsentPurpose
{
    /// <summary>The terms and privacy notice, accepted by signing up.</summary>
    Terms,

    /// <summary>Employers may find the person's profile in the talent pool.</summary>
    TalentPool,

    /// <summary>Employers' shortlists may rank the person's applications automatically; withdrawn, they are reviewed unranked.</summary>
    AutomatedRanking,

    /// <summary>The person's voluntary self-identification may be counted, anonymously, in employers' bias audits.</summary>
    SelfIdentification,
}

/// <summary>One consent decision, kept for good: the history shows what a person agreed to, and when, and where.</summary>
public sealed record ConsentRecord
{
    public const int MaxSourceLength = 40;

    public ConsentRecord(Guid accountId, ConsentPurpose purpose, bool granted, DateTimeOffset recordedAt, string source)
    {
        AccountId = Ids.NotEmpty(accountId, nameof(accountId));
        Purpose = Enum.IsDefined(purpose) ? purpose : throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Unknown consent purpose.");
        Granted = granted;
        RecordedAt = recordedAt;
        Source = Guard.NotBlank(source, nameof(source), MaxSourceLength);
    }

    public Guid AccountId { get; }

    public ConsentPurpose Purpose { get; }

    public bool Granted { get; }

    public DateTimeOffset RecordedAt { get; }

    /// <summary>Where the decision was made: "sign-up", "profile page", "api", "cli".</summary>
    public string Source { get; }

    /// <summary>
    /// The standing decision per purpose from a history (latest wins). Without any record, automated ranking is on
    /// (the person may opt out) and everything else is off.
    /// </summary>
    public static bool IsGranted(IEnumerable<ConsentRecord> history, ConsentPurpose purpose)
    {
        ArgumentNullException.ThrowIfNull(history);
        var latest = history.Where(r => r.Purpose == purpose).MaxBy(r => r.RecordedAt);
        return latest?.Granted ?? purpose == ConsentPurpose.AutomatedRanking;
    }
}
