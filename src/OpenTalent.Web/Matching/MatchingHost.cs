using OpenTalent.Core.Matching;
using OpenTalent.Core.Matching.WageMoves;
using OpenTalent.Core.Hiring;
using OpenTalent.Formats.Matching;
using OpenTalent.Text.Matching;
using OpenTalent.Text.Models;
using OpenTalent.Web.Search;

namespace OpenTalent.Web.Matching;

/// <summary>The web process's one match index, its relevance model and the wage advisor built on them.</summary>
/// <param name="ModelVersion">Names the scoring that produced a ranking, kept with every ranking shown to an employer.</param>
public sealed record MatchState(MatchIndex Index, RelevanceModel Model, WageMoveAdvisor Advisor, string ModelVersion);

/// <summary>The analyzers that turn documents into postings and profiles, built once from the text models.</summary>
public sealed record DocumentAnalyzers(PostingAnalyzer Postings, ProfileAnalyzer Profiles, SkillEvidenceReader Skills);

/// <summary>
/// Keeps ONE match index alive for the whole web process: loaded once (every stored posting, plus the profiles of
/// seekers who chose to be discoverable), then kept current by the writes the app makes. Changes that arrive while
/// it loads are queued and applied before it is handed out, so none is lost. Every posting write passes through here,
/// so the search cache hears of it here too.
/// </summary>
public sealed class MatchingHost(MatchingWorkspace workspace, TextModelProvider textModels, IMatchingStore store, ISeekerStore seekers, CachingJobSearch search) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _changes = new();
    private readonly List<Action<MatchIndex>> _pending = [];
    private MatchState? _state;
    private bool _loading;
    private DocumentAnalyzers? _analyzers;

    public bool IsLoaded => Volatile.Read(ref _state) is not null;

    public async Task<MatchState> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _state) is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_state is { } raced)
            {
                return raced;
            }

            lock (_changes)
            {
                _loading = true;
            }

            var (index, model) = await workspace.OpenIndexAsync(MatchWeights.Default, withProfiles: false, cancellationToken);
            foreach (var profileId in await seekers.ListDiscoverableProfilesAsync(cancellationToken))
            {
                if (await store.FindProfileAsync(profileId, cancellationToken) is { } profile)
                {
                    index.Upsert(profile.Profile);
                }
            }

            lock (_changes)
            {
                foreach (var change in _pending)
                {
                    change(index);
                }

                _pending.Clear();
                Volatile.Write(ref _state, new MatchState(index, model, new WageMoveAdvisor(index, model), ModelVersion(MatchWeights.Default)));
            }

            return _state!;
        }
        finally
        {
            lock (_changes)
            {
                _loading = false;
                if (_state is null)
                {
                    _pending.Clear();
                }
            }

            _gate.Release();
        }
    }

    /// <summary>The relevance model's version and a digest of its weights, so a change of weights is a new version.</summary>
    private static string ModelVersion(MatchWeights weights)
    {
        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(weights.ToString())))[..12];
        return $"opentalent-relevance/{typeof(RelevanceModel).Assembly.GetName().Version}/weights-{digest}";
    }

    public async Task<DocumentAnalyzers> AnalyzersAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _analyzers) is { } ready)
        {
            return ready;
        }

        var (models, _) = await textModels.GetAsync(null, cancellationToken);
        var skills = new SkillEvidenceReader(models, SkillConcepts.Build(models.Skills.Catalog));
        var analyzers = new DocumentAnalyzers(new PostingAnalyzer(models, skills), new ProfileAnalyzer(models, skills), skills);
        Interlocked.CompareExchange(ref _analyzers, analyzers, null);
        return _analyzers!;
    }

    /// <summary>A posting was written: open ones are (re)indexed, closed ones leave the index.</summary>
    public void PostingSaved(JobPosting posting)
    {
        search.Invalidate();
        Apply(index => index.Upsert(posting));
    }

    public void PostingRemoved(string identifier)
    {
        search.Invalidate();
        Apply(index => index.RemovePosting(identifier));
    }

    /// <summary>A seeker's profile or discoverability changed: only discoverable profiles are held.</summary>
    public void SeekerChanged(string profileId, CandidateProfile? profile, bool discoverable) =>
        Apply(index =>
        {
            if (discoverable && profile is not null)
            {
                index.Upsert(profile);
            }
            else
            {
                index.RemoveProfile(profileId);
            }
        });

    public void Dispose()
    {
        _state?.Index.Dispose();
        _gate.Dispose();
    }

    private void Apply(Action<MatchIndex> change)
    {
        lock (_changes)
        {
            if (_state is { } state)
            {
                change(state.Index);
            }
            else if (_loading)
            {
                // The load may already have read past this change; it applies the queue before going live.
                _pending.Add(change);
            }

            // Not loaded and not loading: the load, when it comes, reads the change from the database.
        }
    }
}
