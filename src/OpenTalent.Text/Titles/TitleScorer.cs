using OpenTalent.Core.Understanding;
using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Titles;

/// <summary>
/// Ranks occupations for an analysed title: word TF-IDF cosine against every label through the postings,
/// character-trigram cosine for the best candidates, the best label per occupation, a small prior.
/// Thread-safe: the per-call buffers are per thread.
/// </summary>
internal sealed class TitleScorer(TitleIndex index)
{
    private sealed class Buffers(int labels, int occupations)
    {
        public readonly float[] LabelScores = new float[labels];
        public readonly float[] QueryMass = new float[labels];
        public readonly float[] LabelMass = new float[labels];
        public readonly List<int> TouchedLabels = new(1024);
        public readonly float[] Selection = new float[labels];
        public readonly float[] OccupationScores = new float[occupations];
        public readonly float[] OccupationSupport = new float[occupations];
        public readonly List<int> TouchedOccupations = new(256);
        public readonly bool[] ExactOccupations = new bool[occupations];
        public readonly List<int> ExactTouched = new(4);
        public readonly float[] BridgedScores = new float[occupations];
        public readonly List<int> TouchedBridged = new(64);
        public readonly List<(int Occupation, double Score)> Ranked = new(256);
        public float[] GramWeights = [];
    }

    [ThreadStatic]
    private static Buffers? buffers;


    public List<TitleMatch> Rank(List<TitleWord> words, byte scheme, int top)
    {
        var matches = new List<TitleMatch>();
        if (words.Count == 0 || top <= 0)
        {
            return matches;
        }

        var query = QueryVector(words);
        if (query.Count == 0)
        {
            return matches;
        }

        var grams = QueryGrams(words);
        var b = BuffersFor(index);
        try
        {
            var scored = ScoreOccupations(query, grams, scheme, TitleWeights.Candidates, keepExact: true);
            if (scheme == TitleIndex.EscoBit && index.Bridge.Columns.Length > 0 && !Confident(scored, b))
            {
                scored = Bridged(scored, ScoreOccupations(query, grams, TitleIndex.OnetBit, TitleWeights.BridgeCandidates, keepExact: false), b);
            }

            return TopMatches(scored, scheme, top, b);
        }
        finally
        {
            foreach (var occupation in b.ExactTouched)
            {
                b.ExactOccupations[occupation] = false;
            }

            b.ExactTouched.Clear();
        }
    }

    // An exact label match in the scheme asked (all the query's words, nothing else) settles the answer: the
    // bridge could only reorder what follows it, and that pass costs as much as the direct one.
    private static bool Confident(List<(int Occupation, float Score)> scored, Buffers b)
    {
        if (b.ExactTouched.Count == 1)
        {
            return true;
        }

        var best = 0f;
        foreach (var (_, score) in scored)
        {
            best = Math.Max(best, score);
        }

        return best >= TitleWeights.ConfidentScore;
    }

    // Final scores: a small prior breaks near-ties; an exact label match outranks every partial one. Only the
    // best are turned into matches, so a common query word does not allocate hundreds of results.
    private List<TitleMatch> TopMatches(List<(int Occupation, float Score)> scored, byte scheme, int top, Buffers b)
    {
        var ranked = b.Ranked;
        ranked.Clear();
        foreach (var (occupation, best) in scored)
        {
            var prior = index.OccupationPriors[occupation];
            var score = ((1 - TitleWeights.PriorShare) * best) + (TitleWeights.PriorShare * prior);
            score = b.ExactOccupations[occupation] ? 1 - (TitleWeights.ExactMargin * (1 - score)) : (1 - TitleWeights.ExactMargin) * score;
            ranked.Add((occupation, Math.Clamp(Math.Round(score, 4), 0, 1)));
        }

        var codes = index.OccupationCodes;
        ranked.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(codes[x.Occupation], codes[y.Occupation]));
        var matches = new List<TitleMatch>(Math.Min(top, ranked.Count));
        for (var i = 0; i < ranked.Count && matches.Count < top; i++)
        {
            var (occupation, score) = ranked[i];
            var code = index.CodeIn(occupation, scheme);
            if (!ReferenceEquals(code, codes[occupation]) && matches.Exists(m => m.Code == code))
            {
                // Several starter occupations share one O*NET-SOC code: the code answers once, at its best.
                continue;
            }

            matches.Add(new TitleMatch(code, index.OccupationLabels[occupation], score));
        }

