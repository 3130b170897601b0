using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Matching;

/// <summary>
/// Exact top-k profiles for a posting, by the same bound-then-score scheme as <see cref="JobSearch"/>. For each
/// wanted skill the lists of the skill and of its related skills are read most credit first, and a profile is
/// credited once per wanted skill (its best source), so the accumulator bounds the skill factor from above.
/// </summary>
internal sealed class CandidateSearch
{
    private const double Slack = 1e-4;

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
    private readonly double _othersMax;

    public CandidateSearch(ProfileColumns columns, Vocabulary vocabulary, RelevanceModel model, OpeningQuery opening, CandidateFilters filters, int top, DateOnly today)
    {
        _columns = columns;
        _vocabulary = vocabulary;
        _model = model;
        _opening = opening;
        _filters = filters;
        _today = today.DayNumber;
        _scratch = QueryScratch.Rent(columns.Count, vocabulary.Occupations.Count);
        _top = new TopK(top, slot => columns.Items[slot].Identifier);
        var posting = opening.Posting;
        _places = [.. posting.Locations.Select(p => PlaceIds.Find(vocabulary.Places, p))];
        _filterPlace = PlaceIds.Find(vocabulary.Places, filters.Location);
        _filterCurrency = filters.MaxExpectedSalary is { } maximum ? vocabulary.Currencies.Find(maximum.Currency) : 0;
        _offerCurrency = posting.Salary is { } salary ? vocabulary.Currencies.Find(salary.Currency) : 0;
        _offerMax = posting.Salary is { } pay ? (double)pay.Max : 0;
        _remote = posting.Arrangement == WorkArrangement.Remote;
        _othersMax = 1 - model.Weights.Skills;
    }

    public (double Score, int Slot)[] Run()
    {
        try
        {
            Accumulate();
            var touched = _scratch.Touched.AsSpan(0, _scratch.TouchedCount);
            var acc = _scratch.Accumulator;
            var cutoff = BoundCutoff.Of(touched, acc, Math.Max(64, _top.Capacity * 4));
            foreach (var slot in touched)
            {
                if (acc[slot] >= cutoff)
                {
                    Evaluate(slot, Math.Min(1, acc[slot]));
                }
            }

            foreach (var slot in touched)
            {
                if (acc[slot] < cutoff)
                {
                    Evaluate(slot, Math.Min(1, acc[slot]));
                }
            }

            if (!_top.IsFull || _top.Threshold <= _othersMax + Slack)
            {
                OccupationScan.Run(
                    _columns.Occupations.BySlot, _columns.Count, _columns.Live.Items, acc, _scratch, _model.Weights,
                    _opening.Posting.Occupations.Count > 0, OccupationBound, () => _top.Threshold, slot => Evaluate(slot, 0));
            }

            return _top.Drain();
        }
        finally
        {
            _scratch.Clear();
        }
    }

    private void Accumulate()
    {
        _scratch.ResetOccupations();
        var shares = _opening.WeightShares;
        var lists = _columns.BySkill;
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
                        _scratch.Add(slot, value);
                    }
                }
            }
        }
    }

    private void Evaluate(int slot, double skillBound)
    {
        var weights = _model.Weights;
        var threshold = _top.Threshold;
        if ((weights.Skills * skillBound) + _othersMax + Slack < threshold)
        {
            return;
        }

        if (!_columns.Live[slot] || !Admits(slot))
        {
            return;
        }

        var occupation = Occupation(slot);
        if ((weights.Skills * skillBound) + (weights.Occupation * occupation) + _othersMax - weights.Occupation + Slack < threshold
            || (weights.Skills * skillBound) + Others(slot, occupation) + Slack < threshold)
        {
            return;
        }

        _top.Offer(_opening.Score(_columns.Items[slot]), slot);
    }

    /// <summary><see cref="HardFilters.Admits(CandidateFilters, CandidateProfile, JobPosting)"/> on the columns.</summary>
    private bool Admits(int slot)
    {
        var filters = _filters;
        var seniority = _columns.Seniority[slot];
        if (filters.MinSeniority is { } minimum && (seniority == 0 || seniority < (byte)minimum))
        {
            return false;
        }

        if (filters.MaxExpectedSalary is { } maximum && _filterCurrency > 0
            && _columns.Currency[slot] == _filterCurrency && _columns.TargetExact[slot] > maximum.Amount)
        {
            return false;
        }

        if (filters.Location is null)
        {
            return true;
        }

        var place = _columns.Place[slot];
        return (place.IsKnown && place.IsIn(_filterPlace))
            || (_remote && _columns.RemotePreference[slot] != (byte)RemotePreference.OnSite);
    }

    private double Others(int slot, double occupation)
    {
        var weights = _model.Weights;
        var posting = _opening.Posting;
        var columns = _columns;
        var preference = (RemotePreference)columns.RemotePreference[slot];
        var seniority = FactorMath.Seniority(posting.Seniority, (Seniority)columns.Seniority[slot]);
        var location = FactorMath.Location(posting.Arrangement, preference, PlaceIds.Best(_places, columns.Place[slot]));
        var salary = _offerCurrency > 0 && columns.Currency[slot] == _offerCurrency
            ? FactorMath.Salary(_offerMax, columns.Target[slot])
            : FactorMath.Neutral;
        var updated = columns.Updated[slot];
        var recency = FactorMath.Recency(updated == ProfileColumns.NoDate ? null : updated, _today, FactorMath.ProfileHalfLifeDays);
        return (weights.Occupation * occupation) + (weights.Seniority * seniority) + (weights.Location * location)
            + (weights.Salary * salary) + (weights.Recency * recency);
    }

    private double Occupation(int slot) => _columns.Occupations.Factor(slot, _opening.Posting.Occupations, _scratch, _model.Occupations);

    private double OccupationBound(int id) => _columns.Occupations.Bound(id, _opening.Posting.Occupations, _scratch, _model.Occupations);
}
