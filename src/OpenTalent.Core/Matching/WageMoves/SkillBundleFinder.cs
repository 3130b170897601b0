using System.Numerics;

namespace OpenTalent.Core.Matching.WageMoves;

/// <summary>A better-paid posting in the pool the bundles are counted on, in the index's rank order.</summary>
internal sealed record PoolPosting(JobMatch Match, JobPosting Posting, double Raise);

/// <summary>
/// Finds the smallest sets of skills that unlock the most better-paid postings, counting exactly on the pool.
/// A bundle unlocks a posting when the person lacks at least one of its required skills (by id: a related skill does
/// not meet a requirement), the bundle holds every one they lack, and the posting's score with the bundle learned
/// reaches <see cref="WageMoveOptions.MinMatch"/>.
/// </summary>
internal sealed class SkillBundleFinder
{
    /// <summary>Bundles are drawn from this many of the most often missing required skills.</summary>
    public const int CandidateSkills = 30;

    private const int Examples = 3;

    private readonly RelevanceModel _model;
    private readonly CandidateProfile _profile;
    private readonly WageMoveOptions _options;
    private readonly DateOnly _today;
    private readonly Dictionary<ulong, SeekerQuery> _learned = [];
    private List<(string SkillId, string Label)> _candidates = [];

    public SkillBundleFinder(RelevanceModel model, CandidateProfile profile, WageMoveOptions options, DateOnly today)
    {
        _model = model;
        _profile = profile;
        _options = options;
        _today = today;
    }

    public IReadOnlyList<SkillBundle> Find(IReadOnlyList<PoolPosting> pool)
    {
        var held = new HashSet<string>(_profile.Skills.Select(s => s.SkillId), StringComparer.Ordinal);
        var missing = MissingRequired(pool, held);
        var candidates = _candidates = CandidatesByFrequency(missing);
        if (candidates.Count == 0)
        {
            return [];
        }

        var bit = new Dictionary<string, int>(candidates.Count, StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            bit[candidates[i].SkillId] = i;
        }

        // Postings grouped by the exact set of candidate skills they miss; one whose gap includes a skill outside
        // the candidates can never be unlocked by a candidate bundle.
        var groups = new Dictionary<ulong, List<Unlockable>>();
        for (var p = 0; p < pool.Count; p++)
        {
            if (missing[p] is not { } gap || !TryMask(gap, bit, out var mask))
            {
                continue;
            }

            if (!groups.TryGetValue(mask, out var group))
            {
                groups[mask] = group = [];
            }

            group.Add(new Unlockable(p, mask, TouchMask(pool[p].Posting, bit), Score(pool[p].Posting, mask)));
        }

        var counted = new Dictionary<ulong, Counted>();
        foreach (var bundle in Bundles(candidates.Count, _options.MaxBundleSize))
        {
            counted[bundle] = Count(bundle, groups, pool);
        }

        return [.. counted
            .Where(c => c.Value.Postings.Count > 0 && EverySkillNeeded(c.Key, c.Value.Postings.Count, counted))
            .Select(c => ToBundle(c.Key, c.Value, candidates, pool))
            .OrderByDescending(b => b.UnlockedPerSkill)
            .ThenBy(b => b.SkillIds.Count)
            .ThenByDescending(b => b.MedianRaise)
            .ThenBy(b => string.Join('\n', b.SkillIds), StringComparer.Ordinal)
            .Take(_options.MaxBundles)];
    }

    /// <summary>Per pool posting, its required skills the person lacks when there are 1 to MaxBundleSize of them.</summary>
    private PostingSkill[]?[] MissingRequired(IReadOnlyList<PoolPosting> pool, HashSet<string> held)
    {
        var missing = new PostingSkill[]?[pool.Count];
        for (var p = 0; p < pool.Count; p++)
        {
            var gap = pool[p].Posting.Skills.Where(s => s.Required && !held.Contains(s.SkillId)).ToArray();
            missing[p] = gap.Length >= 1 && gap.Length <= _options.MaxBundleSize ? gap : null;
        }

        return missing;
    }

    private static List<(string SkillId, string Label)> CandidatesByFrequency(PostingSkill[]?[] missing)
    {
        var frequency = new Dictionary<string, (string Label, int Count)>(StringComparer.Ordinal);
        foreach (var gap in missing)
        {
            foreach (var skill in gap ?? [])
            {
                frequency[skill.SkillId] = frequency.TryGetValue(skill.SkillId, out var seen) ? (seen.Label, seen.Count + 1) : (skill.Label, 1);
            }
        }

        return [.. frequency
            .OrderByDescending(f => f.Value.Count)
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(CandidateSkills)
            .Select(f => (f.Key, f.Value.Label))];
    }

    private static bool TryMask(PostingSkill[] gap, Dictionary<string, int> bit, out ulong mask)
    {
        mask = 0;
        foreach (var skill in gap)
        {
            if (!bit.TryGetValue(skill.SkillId, out var index))
            {
                return false;
            }

            mask |= 1UL << index;
        }

        return true;
    }

