namespace OpenTalent.Core.Workforce;

public enum DuplicateReason
{
    SameEmail,
    SamePhone,
    SimilarNameAndResume,
}

/// <summary>Two records that look like the same person, and why.</summary>
/// <param name="Score">1 for a shared email or phone; otherwise the lower of the name and resume similarities.</param>
public sealed record DuplicateMatch(Guid First, Guid Second, DuplicateReason Reason, double Score);

/// <summary>
/// Finds likely duplicates: a shared email (ignoring "+tags") or phone (last nine digits), or a near-identical name
/// together with a near-identical resume. Records are grouped by key first, so it does not compare every pair.
/// </summary>
public static class DuplicateFinder
{
    /// <summary>Name similarity (1 - edit distance / length, on folded names) at least this.</summary>
    public const double NameThreshold = 0.85;

    /// <summary>Resume similarity (Jaccard over word trigrams) at least this.</summary>
    public const double ResumeThreshold = 0.8;

    /// <summary>Blocks larger than this (a very common surname) are not compared pairwise on names.</summary>
    public const int MaxBlock = 500;

    public static IReadOnlyList<DuplicateMatch> Find(IReadOnlyList<CandidateRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var found = new Dictionary<(Guid, Guid), DuplicateMatch>();
        var byEmail = new Dictionary<string, List<int>>();
        var byPhone = new Dictionary<string, List<int>>();
        var byNameWord = new Dictionary<string, List<int>>();
        for (var i = 0; i < records.Count; i++)
        {
            foreach (var email in records[i].Emails)
            {
                Add(byEmail, CandidateKeys.EmailForMatching(email), i);
            }

            foreach (var phone in records[i].Phones)
            {
                Add(byPhone, CandidateKeys.PhoneForMatching(phone), i);
            }

            foreach (var word in CandidateKeys.Words(records[i].Name).Distinct())
            {
                Add(byNameWord, word, i);
            }
        }

        Pairs(records, byEmail, (a, b) => Keep(found, a, b, DuplicateReason.SameEmail, 1));
        Pairs(records, byPhone, (a, b) => Keep(found, a, b, DuplicateReason.SamePhone, 1));
        var names = records.Select(r => CandidateKeys.Name(r.Name)).ToArray();
        var trigrams = new HashSet<string>?[records.Count];
        foreach (var block in byNameWord.Values)
        {
            if (block.Count > MaxBlock)
            {
                continue;
            }

            for (var x = 0; x < block.Count; x++)
            {
                for (var y = x + 1; y < block.Count; y++)
                {
                    var (i, j) = (block[x], block[y]);
                    var nameScore = Similarity(names[i], names[j]);
                    if (nameScore < NameThreshold || records[i].ResumeText is null || records[j].ResumeText is null)
                    {
                        continue;
                    }

                    var resumeScore = Jaccard(trigrams[i] ??= Trigrams(records[i].ResumeText!), trigrams[j] ??= Trigrams(records[j].ResumeText!));
                    if (resumeScore >= ResumeThreshold)
                    {
                        Keep(found, records[i], records[j], DuplicateReason.SimilarNameAndResume, Math.Min(nameScore, resumeScore));
                    }
                }
            }
        }

        return [.. found.Values.OrderBy(m => m.Reason).ThenByDescending(m => m.Score).ThenBy(m => m.First).ThenBy(m => m.Second)];
    }

    /// <summary>1 - Levenshtein distance / longer length.</summary>
    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return 1.0 - ((double)previous[b.Length] / Math.Max(a.Length, b.Length));
    }

    private static HashSet<string> Trigrams(string text)
    {
        var words = CandidateKeys.Words(text);
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (words.Count < 3)
        {
            set.Add(string.Join(' ', words));
            return set;
        }

        for (var i = 0; i + 2 < words.Count; i++)
        {
            set.Add($"{words[i]} {words[i + 1]} {words[i + 2]}");
        }

        return set;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = 0;
        foreach (var item in a.Count <= b.Count ? a : b)
        {
            if ((a.Count <= b.Count ? b : a).Contains(item))
            {
                shared++;
            }
        }

        var union = a.Count + b.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int record)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != record)
        {
            list.Add(record);
        }
    }

    private static void Pairs(IReadOnlyList<CandidateRecord> records, Dictionary<string, List<int>> index, Action<CandidateRecord, CandidateRecord> pair)
    {
        foreach (var block in index.Values)
        {
            for (var x = 0; x < block.Count; x++)
            {
                for (var y = x + 1; y < block.Count; y++)
                {
                    pair(records[block[x]], records[block[y]]);
                }
            }
        }
    }

    /// <summary>One match per pair, the strongest reason first (email, then phone, then name and resume).</summary>
    private static void Keep(Dictionary<(Guid, Guid), DuplicateMatch> found, CandidateRecord a, CandidateRecord b, DuplicateReason reason, double score)
    {
        var key = a.Id.CompareTo(b.Id) < 0 ? (a.Id, b.Id) : (b.Id, a.Id);
        if (!found.TryGetValue(key, out var existing) || existing.Reason > reason)
        {
            found[key] = new DuplicateMatch(key.Item1, key.Item2, reason, score);
        }
    }
}
