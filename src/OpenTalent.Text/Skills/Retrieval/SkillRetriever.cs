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

    // Candidate pruning: the skills of the nearest clusters, plus those with a fair share of the best BM25 score.
    private const int ClusterCount = 256;
    private const int Probes = 12;
    private const float LexicalCandidateShare = 0.25f;
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

    private SkillRetriever(TermVocabulary vocabulary, SkillTermIndex index, WordVectors words, byte[] schemes, SkillClusters? clusters)
    {
        this.vocabulary = vocabulary;
        this.index = index;
        this.words = words;
        this.schemes = schemes;
        queryWeights = QueryWeights(index.Idf);
        skillVectors = SkillVectors(index, words);
        this.clusters = clusters ?? SkillClusters.Build(skillVectors, words.Dimensions, ClusterCount);
    }

    public int SkillCount => index.SkillCount;

    public static SkillRetriever Build(TaxonomySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (vocabulary, documents, counts) = RetrievalCorpus.Read(snapshot);
        var index = SkillTermIndex.Build(documents, vocabulary.Count);
        var words = WordVectors.Learn(counts, Dimensions);
        return new SkillRetriever(vocabulary, index, words, snapshot.Skills.Select(s => SchemeBits(s.Source)).ToArray(), null);
    }

    /// <summary>The best <paramref name="top"/> skills of <paramref name="scheme"/> for one sentence, best first.</summary>
    public IReadOnlyList<RetrievedSkill> Rank(ReadOnlySpan<char> sentence, TaxonomyScheme scheme, int top)
    {
        var s = scratch is { } cached && cached.Lexical.Length == index.SkillCount && cached.QueryVector.Length == words.Dimensions
            ? cached
            : scratch = new Scratch(index.SkillCount, words.Dimensions);
        s.Occurrences.Clear();
        TextTerms.Analyze(sentence, vocabulary, s.Tokens, s.Occurrences);
        var query = s.Query;
        query.Clear();
        var queryVector = s.QueryVector;
        Array.Clear(queryVector);
        foreach (var occurrence in s.Occurrences)
        {
            if (occurrence.Term >= 0 && !query.Contains(occurrence.Term) && query.Count < MaxQueryTerms)
            {
                query.Add(occurrence.Term);
                TensorPrimitives.MultiplyAdd(words[occurrence.Term], queryWeights[occurrence.Term], queryVector, queryVector);
            }
        }

        if (query.Count == 0 || top <= 0)
        {
            return [];
        }

        var norm = TensorPrimitives.Norm(queryVector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(queryVector, norm, queryVector);
        }

        var lexical = s.Lexical;
        var touched = s.Touched;
        touched.Clear();
        var best = 0f;
        foreach (var term in query)
        {
            var skills = index.PostingSkills(term);
            var impacts = index.PostingImpacts(term);
            for (var i = 0; i < skills.Length; i++)
            {
                var skill = skills[i];
                if (lexical[skill] == 0)
                {
                    touched.Add(skill);
                }

                lexical[skill] += impacts[i];
                best = Math.Max(best, lexical[skill]);
            }
        }

        var mask = SchemeMask(scheme);
        var heap = s.Heap;
        heap.Clear();
        var lexicalScale = best > 0 ? LexicalWeight / best : 0;
        var stamp = s.NextGeneration();
        var seen = s.Seen;
        foreach (var skill in touched)
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

        return Collect(heap, s.Occurrences);

        void Consider(int skill)
        {
            if (seen[skill] == stamp || (schemes[skill] & mask) == 0)
            {
                return;
            }

            seen[skill] = stamp;
            var score = TensorPrimitives.Dot(queryVector, skillVectors.AsSpan(skill * words.Dimensions, words.Dimensions)) + (lexical[skill] * lexicalScale);
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

    private RetrievedSkill[] Collect(PriorityQueue<int, float> heap, List<TermOccurrence> occurrences)
    {
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
        clusters.Write(writer);
    }

    public static SkillRetriever Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var vocabulary = TermVocabulary.Read(reader);
        var index = SkillTermIndex.Read(reader);
        var words = WordVectors.Read(reader);
        var schemes = reader.ReadBytes(reader.ReadInt32());
        return new SkillRetriever(vocabulary, index, words, schemes, SkillClusters.Read(reader));
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

        public List<int> Query { get; } = [];

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
