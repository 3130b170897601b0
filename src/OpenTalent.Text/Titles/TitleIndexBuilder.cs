using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Titles;

/// <summary>Builds the <see cref="TitleIndex"/> from every title of every O*NET, ESCO and starter occupation.</summary>
internal static class TitleIndexBuilder
{
    private sealed record LabelDraft(int Occupation, byte Schemes, Dictionary<string, float> Terms, Dictionary<ulong, float> Grams, string Modifiers, string? Head);

    public static TitleIndex Build(TaxonomySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var occupations = snapshot.Occupations.Where(o => o.Source is TaxonomySource.Onet or TaxonomySource.Esco or TaxonomySource.Starter).ToList();
        var codes = occupations.Select(CodeOf).ToArray();
        var labels = occupations.Select(o => o.Title).ToArray();
        var onetByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < occupations.Count; i++)
        {
            if (occupations[i].Source == TaxonomySource.Onet)
            {
                onetByCode.TryAdd(codes[i], i);
            }
        }

        var drafts = new List<LabelDraft>();
        var labelCounts = new int[occupations.Count];
        var onetCodes = new string[occupations.Count];
        Array.Fill(onetCodes, string.Empty);
        var grams = new List<ulong>(64);
        for (var i = 0; i < occupations.Count; i++)
        {
            var occupation = occupations[i];
            var schemes = occupation.Source switch
            {
                TaxonomySource.Onet => (byte)(TitleIndex.OnetBit | TitleIndex.AllBit),
                TaxonomySource.Esco => (byte)(TitleIndex.EscoBit | TitleIndex.AllBit),
                _ => TitleIndex.AllBit,
            };

            // Starter titles are modern names of O*NET occupations ("ML engineer"): in the O*NET scheme they
            // count as titles of the O*NET occupation with the same code. Without O*NET imported, the starter
            // occupation answers in the O*NET scheme itself, under its O*NET-SOC code.
            var onetCode = occupation.Source == TaxonomySource.Starter ? occupation.Codes.FirstOrDefault(c => c.Scheme == CodeScheme.OnetSoc)?.Value : null;
            var onetTwin = onetCode is not null && onetByCode.TryGetValue(onetCode, out var twin) ? twin : -1;
            if (onetCode is not null && onetTwin < 0)
            {
                schemes |= TitleIndex.OnetBit;
                onetCodes[i] = onetCode;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var title in occupation.Titles)
            {
                if (!seen.Add(TextKey.Of(title.Text)))
                {
                    continue;
                }

                var draft = Draft(title, i, schemes, grams);
                if (draft is null)
                {
                    continue;
                }

                drafts.Add(draft);
                labelCounts[i]++;
                if (onetTwin >= 0)
                {
                    drafts.Add(draft with { Occupation = onetTwin, Schemes = TitleIndex.OnetBit });
                }
            }
        }

        var (terms, termIdf, labelTerms) = Vectorise(drafts, d => d.Terms, StringComparer.Ordinal);
        var (gramKeys, gramIdf, labelGrams) = Vectorise(drafts, d => d.Grams, EqualityComparer<ulong>.Default);
        var index = new TitleIndex(
            codes,
            onetCodes,
            labels,
            Priors(labelCounts),
            [.. drafts.Select(d => d.Occupation)],
            [.. drafts.Select(d => d.Schemes)],
            labelTerms,
            labelGrams,
            terms,
            termIdf,
            gramKeys,
            gramIdf);
        index.Bridge = TitleBridge.Build(index);
        index.HeadSubstitutes = HeadSubstitutes.Build(
            [.. drafts.Where(d => d.Schemes != TitleIndex.OnetBit).Select(d => (d.Occupation, d.Modifiers, d.Head is { } h && index.TermIds.TryGetValue(h, out var id) ? id : -1))],
            terms.Length);
        return index;
    }

    /// <summary>The code a caller sees: O*NET-SOC for O*NET, the concept URI for ESCO, "starter:key" for the starter taxonomy.</summary>
    private static string CodeOf(SnapshotOccupation occupation) => occupation.Source switch
    {
        TaxonomySource.Onet => occupation.Codes.FirstOrDefault(c => c.Scheme == CodeScheme.OnetSoc)?.Value ?? occupation.Key,
        TaxonomySource.Esco => occupation.Codes.FirstOrDefault(c => c.Scheme == CodeScheme.EscoUri)?.Value ?? occupation.Key,
        _ => $"{occupation.Source.Key()}:{occupation.Key}",
    };

    private static LabelDraft? Draft(OccupationTitle title, int occupation, byte schemes, List<ulong> grams)
    {
        var words = TitleAnalyzer.Analyze(title.Text, query: false);
        if (words.Count == 0)
        {
            return null;
        }

        var terms = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var term = Terms.Stem(word.Word);
            terms[term] = terms.GetValueOrDefault(term) + TitleWeights.WordWeight(word);
        }

        grams.Clear();
        CharGrams.Collect(CharGrams.PhraseOf(words), grams);
        var gramCounts = new Dictionary<ulong, float>();
        foreach (var gram in grams)
        {
            gramCounts[gram] = gramCounts.GetValueOrDefault(gram) + 1;
        }

        var (modifiers, head) = HeadSubstitutes.KeyOf(words);
        return new LabelDraft(occupation, schemes, terms, gramCounts, modifiers, head);
    }

    // Unit-length TF-IDF rows over a vocabulary built from the drafts; idf = ln(1 + labels / labels with the feature).
    private static (TKey[] Vocabulary, float[] Idf, SparseRows Rows) Vectorise<TKey>(
        List<LabelDraft> drafts, Func<LabelDraft, Dictionary<TKey, float>> features, IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        var ids = new Dictionary<TKey, int>(comparer);
        var df = new List<int>();
        foreach (var draft in drafts)
        {
            foreach (var key in features(draft).Keys)
            {
                if (!ids.TryGetValue(key, out var id))
                {
                    id = ids.Count;
                    ids[key] = id;
                    df.Add(0);
                }

                df[id]++;
            }
        }

        var vocabulary = new TKey[ids.Count];
        foreach (var (key, id) in ids)
        {
            vocabulary[id] = key;
        }

        var idf = new float[ids.Count];
        for (var i = 0; i < idf.Length; i++)
        {
            idf[i] = (float)Math.Log(1.0 + (double)drafts.Count / df[i]);
        }

        var rows = new List<(int Column, float Value)[]>(drafts.Count);
        foreach (var draft in drafts)
        {
            var row = features(draft).Select(f => (ids[f.Key], f.Value * idf[ids[f.Key]])).ToArray();
            var norm = Math.Sqrt(row.Sum(r => (double)r.Item2 * r.Item2));
            for (var k = 0; k < row.Length; k++)
            {
                row[k].Item2 = (float)(row[k].Item2 / norm);
            }

            rows.Add(row);
        }

        return (vocabulary, idf, SparseRows.From(rows));
    }

    private static float[] Priors(int[] labelCounts)
    {
        var max = labelCounts.Length == 0 ? 0 : labelCounts.Max();
        return [.. labelCounts.Select(n => max == 0 ? 0f : (float)(Math.Log(1 + n) / Math.Log(1 + max)))];
    }
}
