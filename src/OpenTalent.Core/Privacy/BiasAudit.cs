namespace OpenTalent.Core.Privacy;

/// <summary>One applicant the automated screening scored: their voluntary categories (null where not given), the score, and whether they moved forward.</summary>
public sealed record AuditedCandidate(SexCategory? Sex, RaceEthnicityCategory? RaceEthnicity, double Score, bool Selected);

/// <summary>The figures of one category.</summary>
/// <param name="Dimension">"sex", "race/ethnicity" or "intersectional".</param>
/// <param name="ScoringRate">The share of the category scoring above the median score of all applicants.</param>
/// <param name="ScoringImpactRatio">Its scoring rate over the highest category's; null when left out (too small) or no category scored above the median.</param>
/// <param name="SelectionRate">The share of the category that moved forward.</param>
/// <param name="ExcludedAsSmall">Under 2% of the applicants with a known category in this dimension, so left out of the impact ratios (as the rules allow), but shown.</param>
public sealed record CategoryRates(
    string Dimension, string Category, int Applicants, int ScoredAboveMedian, double ScoringRate, double? ScoringImpactRatio,
    int Selected, double SelectionRate, double? SelectionImpactRatio, bool ExcludedAsSmall);

/// <param name="UnknownSex">Applicants who did not give their sex (left out of the sex and intersectional rows).</param>
public sealed record BiasAuditReport(int Applicants, double MedianScore, int UnknownSex, int UnknownRaceEthnicity, IReadOnlyList<CategoryRates> Rows);

/// <summary>
/// The impact ratios New York City's Local Law 144 asks of an automated employment decision tool, by sex, by
/// race/ethnicity and by both: for a tool that scores, the scoring rate (share above the median score); for the
/// decisions that followed, the selection rate; each divided by the highest category's rate. The categories come
/// only from voluntary self-identification and are never an input to ranking.
/// </summary>
public static class BiasAudit
{
    /// <summary>Categories under this share of the known data may be left out of the impact ratios.</summary>
    public const double SmallCategoryShare = 0.02;

    public static BiasAuditReport Compute(IReadOnlyList<AuditedCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var median = Median(candidates.Select(c => c.Score));
        var rows = new List<CategoryRates>();
        rows.AddRange(Dimension("sex", candidates, c => c.Sex?.ToString(), median));
        rows.AddRange(Dimension("race/ethnicity", candidates, c => c.RaceEthnicity?.ToString(), median));
        rows.AddRange(Dimension("intersectional", candidates, c => c.Sex is { } sex && c.RaceEthnicity is { } race ? $"{sex} / {race}" : null, median));
        return new BiasAuditReport(candidates.Count, median, candidates.Count(c => c.Sex is null), candidates.Count(c => c.RaceEthnicity is null), rows);
    }

    private static List<CategoryRates> Dimension(string dimension, IReadOnlyList<AuditedCandidate> candidates, Func<AuditedCandidate, string?> categoryOf, double median)
    {
        var groups = candidates
            .Select(c => (Category: categoryOf(c), Candidate: c))
            .Where(g => g.Category is not null)
            .GroupBy(g => g.Category!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Category: g.Key, Count: g.Count(), Above: g.Count(x => x.Candidate.Score > median), Selected: g.Count(x => x.Candidate.Selected)))
            .ToArray();
        var known = groups.Sum(g => g.Count);
        bool Small(int count) => count < SmallCategoryShare * known;
        var counted = groups.Where(g => !Small(g.Count)).ToArray();
        var bestScoring = counted.Length == 0 ? 0 : counted.Max(g => (double)g.Above / g.Count);
        var bestSelection = counted.Length == 0 ? 0 : counted.Max(g => (double)g.Selected / g.Count);
        return
        [
            .. groups.Select(g =>
            {
                var scoring = (double)g.Above / g.Count;
                var selection = (double)g.Selected / g.Count;
                var small = Small(g.Count);
                return new CategoryRates(
                    dimension, g.Category, g.Count, g.Above, scoring, small || bestScoring == 0 ? null : scoring / bestScoring,
                    g.Selected, selection, small || bestSelection == 0 ? null : selection / bestSelection, small);
            }),
        ];
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return 0;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
