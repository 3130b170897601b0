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
    private readonly double _occupationCeiling;

    public JobSearch(PostingColumns columns, Vocabulary vocabulary, RelevanceModel model, SeekerQuery seeker, JobFilters filters, int top, DateOnly today)
    {
        _columns = columns;
        _vocabulary = vocabulary;
        _model = model;
        _seeker = seeker;
        _filters = filters;
        _today = today.DayNumber;
        _scratch = QueryScratch.Rent(columns.Count, vocabulary.Occupations.Count, vocabulary.Skills.Count);
        _top = new TopK(top, slot => columns.Identifier[slot]);
        var profile = seeker.Profile;
        _home = PlaceIds.Find(vocabulary.Places, profile.Location);
        _filterPlace = PlaceIds.Find(vocabulary.Places, filters.Location);
        _filterCurrency = filters.MinSalary is { } minimum ? vocabulary.Currencies.Find(minimum.Currency) : 0;
        _targetCurrency = profile.TargetSalary is { } target ? vocabulary.Currencies.Find(target.Currency) : 0;
        _target = profile.TargetSalary is { } amount ? (double)amount.Amount : 0;
        _occupationCeiling = OccupationColumns.Ceiling(profile.Occupations);
    }

    /// <summary>Slots and exact scores, best first.</summary>
    public (double Score, int Slot)[] Run()
    {
        try
        {
            Accumulate();
            EvaluateAccumulated();
            if (!_top.IsFull || Pruning.SkillsCanReach(0, _model.Weights, _top.Threshold))
            {
                ScanUntouched();
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
        _scratch.ResetSkills();
        // Each skill the person earns credit for: remembered for exact scoring, and its list added to the bound. A held
        // skill's most credit is its staleness (a years shortfall only lowers it); a related skill's is its credit.
        foreach (var (skillId, held) in _seeker.HeldSkills)
        {
            var staleness = FactorMath.Staleness(held.LastUsed?.DayNumber, _today);
            Credit(_vocabulary.Skills.Find(skillId), held: true, staleness, held.Years ?? double.NaN);
        }

        foreach (var (skillId, credit) in _seeker.RelatedSkills)
        {
            Credit(_vocabulary.Skills.Find(skillId), held: false, credit, double.NaN);
        }
    }

    private void Credit(int id, bool held, double credit, double years)
    {
        if (id <= 0)
        {
            return;
        }

        _scratch.SetSkill(id, held, credit, years);
        var lists = _columns.BySkill;
        if (credit > 0 && id < lists.Count && lists[id] is { } list)
        {
            _scratch.Scatter(list.Slots, list.Shares, (float)credit);
        }
    }

    /// <summary>The slots any credited list reached, highest skill bound first (see <see cref="DenseScan.BestFirst"/>).</summary>
    private void EvaluateAccumulated() =>
        DenseScan.BestFirst(
            _scratch.Accumulator.AsSpan(0, _columns.Count), Pruning.FirstBatch(_top.Capacity),
            () => Pruning.NeededSkillBound(_top.Threshold, _model.Weights), (slot, bound) => Evaluate(slot, Math.Min(1, bound)));

    private void ScanUntouched() => OccupationScan.Run(
        _columns.Occupations.BySlot, _columns.Count, _columns.Live.Items, _scratch.Accumulator, _scratch, _model.Weights,
        _seeker.Profile.Occupations.Count > 0, OccupationBound, () => _top.Threshold, slot => Evaluate(slot, 0));

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
        if (row.ValidThrough < _today || !Admits(slot, row))
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
    /// The exact score of the posting in <paramref name="slot"/>: what <see cref="SeekerQuery.Score"/> gives for it,
    /// to the last bit, from the columns (same formulas, same order of operations).
    /// </summary>
    private double Score(int slot, in PostingRow row)
    {
        var model = _model;
        var range = _columns.SkillRange[slot];
        var entries = _columns.Skills.Span(range.Start, range.Length);
        double covered = 0, total = 0;
        foreach (ref readonly var entry in entries)
        {
            var weight = entry.Required ? entry.Weight : entry.Weight * model.Weights.PreferredSkillWeight;
            double credit = 0;
            if (_scratch.HasSkill(entry.Skill))
            {
                var years = _scratch.SkillYears[entry.Skill];
                credit = _scratch.SkillHeld[entry.Skill]
                    ? _scratch.SkillCredit[entry.Skill] * FactorMath.YearsShortfall(entry.MinYears, double.IsNaN(years) ? null : years)
                    : _scratch.SkillCredit[entry.Skill];
            }

            total += weight;
            covered += weight * credit;
        }

        var skills = total > 0 ? covered / total : 0;
        var occupation = _columns.Occupations.ExactFactor(slot, _seeker.Profile.Occupations, slotIsPosting: true, model.Occupations);
        var (seniority, location, salary, recency) = Factors(row);
        return FactorMath.Combine(model.Weights, skills, occupation, seniority, location, salary, recency);
    }

    /// <summary><see cref="HardFilters.Admits(JobFilters, JobPosting, DateOnly)"/> on the columns.</summary>
    private bool Admits(int slot, in PostingRow row)
    {
        var filters = _filters;
        var arrangement = row.ArrangementOf;
        if (filters.RemoteOnly && arrangement != WorkArrangement.Remote)
        {
            return false;
        }

        if (filters.EmploymentType is { } type && row.EmploymentType != (byte)type)
        {
            return false;
        }

        if (filters.MinSalary is { } minimum
            && (row.Currency != _filterCurrency || _filterCurrency <= 0 || _columns.SalaryMaxExact[slot] < minimum.Amount))
        {
            return false;
        }

        return filters.Location is null || IsIn(row, arrangement);
    }

    private bool IsIn(in PostingRow row, WorkArrangement arrangement)
    {
        var range = row.Places;
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

    /// <summary>Seniority, location, salary and recency from the row: the same formulas as <see cref="PairFactors"/>.</summary>
    private (double Seniority, double Location, double Salary, double Recency) Factors(in PostingRow row)
    {
        var profile = _seeker.Profile;
        var seniority = FactorMath.Seniority((Seniority)row.Seniority, profile.Seniority);
        var place = PlaceIds.Best(_columns.Places.Span(row.Places.Start, row.Places.Length), _home);
        var location = FactorMath.Location(row.ArrangementOf, profile.RemotePreference, place);
        var salary = row.Currency != 0 && row.Currency == _targetCurrency ? FactorMath.Salary(row.SalaryMax, _target) : FactorMath.Neutral;
        var recency = FactorMath.Recency(row.Posted == PostingColumns.NoDate ? null : row.Posted, _today, FactorMath.PostingHalfLifeDays);
        return (seniority, location, salary, recency);
    }

    private double Occupation(int slot) => _columns.Occupations.Factor(slot, _seeker.Profile.Occupations, _scratch, _model.Occupations);

    private double OccupationBound(int id) => _columns.Occupations.Bound(id, _seeker.Profile.Occupations, _scratch, _model.Occupations);
}
