using System.Globalization;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenTalent.Core.Search;
using OpenTalent.Storage.Search;
using OpenTalent.Web.Hosting;

namespace OpenTalent.Web.Search;

/// <summary>
/// Job search as the web app serves it: the store's results, remembered for a few seconds per distinct query.
/// Public search traffic repeats itself (the same popular keywords, places and pages), and every visitor gets the
/// same answer, so repeats are served from memory instead of the database. Any write to a posting in this process
/// empties the cache at once (<see cref="Invalidate"/>), so an employer never sees their own change missing; what
/// other processes write shows after at most <see cref="WebOptions.SearchCacheSeconds"/>. The cache is bounded by
/// entry count, so memory stays flat however many distinct queries arrive.
/// </summary>
public sealed class CachingJobSearch : IJobSearch, IDisposable
{
    private readonly JobSearchStore _store;
    private readonly TimeSpan _lifetime;
    private readonly int _capacity;
    private MemoryCache _cache;

    public CachingJobSearch(JobSearchStore store, IOptions<WebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _lifetime = TimeSpan.FromSeconds(options.Value.SearchCacheSeconds);
        _capacity = options.Value.SearchCacheEntries;
        _cache = NewCache();
    }

    public async Task<JobSearchResults> SearchAsync(JobSearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (_lifetime <= TimeSpan.Zero)
        {
            return await _store.SearchAsync(query, cancellationToken);
        }

        var cache = Volatile.Read(ref _cache);
        var key = Key(query);
        if (cache.TryGetValue(key, out JobSearchResults? cached) && cached is not null)
        {
            return cached;
        }

        var results = await _store.SearchAsync(query, cancellationToken);
        cache.Set(key, results, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = _lifetime, Size = 1 });
        return results;
    }

    /// <summary>Forgets every remembered result: a posting was written, closed or removed.</summary>
    public void Invalidate()
    {
        // An import saves postings one by one: only the first of a run finds anything to forget.
        if (_lifetime > TimeSpan.Zero && Volatile.Read(ref _cache).Count > 0)
        {
            Interlocked.Exchange(ref _cache, NewCache()).Dispose();
        }
    }

    public void Dispose() => _cache.Dispose();

    private MemoryCache NewCache() => new(new MemoryCacheOptions { SizeLimit = _capacity, CompactionPercentage = 0.25 });

    /// <summary>Every field that changes the answer, in a fixed order; two queries with the same key get the same results.</summary>
    internal static string Key(JobSearchQuery query)
    {
        var key = new StringBuilder(128);
        key.Append(query.Text).Append('\u001f')
            .Append(query.Location).Append('\u001f')
            .Append((int)query.Remote).Append('\u001f')
            .Append(query.MinimumSalary?.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(query.Currency).Append('\u001f')
            .Append(query.OccupationCode).Append('\u001f')
            .AppendJoin(',', query.SkillIds).Append('\u001f')
            .Append(query.Seniority is { } seniority ? (int)seniority : -1).Append('\u001f')
            .Append(query.PostedWithinDays).Append('\u001f')
            .Append((int)query.Sort).Append('\u001f')
            .Append(query.Page).Append('\u001f')
            .Append(query.PageSize);
        return key.ToString();
    }
}
