using OpenTalent.Core.Hiring;

namespace OpenTalent.Core.Privacy;

/// <summary>Sex categories of the EEO-1 report, which New York City's Local Law 144 bias audits use.</summary>
public enum SexCategory
{
    Male,
    Female,
}

/// <summary>Race/ethnicity categories of the EEO-1 report, as Local Law 144 bias audits use them.</summary>
public enum RaceEthnicityCategory
{
    HispanicOrLatino,
    White,
    BlackOrAfricanAmerican,
    NativeHawaiianOrPacificIslander,
    Asian,
    NativeAmericanOrAlaskaNative,
    TwoOrMoreRaces,
}

/// <summary>
/// What a person chose to tell about themselves for bias audits: each part may be left out (declined). Kept apart
/// from the profile; nothing that ranks or matches ever reads it.
/// </summary>
public sealed record SelfIdentification
{
    public SelfIdentification(Guid accountId, SexCategory? sex, RaceEthnicityCategory? raceEthnicity, DateTimeOffset recordedAt)
    {
        AccountId = Ids.NotEmpty(accountId, nameof(accountId));
        Sex = sex is null || Enum.IsDefined(sex.Value) ? sex : throw new ArgumentOutOfRangeException(nameof(sex), sex, "Unknown sex category.");
        RaceEthnicity = raceEthnicity is null || Enum.IsDefined(raceEthnicity.Value)
            ? raceEthnicity
            : throw new ArgumentOutOfRangeException(nameof(raceEthnicity), raceEthnicity, "Unknown race/ethnicity category.");
        RecordedAt = recordedAt;
    }

    public Guid AccountId { get; }

    public SexCategory? Sex { get; }

    public RaceEthnicityCategory? RaceEthnicity { get; }

    public DateTimeOffset RecordedAt { get; }
}

public interface ISelfIdentificationStore
{
    /// <summary>Replaces the person's self-identification.</summary>
    Task SaveAsync(SelfIdentification identification, CancellationToken cancellationToken);

    Task<SelfIdentification?> FindAsync(Guid accountId, CancellationToken cancellationToken);

    /// <returns>False when there was none.</returns>
    Task<bool> DeleteAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>
    /// Every application to the organisation's jobs (or one job) that its automated screening ranked: the latest
    /// score, whether it moved past "applied", and the applicant's categories where they gave them.
    /// </summary>
    Task<IReadOnlyList<AuditedCandidate>> AuditedApplicantsAsync(Guid organisationId, string? postingId, CancellationToken cancellationToken);
}
