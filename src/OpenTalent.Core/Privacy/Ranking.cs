using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;

namespace OpenTalent.Core.Privacy;

/// <summary>One person on an automated ranking, as it was shown.</summary>
/// <param name="SubjectId">The seeker's account; null for an imported profile that belongs to no account.</param>
public sealed record RankedEntry(int Position, Guid? SubjectId, string ProfileId, Guid? ApplicationId, double Score, MatchExplanation Explanation);

/// <summary>
/// An automated ranking shown to an employer, kept as it was shown: who saw it, for which job, which model made it
/// and why each person was placed where. People who opted out of automated ranking are never in it.
/// </summary>
public sealed record RankingRecord
{
    public const int MaxModelVersionLength = 200;

    public RankingRecord(
        Guid id, Guid organisationId, string postingId, AuditActorKind viewerKind, Guid? viewerId, string source, string modelVersion, DateTimeOffset shownAt,
        IEnumerable<RankedEntry> entries)
    {
        Id = Ids.NotEmpty(id, nameof(id));
        OrganisationId = Ids.NotEmpty(organisationId, nameof(organisationId));
        PostingId = Guard.NotBlank(postingId, nameof(postingId), 200);
        ViewerKind = viewerKind;
        ViewerId = viewerId;
        Source = Guard.NotBlank(source, nameof(source), 40);
        ModelVersion = Guard.NotBlank(modelVersion, nameof(modelVersion), MaxModelVersionLength);
        ShownAt = shownAt;
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries];
        for (var i = 0; i < Entries.Count; i++)
        {
            if (Entries[i].Position != i + 1)
            {
                throw new ArgumentException($"Entry {i + 1} has position {Entries[i].Position}; positions run 1, 2, 3... in order.", nameof(entries));
            }
        }
    }

    public Guid Id { get; }

    public Guid OrganisationId { get; }

    public string PostingId { get; }

    public AuditActorKind ViewerKind { get; }

    public Guid? ViewerId { get; }

    /// <summary>"applicants" or "pool".</summary>
    public string Source { get; }

    public string ModelVersion { get; }

    public DateTimeOffset ShownAt { get; }

    public IReadOnlyList<RankedEntry> Entries { get; }
}

public interface IRankingLog
{
    Task RecordAsync(RankingRecord ranking, CancellationToken cancellationToken);

    /// <summary>The rankings of one of the organisation's jobs, newest first.</summary>
    Task<IReadOnlyList<RankingRecord>> ForPostingAsync(Guid organisationId, string postingId, int limit, CancellationToken cancellationToken);
}
