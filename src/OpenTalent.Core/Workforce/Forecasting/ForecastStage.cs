namespace OpenTalent.Core.Workforce;

/// <summary>
/// One step of a department's funnel as the forecast sees it: the share of candidates that pass it, how long it
/// takes, and how many candidates are in it today. The first stage is the review of new applications; the last is
/// the offer, whose pass rate is the offer acceptance rate (an accepted offer is a hire).
/// </summary>
public sealed record ForecastStage
{
    public const int MaxNameLength = 80;

    public ForecastStage(string name, double passRate, StageDuration duration, int liveCandidates)
    {
        Name = Guard.NotBlank(name, nameof(name), MaxNameLength);
        PassRate = double.IsFinite(passRate) && passRate is >= 0 and <= 1
            ? passRate
            : throw new ArgumentOutOfRangeException(nameof(passRate), passRate, $"The pass rate of stage '{Name}' must be between 0 and 1.");
        Duration = duration ?? throw new ArgumentNullException(nameof(duration));
        LiveCandidates = liveCandidates >= 0
            ? liveCandidates
            : throw new ArgumentOutOfRangeException(nameof(liveCandidates), liveCandidates, $"The live candidates of stage '{Name}' cannot be negative.");
    }

    public string Name { get; }

    /// <summary>The probability that a candidate who enters the stage moves on (from the last stage: accepts the offer).</summary>
    public double PassRate { get; }

    public StageDuration Duration { get; }

    /// <summary>Candidates in this stage now; the forecast gives each a fresh stage duration.</summary>
    public int LiveCandidates { get; }

    public ForecastStage WithPassRate(double passRate) => new(Name, passRate, Duration, LiveCandidates);

    public ForecastStage WithDuration(StageDuration duration) => new(Name, PassRate, duration, LiveCandidates);

    public ForecastStage WithLiveCandidates(int liveCandidates) => new(Name, PassRate, Duration, liveCandidates);
}
