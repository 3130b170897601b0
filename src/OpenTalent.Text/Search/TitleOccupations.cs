using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Text.Search;

/// <summary>
/// Job titles the taxonomy knows, each to the one O*NET-SOC occupation it names ("programmer" → 15-1252.00), so a
/// search for a title also finds the postings classified in that occupation whatever they are called. A title shared
/// by several occupations goes to the one where it is the preferred (then short) title; when that does not decide,
/// the title names no occupation: guessing would flood results with another job's postings.
/// </summary>
public sealed class TitleOccupations
{
    private readonly Dictionary<string, (string Code, string Label)> byTitle;

    private TitleOccupations(Dictionary<string, (string Code, string Label)> byTitle) => this.byTitle = byTitle;

    public static TitleOccupations Empty { get; } = new(new Dictionary<string, (string, string)>(StringComparer.Ordinal));

    /// <summary>The number of titles that name one occupation.</summary>
    public int Count => byTitle.Count;

    /// <summary>Every word of every title, for the spelling corrector.</summary>
    public IEnumerable<string> Words => byTitle.Keys.SelectMany(k => k.Split(' '));

    public static TitleOccupations Build(TaxonomySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var best = new Dictionary<string, (string Code, string Label, int Rank, bool Tied)>(StringComparer.Ordinal);
        foreach (var occupation in snapshot.Occupations)
        {
            var code = occupation.Codes.FirstOrDefault(c => c.Scheme == CodeScheme.OnetSoc)?.Value;
            if (code is null)
            {
                continue;
            }

            var label = occupation.Title;
            foreach (var (text, rank) in occupation.Titles.Select(t => (t.Text, Rank(t.Kind))).Append((occupation.Title, 3)))
            {
                var key = Key(SearchText.Words(text));
                if (key.Length == 0)
                {
                    continue;
                }

                if (!best.TryGetValue(key, out var current) || rank > current.Rank)
                {
                    best[key] = (code, label, rank, false);
                }
                else if (rank == current.Rank && current.Code != code)
                {
                    best[key] = current with { Tied = true };
                }
            }
        }

        return new TitleOccupations(best.Where(p => !p.Value.Tied).ToDictionary(p => p.Key, p => (p.Value.Code, p.Value.Label), StringComparer.Ordinal));
    }

    /// <summary>The occupation these words name as a whole title, or null.</summary>
    public (string Code, string Label)? Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return byTitle.TryGetValue(Key(words), out var found) ? found : null;
    }

    /// <summary>Words folded, each without a plural "s", so "Software Developers" and "software developer" meet.</summary>
    private static string Key(IReadOnlyList<string> words) =>
        string.Join(' ', words.Select(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w));

    private static int Rank(TitleKind kind) => kind switch
    {
        TitleKind.Preferred => 3,
        TitleKind.ShortTitle => 2,
        _ => 1,
    };
}
