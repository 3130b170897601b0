namespace OpenTalent.Core.Matching;

/// <summary>
/// Open postings and live profiles held in memory for matching both ways. Upserts and removals are visible to the
/// next query without a rebuild. Thread-safe: queries run concurrently, writers take turns.
/// </summary>
public sealed class MatchIndex : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Vocabulary _vocabulary = new();
    private PostingColumns _postings;
    private ProfileColumns _profiles;
    private readonly Dictionary<string, int> _postingSlots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _profileSlots = new(StringComparer.Ordinal);

    /// <summary>Dead slots (replaced or removed rows) tolerated before the columns are rebuilt from the live ones.</summary>
    private const int MinimumDeadBeforeCompaction = 1024;

    public MatchIndex(RelevanceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        _postings = new PostingColumns(_vocabulary) { PreferredWeight = model.Weights.PreferredSkillWeight };
        _profiles = new ProfileColumns(_vocabulary);
    }

    public RelevanceModel Model { get; }

    /// <summary>Postings held with status Open (some may have passed their ValidThrough date; those never match).</summary>
    public int PostingCount => Read(() => _postingSlots.Count);

    public int ProfileCount => Read(() => _profileSlots.Count);

    /// <summary>Adds or replaces a posting by identifier; a Closed posting is removed. Visible to the next query.</summary>
    public void Upsert(JobPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        Write(() =>
        {
            RemovePostingLocked(posting.Identifier);
            if (posting.Status != PostingStatus.Closed)
            {
                _postingSlots[posting.Identifier] = _postings.Append(posting);
            }

            CompactPostingsIfMostlyDead();
            return true;
        });
    }

    public bool RemovePosting(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return Write(() =>
        {
            var removed = RemovePostingLocked(identifier.Trim());
            CompactPostingsIfMostlyDead();
            return removed;
        });
    }

    /// <summary>Adds or replaces a profile by identifier. Visible to the next query.</summary>
    public void Upsert(CandidateProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Write(() =>
        {
            RemoveProfileLocked(profile.Identifier);
            _profileSlots[profile.Identifier] = _profiles.Append(profile);
            CompactProfilesIfMostlyDead();
            return true;
        });
    }

    public bool RemoveProfile(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return Write(() =>
        {
            var removed = RemoveProfileLocked(identifier.Trim());
            CompactProfilesIfMostlyDead();
            return removed;
        });
    }

    /// <summary>The held posting with this identifier, or null.</summary>
    public JobPosting? Find(string postingIdentifier)
    {
        ArgumentNullException.ThrowIfNull(postingIdentifier);
        return Read(() => _postingSlots.TryGetValue(postingIdentifier.Trim(), out var slot) ? _postings.Read(slot) : null);
    }

    /// <summary>The held profile with this identifier, or null.</summary>
    public CandidateProfile? FindProfile(string profileIdentifier)
    {
        ArgumentNullException.ThrowIfNull(profileIdentifier);
        return Read(() => _profileSlots.TryGetValue(profileIdentifier.Trim(), out var slot) ? _profiles.Read(slot) : null);
    }

    /// <summary>
    /// The <paramref name="top"/> postings open on <paramref name="today"/> that pass <paramref name="filters"/> and
    /// best suit the person, best first, equal scores by identifier. Exact: the same list as
    /// <see cref="JobsForExhaustive"/>.
    /// </summary>
    public IReadOnlyList<JobMatch> JobsFor(CandidateProfile profile, JobFilters filters, int top, DateOnly today)
    {
        Check(profile, filters, top);
        var seeker = Model.PrepareSeeker(profile, today);
        return top == 0 ? [] : Read(() =>
        {
            var best = new JobSearch(_postings, _vocabulary, Model, seeker, filters, top, today).Run();
            return Matches(best, seeker);
        });
    }

    /// <summary>The people who best suit a posting held in the index, best first.</summary>
    /// <exception cref="KeyNotFoundException">No open posting has that identifier.</exception>
    public IReadOnlyList<CandidateMatch> CandidatesFor(string postingIdentifier, CandidateFilters filters, int top, DateOnly today)
    {
        var posting = Find(postingIdentifier)
            ?? throw new KeyNotFoundException($"No open posting with identifier '{postingIdentifier}' is in the match index.");
        return CandidatesFor(posting, filters, top, today);
    }

    /// <summary>
    /// The <paramref name="top"/> people who pass <paramref name="filters"/> and best suit
    /// <paramref name="posting"/> (held in the index or not), best first, equal scores by identifier. Exact: the
    /// same list as <see cref="CandidatesForExhaustive"/>.
    /// </summary>
    public IReadOnlyList<CandidateMatch> CandidatesFor(JobPosting posting, CandidateFilters filters, int top, DateOnly today)
    {
        Check(posting, filters, top);
        var opening = Model.PrepareOpening(posting, today);
        return top == 0 ? [] : Read(() =>
        {
            var best = new CandidateSearch(_profiles, _vocabulary, Model, opening, filters, top, today).Run();
            return Matches(best, opening);
        });
    }

    /// <summary>
    /// The reference: reads every open posting back and scores it with <see cref="RelevanceModel"/>, without pruning
    /// or the index's own scoring.
    /// </summary>
    public IReadOnlyList<JobMatch> JobsForExhaustive(CandidateProfile profile, JobFilters filters, int top, DateOnly today)
    {
        Check(profile, filters, top);
        var seeker = Model.PrepareSeeker(profile, today);
        return Read(() =>
        {
            var best = new TopK(top, slot => _postings.Identifier[slot]);
            foreach (var slot in _postingSlots.Values)
            {
                var posting = _postings.Read(slot);
                if (HardFilters.Admits(filters, posting, today))
                {
                    best.Offer(seeker.Score(posting), slot);
                }
            }

            return Matches(best.Drain(), seeker);
        });
    }

    /// <summary>The reference: reads every profile back and scores it with <see cref="RelevanceModel"/>, without pruning.</summary>
    public IReadOnlyList<CandidateMatch> CandidatesForExhaustive(JobPosting posting, CandidateFilters filters, int top, DateOnly today)
    {
        Check(posting, filters, top);
        var opening = Model.PrepareOpening(posting, today);
        return Read(() =>
        {
            var best = new TopK(top, slot => _profiles.Identifier[slot]);
            foreach (var slot in _profileSlots.Values)
            {
                var profile = _profiles.Read(slot);
                if (HardFilters.Admits(filters, profile, posting))
                {
                    best.Offer(opening.Score(profile), slot);
                }
            }

            return Matches(best.Drain(), opening);
        });
    }

    /// <summary>The index's own arrays and lists (strings it shares with others are not counted), for benchmarks.</summary>
    public long EstimatedMemoryBytes() => Read(() => _postings.Bytes() + _profiles.Bytes() + ((_postingSlots.Count + _profileSlots.Count) * 40L));

    public void Dispose() => _lock.Dispose();

    private static void Check(object query, object filters, int top)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
    }

    private JobMatch[] Matches((double Score, int Slot)[] best, SeekerQuery seeker)
    {
        var matches = new JobMatch[best.Length];
        for (var i = 0; i < best.Length; i++)
        {
            matches[i] = seeker.Match(_postings.Read(best[i].Slot));
        }

        return matches;
    }

    private CandidateMatch[] Matches((double Score, int Slot)[] best, OpeningQuery opening)
    {
        var matches = new CandidateMatch[best.Length];
        for (var i = 0; i < best.Length; i++)
        {
            matches[i] = opening.Match(_profiles.Read(best[i].Slot));
        }

        return matches;
    }

    private bool RemovePostingLocked(string identifier)
    {
        if (!_postingSlots.Remove(identifier, out var slot))
        {
            return false;
        }

        _postings.Live[slot] = false;
        return true;
    }

    /// <summary>
    /// Replacing a row appends it and leaves the old slot dead, so a stream of upserts would grow the columns and
    /// every scan without bound; once the dead outnumber the live (and a minimum), the live rows are appended to
    /// fresh columns. Amortised over the upserts that made them dead, each costs O(1).
    /// </summary>
    private void CompactPostingsIfMostlyDead()
    {
        var dead = _postings.Count - _postingSlots.Count;
        if (dead < MinimumDeadBeforeCompaction || dead < _postingSlots.Count)
        {
            return;
        }

        var fresh = new PostingColumns(_vocabulary) { PreferredWeight = _postings.PreferredWeight };
        foreach (var identifier in _postingSlots.Keys.ToArray())
        {
            _postingSlots[identifier] = fresh.Append(_postings.Read(_postingSlots[identifier]));
        }

        _postings = fresh;
    }

    private void CompactProfilesIfMostlyDead()
    {
        var dead = _profiles.Count - _profileSlots.Count;
        if (dead < MinimumDeadBeforeCompaction || dead < _profileSlots.Count)
        {
            return;
        }

        var fresh = new ProfileColumns(_vocabulary);
        foreach (var identifier in _profileSlots.Keys.ToArray())
        {
            _profileSlots[identifier] = fresh.Append(_profiles.Read(_profileSlots[identifier]));
        }

        _profiles = fresh;
    }

    /// <summary>Rows held in the columns, live or dead: what scans walk.</summary>
    public (int Postings, int Profiles) SlotCounts() => Read(() => (_postings.Count, _profiles.Count));

    private bool RemoveProfileLocked(string identifier)
    {
        if (!_profileSlots.Remove(identifier, out var slot))
        {
            return false;
        }

        _profiles.Live[slot] = false;
        return true;
    }

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
