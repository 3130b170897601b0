namespace OpenTalent.Core.Matching;

/// <summary>
/// Open postings and live profiles held in memory for matching both ways. Upserts and removals are visible to the
/// next query without a rebuild. Thread-safe: queries run concurrently, writers take turns.
/// </summary>
public sealed class MatchIndex : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<string, JobPosting> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CandidateProfile> _profiles = new(StringComparer.Ordinal);

    public MatchIndex(RelevanceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
    }

    public RelevanceModel Model { get; }

    /// <summary>Postings held with status Open (some may have passed their ValidThrough date).</summary>
    public int PostingCount => Read(() => _postings.Count);

    public int ProfileCount => Read(() => _profiles.Count);

    /// <summary>Adds or replaces a posting by identifier; a Closed posting is removed.</summary>
    public void Upsert(JobPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        Write(() =>
        {
            if (posting.Status == PostingStatus.Closed)
            {
                _postings.Remove(posting.Identifier);
            }
            else
            {
                _postings[posting.Identifier] = posting;
            }
        });
    }

    public bool RemovePosting(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return Write(() => _postings.Remove(identifier.Trim()));
    }

    public void Upsert(CandidateProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Write(() => _profiles[profile.Identifier] = profile);
    }

    public bool RemoveProfile(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return Write(() => _profiles.Remove(identifier.Trim()));
    }

    /// <summary>The held posting with this identifier, or null.</summary>
    public JobPosting? Find(string postingIdentifier)
    {
        ArgumentNullException.ThrowIfNull(postingIdentifier);
        return Read(() => _postings.GetValueOrDefault(postingIdentifier.Trim()));
    }

    /// <summary>The held profile with this identifier, or null.</summary>
    public CandidateProfile? FindProfile(string profileIdentifier)
    {
        ArgumentNullException.ThrowIfNull(profileIdentifier);
        return Read(() => _profiles.GetValueOrDefault(profileIdentifier.Trim()));
    }

    /// <summary>The <paramref name="top"/> open postings that best suit the person, best first, ties by identifier.</summary>
    public IReadOnlyList<JobMatch> JobsFor(CandidateProfile profile, JobFilters filters, int top, DateOnly today) =>
        JobsForExhaustive(profile, filters, top, today);

    /// <summary>The people who best suit a posting held in the index.</summary>
    /// <exception cref="KeyNotFoundException">No open posting has that identifier.</exception>
    public IReadOnlyList<CandidateMatch> CandidatesFor(string postingIdentifier, CandidateFilters filters, int top, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(postingIdentifier);
        var posting = Read(() => _postings.GetValueOrDefault(postingIdentifier.Trim()))
            ?? throw new KeyNotFoundException($"No open posting with identifier '{postingIdentifier}' is in the match index.");
        return CandidatesFor(posting, filters, top, today);
    }

    public IReadOnlyList<CandidateMatch> CandidatesFor(JobPosting posting, CandidateFilters filters, int top, DateOnly today) =>
        CandidatesForExhaustive(posting, filters, top, today);

    /// <summary>The reference: scores every open posting exactly, without pruning.</summary>
    public IReadOnlyList<JobMatch> JobsForExhaustive(CandidateProfile profile, JobFilters filters, int top, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var query = Model.PrepareSeeker(profile, today);
        var ranked = Read(() => _postings.Values
            .Where(p => HardFilters.Admits(filters, p, today))
            .Select(p => (Item: p, Score: query.Score(p)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Item.Identifier, StringComparer.Ordinal)
            .Take(top)
            .ToArray());
        return [.. ranked.Select(x => query.Match(x.Item))];
    }

    /// <summary>The reference: scores every profile exactly, without pruning.</summary>
    public IReadOnlyList<CandidateMatch> CandidatesForExhaustive(JobPosting posting, CandidateFilters filters, int top, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(posting);
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var query = Model.PrepareOpening(posting, today);
        var ranked = Read(() => _profiles.Values
            .Where(p => HardFilters.Admits(filters, p, posting))
            .Select(p => (Item: p, Score: query.Score(p)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Item.Identifier, StringComparer.Ordinal)
            .Take(top)
            .ToArray());
        return [.. ranked.Select(x => query.Match(x.Item))];
    }

    /// <summary>A rough estimate of the memory the index holds, for benchmarks.</summary>
    public long EstimatedMemoryBytes() => Read(() => ((long)_postings.Count * 2048) + ((long)_profiles.Count * 2048));

    public void Dispose() => _lock.Dispose();

    private T Read<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private void Write(Action write) => Write(() =>
    {
        write();
        return true;
    });

    private T Write<T>(Func<T> write)
    {
        _lock.EnterWriteLock();
        try
        {
            return write();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }
}