    /// <summary>
    /// The candidate skills that can change this posting's score: its own skills and the skills that earn related
    /// credit for them. Learning any other skill leaves the score as it was, so it need not be rescored.
    /// </summary>
    private ulong TouchMask(JobPosting posting, Dictionary<string, int> bit)
    {
        ulong mask = 0;
        foreach (var skill in posting.Skills)
        {
            if (bit.TryGetValue(skill.SkillId, out var own))
            {
                mask |= 1UL << own;
            }

            foreach (var related in _model.Similarity.Related(skill.SkillId))
            {
                if (bit.TryGetValue(related.SkillId, out var via))
                {
                    mask |= 1UL << via;
                }
            }
        }

        return mask;
    }

    private Counted Count(ulong bundle, Dictionary<ulong, List<Unlockable>> groups, IReadOnlyList<PoolPosting> pool)
    {
        var unlocked = new List<int>();

        // Every non-empty subset of the bundle is a gap the bundle closes.
        for (var gap = bundle; gap != 0; gap = (gap - 1) & bundle)
        {
            if (!groups.TryGetValue(gap, out var group))
            {
                continue;
            }

            foreach (var posting in group)
            {
                var extra = bundle & ~posting.Gap & posting.Touch;
                var score = extra == 0 ? posting.ScoreWithGapLearned : Score(pool[posting.Pool].Posting, bundle);
                if (score >= _options.MinMatch)
                {
                    unlocked.Add(posting.Pool);
                }
            }
        }

        unlocked.Sort();
        return new Counted(unlocked);
    }

    private static bool EverySkillNeeded(ulong bundle, int unlocked, Dictionary<ulong, Counted> counted)
    {
        if (BitOperations.PopCount(bundle) == 1)
        {
            return true;
        }

        for (var rest = bundle; rest != 0; rest &= rest - 1)
        {
            var without = bundle & ~(rest & (~rest + 1));
            if (counted.TryGetValue(without, out var smaller) && smaller.Postings.Count >= unlocked)
            {
                return false;
            }
        }

        return true;
    }

    private static SkillBundle ToBundle(ulong bundle, Counted counted, List<(string SkillId, string Label)> candidates, IReadOnlyList<PoolPosting> pool)
    {
        var skills = Members(bundle).Select(i => candidates[i]).OrderBy(s => s.SkillId, StringComparer.Ordinal).ToArray();
        var raises = counted.Postings.Select(p => pool[p].Raise).ToArray();
        return new SkillBundle(
            [.. skills.Select(s => s.SkillId)],
            [.. skills.Select(s => s.Label)],
            counted.Postings.Count,
            Median(raises),
            [.. counted.Postings.Take(Examples).Select(p => pool[p].Posting.Identifier)]);
    }

    internal static double Median(double[] values)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        Array.Sort(values);
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /// <summary>The score <see cref="RelevanceModel.ScoreJob"/> gives, without building its explanation.</summary>
    private double Score(JobPosting posting, ulong learned) => Learned(learned).Score(posting);

    /// <summary>The person with the skills of <paramref name="mask"/> learned (listed, used today, full weight), ready to score.</summary>
    private SeekerQuery Learned(ulong mask)
    {
        if (_learned.TryGetValue(mask, out var query))
        {
            return query;
        }

        var added = Members(mask).Select(i => _candidates[i]).Select(s => new ProfileSkill(s.SkillId, s.Label, 1, SkillEvidence.Listed, _today));
        var profile = new CandidateProfile(
            _profile.Identifier, _profile.DisplayName, _profile.Headline, _profile.Skills.Concat(added), _profile.Occupations,
            _profile.Seniority, _profile.Location, _profile.RemotePreference, _profile.ExpectedSalary, _profile.CurrentSalary,
            _profile.YearsOfExperience, _profile.Updated);
        query = _model.PrepareSeeker(profile, _today);
        _learned[mask] = query;
        return query;
    }

    private static IEnumerable<int> Members(ulong mask)
    {
        for (; mask != 0; mask &= mask - 1)
        {
            yield return BitOperations.TrailingZeroCount(mask);
        }
    }

    /// <summary>Every set of 1 to <paramref name="maxSize"/> of the first <paramref name="count"/> bits.</summary>
    private static IEnumerable<ulong> Bundles(int count, int maxSize)
    {
        for (var a = 0; a < count; a++)
        {
            var one = 1UL << a;
            yield return one;
            if (maxSize < 2)
            {
                continue;
            }

            for (var b = a + 1; b < count; b++)
            {
                var two = one | (1UL << b);
                yield return two;
                if (maxSize < 3)
                {
                    continue;
                }

                for (var c = b + 1; c < count; c++)
                {
                    yield return two | (1UL << c);
                }
            }
        }
    }

    private readonly record struct Unlockable(int Pool, ulong Gap, ulong Touch, double ScoreWithGapLearned);

    private sealed record Counted(List<int> Postings);
}
