namespace OpenTalent.Core.Matching;

/// <summary>A posting as stored: its understood form, the text shown to people, and the imported line.</summary>
public sealed record PostingRecord(JobPosting Posting, string Description, string Document);

/// <summary>A profile as stored: its understood form and the imported line.</summary>
public sealed record ProfileRecord(CandidateProfile Profile, string Document);

/// <summary>How many items a save added and how many it replaced (same identifier).</summary>
public readonly record struct SaveCounts(int Added, int Replaced);

/// <summary>Where postings and profiles live. Each save is one transaction: all of it lands, or none.</summary>
public interface IMatchingStore
{
    Task<SaveCounts> SavePostingsAsync(IReadOnlyList<PostingRecord> postings, CancellationToken cancellationToken);

    Task<SaveCounts> SaveProfilesAsync(IReadOnlyList<ProfileRecord> profiles, CancellationToken cancellationToken);

    Task<PostingRecord?> FindPostingAsync(string identifier, CancellationToken cancellationToken);

    Task<ProfileRecord?> FindProfileAsync(string identifier, CancellationToken cancellationToken);

    IAsyncEnumerable<JobPosting> ReadPostingsAsync(CancellationToken cancellationToken);

    IAsyncEnumerable<CandidateProfile> ReadProfilesAsync(CancellationToken cancellationToken);

    /// <summary>Opens or closes a posting; false when no posting has that identifier.</summary>
    Task<bool> SetPostingStatusAsync(string identifier, PostingStatus status, CancellationToken cancellationToken);

    Task<(int Postings, int Profiles)> CountAsync(CancellationToken cancellationToken);
}