        return matches;
    }

    /// <summary>Each occupation's best label score for a query (word and trigram vectors), in no particular order.</summary>
    internal List<(int Occupation, float Score)> ScoreOccupations(IReadOnlyList<(int Term, float Weight)> query, (int Gram, float Weight)[] grams, byte scheme, int candidates, bool keepExact)
    {
        var scored = new List<(int Occupation, float Score)>();
        var b = BuffersFor(index);
        foreach (var (gram, weight) in grams)
        {
            b.GramWeights[gram] = weight;
        }

        try
        {
            AccumulateWords(query, scheme, b);
            if (b.TouchedLabels.Count == 0)
            {
                return scored;
            }

            var threshold = Threshold(b, candidates);
            foreach (var label in b.TouchedLabels)
            {
                var wordScore = b.LabelScores[label];
                if (wordScore < threshold)
                {
                    continue;
                }

                wordScore = Math.Min(1f, b.QueryMass[label]) * MathF.Pow(Math.Min(1f, b.LabelMass[label]), TitleWeights.LabelExponent);

                var score = ((1 - TitleWeights.CharShare) * wordScore) + (TitleWeights.CharShare * GramCosine(b.GramWeights, label));
                var occupation = index.LabelOccupations[label];
                if (keepExact && b.QueryMass[label] > 0.999f && b.LabelMass[label] > 0.999f && !b.ExactOccupations[occupation])
                {
                    b.ExactOccupations[occupation] = true;
                    b.ExactTouched.Add(occupation);
                }

                if (b.OccupationScores[occupation] == 0)
                {
                    b.TouchedOccupations.Add(occupation);
                }

                b.OccupationScores[occupation] = Math.Max(b.OccupationScores[occupation], score);
                b.OccupationSupport[occupation] += score * score * score * score;
            }

            foreach (var occupation in b.TouchedOccupations)
            {
                var best = b.OccupationScores[occupation];
                var support = b.OccupationSupport[occupation] - (best * best * best * best);
                scored.Add((occupation, best + (TitleWeights.SupportShare * (1 - best) * Math.Min(1f, support))));
            }

            return scored;
        }
        finally
        {
            foreach (var (gram, _) in grams)
            {
                b.GramWeights[gram] = 0;
            }

            Reset(b);
        }
    }

    // ESCO scores helped by O*NET's far larger set of real-world titles: each O*NET occupation the query
    // matches passes its score on to the ESCO occupations its own titles resemble (the learned bridge).
    private List<(int Occupation, float Score)> Bridged(List<(int Occupation, float Score)> direct, List<(int Occupation, float Score)> onet, Buffers b)
    {
        onet.Sort(static (x, y) => y.Score.CompareTo(x.Score));
        var bridged = b.BridgedScores;
        for (var i = 0; i < Math.Min(onet.Count, TitleWeights.BridgeDepth); i++)
        {
            var (source, score) = onet[i];
            for (var k = index.Bridge.Starts[source]; k < index.Bridge.Starts[source + 1]; k++)
            {
                var target = index.Bridge.Columns[k];
                var value = score * index.Bridge.Values[k];
                if (bridged[target] == 0)
                {
                    b.TouchedBridged.Add(target);
                }

                bridged[target] = Math.Max(bridged[target], value);
            }
        }

        var result = new List<(int Occupation, float Score)>(direct.Count + b.TouchedBridged.Count);
        foreach (var (occupation, score) in direct)
        {
            result.Add((occupation, ((1 - TitleWeights.BridgeShare) * score) + (TitleWeights.BridgeShare * bridged[occupation])));
            bridged[occupation] = 0;
        }

        foreach (var occupation in b.TouchedBridged)
        {
            if (bridged[occupation] > 0)
            {
                result.Add((occupation, TitleWeights.BridgeShare * bridged[occupation]));
                bridged[occupation] = 0;
            }
        }

        b.TouchedBridged.Clear();
        return result;
    }

    private static Buffers BuffersFor(TitleIndex index)
    {
        var b = buffers;
        if (b is null || b.LabelScores.Length < index.LabelCount || b.OccupationScores.Length < index.OccupationCodes.Length)
        {
            b = buffers = new Buffers(index.LabelCount, index.OccupationCodes.Length);
        }

        if (b.GramWeights.Length < index.Grams.Length)
        {
            b.GramWeights = new float[index.Grams.Length];
        }

        return b;
    }

    private static void Reset(Buffers b)
    {
        foreach (var label in b.TouchedLabels)
        {
            b.LabelScores[label] = 0;
            b.QueryMass[label] = 0;
            b.LabelMass[label] = 0;
        }

        foreach (var occupation in b.TouchedOccupations)
        {
            b.OccupationScores[occupation] = 0;
            b.OccupationSupport[occupation] = 0;
        }

        b.TouchedLabels.Clear();
        b.TouchedOccupations.Clear();
    }

    // Unit-length TF-IDF vector of the query's known terms; unknown words map to a near-miss or a compound's parts.
    private List<(int Term, float Weight)> QueryVector(List<TitleWord> words)
    {
        var vector = new List<(int Term, float Weight)>(words.Count + 2 + HeadSubstitutes.PerHead);
        var head = -1;
        foreach (var word in words)
        {
            var weight = TitleWeights.WordWeight(word);
            var stem = Terms.Stem(word.Word);
            if (index.TermIds.TryGetValue(stem, out var term))
            {
                if (word.Head && word.Main)
                {
                    head = term;
                }

                Add(vector, term, weight * index.TermIdf[term]);
            }
            else if (FuzzyTerms.SplitCompound(word.Word, index.TermIds.ContainsKey) is var (first, second))
            {
                Add(vector, index.TermIds[first], weight * index.TermIdf[index.TermIds[first]]);
                Add(vector, index.TermIds[second], weight * index.TermIdf[index.TermIds[second]]);
            }
            else if (index.Fuzzy.Nearest(stem) is (>= 0 and var near, var similarity))
            {
                Add(vector, near, (float)(weight * index.TermIdf[near] * similarity));
            }
        }

        var norm = 0.0;
        foreach (var (_, w) in vector)
        {
            norm += w * w;
        }

        norm = Math.Sqrt(norm);
        var headWeight = 0f;
        for (var i = 0; i < vector.Count; i++)
        {
            vector[i] = (vector[i].Term, (float)(vector[i].Weight / norm));
            if (vector[i].Term == head)
            {
                headWeight = vector[i].Weight;
            }
        }

        AddSubstitutes(vector, head, headWeight);
        return vector;
    }

    // Other heads the taxonomies swap for the query's head ("officer" for "executive") match at a share of its
    // weight. They stand outside the norm: a label with the query's own head still matches it in full.
    private void AddSubstitutes(List<(int Term, float Weight)> vector, int head, float headWeight)
    {
        if (head < 0 || TitleWeights.SubstituteShare <= 0)
        {
            return;
        }

        var rows = index.HeadSubstitutes;
        if (rows.RowCount <= head)
        {
            return;
        }

        var count = vector.Count;
        for (var k = rows.Starts[head]; k < rows.Starts[head + 1]; k++)
        {
            var substitute = rows.Columns[k];
            var known = false;
            for (var i = 0; i < count; i++)
            {
                known |= vector[i].Term == substitute;
            }

            if (!known)
            {
                vector.Add((substitute, headWeight * TitleWeights.SubstituteShare * MathF.Sqrt(rows.Values[k])));
            }
        }
    }

    private static void Add(List<(int Term, float Weight)> vector, int term, float weight)
    {
        for (var i = 0; i < vector.Count; i++)
        {
            if (vector[i].Term == term)
            {
                vector[i] = (term, vector[i].Weight + weight);
                return;
            }
        }

        vector.Add((term, weight));
    }

    // Term at a time, rarest (heaviest) term first. Once enough labels are in play, a common term ("manager",
    // "assistant") only adds to labels already found: a label that lacks every rarer query term cannot reach
    // the candidates anyway, and skipping it keeps common words from touching a tenth of the index.
    private void AccumulateWords(IReadOnlyList<(int Term, float Weight)> query, byte scheme, Buffers b)
    {
        var postings = index.PostingsFor(scheme);
        var order = new (int Term, float Weight)[query.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = query[i];
        }

        Array.Sort(order, static (x, y) => y.Weight.CompareTo(x.Weight));
        foreach (var (term, weight) in order)
        {
            var start = postings.Starts[term];
            var end = postings.Starts[term + 1];
            if (b.TouchedLabels.Count >= TitleWeights.OpenLabels && end - start > 2 * b.TouchedLabels.Count)
            {
                // Closed and the term is common: looking it up in the few labels in play (their rows are a handful
                // of terms) is far cheaper than walking its postings.
                AddToTouched(term, weight, b);
                continue;
            }

            var first = b.TouchedLabels.Count == 0;
            for (var k = start; k < end; k++)
            {
                var label = postings.Columns[k];
                if (b.LabelScores[label] == 0)
                {
                    if (b.TouchedLabels.Count >= TitleWeights.OpenLabels)
                    {
                        if (first)
                        {
                            // Nothing else is in play yet, and the rest of the postings weigh less.
                            break;
                        }

                        continue;
                    }

                    b.TouchedLabels.Add(label);
                }

                Accumulate(b, label, weight, postings.Values[k]);
            }
        }
    }

    private void AddToTouched(int term, float weight, Buffers b)
    {
        var rows = index.LabelTerms;
        foreach (var label in b.TouchedLabels)
        {
            for (var k = rows.Starts[label]; k < rows.Starts[label + 1]; k++)
            {
                if (rows.Columns[k] == term)
                {
                    Accumulate(b, label, weight, rows.Values[k]);
                    break;
                }
            }
        }
    }

    private static void Accumulate(Buffers b, int label, float weight, float value)
    {
        b.LabelScores[label] += weight * value;
        b.QueryMass[label] += weight * weight;
        b.LabelMass[label] += value * value;
    }

    // Sorted (gram id, weight) of the query's main phrase; grams no label has still count in the norm.
    private (int Gram, float Weight)[] QueryGrams(List<TitleWord> words)
    {
        var phrase = CharGrams.PhraseOf(words);
        var raw = new List<ulong>(phrase.Length + 2);
        CharGrams.Collect(phrase, raw);
        raw.Sort();
        var grams = new List<(int Gram, float Weight)>(raw.Count);
        var norm = 0.0;
        for (var i = 0; i < raw.Count;)
        {
            var j = i;
            while (j < raw.Count && raw[j] == raw[i])
            {
                j++;
            }

            var known = index.GramIds.TryGetValue(raw[i], out var id);
            var weight = (j - i) * (known ? index.GramIdf[id] : (float)Math.Log(1.0 + index.LabelCount));
            norm += weight * weight;
            if (known)
            {
                grams.Add((id, weight));
            }

            i = j;
        }

        var result = grams.ToArray();
        Array.Sort(result, static (x, y) => x.Gram.CompareTo(y.Gram));
        for (var i = 0; i < result.Length; i++)
        {
            result[i].Weight = (float)(result[i].Weight / Math.Sqrt(norm));
        }

        return result;
    }

    // The query's trigram weights sit in a dense array for the call, so a label's cosine is one pass over its own grams.
    private float GramCosine(float[] queryWeights, int label)
    {
        var rows = index.LabelGrams;
        var sum = 0f;
        for (var k = rows.Starts[label]; k < rows.Starts[label + 1]; k++)
        {
            sum += queryWeights[rows.Columns[k]] * rows.Values[k];
        }

        return sum;
    }

    // The word score of the k-th best label, so only the best k are re-scored with trigrams.
    private static float Threshold(Buffers b, int k)
    {
        var count = b.TouchedLabels.Count;
        if (count <= k)
        {
            return float.MinValue;
        }

        var values = b.Selection.AsSpan(0, count);
        for (var i = 0; i < count; i++)
        {
            values[i] = b.LabelScores[b.TouchedLabels[i]];
        }

        return Selection.KthLargest(values, k);
    }
}
