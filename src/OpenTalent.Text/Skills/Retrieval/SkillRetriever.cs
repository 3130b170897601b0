using System.Numerics.Tensors;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Core.Understanding;
using OpenTalent.Text.Embeddings;
using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Skills.Retrieval;

/// <summary>
/// Ranks taxonomy skills for a sentence even when it does not name them: BM25 over each skill's labels
/// and description, plus the cosine between the sentence and the skill in a word space learned from
/// co-occurrence in the reference data ("dashboards" lands near "visualisation").
/// </summary>
public sealed class SkillRetriever
{
    /// <summary>Dimensions of the learned word space.</summary>
    public const int Dimensions = 160;

    // Global mix of the two signals, set once on the development split (not per item): cosine + weight × BM25 / best BM25.
    private const float LexicalWeight = 0.5f;

    /// <summary>The highest score <see cref="Rank"/> can give (cosine 1 plus the full lexical weight).</summary>
    public const double MaxScore = 1 + LexicalWeight;
    private const int MaxQueryTerms = 64;

    // Candidate generation reads only the head of each posting list (highest BM25 impact first): the tail of a
    // frequent word's list holds the skills it says least about. The best lexical candidates are then scored
    // exactly and densely, together with the skills of the clusters nearest the sentence in the word space.
    private const int PostingsPerTerm = 512;
    private const int LexicalCandidates = 32;
    private const float LexicalCandidateShare = 0.25f;
    private const int ClusterCount = 256;
    private const float EvidenceSimilarity = 0.4f;

    private readonly TermTable vocabulary;
    private readonly SkillTermIndex index;
    private readonly WordVectors words;
    private readonly byte[] schemes;

    // Skill vectors laid out cluster by cluster (row r holds the skill clusters.Order[r]), so scoring a cluster
    // reads one contiguous block; rows[skill] finds a skill's own row.
    private readonly float[] clusterOrderedVectors;
    private readonly int[] rows;
    private readonly float[] queryWeights;
    private readonly SkillClusters clusters;
    [ThreadStatic]
    private static Scratch? scratch;

    private SkillRetriever(TermTable vocabulary, SkillTermIndex index, WordVectors words, byte[] schemes, float[] skillVectors, SkillClusters clusters)
    {
        this.vocabulary = vocabulary;
        this.index = index;
        this.words = words;
        this.schemes = schemes;
        this.clusters = clusters;
        queryWeights = QueryWeights(index.Idf);
        var dimensions = words.Dimensions;
        var order = clusters.Order;
        if (order.Length != index.SkillCount)
        {
            throw new InvalidDataException("The stored skill clusters do not cover the skill index; rebuild the models.");
        }

        rows = new int[order.Length];
        clusterOrderedVectors = new float[skillVectors.Length];
        for (var row = 0; row < order.Length; row++)
        {
            rows[order[row]] = row;
            skillVectors.AsSpan(order[row] * dimensions, dimensions).CopyTo(clusterOrderedVectors.AsSpan(row * dimensions, dimensions));
        }
    }

    public int SkillCount => index.SkillCount;

    public static SkillRetriever Build(TaxonomySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (vocabulary, documents, counts) = RetrievalCorpus.Read(snapshot);
        var index = SkillTermIndex.Build(documents, vocabulary.Count);
        var words = WordVectors.Learn(counts, Dimensions);
        var skillVectors = SkillVectors(index, words);
        BinaryArrays.RoundToHalf(skillVectors);
        var clusters = SkillClusters.Build(skillVectors, words.Dimensions, ClusterCount);
        return new SkillRetriever(vocabulary, index, words, snapshot.Skills.Select(s => SchemeBits(s.Source)).ToArray(), skillVectors, clusters);
    }

    /// <summary>The best <paramref name="top"/> skills of <paramref name="scheme"/> for one sentence, best first.</summary>
    public IReadOnlyList<RetrievedSkill> Rank(ReadOnlySpan<char> sentence, TaxonomyScheme scheme, int top) =>
        Rank(sentence, scheme, top, float.NegativeInfinity);

    /// <summary>As <see cref="Rank(ReadOnlySpan{char}, TaxonomyScheme, int)"/>, leaving out (and finding no evidence for) skills scoring below <paramref name="minimumScore"/>.</summary>
    public IReadOnlyList<RetrievedSkill> Rank(ReadOnlySpan<char> sentence, TaxonomyScheme scheme, int top, double minimumScore)
    {
        var s = ScratchFor();
        s.Occurrences.Clear();
        TextTerms.Analyze(sentence, s.Spellings, s.Tokens, s.Occurrences);
        return top <= 0 ? [] : Collect(s, RankInto(s, scheme, top), minimumScore);
    }

