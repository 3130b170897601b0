using OpenTalent.Core.Hiring;

namespace OpenTalent.Core.Workforce;

/// <summary>
/// A person in an employer's candidate pool: every email and phone they have used, their resume text, and the
/// records merged into this one (so a merge never loses who was who).
/// </summary>
public sealed record CandidateRecord
{
    public const int MaxNameLength = 200;
    public const int MaxResumeLength = 200_000;

    public CandidateRecord(Guid id, string name, IEnumerable<string> emails, IEnumerable<string> phones, string? resumeText, DateTimeOffset createdAt, IEnumerable<Guid>? mergedFrom = null)
    {
        Id = Ids.NotEmpty(id, nameof(id));
        Name = Guard.NotBlank(name, nameof(name), MaxNameLength);
        ArgumentNullException.ThrowIfNull(emails);
        ArgumentNullException.ThrowIfNull(phones);
        Emails = [.. emails.Select(e => new EmailAddress(e).Value).Distinct()];
        Phones = [.. phones.Select((p, i) => CandidateKeys.Phone(p) ?? throw new ArgumentException($"Phone {i + 1} '{p}' has too few digits to be a phone number.", nameof(phones))).Distinct()];
        ResumeText = string.IsNullOrWhiteSpace(resumeText) ? null : Guard.NotBlank(resumeText, nameof(resumeText), MaxResumeLength);
        CreatedAt = createdAt;
        MergedFrom = mergedFrom?.Distinct().ToArray() ?? [];
        if (MergedFrom.Contains(Id))
        {
            throw new ArgumentException("A record cannot be merged into itself.", nameof(mergedFrom));
        }
    }

    public Guid Id { get; }

    public string Name { get; }

    /// <summary>Normalised (trimmed, lower case), distinct.</summary>
    public IReadOnlyList<string> Emails { get; }

    /// <summary>Digits only (with a leading + when international), distinct.</summary>
    public IReadOnlyList<string> Phones { get; }

    public string? ResumeText { get; }

    public DateTimeOffset CreatedAt { get; }

    /// <summary>Ids of the records merged into this one, directly or through earlier merges.</summary>
    public IReadOnlyList<Guid> MergedFrom { get; }
}
