namespace OpenTalent.Core.Workforce;

/// <summary>
/// The forecast's funnel read from what was observed: one forecast stage per pipeline stage before the Hired ones,
/// with the observed pass-through rate, the observed stays (resampled as an empirical distribution) and the
/// candidates in it now. Stages with too few decided stays take the assumptions given, and are listed.
/// </summary>
public sealed record FunnelEstimate(IReadOnlyList<ForecastStage> Stages, IReadOnlyList<string> Assumed)
{
    /// <param name="minimumDecided">Decided stays a stage needs before its own figures are trusted.</param>
    /// <param name="assumedPassRate">The pass rate of a stage with too little data.</param>
    /// <param name="assumedDays">The stay of a stage with too little data (exponential with this mean).</param>
    public static FunnelEstimate From(Pipeline pipeline, IEnumerable<Candidacy> candidacies, int minimumDecided = 20, double assumedPassRate = 0.5, double assumedDays = 7)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumDecided, 1);
        var statistics = PipelineAnalytics.Stages(pipeline, candidacies);
        var stages = new List<ForecastStage>();
        var assumed = new List<string>();
        for (var i = 0; i < statistics.Count && pipeline.Stages[i].Kind != Hiring.ApplicationStatus.Hired; i++)
        {
            var observed = statistics[i];
            if (observed.Decided >= minimumDecided && observed.DaysInStage.Count > 0)
            {
                stages.Add(new ForecastStage(observed.Stage, observed.PassThroughRate!.Value, StageDuration.Empirical(observed.DaysInStage), observed.StillIn));
            }
            else
            {
                assumed.Add(observed.Stage);
                stages.Add(new ForecastStage(observed.Stage, assumedPassRate, StageDuration.Exponential(assumedDays), observed.StillIn));
            }
        }

        return new FunnelEstimate(stages, assumed);
    }
}
