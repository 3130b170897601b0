namespace OpenTalent.Core.Matching;

/// <summary>
/// The occupations of every item, for postings and profiles alike: each slot's fits as a range into shared id and
/// score columns, and the slots of each occupation for <see cref="OccupationScan"/>. Writers hold the index's lock.
/// </summary>
internal sealed class OccupationColumns(Interner occupations, Interner labels)
{
    public Column<Range> Range { get; } = new();

    public Column<int> Ids { get; } = new();

    public Column<double> Scores { get; } = new();

    public Column<int> Titles { get; } = new();

    /// <summary>Slots by occupation id; id 0 holds the slots with no occupation.</summary>
    public SlotLists BySlot { get; } = new();

    public long Bytes => Range.Bytes(8) + Ids.Bytes(4) + Scores.Bytes(8) + Titles.Bytes(4) + BySlot.Bytes;

    public void Append(int slot, IReadOnlyList<OccupationFit> fits)
    {
        var start = Ids.Count;
        foreach (var fit in fits)
        {
            var occupation = occupations.Intern(fit.Code);
            Ids.Add(occupation);
            Scores.Add(fit.Score);
            Titles.Add(labels.Intern(fit.Label));
            BySlot.For(occupation).Add(slot, 1);
        }

        if (fits.Count == 0)
        {
            BySlot.For(0).Add(slot, 1);
        }

        Range.Add(new Range(start, fits.Count));
    }

    /// <summary>The most the occupation factor can be against <paramref name="query"/>'s fits, for any item.</summary>
    public static double Ceiling(IReadOnlyList<OccupationFit> query)
    {
        var ceiling = FactorMath.Neutral;
        foreach (var fit in query)
        {
            ceiling = Math.Max(ceiling, fit.Score);
        }

        return ceiling;
    }

    /// <summary>The slot's occupations as they were given.</summary>
    public OccupationFit[] Fits(int slot)
    {
        var range = Range[slot];
        var fits = new OccupationFit[range.Length];
        for (var i = 0; i < fits.Length; i++)
        {
            var at = range.Start + i;
            fits[i] = new OccupationFit(occupations.Value(Ids[at]), labels.Value(Titles[at]), Scores[at]);
        }

        return fits;
    }

    /// <summary>
    /// The occupation factor exactly as <see cref="PairFactors"/> computes it (posting confidence x person
    /// confidence x similarity, in that order), where <see cref="Factor"/> may differ in the last bit.
    /// </summary>
    public double ExactFactor(int slot, IReadOnlyList<OccupationFit> query, bool slotIsPosting, OccupationGraph graph)
    {
        var range = Range[slot];
        if (range.Length == 0 || query.Count == 0)
        {
            return FactorMath.Neutral;
        }

        double best = 0;
        for (var i = range.Start; i < range.Start + range.Length; i++)
        {
            var code = occupations.Value(Ids[i]);
            foreach (var fit in query)
            {
                var value = slotIsPosting
                    ? Scores[i] * fit.Score * graph.Similarity(code, fit.Code)
                    : fit.Score * Scores[i] * graph.Similarity(fit.Code, code);
                best = Math.Max(best, value);
            }
        }

        return best;
    }

    /// <summary>
    /// The occupation factor of <paramref name="slot"/> against the query's fits: the best product of the two
    /// confidences and the occupations' similarity, neutral when either side has none. The same formula as
    /// <see cref="PairFactors"/>; the similarity is symmetric, so which side asks does not matter.
    /// </summary>
    public double Factor(int slot, IReadOnlyList<OccupationFit> query, QueryScratch scratch, OccupationGraph graph)
    {
        var range = Range[slot];
        if (range.Length == 0 || query.Count == 0)
        {
            return FactorMath.Neutral;
        }

        double best = 0;
        for (var i = range.Start; i < range.Start + range.Length; i++)
        {
            best = Math.Max(best, Scores[i] * Bound(Ids[i], query, scratch, graph));
        }

        return best;
    }

    /// <summary>For one occupation id, the best of the query's confidence x similarity, cached per query.</summary>
    public double Bound(int id, IReadOnlyList<OccupationFit> query, QueryScratch scratch, OccupationGraph graph)
    {
        if (!scratch.TryOccupation(id, out var value))
        {
            var code = occupations.Value(id);
            value = 0;
            foreach (var fit in query)
            {
                value = Math.Max(value, fit.Score * graph.Similarity(fit.Code, code));
            }

            scratch.SetOccupation(id, value);
        }

        return value;
    }
}
