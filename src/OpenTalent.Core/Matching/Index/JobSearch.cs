using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Matching;

/// <summary>
/// Exact top-k postings for a profile. Accumulates an upper bound of the skill factor over the inverted lists of
/// the skills the profile earns credit for, then scores exactly only the postings whose bound (skill bound plus
/// the other factors computed from the columns) can still reach the current k-th score. Postings in no credited
/// list have a skill factor of exactly 0; they are scanned only when the k-th score is within reach of the other
/// factors alone. The argument is in docs/MATCHING.md.
/// </summary>
internal sealed class JobSearch
{
    /// <summary>Covers float rounding in stored shares and the accumulator; only makes the bound looser.</summary>
    private const double Slack = 1e-4;

    private readonly PostingColumns _columns;
    private readonly Vocabulary _vocabulary;
    private readonly RelevanceModel _model;
    private readonly SeekerQuery _seeker;
    private readonly JobFilters _filters;
    private readonly int _today;
    private readonly QueryScratch _scratch;
    private readonly TopK _top;

    // The profile and filters as column ids.
    private readonly PlaceIds _home;
    private readonly PlaceIds _filterPlace;
    private readonly int _filterCurrency;
    private readonly int _targetCurrency;
    private readonly double _target;
    private readonly double _othersMax;

    public JobSearch(PostingColumns columns, Vocabulary vocabulary, RelevanceModel model, SeekerQuery seeker, JobFilters filters, int top, DateOnly today)
    {
        _columns = columns;
        _vocabulary = vocabulary;
        _model = model;
        _seeker = seeker;
        _filters = filters;
        _today = today.DayNumber;
        _scratch = QueryScratch.Rent(columns.Count, vocabulary.Occupations.Count);
        _top = new TopK(top, slot => columns.Items[slot].Identifier);
        var profile = seeker.Profile;
        _home = PlaceIds.Find(vocabulary.Places, profile.Location);
        _filterPlace = PlaceIds.Find(vocabulary.Places, filters.Location);
        _filterCurrency = filters.MinSalary is { } minimum ? vocabulary.Currencies.Find(minimum.Currency) : 0;
        _targetCurrency = profile.TargetSalary is { } target ? vocabulary.Currencies.Find(target.Currency) : 0;
        _target = profile.TargetSalary is { } amount ? (double)amount.Amount : 0;
        _othersMax = 1 - model.Weights.Skills;
    }

    /// <summary>Slots and exact scores, best first.</summary>
    public (double Score, int Slot)[] Run()
    {
        try
        {
            Accumulate();
            EvaluateTouched();
            if (!_top.IsFull || _top.Threshold <= _othersMax + Slack)
            {
                ScanUntouched();
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
        var lists = _columns.BySkill;
        foreach (var (skillId, credit) in _seeker.CreditedSkills())
        {
            var id = _vocabulary.Skills.Find(skillId);
            if (id <= 0 || id >= lists.Count || lists[id] is not { } list || credit <= 0)
            {
                continue;
            }

            var slots = list.Slots;
            var shares = list.Shares;
            var value = (float)credit;
            for (var i = 0; i < slots.Length; i++)
            {
                _scratch.Add(slots[i], shares[i] * value);
            }
        }
    }

    /// <summary>
    /// Two passes over the touched slots: first those in the top buckets of the skill bound, so the k-th score
    /// rises early, then the rest, most of which the bound then rejects without reading anything else.
    /// </summary>
    private void EvaluateTouched()
    {
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
    }

    private void ScanUntouched() => OccupationScan.Run(
        _columns.Occupations.BySlot, _columns.Count, _columns.Live.Items, _scratch.Accumulator, _scratch, _model.Weights,
        _seeker.Profile.Occupations.Count > 0, OccupationBound, () => _top.Threshold, slot => Evaluate(slot, 0));

    private void Evaluate(int slot, double skillBound)
    {
        var weights = _model.Weights;
        var threshold = _top.Threshold;
        if ((weights.Skills * skillBound) + _othersMax + Slack < threshold)
        {
            return;
        }

        if (!_columns.Live[slot] || _columns.ValidThrough[slot] < _today || !Admits(slot))
        {
            return;
        }

        var occupation = Occupation(slot);
        if ((weights.Skills * skillBound) + (weights.Occupation * occupation) + _othersMax - weights.Occupation + Slack < threshold
            || (weights.Skills * skillBound) + Others(slot, occupation) + Slack < threshold)
        {
            return;
        }

        _top.Offer(_seeker.Score(_columns.Items[slot]), slot);
    }

    /// <summary><see cref="HardFilters.Admits(JobFilters, JobPosting, DateOnly)"/> on the columns.</summary>
    private bool Admits(int slot)
    {
        var filters = _filters;
        var arrangement = _columns.ArrangementOf(slot);
        if (filters.RemoteOnly && arrangement != WorkArrangement.Remote)
        {
            return false;
        }

        if (filters.EmploymentType is { } type && _columns.EmploymentType[slot] != (byte)type)
        {
            return false;
        }

        if (filters.MinSalary is { } minimum
            && (_columns.Currency[slot] != _filterCurrency || _filterCurrency <= 0 || _columns.SalaryMaxExact[slot] < minimum.Amount))
        {
            return false;
        }

        return filters.Location is null || IsIn(slot, arrangement);
    }

    private bool IsIn(int slot, WorkArrangement arrangement)
    {
        var range = _columns.PlaceRange[slot];
        var places = _columns.Places.Span(range.Start, range.Length);
        foreach (var place in places)
        {
            if (place.IsIn(_filterPlace))
            {
                return true;
            }
        }

        if (arrangement != WorkArrangement.Remote)
        {
            return false;
        }

        if (places.Length == 0 || _filterPlace.Country == 0)
        {
            return true;
        }

        foreach (var place in places)
        {
            if (place.Country == 0 || place.Country == _filterPlace.Country)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The weighted non-skill factors from the columns: the same formulas as <see cref="PairFactors"/>.</summary>
    private double Others(int slot, double occupation)
    {
        var weights = _model.Weights;
        var profile = _seeker.Profile;
        var columns = _columns;
        var seniority = FactorMath.Seniority((Seniority)columns.Seniority[slot], profile.Seniority);
        var location = FactorMath.Location(columns.ArrangementOf(slot), profile.RemotePreference, BestPlace(slot));
        var salary = columns.Currency[slot] != 0 && columns.Currency[slot] == _targetCurrency
            ? FactorMath.Salary(columns.SalaryMax[slot], _target)
            : FactorMath.Neutral;
        var posted = columns.Posted[slot];
        var recency = FactorMath.Recency(posted == PostingColumns.NoDate ? null : posted, _today, FactorMath.PostingHalfLifeDays);
        return (weights.Occupation * occupation) + (weights.Seniority * seniority) + (weights.Location * location)
            + (weights.Salary * salary) + (weights.Recency * recency);
    }

    private PlaceMatch BestPlace(int slot)
    {
        var range = _columns.PlaceRange[slot];
        return PlaceIds.Best(_columns.Places.Span(range.Start, range.Length), _home);
    }

    private double Occupation(int slot) => _columns.Occupations.Factor(slot, _seeker.Profile.Occupations, _scratch, _model.Occupations);

    private double OccupationBound(int id) => _columns.Occupations.Bound(id, _seeker.Profile.Occupations, _scratch, _model.Occupations);
}
