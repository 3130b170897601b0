using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Matching;

/// <summary>
/// Exact top-k profiles for a posting, by the same bound-then-score scheme as <see cref="JobSearch"/>. For each
/// wanted skill the lists of the skill and of its related skills are read most credit first, and a profile is
/// credited once per wanted skill (its best source), so the accumulator bounds the skill factor from above.
/// </summary>
internal sealed class CandidateSearch
{
    private readonly ProfileColumns _columns;
    private readonly Vocabulary _vocabulary;
    private readonly RelevanceModel _model;
    private readonly OpeningQuery _opening;
    private readonly CandidateFilters _filters;
    private readonly int _today;
    private readonly QueryScratch _scratch;
    private readonly TopK _top;

    private readonly PlaceIds[] _places;
    private readonly PlaceIds _filterPlace;
    private readonly int _filterCurrency;
    private readonly int _offerCurrency;
    private readonly double _offerMax;
    private readonly bool _remote;
    private readonly double _occupationCeiling;

    // The opening's credit sources by skill id, for exact scoring from the columns.
    private readonly Dictionary<int, (int Wanted, double Similarity, bool Own)[]> _serves;

    public CandidateSearch(ProfileColumns columns, Vocabulary vocabulary, RelevanceModel model, OpeningQuery opening, CandidateFilters filters, int top, DateOnly today)
    {
        _columns = columns;
        _vocabulary = vocabulary;
        _model = model;
        _opening = opening;
        _filters = filters;
        _today = today.DayNumber;
        _scratch = QueryScratch.Rent(columns.Count, vocabulary.Occupations.Count, vocabulary.Skills.Count);
        _top = new TopK(top, slot => columns.Identifier[slot]);
        _serves = [];
        foreach (var (skillId, served) in opening.Serves)
        {
            var id = vocabulary.Skills.Find(skillId);
            if (id > 0)
            {
                _serves[id] = [.. served];
            }
        }

        var posting = opening.Posting;
        _places = [.. posting.Locations.Select(p => PlaceIds.Find(vocabulary.Places, p))];
        _filterPlace = PlaceIds.Find(vocabulary.Places, filters.Location);
        _filterCurrency = filters.MaxExpectedSalary is { } maximum ? vocabulary.Currencies.Find(maximum.Currency) : 0;
        _offerCurrency = posting.Salary is { } salary ? vocabulary.Currencies.Find(salary.Currency) : 0;
        _offerMax = posting.Salary is { } pay ? (double)pay.Max : 0;
        _remote = posting.Arrangement == WorkArrangement.Remote;
        _occupationCeiling = OccupationColumns.Ceiling(posting.Occupations);
    }

    public (double Score, int Slot)[] Run()
    {
        try
        {
            Accumulate();
            EvaluateAccumulated();
            if (!_top.IsFull || Pruning.SkillsCanReach(0, _model.Weights, _top.Threshold))
            {
                OccupationScan.Run(
                    _columns.Occupations.BySlot, _columns.Count, _columns.Live.Items, _scratch.Accumulator, _scratch, _model.Weights,
                    _opening.Posting.Occupations.Count > 0, OccupationBound, () => _top.Threshold, slot => Evaluate(slot, 0));
            }

            return _top.Drain();
        }
        finally
        {
            _scratch.ClearDense(_columns.Count);
        }
    }

    private void Accumulate()
    {
        _scratch.ResetOccupations();
        var shares = _opening.WeightShares;
        var lists = _columns.BySkill;
        var acc = _scratch.Accumulator;
        foreach (var group in _opening.Sources().GroupBy(s => s.Wanted))
        {
            // Best source first, so a profile's first visit in this round carries its best credit for the skill.
            _scratch.NextRound();
            foreach (var (skillId, _, credit) in group.OrderByDescending(s => s.MaxCredit))
            {
                var id = _vocabulary.Skills.Find(skillId);
                if (id <= 0 || id >= lists.Count || lists[id] is not { } list || credit <= 0)
                {
                    continue;
                }

                var value = (float)(shares[group.Key] * credit);
                foreach (var slot in list.Slots)
                {
                    if (_scratch.Visit(slot))
                    {
                        acc[slot] += value;
                    }
                }
            }
        }
    }

    /// <summary>As in <see cref="JobSearch"/>: the highest skill bounds first, then every slot that can still qualify.</summary>
    private void EvaluateAccumulated() =>
        DenseScan.BestFirst(
            _scratch.Accumulator.AsSpan(0, _columns.Count), Pruning.FirstBatch(_top.Capacity),
            () => Pruning.NeededSkillBound(_top.Threshold, _model.Weights), (slot, bound) => Evaluate(slot, Math.Min(1, bound)));

