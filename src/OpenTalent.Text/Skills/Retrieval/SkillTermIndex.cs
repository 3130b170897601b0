namespace OpenTalent.Text.Skills.Retrieval;

/// <summary>
/// Skill documents as weighted terms, both ways round: postings (term → skills, with a precomputed
/// BM25 impact, highest impact first so a query can read only the head of a long list) for candidate
/// generation, and each skill's own terms (with their BM25 impacts and IDF-weighted field weights) for
/// exact scoring of a candidate, its dense vector and finding the words of a text that speak for it.
/// </summary>
public sealed class SkillTermIndex
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    private readonly int[] postingStarts;
    private readonly int[] postingSkills;
    private readonly float[] postingImpacts;
    private readonly int[] skillStarts;
    private readonly int[] skillTerms;
    private readonly float[] skillWeights;
    private readonly float[] skillImpacts;

    private SkillTermIndex(int[] postingStarts, int[] postingSkills, float[] postingImpacts, int[] skillStarts, int[] skillTerms, float[] skillWeights, float[] skillImpacts, float[] idf)
    {
        this.skillImpacts = skillImpacts;
        this.postingStarts = postingStarts;
        this.postingSkills = postingSkills;
        this.postingImpacts = postingImpacts;
        this.skillStarts = skillStarts;
        this.skillTerms = skillTerms;
        this.skillWeights = skillWeights;
        Idf = idf;
    }

    public int SkillCount => skillStarts.Length - 1;

    /// <summary>Inverse document frequency per term id (0 for terms no skill uses).</summary>
    public float[] Idf { get; }

    /// <summary>Builds from each skill's field-weighted term frequencies (term id → weight).</summary>
    public static SkillTermIndex Build(IReadOnlyList<Dictionary<int, float>> documents, int vocabularySize)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var documentFrequency = new int[vocabularySize];
        var averageLength = 0.0;
        foreach (var document in documents)
        {
            foreach (var (term, weight) in document)
            {
                documentFrequency[term]++;
                averageLength += weight;
            }
        }

        averageLength = Math.Max(1e-6, averageLength / Math.Max(1, documents.Count));
        var idf = new float[vocabularySize];
        for (var t = 0; t < vocabularySize; t++)
        {
            var df = documentFrequency[t];
            idf[t] = df == 0 ? 0 : (float)Math.Log(1 + ((documents.Count - df + 0.5) / (df + 0.5)));
        }

        var postingStarts = new int[vocabularySize + 1];
        for (var t = 0; t < vocabularySize; t++)
        {
            postingStarts[t + 1] = postingStarts[t] + documentFrequency[t];
        }

        var fill = (int[])postingStarts.Clone();
        var postingSkills = new int[postingStarts[^1]];
        var postingImpacts = new float[postingStarts[^1]];
        var skillStarts = new int[documents.Count + 1];
        var skillTerms = new int[postingStarts[^1]];
        var skillWeights = new float[postingStarts[^1]];
        var skillImpacts = new float[postingStarts[^1]];
        for (var s = 0; s < documents.Count; s++)
        {
            var document = documents[s];
            var length = 0f;
            foreach (var weight in document.Values)
            {
                length += weight;
            }

            var norm = K1 * (1 - B + (B * length / (float)averageLength));
            var at = skillStarts[s];
            foreach (var (term, tf) in document.OrderBy(p => p.Key))
            {
                var slot = fill[term]++;
                postingSkills[slot] = s;
                postingImpacts[slot] = idf[term] * tf * (K1 + 1) / (tf + norm);
                skillImpacts[at] = postingImpacts[slot];
                skillTerms[at] = term;
                skillWeights[at] = idf[term] * tf;
                at++;
            }

            skillStarts[s + 1] = at;
        }

        for (var t = 0; t < vocabularySize; t++)
        {
            // Highest impact first; equal impacts keep skill order, so builds are deterministic.
            var range = postingStarts[t]..postingStarts[t + 1];
            var (offset, length) = range.GetOffsetAndLength(postingSkills.Length);
            var order = new (float Impact, int Skill)[length];
            for (var i = 0; i < length; i++)
            {
                order[i] = (-postingImpacts[offset + i], postingSkills[offset + i]);
            }

            Array.Sort(order);
            for (var i = 0; i < length; i++)
            {
                postingImpacts[offset + i] = -order[i].Impact;
                postingSkills[offset + i] = order[i].Skill;
            }
        }

        return new SkillTermIndex(postingStarts, postingSkills, postingImpacts, skillStarts, skillTerms, skillWeights, skillImpacts, idf);
    }

    public ReadOnlySpan<int> PostingSkills(int term) => postingSkills.AsSpan(postingStarts[term], postingStarts[term + 1] - postingStarts[term]);

    public ReadOnlySpan<float> PostingImpacts(int term) => postingImpacts.AsSpan(postingStarts[term], postingStarts[term + 1] - postingStarts[term]);

    public ReadOnlySpan<int> TermsOf(int skill) => skillTerms.AsSpan(skillStarts[skill], skillStarts[skill + 1] - skillStarts[skill]);

    public ReadOnlySpan<float> WeightsOf(int skill) => skillWeights.AsSpan(skillStarts[skill], skillStarts[skill + 1] - skillStarts[skill]);

    /// <summary>The BM25 impact of each of <see cref="TermsOf"/>, for exact lexical scores of a candidate.</summary>
    public ReadOnlySpan<float> ImpactsOf(int skill) => skillImpacts.AsSpan(skillStarts[skill], skillStarts[skill + 1] - skillStarts[skill]);

    /// <summary>The exact BM25 score of <paramref name="skill"/> for the distinct query terms.</summary>
    public float Score(int skill, ReadOnlySpan<int> sortedQuery)
    {
        var terms = TermsOf(skill);
        var impacts = ImpactsOf(skill);
        var score = 0f;
        int i = 0, j = 0;
        while (i < terms.Length && j < sortedQuery.Length)
        {
            var difference = terms[i] - sortedQuery[j];
            if (difference == 0)
            {
                score += impacts[i];
                i++;
                j++;
            }
            else if (difference < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return score;
    }

    /// <summary>
    /// What <paramref name="skill"/> gets from the query terms whose posting lists are longer than
    /// <paramref name="head"/> and that list it past their first <paramref name="head"/> postings: added to a sum
    /// over the heads, this gives the exact BM25 score of <see cref="Score"/> without walking the skill's terms.
    /// </summary>
    public float BeyondHeads(int skill, ReadOnlySpan<int> query, int head)
    {
        var score = 0f;
        foreach (var term in query)
        {
            var start = postingStarts[term];
            if (postingStarts[term + 1] - start <= head)
            {
                continue;
            }

            var at = TermsOf(skill).BinarySearch(term);
            if (at < 0)
            {
                continue;
            }

            // Postings run by impact, highest first, equal impacts by skill: the head ends at (lastImpact, lastSkill).
            var impact = ImpactsOf(skill)[at];
            var lastImpact = postingImpacts[start + head - 1];
            if (impact < lastImpact || (impact == lastImpact && skill > postingSkills[start + head - 1]))
            {
                score += impact;
            }
        }

        return score;
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        BinaryArrays.Write(writer, postingStarts);
        BinaryArrays.Write(writer, postingSkills);
        BinaryArrays.Write(writer, postingImpacts);
        BinaryArrays.Write(writer, skillStarts);
        BinaryArrays.Write(writer, skillTerms);
        BinaryArrays.Write(writer, skillWeights);
        BinaryArrays.Write(writer, skillImpacts);
        BinaryArrays.Write(writer, Idf);
    }

    public static SkillTermIndex Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new SkillTermIndex(
            BinaryArrays.ReadInt32s(reader),
            BinaryArrays.ReadInt32s(reader),
            BinaryArrays.ReadSingles(reader),
            BinaryArrays.ReadInt32s(reader),
            BinaryArrays.ReadInt32s(reader),
            BinaryArrays.ReadSingles(reader),
            BinaryArrays.ReadSingles(reader),
            BinaryArrays.ReadSingles(reader));
    }
}