    // Fills s.Best with the top skills for the terms in s.Occurrences and returns the number of distinct query terms.
    private int RankInto(Scratch s, TaxonomyScheme scheme, int top)
    {
        var dimensions = words.Dimensions;
        var query = s.Query;
        var queryCount = 0;
        var queryVector = s.QueryVector;
        Array.Clear(queryVector);
        foreach (var occurrence in s.Occurrences)
        {
            if (occurrence.Term >= 0 && queryCount < MaxQueryTerms && !query.AsSpan(0, queryCount).Contains(occurrence.Term))
            {
                query[queryCount++] = occurrence.Term;
                TensorPrimitives.MultiplyAdd(words[occurrence.Term], queryWeights[occurrence.Term], queryVector, queryVector);
            }
        }

        s.Best.Reset(top);
        if (queryCount == 0)
        {
            return 0;
        }

        var sortedQuery = query.AsSpan(0, queryCount);
        sortedQuery.Sort();
        var norm = TensorPrimitives.Norm(queryVector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(queryVector, norm, queryVector);
        }

        var lexical = s.Lexical;
        var touched = s.Touched;
        var touchedCount = 0;
        var bestApproximate = 0f;
        foreach (var term in sortedQuery)
        {
            var skills = index.PostingSkills(term);
            var impacts = index.PostingImpacts(term);
            var length = Math.Min(skills.Length, PostingsPerTerm);
            for (var i = 0; i < length; i++)
            {
                var skill = skills[i];
                var value = lexical[skill];
                if (value == 0)
                {
                    touched[touchedCount++] = skill;
                }

                value += impacts[i];
                lexical[skill] = value;
                bestApproximate = Math.Max(bestApproximate, value);
            }
        }

        // The strongest lexical candidates, scored exactly over every query term.
        var shortlist = s.Shortlist;
        shortlist.Reset(LexicalCandidates);
        var floor = LexicalCandidateShare * bestApproximate;
        for (var i = 0; i < touchedCount; i++)
        {
            var skill = touched[i];
            var value = lexical[skill];
            if (value >= floor && (!shortlist.IsFull || value > shortlist.Weakest))
            {
                shortlist.Offer(skill, value);
            }
        }

        var best = 0f;
        var candidates = s.Candidates;
        var candidateCount = 0;
        while (shortlist.Count > 0)
        {
            var (skill, _) = shortlist.Pop();
            var exact = lexical[skill] + index.BeyondHeads(skill, sortedQuery, PostingsPerTerm);
            lexical[skill] = exact;
            best = Math.Max(best, exact);
            candidates[candidateCount++] = skill;
        }

        var mask = SchemeMask(scheme);
        var heap = s.Best;
        var lexicalScale = best > 0 ? LexicalWeight / best : 0;
        var stamp = s.NextGeneration();
        var seen = s.Seen;
        for (var i = 0; i < candidateCount; i++)
        {
            var skill = candidates[i];
            if (lexical[skill] >= LexicalCandidateShare * best && seen[skill] != stamp && (schemes[skill] & mask) != 0)
            {
                seen[skill] = stamp;
                Offer(heap, skill, Dense(queryVector, rows[skill]) + (Math.Min(lexical[skill], best) * lexicalScale));
            }
        }

        // The skills of the cluster nearest the sentence, one contiguous block of rows.
        var cluster = clusters.Nearest(queryVector, s.ClusterSimilarities);
        var first = clusters.FirstPosition(cluster);
        var members = clusters.Members(cluster);
        for (var i = 0; i < members.Length; i++)
        {
            var skill = members[i];
            if (seen[skill] == stamp || (schemes[skill] & mask) == 0)
            {
                continue;
            }

            seen[skill] = stamp;

            // Outside the shortlist the lexical score is the one read from posting heads: a slight underestimate.
            Offer(heap, skill, Dense(queryVector, first + i) + (Math.Min(lexical[skill], best) * lexicalScale));
        }

        for (var i = 0; i < touchedCount; i++)
        {
            lexical[touched[i]] = 0;
        }

        return queryCount;

        float Dense(float[] vector, int row) => DenseMath.Dot(vector, clusterOrderedVectors.AsSpan(row * dimensions, dimensions));
    }

    private static void Offer(TopScores heap, int skill, float score)
    {
        if (!heap.IsFull || score > heap.Weakest)
        {
            heap.Offer(skill, score);
        }
    }

    private RetrievedSkill[] Collect(Scratch s, int queryCount, double minimumScore)
    {
        var heap = s.Best;
        if (queryCount == 0)
        {
            return [];
        }

        while (heap.Count > 0 && heap.Weakest < minimumScore)
        {
            heap.Pop();
        }

        if (heap.Count == 0)
        {
            return [];
        }

        var result = new RetrievedSkill[heap.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            var (skill, score) = heap.Pop();
            result[i] = new RetrievedSkill(skill, score, Evidence(skill, s.Occurrences));
        }

        return result;
    }

