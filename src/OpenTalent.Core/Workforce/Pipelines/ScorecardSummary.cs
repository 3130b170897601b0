namespace OpenTalent.Core.Workforce;

/// <summary>One competency across a candidate's scorecards.</summary>
/// <param name="Spread">Highest rating minus lowest: 2 or more is a disagreement worth a debrief.</param>
public sealed record CompetencySummary(string Competency, double Mean, int Lowest, int Highest, int Ratings)
{
    public int Spread => Highest - Lowest;
}

/// <summary>A candidate's scorecards aggregated: mean per competency, recommendation counts, and where interviewers disagree.</summary>
public sealed record ScorecardSummary(
    int Scorecards,
    IReadOnlyList<CompetencySummary> Competencies,
    IReadOnlyDictionary<Recommendation, int> Recommendations,
    IReadOnlyList<string> Disagreements,
    bool SplitRecommendation)
{
    /// <summary>A rating spread at or above this on one competency counts as a disagreement.</summary>
    public const int DisagreementSpread = 2;

    /// <summary>
    /// Aggregates scorecards (from any kits: competencies are matched by name, case-insensitively, in first-seen order).
    /// The recommendation is split when at least one interviewer says yes and another no.
    /// </summary>
    public static ScorecardSummary Of(IEnumerable<Scorecard> scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        var order = new List<string>();
        var totals = new Dictionary<string, (int Sum, int Count, int Low, int High)>(StringComparer.OrdinalIgnoreCase);
        var recommendations = Enum.GetValues<Recommendation>().ToDictionary(r => r, _ => 0);
        var count = 0;
        foreach (var card in scorecards)
        {
            count++;
            recommendations[card.Overall]++;
            for (var i = 0; i < card.Competencies.Count; i++)
            {
                var name = card.Competencies[i];
                var rating = card.Ratings[i];
                if (!totals.TryGetValue(name, out var t))
                {
                    order.Add(name);
                    t = (0, 0, int.MaxValue, int.MinValue);
                }

                totals[name] = (t.Sum + rating, t.Count + 1, Math.Min(t.Low, rating), Math.Max(t.High, rating));
            }
        }

        var competencies = order.Select(name =>
        {
            var t = totals[name];
            return new CompetencySummary(name, (double)t.Sum / t.Count, t.Low, t.High, t.Count);
        }).ToArray();
        var positive = recommendations[Recommendation.Yes] + recommendations[Recommendation.StrongYes];
        var negative = recommendations[Recommendation.No] + recommendations[Recommendation.StrongNo];
        return new ScorecardSummary(
            count,
            competencies,
            recommendations,
            [.. competencies.Where(c => c.Spread >= DisagreementSpread).Select(c => c.Competency)],
            positive > 0 && negative > 0);
    }
}
