using System.Globalization;

namespace OpenTalent.Core.Matching.WageMoves;

/// <summary>
/// Wage-boosting moves for one person: better-paid postings and occupations they already match well, the smallest
/// sets of skills that unlock the most better-paid postings, and one- or two-step career paths with OEWS wage deltas.
/// Semantics in docs/MATCHING.md ("Wage-boosting moves"). Safe to share between threads once built.
/// </summary>
public sealed class WageMoveAdvisor
{
    private const string OewsCurrency = "USD";

    private readonly MatchIndex _index;
    private readonly RelevanceModel _model;
    private readonly Lazy<OccupationSkillTable> _occupations;

    public WageMoveAdvisor(MatchIndex index, RelevanceModel model)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(model);
        if (!ReferenceEquals(index.Model, model))
        {
            throw new ArgumentException("The advisor must score with the same relevance model as the match index it reads, or its counts would not agree with the index's ranking.", nameof(model));
        }

        _index = index;
        _model = model;
        _occupations = new Lazy<OccupationSkillTable>(() => new OccupationSkillTable(model.Occupations));
    }

    public WageMovesReport Advise(CandidateProfile profile, WageMoveOptions options, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);
        var notes = new List<string>();
        var baseline = WageBaselines.Resolve(profile, _model.Occupations, notes);
        var gaps = new SkillGaps(_model, profile.Skills, today);

        List<BetterPaidPosting> postings = [];
        List<BetterPaidOccupation> occupations = [];
        IReadOnlyList<SkillBundle> bundles = [];
        if (baseline.Pay is { } pay)
        {
            var threshold = WageBaselines.Threshold(pay, options.MinRaise);
            var pool = BetterPaidPool(profile, pay, threshold, options, today);
            postings = WellMatched(pool, pay, options);
            DescribePostings(pool.Count, postings.Count, threshold, options, notes);
            if (options.MaxBundles > 0)
            {
                bundles = new SkillBundleFinder(_model, profile, options, today).Find(pool);
            }

            occupations = BetterPaidOccupations(profile, pay, threshold, options, gaps, notes);
        }

        var paths = new CareerPathFinder(_occupations.Value).Find(profile, _model.Occupations, gaps, options.MaxPaths, notes);
        return new WageMovesReport(baseline, postings, occupations, bundles, paths, notes);
    }

    /// <summary>
    /// The open postings in the baseline's currency whose top of range reaches the threshold, best score first, up to
    /// <see cref="WageMoveOptions.CandidatePostings"/>. The pay is checked here as well as by the index's filter so a
    /// raise is never computed across currencies.
    /// </summary>
    private List<PoolPosting> BetterPaidPool(CandidateProfile profile, AnnualPay baseline, AnnualPay threshold, WageMoveOptions options, DateOnly today)
    {
        var matches = _index.JobsFor(profile, new JobFilters(MinSalary: threshold), options.CandidatePostings, today);
        var pool = new List<PoolPosting>(matches.Count);
        foreach (var match in matches)
        {
            if (_index.Find(match.Identifier) is { Salary: { } offered } posting
                && posting.IsOpenOn(today)
                && string.Equals(offered.Currency, threshold.Currency, StringComparison.Ordinal)
                && offered.Max >= threshold.Amount)
            {
                pool.Add(new PoolPosting(match, posting, WageBaselines.Raise(offered.Max, baseline)));
            }
        }

        return pool;
    }

    private static List<BetterPaidPosting> WellMatched(List<PoolPosting> pool, AnnualPay baseline, WageMoveOptions options)
    {
        var kept = new List<BetterPaidPosting>(Math.Min(pool.Count, options.MaxPostings));
        foreach (var entry in pool)
        {
            if (kept.Count == options.MaxPostings)
            {
                break;
            }

            if (entry.Match.Score >= options.MinMatch)
            {
                var offered = entry.Posting.Salary!;
                kept.Add(new BetterPaidPosting(entry.Match, offered, entry.Raise, WageBaselines.Raise(offered.Midpoint, baseline)));
            }
        }

        return kept;
    }

    private static void DescribePostings(int paying, int kept, AnnualPay threshold, WageMoveOptions options, List<string> notes)
    {
        if (paying == 0)
        {
            notes.Add($"No open posting in {threshold.Currency} pays at least {threshold} ({Percent(options.MinRaise)} above the baseline).");
        }
        else if (kept == 0 && options.MaxPostings > 0)
        {
            notes.Add($"{paying.ToString(CultureInfo.InvariantCulture)} open postings pay at least {threshold}, but none matches the profile at {options.MinMatch.ToString("0.##", CultureInfo.InvariantCulture)} or better.");
        }
    }

    /// <summary>Occupations whose OEWS median (USD) reaches the threshold and whose skills the person covers well.</summary>
    private List<BetterPaidOccupation> BetterPaidOccupations(
        CandidateProfile profile, AnnualPay baseline, AnnualPay threshold, WageMoveOptions options, SkillGaps gaps, List<string> notes)
    {
        if (options.MaxOccupations == 0)
        {
            return [];
        }

        if (!string.Equals(baseline.Currency, OewsCurrency, StringComparison.Ordinal))
        {
            notes.Add($"Occupation wages are OEWS medians in USD and the baseline is in {baseline.Currency}: better-paid occupations are not listed (career paths compare occupations with each other and still are).");
            return [];
        }

        var own = new HashSet<string>(profile.Occupations.Select(o => o.Code), StringComparer.Ordinal);
        var found = new List<BetterPaidOccupation>();
        foreach (var occupation in _occupations.Value.All)
        {
            var node = occupation.Node;
            if (node.MedianAnnualWage is not { } median || median < threshold.Amount || own.Contains(node.Code) || occupation.Wanted.Length == 0)
            {
                continue;
            }

            var fit = _model.SkillCoverage(occupation.Wanted, profile.Skills, gaps.Today);
            if (fit >= options.MinMatch)
            {
                found.Add(new BetterPaidOccupation(node.Code, node.Title, median, WageBaselines.Raise(median, baseline), fit, gaps.Missing(occupation)));
            }
        }

        return [.. found
            .OrderByDescending(o => o.Raise * o.SkillFit)
            .ThenByDescending(o => o.SkillFit)
            .ThenBy(o => o.Code, StringComparer.Ordinal)
            .Take(options.MaxOccupations)];
    }

    private static string Percent(double fraction) => fraction.ToString("0.#%", CultureInfo.InvariantCulture);
}