    private TextSpan[] Evidence(int skill, List<TermOccurrence> occurrences)
    {
        var terms = index.TermsOf(skill);
        var dimensions = words.Dimensions;
        var vector = clusterOrderedVectors.AsSpan(rows[skill] * dimensions, dimensions);
        Span<TextSpan> spans = stackalloc TextSpan[Math.Min(occurrences.Count, 256)];
        var count = 0;
        foreach (var occurrence in occurrences)
        {
            if (count < spans.Length && occurrence.Term >= 0 && (terms.BinarySearch(occurrence.Term) >= 0 || DenseMath.Dot(words[occurrence.Term], vector) >= EvidenceSimilarity))
            {
                spans[count++] = new TextSpan(occurrence.Start, occurrence.Start + occurrence.Length);
            }
        }

        return spans[..count].ToArray();
    }

    private Scratch ScratchFor()
    {
        var s = scratch is { } cached && cached.Lexical.Length == index.SkillCount && cached.QueryVector.Length == words.Dimensions && cached.ClusterSimilarities.Length >= clusters.Count
            ? cached
            : scratch = new Scratch(index.SkillCount, words.Dimensions, clusters.Count, vocabulary);
        if (s.Spellings.Table != vocabulary)
        {
            s.Spellings = new SpellingCache(vocabulary);
        }

        return s;
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        vocabulary.Write(writer);
        index.Write(writer);
        words.Write(writer);
        writer.Write(schemes.Length);
        writer.Write(schemes);
        var dimensions = words.Dimensions;
        var skillVectors = new float[clusterOrderedVectors.Length];
        for (var skill = 0; skill < rows.Length; skill++)
        {
            clusterOrderedVectors.AsSpan(rows[skill] * dimensions, dimensions).CopyTo(skillVectors.AsSpan(skill * dimensions, dimensions));
        }

        BinaryArrays.WriteHalves(writer, skillVectors);
        clusters.Write(writer);
    }

    public static SkillRetriever Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var vocabulary = TermTable.Read(reader);
        var index = SkillTermIndex.Read(reader);
        var words = WordVectors.Read(reader);
        var schemes = reader.ReadBytes(reader.ReadInt32());
        var skillVectors = BinaryArrays.ReadHalves(reader);
        if (skillVectors.Length != index.SkillCount * words.Dimensions)
        {
            throw new InvalidDataException("The stored skill vectors do not match the skill index; rebuild the models.");
        }

        return new SkillRetriever(vocabulary, index, words, schemes, skillVectors, SkillClusters.Read(reader));
    }

    private static byte SchemeBits(TaxonomySource source) => source switch
    {
        TaxonomySource.Esco => 1,
        TaxonomySource.Onet => 2,
        _ => 4,
    };

    private static byte SchemeMask(TaxonomyScheme scheme) => scheme switch
    {
        TaxonomyScheme.Esco => 1,
        TaxonomyScheme.Onet => 2,
        _ => 7,
    };

    // Words no skill uses still steer the sentence vector, at the weight of a fairly common skill word.
    private static float[] QueryWeights(float[] idf)
    {
        var known = idf.Where(x => x > 0).Order().ToArray();
        var fallback = known.Length == 0 ? 1f : known[known.Length / 4];
        return idf.Select(x => x > 0 ? x : fallback).ToArray();
    }

    private static float[] SkillVectors(SkillTermIndex index, WordVectors words)
    {
        var vectors = new float[index.SkillCount * words.Dimensions];
        Parallel.For(0, index.SkillCount, skill =>
        {
            var target = vectors.AsSpan(skill * words.Dimensions, words.Dimensions);
            var terms = index.TermsOf(skill);
            var weights = index.WeightsOf(skill);
            for (var i = 0; i < terms.Length; i++)
            {
                TensorPrimitives.MultiplyAdd(words[terms[i]], weights[i], target, target);
            }

            var norm = TensorPrimitives.Norm(target);
            if (norm > 0)
            {
                TensorPrimitives.Divide(target, norm, target);
            }
        });
        return vectors;
    }

    private sealed class Scratch(int skillCount, int dimensions, int clusterCount, TermTable vocabulary)
    {
        public List<Token> Tokens { get; } = [];

        public List<TermOccurrence> Occurrences { get; } = [];

        public SpellingCache Spellings { get; set; } = new(vocabulary);

        public int[] Query { get; } = new int[MaxQueryTerms];

        public TopScores Shortlist { get; } = new();

        public int[] Candidates { get; } = new int[LexicalCandidates];

        public float[] QueryVector { get; } = new float[dimensions];

        public float[] Lexical { get; } = new float[skillCount];

        public int[] Touched { get; } = new int[skillCount];

        public TopScores Best { get; } = new();

        public int[] Seen { get; } = new int[skillCount];

        public float[] ClusterSimilarities { get; } = new float[clusterCount];

        private int generation;

        /// <summary>A fresh mark for <see cref="Seen"/>, so the array needs no clearing between queries.</summary>
        public int NextGeneration()
        {
            if (generation == int.MaxValue)
            {
                Array.Clear(Seen);
                generation = 0;
            }

            return ++generation;
        }
    }
}
