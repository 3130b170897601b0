namespace OpenTalent.Core.Matching;

/// <summary>
/// Finds the items no credited skill list reached (skill factor exactly 0) that can still make the top k on the
/// other factors alone. Such an item scores at most W_occupation x (its occupation's best similarity to the query)
/// + the other four weights, so occupations are visited best first and the walk stops once that bound falls below
/// the k-th score; only when even an unrelated occupation could qualify are all remaining items scanned.
/// </summary>
internal static class OccupationScan
{
    /// <param name="occupationValue">For an occupation id, the best query confidence x similarity (an upper bound of the factor).</param>
    /// <param name="queryHasOccupations">Without them the occupation factor is neutral for everyone and prunes nothing.</param>
    /// <param name="evaluate">Scores a slot the skill lists never reached (skill bound 0).</param>
    public static void Run(
        SlotLists byOccupation,
        int slotCount,
        bool[] live,
        float[] accumulator,
        QueryScratch scratch,
        MatchWeights weights,
        bool queryHasOccupations,
        Func<int, double> occupationValue,
        Func<double> threshold,
        Action<int> evaluate)
    {
        var rest = 1 - weights.Skills - weights.Occupation;
        scratch.NextRound();
        if (!queryHasOccupations)
        {
            ScanAll(slotCount, live, accumulator, scratch, evaluate);
            return;
        }

        // Id 0 is the group without occupations, whose factor is neutral.
        var groups = new List<(double Value, int Id)>(byOccupation.Count);
        for (var id = 0; id < byOccupation.Count; id++)
        {
            if (byOccupation[id] is not null)
            {
                groups.Add((id == 0 ? FactorMath.Neutral : occupationValue(id), id));
            }
        }

        groups.Sort((a, b) => b.Value.CompareTo(a.Value));
        foreach (var (value, id) in groups)
        {
            if ((weights.Occupation * value) + rest + Pruning.Slack < threshold())
            {
                return;
            }

            if (value <= 0)
            {
                // Every remaining group is unrelated: their bound is the same, so scan what is left once.
                ScanAll(slotCount, live, accumulator, scratch, evaluate);
                return;
            }

            foreach (var slot in byOccupation[id]!.Slots)
            {
                if (live[slot] && accumulator[slot] == 0 && scratch.Visit(slot))
                {
                    evaluate(slot);
                }
            }
        }
    }

    private static void ScanAll(int slotCount, bool[] live, float[] accumulator, QueryScratch scratch, Action<int> evaluate)
    {
        for (var slot = 0; slot < slotCount; slot++)
        {
            if (live[slot] && accumulator[slot] == 0 && scratch.Visit(slot))
            {
                evaluate(slot);
            }
        }
    }
}
