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
    private const int Probes = 1;
    private const float EvidenceSimilarity = 0.4f;

    private readonly TermVocabulary vocabulary;
    private readonly SkillTermIndex index;
    private readonly WordVectors words;
    private readonly byte[] schemes;
    private readonly float[] skillVectors;
    private readonly float[] queryWeights;
    private readonly SkillClusters clusters;
    [ThreadStatic]
    private static Scratch? scratch;

    private SkillRetriever(TermVocabulary vocabulary, SkillTermIndex index, WordVectors words, byte[] schemes, float[] skillVectors, SkillClusters clusters)
    {
        this.vocabulary = vocabulary;
        this.index = index;
        this.words = words;
        this.schemes = schemes;
        this.skillVectors = skillVectors;
        this.clusters = clusters;
        queryWeights = QueryWeights(index.Idf);
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
        var s = scratch is { } cached && cached.Lexical.Length == index.SkillCount && cached.QueryVector.Length == words.Dimensions
            ? cached
            : scratch = new Scratch(index.SkillCount, words.Dimensions);
        s.Occurrences.Clear();
        TextTerms.Analyze(sentence, vocabulary, s.Tokens, s.Occurrences);
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

        if (queryCount == 0 || top <= 0)
        {
            return [];
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
        touched.Clear();
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
                    touched.Add(skill);
                }

                value += impacts[i];
                lexical[skill] = value;
                bestApproximate = Math.Max(bestApproximate, value);
            }
        }

        // The strongest lexical candidates, scored exactly over every query term.
        var shortlist = s.Shortlist;
        shortlist.Clear();
        foreach (var skill in touched)
        {
            var value = lexical[skill];
            if (value < LexicalCandidateShare * bestApproximate)
            {
                continue;
            }

            if (shortlist.Count < LexicalCandidates)
            {
                shortlist.Enqueue(skill, value);
            }
            else if (shortlist.TryPeek(out _, out var weakest) && value > weakest)
            {
                shortlist.EnqueueDequeue(skill, value);
            }
        }

        var best = 0f;
        var candidates = s.Candidates;
        candidates.Clear();
        while (shortlist.TryDequeue(out var skill, out _))
        {
            var exact = index.Score(skill, sortedQuery);
            lexical[skill] = exact;
            best = Math.Max(best, exact);
            candidates.Add(skill);
        }

        var mask = SchemeMask(scheme);
        var heap = s.Heap;
        heap.Clear();
        var lexicalScale = best > 0 ? LexicalWeight / best : 0;
        var stamp = s.NextGeneration();
        var seen = s.Seen;
        foreach (var skill in candidates)
        {
            if (lexical[skill] >= LexicalCandidateShare * best)
            {
                Consider(skill);
            }
        }

        clusters.Nearest(queryVector, Probes, s.ClusterSimilarities, s.Clusters);
        foreach (var cluster in s.Clusters)
        {
            foreach (var skill in clusters.Members(cluster))
            {
                Consider(skill);
            }
        }

        foreach (var skill in touched)
        {
            lexical[skill] = 0;
        }

        return Collect(heap, s.Occurrences, minimumScore);

        void Consider(int skill)
        {
            if (seen[skill] == stamp || (schemes[skill] & mask) == 0)
            {
                return;
            }

            seen[skill] = stamp;

            // Outside the shortlist the lexical score is the one read from posting heads: a slight underestimate.
            var score = TensorPrimitives.Dot(queryVector, skillVectors.AsSpan(skill * words.Dimensions, words.Dimensions)) + (Math.Min(lexical[skill], best) * lexicalScale);
            if (heap.Count < top)
            {
                heap.Enqueue(skill, score);
            }
            else if (heap.TryPeek(out _, out var worst) && score > worst)
            {
                heap.EnqueueDequeue(skill, score);
            }
        }
    }

    private RetrievedSkill[] Collect(PriorityQueue<int, float> heap, List<TermOccurrence> occurrences, double minimumScore)
    {
        while (heap.TryPeek(out _, out var weakest) && weakest < minimumScore)
        {
            heap.Dequeue();
        }

        if (heap.Count == 0)
        {
            return [];
        }

        var result = new RetrievedSkill[heap.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            heap.TryDequeue(out var skill, out var score);
            result[i] = new RetrievedSkill(skill, score, Evidence(skill, occurrences));
        }

        return result;
    }

    private List<TextSpan> Evidence(int skill, List<TermOccurrence> occurrences)
    {
        var terms = index.TermsOf(skill);
        var vector = skillVectors.AsSpan(skill * words.Dimensions, words.Dimensions);
        var spans = new List<TextSpan>();
        foreach (var occurrence in occurrences)
        {
            if (occurrence.Term >= 0 && (terms.BinarySearch(occurrence.Term) >= 0 || TensorPrimitives.Dot(words[occurrence.Term], vector) >= EvidenceSimilarity))
            {
                spans.Add(new TextSpan(occurrence.Start, occurrence.Start + occurrence.Length));
            }
        }

        return spans;
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        vocabulary.Write(writer);
        index.Write(writer);
        words.Write(writer);
        writer.Write(schemes.Length);
        writer.Write(schemes);
        BinaryArrays.WriteHalves(writer, skillVectors);
        clusters.Write(writer);
    }

    public static SkillRetriever Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var vocabulary = TermVocabulary.Read(reader);
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

    private sealed class Scratch(int skillCount, int dimensions)
    {
        public List<Token> Tokens { get; } = [];

        public List<TermOccurrence> Occurrences { get; } = [];

        public int[] Query { get; } = new int[MaxQueryTerms];

        public PriorityQueue<int, float> Shortlist { get; } = new();

        public List<int> Candidates { get; } = [];

        public float[] QueryVector { get; } = new float[dimensions];

        public float[] Lexical { get; } = new float[skillCount];

        public List<int> Touched { get; } = [];

        public PriorityQueue<int, float> Heap { get; } = new();

        public int[] Seen { get; } = new int[skillCount];

        public float[] ClusterSimilarities { get; } = new float[ClusterCount];

        public List<int> Clusters { get; } = [];

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