    private void Evaluate(int slot, double skillBound)
    {
        var weights = _model.Weights;
        var threshold = _top.Threshold;
        var skills = weights.Skills * skillBound;
        if (!Pruning.SkillsCanReach(skills, weights, threshold) || !_columns.Live[slot])
        {
            return;
        }

        ref readonly var row = ref _columns.Rows[slot];
        if (!Admits(slot, row))
        {
            return;
        }

        // The factors in the row first (one cache line); the occupation, which reads more, only if still needed.
        var rest = Pruning.Rest(Factors(row), weights);
        if (Pruning.Reaches(skills, _occupationCeiling, rest, weights, threshold) && Pruning.Reaches(skills, Occupation(slot), rest, weights, threshold))
        {
            _top.Offer(Score(slot, row), slot);
        }
    }

    /// <summary>
    /// The exact score of the profile in <paramref name="slot"/>: what <see cref="OpeningQuery.Score"/> gives for it,
    /// to the last bit, from the columns (same formulas, same order of operations).
    /// </summary>
    private double Score(int slot, in ProfileRow row)
    {
        const int StackLimit = 128;
        var wanted = _opening.Wanted;
        var weights = _opening.Weights;
        var n = wanted.Count;
        Span<double> heldCredit = n <= StackLimit ? stackalloc double[n] : new double[n];
        Span<double> relatedCredit = n <= StackLimit ? stackalloc double[n] : new double[n];
        Span<bool> held = n <= StackLimit ? stackalloc bool[n] : new bool[n];
        heldCredit.Clear();
        relatedCredit.Clear();
        held.Clear();
        var range = _columns.SkillRange[slot];
        foreach (ref readonly var entry in _columns.Skills.Span(range.Start, range.Length))
        {
            if (!_serves.TryGetValue(entry.Skill, out var served))
            {
                continue;
            }

            var staleness = FactorMath.Staleness(entry.LastUsedDay, _today);
            foreach (var (index, similarity, own) in served)
            {
                if (own)
                {
                    held[index] = true;
                    heldCredit[index] = staleness * FactorMath.YearsShortfall(wanted[index].MinYears, entry.Years);
                    continue;
                }

                var credit = similarity * _model.Weights.RelatedSkillCredit * staleness;
                if (credit > relatedCredit[index])
                {
                    relatedCredit[index] = credit;
                }
            }
        }

        double covered = 0, total = 0;
        for (var i = 0; i < n; i++)
        {
            total += weights[i];
            covered += weights[i] * (held[i] ? heldCredit[i] : relatedCredit[i]);
        }

        var skills = total > 0 ? covered / total : 0;
        var occupation = _columns.Occupations.ExactFactor(slot, _opening.Posting.Occupations, slotIsPosting: false, _model.Occupations);
        var (seniority, location, salary, recency) = Factors(row);
        return FactorMath.Combine(_model.Weights, skills, occupation, seniority, location, salary, recency);
    }

    /// <summary><see cref="HardFilters.Admits(CandidateFilters, CandidateProfile, JobPosting)"/> on the columns.</summary>
    private bool Admits(int slot, in ProfileRow row)
    {
        var filters = _filters;
        var seniority = row.Seniority;
        if (filters.MinSeniority is { } minimum && (seniority == 0 || seniority < (byte)minimum))
        {
            return false;
        }

        if (filters.MaxExpectedSalary is { } maximum && _filterCurrency > 0
            && row.Currency == _filterCurrency && _columns.TargetExact(slot) > maximum.Amount)
        {
            return false;
        }

        if (filters.Location is null)
        {
            return true;
        }

        var place = row.Place;
        return (place.IsKnown && place.IsIn(_filterPlace))
            || (_remote && row.RemotePreference != (byte)RemotePreference.OnSite);
    }

    /// <summary>Seniority, location, salary and recency from the row: the same formulas as <see cref="PairFactors"/>.</summary>
    private (double Seniority, double Location, double Salary, double Recency) Factors(in ProfileRow row)
    {
        var posting = _opening.Posting;
        var seniority = FactorMath.Seniority(posting.Seniority, (Seniority)row.Seniority);
        var location = FactorMath.Location(posting.Arrangement, (RemotePreference)row.RemotePreference, PlaceIds.Best(_places, row.Place));
        var salary = _offerCurrency > 0 && row.Currency == _offerCurrency ? FactorMath.Salary(_offerMax, row.Target) : FactorMath.Neutral;
        var recency = FactorMath.Recency(row.Updated == ProfileColumns.NoDate ? null : row.Updated, _today, FactorMath.ProfileHalfLifeDays);
        return (seniority, location, salary, recency);
    }

    private double Occupation(int slot) => _columns.Occupations.Factor(slot, _opening.Posting.Occupations, _scratch, _model.Occupations);

    private double OccupationBound(int id) => _columns.Occupations.Bound(id, _opening.Posting.Occupations, _scratch, _model.Occupations);
}
