namespace OpenTalent.Core.Workforce;

/// <summary>
/// How one stage has behaved: of the candidates who entered it, how many moved on, were rejected, withdrew or are
/// still in it, and how long the ones who left spent there.
/// </summary>
/// <param name="DaysInStage">Completed stays, sorted ascending.</param>
public sealed record StageStatistics(string Stage, int Entered, int Passed, int Rejected, int Withdrawn, int MovedBack, int StillIn, IReadOnlyList<double> DaysInStage)
{
    /// <summary>Candidates whose stay in the stage has ended (moved on, out or back).</summary>
    public int Decided => Passed + Rejected + Withdrawn + MovedBack;

    /// <summary>Share of decided stays that moved on to a later stage; null before any is decided.</summary>
    public double? PassThroughRate => Decided == 0 ? null : (double)Passed / Decided;

    public double? MedianDays => Quantile(0.5);

    public double? MeanDays => DaysInStage.Count == 0 ? null : DaysInStage.Average();

    /// <summary>Linear-interpolated quantile of the completed stays; null when there are none.</summary>
    public double? Quantile(double q)
    {
        if (DaysInStage.Count == 0)
        {
            return null;
        }

        var position = Math.Clamp(q, 0, 1) * (DaysInStage.Count - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, DaysInStage.Count - 1);
        return DaysInStage[low] + ((DaysInStage[high] - DaysInStage[low]) * (position - low));
    }
}
