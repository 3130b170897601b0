namespace OpenTalent.Text.Titles;

/// <summary>
/// Learns which ESCO occupations each O*NET occupation corresponds to, from the titles alone: every O*NET
/// title is matched against the ESCO titles, and an O*NET occupation's ESCO neighbours are the occupations
/// its titles land on most, weighted by how well they match. No crosswalk file is needed.
/// </summary>
internal static class TitleBridge
{
    /// <summary>ESCO matches counted per O*NET title.</summary>
    private const int MatchesPerTitle = 3;

    /// <summary>ESCO neighbours kept per O*NET occupation.</summary>
    private const int Neighbours = 10;

    /// <summary>Neighbours below this share of the best one are noise.</summary>
    private const float MinWeight = 0.2f;

    public static SparseRows Build(TitleIndex index)
    {
        var scorer = new TitleScorer(index);
        var occupations = index.OccupationCodes.Length;
        // Each title's matches land in its own slot and are tallied in label order afterwards, so the sums (and the
        // stored model) come out the same whatever order the threads ran in.
        var perLabel = new List<(int Occupation, float Score)>?[index.LabelCount];
        Parallel.For(0, index.LabelCount, label =>
        {
            // Original O*NET titles only; starter titles filed under O*NET would vote twice.
            if ((index.LabelSchemes[label] & (TitleIndex.OnetBit | TitleIndex.AllBit)) != (TitleIndex.OnetBit | TitleIndex.AllBit))
            {
                return;
            }

            var matches = scorer.ScoreOccupations(Row(index.LabelTerms, label), GramRow(index.LabelGrams, label), TitleIndex.EscoBit, TitleWeights.Candidates, keepExact: false);
            matches.Sort(static (x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Occupation.CompareTo(y.Occupation));
            perLabel[label] = matches.Count > MatchesPerTitle ? matches[..MatchesPerTitle] : matches;
        });

        var votes = new Dictionary<int, float>?[occupations];
        for (var label = 0; label < perLabel.Length; label++)
        {
            if (perLabel[label] is not { } matches)
            {
                continue;
            }

            var tally = votes[index.LabelOccupations[label]] ??= [];
            foreach (var (occupation, score) in matches)
            {
                tally[occupation] = tally.GetValueOrDefault(occupation) + score;
            }
        }

        var rows = new List<(int Column, float Value)[]>(occupations);
        foreach (var tally in votes)
        {
            if (tally is null || tally.Count == 0)
            {
                rows.Add([]);
                continue;
            }

            var best = tally.Values.Max();
            rows.Add([.. tally
                .Select(kv => (kv.Key, kv.Value / best))
                .Where(kv => kv.Item2 >= MinWeight)
                .OrderByDescending(kv => kv.Item2)
                .ThenBy(kv => kv.Key)
                .Take(Neighbours)]);
        }

        return SparseRows.From(rows);
    }

    private static List<(int Term, float Weight)> Row(SparseRows rows, int row)
    {
        var result = new List<(int, float)>(rows.Starts[row + 1] - rows.Starts[row]);
        for (var k = rows.Starts[row]; k < rows.Starts[row + 1]; k++)
        {
            result.Add((rows.Columns[k], rows.Values[k]));
        }

        return result;
    }

    private static (int Gram, float Weight)[] GramRow(SparseRows rows, int row)
    {
        var result = new (int, float)[rows.Starts[row + 1] - rows.Starts[row]];
        for (var k = 0; k < result.Length; k++)
        {
            result[k] = (rows.Columns[rows.Starts[row] + k], rows.Values[rows.Starts[row] + k]);
        }

        return result;
    }
}
