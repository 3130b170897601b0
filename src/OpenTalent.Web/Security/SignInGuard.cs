using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OpenTalent.Web.Hosting;

namespace OpenTalent.Web.Security;

/// <summary>
/// Throttles password guessing against one account, whatever addresses it comes from (the per-IP sign-in budget
/// in <see cref="RateLimits"/> cannot see an attack spread over many addresses). After
/// <see cref="WebOptions.SignInFailuresPerAccount"/> wrong passwords for an email address within
/// <see cref="WebOptions.SignInLockoutMinutes"/>, that address is refused until the oldest of those failures is that
/// old. It is refused even with the right password, and whether or not an account exists, so the answer tells an
/// attacker nothing. A successful sign-in clears the count. Kept in memory: each server counts on its own.
/// </summary>
public sealed class SignInGuard(IOptions<WebOptions> options, TimeProvider clock)
{
    /// <summary>Above this many tracked addresses, expired entries are swept before another is added.</summary>
    private const int SweepAbove = 100_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the address must wait, or null when it may try now.</summary>
    public TimeSpan? LockedFor(string email)
    {
        if (!_failures.TryGetValue(Key(email), out var failures))
        {
            return null;
        }

        lock (failures)
        {
            var now = clock.GetUtcNow();
            failures.Forget(now - Window);
            return failures.Count >= Limit ? failures.Oldest + Window - now : null;
        }
    }

    public void Failed(string email)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count > SweepAbove)
        {
            Sweep(now);
        }

        var failures = _failures.GetOrAdd(Key(email), _ => new Failures());
        lock (failures)
        {
            failures.Forget(now - Window);
            failures.Add(now, Limit);
        }
    }

    public void Succeeded(string email) => _failures.TryRemove(Key(email), out _);

    private int Limit => Math.Max(1, options.Value.SignInFailuresPerAccount);

    private TimeSpan Window => TimeSpan.FromMinutes(Math.Max(1, options.Value.SignInLockoutMinutes));

    private static string Key(string email) => email.Trim().ToLowerInvariant();

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, failures) in _failures)
        {
            lock (failures)
            {
                failures.Forget(now - Window);
                if (failures.Count == 0)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
    }

    /// <summary>The times of the most recent failures, oldest first, at most the limit.</summary>
    private sealed class Failures
    {
        private readonly Queue<DateTimeOffset> _times = new();

        public int Count => _times.Count;

        public DateTimeOffset Oldest => _times.Peek();

        public void Add(DateTimeOffset at, int limit)
        {
            _times.Enqueue(at);
            while (_times.Count > limit)
            {
                _times.Dequeue();
            }
        }

        public void Forget(DateTimeOffset before)
        {
            while (_times.Count > 0 && _times.Peek() <= before)
            {
                _times.Dequeue();
            }
        }
    }
}
