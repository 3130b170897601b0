using System.Numerics.Tensors;
using OpenTalent.Core.Matching;
using OpenTalent.Text.Embeddings;

namespace OpenTalent.Text.Matching;

/// <summary>
/// Learns which skills are alike from sets of skills that go together (an occupation's skills, a posting's skills):
/// positive PMI of within-set co-occurrence, a truncated SVD of it (our <see cref="WordVectors"/>), and for every
/// skill with enough support its nearest neighbours by cosine.
/// </summary>
/// <remarks>
/// Each pair in a set of n skills counts 1/(n-1), so every skill of a set spreads one unit over its partners: a
/// large set (an O*NET occupation with a hundred tools) does not outweigh many small ones (postings). A cosine is
/// shrunk towards 0 for skills of little support (<see cref="SkillSimilarityOptions.SupportShrinkage"/>). Neighbour
/// search is exact (every supported skill against every other), which is quadratic in the supported vocabulary.
/// </remarks>
public static class SkillSimilarityLearner
{
    /// <summary>Learns the similarity; <paramref name="skillSets"/> is read once. Skills are compared by ordinal id.</summary>
    public static SkillSimilarity Learn(IEnumerable<IReadOnlyList<string>> skillSets, SkillSimilarityOptions options)
    {
        ArgumentNullException.ThrowIfNull(skillSets);
        ArgumentNullException.ThrowIfNull(options);
        var (names, sets, support) = Intern(skillSets);

        // Only skills with support take part: rare ones would get vectors from one or two sets, which is noise.
        var vocabularyOf = new int[names.Count];
        var vocabulary = new List<int>();
        for (var id = 0; id < names.Count; id++)
        {
            vocabularyOf[id] = support[id] >= options.MinSupport ? vocabulary.Count : -1;
            if (vocabularyOf[id] >= 0)
            {
                vocabulary.Add(id);
            }
        }

        if (vocabulary.Count < 2)
        {
            return SkillSimilarity.Empty;
        }

        var counts = Count(sets, vocabularyOf, vocabulary.Count, options.MaxSetSize);
        var vectors = WordVectors.Learn(counts, Math.Min(options.Dimensions, vocabulary.Count - 1), options.Seed);
        var confidence = new float[vocabulary.Count];
        for (var term = 0; term < confidence.Length; term++)
        {
            var n = support[vocabulary[term]];
            confidence[term] = (float)(n / (n + options.SupportShrinkage));
        }

        var neighbours = NearestNeighbours(vectors, confidence, options.Neighbours, options.MinSimilarity);

        var related = new Dictionary<string, IReadOnlyList<RelatedSkill>>(StringComparer.Ordinal);
        for (var term = 0; term < neighbours.Length; term++)
        {
            if (neighbours[term] is { Length: > 0 } found)
            {
                related[names[vocabulary[term]]] = Array.ConvertAll(found, n => new RelatedSkill(names[vocabulary[n.Term]], n.Similarity));
            }
        }

        return new SkillSimilarity(related);
    }

    private static (List<string> Names, List<int[]> Sets, List<int> Support) Intern(IEnumerable<IReadOnlyList<string>> skillSets)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var support = new List<int>();
        var sets = new List<int[]>();
        var buffer = new List<int>();
        var position = 0;
        foreach (var set in skillSets)
        {
            if (set is null)
            {
                throw new ArgumentException($"Skill set {position} is null.", nameof(skillSets));
            }

            buffer.Clear();
            foreach (var skill in set)
            {
                if (string.IsNullOrWhiteSpace(skill))
                {
                    throw new ArgumentException($"Skill set {position} holds an empty skill id.", nameof(skillSets));
                }

                if (!ids.TryGetValue(skill, out var id))
                {
                    id = names.Count;
                    ids.Add(skill, id);
                    names.Add(skill);
                    support.Add(0);
                }

                buffer.Add(id);
            }

            buffer.Sort();
            var distinct = new List<int>(buffer.Count);
            foreach (var id in buffer)
            {
                if (distinct.Count == 0 || distinct[^1] != id)
                {
                    distinct.Add(id);
                    support[id]++;
                }
            }

            if (distinct.Count >= 2)
            {
                sets.Add([.. distinct]);
            }

            position++;
        }

        return (names, sets, support);
    }

    private static CooccurrenceCounts Count(List<int[]> sets, int[] vocabularyOf, int vocabularySize, int maxSetSize)
    {
        var counts = new CooccurrenceCounts(vocabularySize);
        var terms = new List<int>();
        foreach (var set in sets)
        {
            terms.Clear();
            foreach (var id in set)
            {
                if (vocabularyOf[id] >= 0)
                {
                    terms.Add(vocabularyOf[id]);
                }
            }

            if (terms.Count < 2 || terms.Count > maxSetSize)
            {
                continue;
            }

            var weight = 1f / (terms.Count - 1);
            for (var i = 0; i < terms.Count; i++)
            {
                for (var j = i + 1; j < terms.Count; j++)
                {
                    counts.Add(terms[i], terms[j], weight);
                }
            }
        }

        return counts;
    }

    /// <param name="confidence">Per term, what its cosines are multiplied by; a pair takes the smaller of the two.</param>
    private static (int Term, double Similarity)[]?[] NearestNeighbours(WordVectors vectors, float[] confidence, int k, double minSimilarity)
    {
        var count = vectors.Count;
        var live = new bool[count];
        for (var term = 0; term < count; term++)
        {
            live[term] = TensorPrimitives.SumOfSquares(vectors[term]) > 0;
        }

        var result = new (int Term, double Similarity)[]?[count];
        Parallel.For(0, count, () => (Scores: new float[k], Terms: new int[k]), (term, _, best) =>
        {
            if (!live[term])
            {
                return best;
            }

            var found = 0;
            var query = vectors[term];
            for (var other = 0; other < count; other++)
            {
                if (other == term || !live[other])
                {
                    continue;
                }

                var score = TensorPrimitives.Dot(query, vectors[other]) * Math.Min(confidence[term], confidence[other]);
                if (score < minSimilarity || (found == k && score <= best.Scores[k - 1]))
                {
                    continue;
                }

                // Insertion into the short sorted list; ties keep the lower term, which came first.
                var slot = found < k ? found++ : k - 1;
                while (slot > 0 && best.Scores[slot - 1] < score)
                {
                    best.Scores[slot] = best.Scores[slot - 1];
                    best.Terms[slot] = best.Terms[slot - 1];
                    slot--;
                }

                best.Scores[slot] = score;
                best.Terms[slot] = other;
            }

            if (found > 0)
            {
                var neighbours = new (int Term, double Similarity)[found];
                for (var i = 0; i < found; i++)
                {
                    neighbours[i] = (best.Terms[i], Math.Min(1.0, best.Scores[i]));
                }

                result[term] = neighbours;
            }

            return best;
        }, _ => { });
        return result;
    }
}
