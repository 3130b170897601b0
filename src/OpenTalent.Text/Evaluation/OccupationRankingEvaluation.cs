using System.Diagnostics;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Matching;
using OpenTalent.Text.Skills;

namespace OpenTalent.Text.Evaluation;

/// <summary>Settings of <see cref="OccupationRankingEvaluation"/>.</summary>
public sealed record OccupationRankingOptions
{
    public OccupationRankingOptions(double holdOutFraction = 0.3, int minSkills = 8, int seed = 42, int folds = 5, SkillSimilarityOptions? similarity = null)
    {
        HoldOutFraction = holdOutFraction is > 0 and < 1
            ? holdOutFraction
            : throw new ArgumentOutOfRangeException(nameof(holdOutFraction), holdOutFraction, "The share of skills held out must be in (0, 1).");
        MinSkills = minSkills >= 2
            ? minSkills
            : throw new ArgumentOutOfRangeException(nameof(minSkills), minSkills, "An occupation needs at least 2 skills to hold some out.");
        Folds = folds is >= 2 and <= 100
            ? folds
            : throw new ArgumentOutOfRangeException(nameof(folds), folds, "Folds must be between 2 and 100.");
        Seed = seed;
        Similarity = similarity ?? SkillSimilarityOptions.Default;
    }

    public static OccupationRankingOptions Default { get; } = new();

    /// <summary>The share of an occupation's skills removed from its profile (rounded, at least one, never all).</summary>
    public double HoldOutFraction { get; }

    /// <summary>Occupations with fewer skills in the graph are not queried (they still compete in every ranking).</summary>
    public int MinSkills { get; }

    /// <summary>Seeds which skills are held out and which fold an occupation falls in.</summary>
    public int Seed { get; }

    /// <summary>Folds of the held-out similarity variant: each fold's occupations are ranked with a similarity learned without them.</summary>
    public int Folds { get; }

    public SkillSimilarityOptions Similarity { get; }
}

/// <summary>One way of ranking: its micro-averaged quality over all queried occupations.</summary>
/// <param name="SimilaritySkills">Skills with learned neighbours in the similarity used (the mean over folds where there are folds); 0 without one.</param>
public sealed record RankingVariantResult(string Name, string Description, int Queries, double MeanReciprocalRank, double RecallAt1, double RecallAt10, int SimilaritySkills);

/// <summary>What <see cref="OccupationRankingEvaluation.Run"/> measured, with the settings that produced it.</summary>
public sealed record OccupationRankingResult(
    int QueriedOccupations,
    int CandidateOccupations,
    double HoldOutFraction,
    int Seed,
    int MinSkills,
    int Folds,
    double MeanProfileSkills,
    double MeanHeldOutSkills,
    IReadOnlyList<RankingVariantResult> Variants,
    TimeSpan Elapsed);

/// <summary>
/// Leave-one-out ranking quality of the matching engine's skill factor on O*NET: for each O*NET occupation with
/// enough skills, a profile of its graph skills with a seeded share removed; every O*NET occupation is ranked by
/// <see cref="RelevanceModel.SkillCoverage"/> of its skills by the profile; the true occupation's rank gives MRR,
/// R@1 and R@10. Ties count against the true occupation (it ranks after every occupation scoring the same).
/// </summary>
/// <remarks>
/// Variants: a Jaccard baseline; coverage without related-skill credit; coverage with a similarity learned from all
/// occupations (optimistic: the true occupation's full set, held-out skills included, is part of what it learned);
/// coverage with a similarity learned with the query's fold of O*NET occupations left out (no leak); and coverage
/// with a similarity learned from ESCO occupations (and postings, when given) only.
/// </remarks>
public static class OccupationRankingEvaluation
{
    private static readonly DateOnly Today = new(2026, 1, 1);

    /// <param name="postingSkillSets">Stored postings' canonical skill sets, added to what every similarity learns from; null for none.</param>
    public static OccupationRankingResult Run(
        TaxonomySnapshot snapshot,
        OccupationRankingOptions? options = null,
        IReadOnlyList<IReadOnlyList<string>>? postingSkillSets = null,
        IProgress<ProgressUpdate>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        options ??= OccupationRankingOptions.Default;
        postingSkillSets ??= [];
        var clock = Stopwatch.StartNew();
        var concepts = SkillConcepts.Build(SkillCatalog.Build(snapshot));
        var graph = OccupationGraphBuilder.Build(snapshot, concepts);
        var onetCodes = snapshot.Occupations
            .Where(o => o.Source == TaxonomySource.Onet)
            .Select(OccupationGraphBuilder.NodeCode)
            .ToHashSet(StringComparer.Ordinal);
        var candidates = graph.Occupations.Where(n => onetCodes.Contains(n.Code)).OrderBy(n => n.Code, StringComparer.Ordinal).ToArray();
        if (candidates.Length < 2)
        {
            throw new InvalidOperationException("The leave-one-out test needs O*NET: import it first ('opentalent import onet <path>').");
        }

        var queries = BuildQueries(candidates, options);
        if (queries.Length == 0)
        {
            throw new InvalidOperationException($"No O*NET occupation has {options.MinSkills} or more skills to hold some out.");
        }

        var ranker = new Ranker(candidates);
        var variants = new List<RankingVariantResult>();
        const int steps = 5;
        var step = 0;
        void Report(string what) => progress?.Report(new ProgressUpdate(what, step++, steps));

        Report("Ranking by Jaccard overlap");
        variants.Add(Score("jaccard", "Jaccard overlap of the profile's and the occupation's skill sets (baseline)", queries, q => ranker.Jaccard(q), 0, cancellationToken));

        Report("Ranking by skill coverage without related-skill credit");
        var plain = new RelevanceModel(MatchWeights.Default, SkillSimilarity.Empty, graph);
        variants.Add(Score("coverage", "Skill coverage, no related-skill credit (SkillSimilarity.Empty)", queries, q => ranker.Coverage(plain, q), 0, cancellationToken));

        Report("Learning skill similarity from all occupations");
        var allSets = OccupationSkillSets.From(snapshot, concepts).Concat(postingSkillSets);
        var all = SkillSimilarityLearner.Learn(allSets, options.Similarity);
        var allModel = new RelevanceModel(MatchWeights.Default, all, graph);
        variants.Add(Score("coverage+similarity(all)", "Skill coverage with related-skill credit, similarity learned from all occupations (includes the true occupation's full set: optimistic)", queries, q => ranker.Coverage(allModel, q), all.Count, cancellationToken));

        Report("Learning skill similarity with each fold held out");
        var foldModels = new RelevanceModel[options.Folds];
        var foldSkills = 0;
        for (var fold = 0; fold < options.Folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var heldOut = queries.Where(q => q.Fold == fold).Select(q => q.Code).ToHashSet(StringComparer.Ordinal);
            var sets = OccupationSkillSets.From(snapshot, concepts, o => !heldOut.Contains(OccupationGraphBuilder.NodeCode(o))).Concat(postingSkillSets);
            var similarity = SkillSimilarityLearner.Learn(sets, options.Similarity);
            foldSkills += similarity.Count;
            foldModels[fold] = new RelevanceModel(MatchWeights.Default, similarity, graph);
        }

        variants.Add(Score(
            "coverage+similarity(held-out)",
            $"Skill coverage with related-skill credit, similarity learned with the query's fold ({options.Folds} folds) of O*NET occupations left out (no leak)",
            queries, q => ranker.Coverage(foldModels[q.Fold], q), foldSkills / options.Folds, cancellationToken));

        Report("Learning skill similarity from ESCO only");
        var escoSets = OccupationSkillSets.From(snapshot, concepts, o => o.Source == TaxonomySource.Esco).Concat(postingSkillSets);
        var esco = SkillSimilarityLearner.Learn(escoSets, options.Similarity);
        var escoModel = new RelevanceModel(MatchWeights.Default, esco, graph);
        variants.Add(Score("coverage+similarity(esco)", "Skill coverage with related-skill credit, similarity learned from ESCO occupations (and postings) only", queries, q => ranker.Coverage(escoModel, q), esco.Count, cancellationToken));
        Report("Done");

        return new OccupationRankingResult(
            queries.Length,
            candidates.Length,
            options.HoldOutFraction,
            options.Seed,
            options.MinSkills,
            options.Folds,
            queries.Average(q => q.Profile.Length),
            queries.Average(q => q.HeldOut),
            variants,
            clock.Elapsed);
    }

    private static Query[] BuildQueries(OccupationNode[] candidates, OccupationRankingOptions options)
    {
        var eligible = new List<(int Candidate, OccupationNode Node)>();
        for (var i = 0; i < candidates.Length; i++)
        {
            if (candidates[i].Skills.Count >= options.MinSkills)
            {
                eligible.Add((i, candidates[i]));
            }
        }

        // Folds from a seeded shuffle, so that neighbouring SOC codes do not all fall in one fold.
        var foldOrder = Enumerable.Range(0, eligible.Count).ToArray();
        new Random(options.Seed).Shuffle(foldOrder);
        var queries = new Query[eligible.Count];
        for (var position = 0; position < foldOrder.Length; position++)
        {
            var (candidate, node) = eligible[foldOrder[position]];
            var skills = node.Skills.ToArray();
            new Random(options.Seed + candidate + 1).Shuffle(skills);
            var heldOut = Math.Clamp((int)Math.Round(skills.Length * options.HoldOutFraction, MidpointRounding.AwayFromZero), 1, skills.Length - 1);
            var profile = skills[heldOut..]
                .Select(s => new ProfileSkill(s.SkillId, s.Label, 1.0, SkillEvidence.Listed))
                .ToArray();
            queries[foldOrder[position]] = new Query(node.Code, candidate, position % options.Folds, profile, heldOut);
        }

        return queries;
    }

    private static RankingVariantResult Score(string name, string description, Query[] queries, Func<Query, int> rank, int similaritySkills, CancellationToken cancellationToken)
    {
        var ranks = new int[queries.Length];
        Parallel.For(0, queries.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => ranks[i] = rank(queries[i]));
        var accumulator = new RankAccumulator();
        foreach (var r in ranks)
        {
            accumulator.Add(r);
        }

        return new RankingVariantResult(name, description, queries.Length, accumulator.MeanReciprocalRank(), accumulator.RecallAt(1), accumulator.RecallAt(10), similaritySkills);
    }

    private sealed record Query(string Code, int Candidate, int Fold, ProfileSkill[] Profile, int HeldOut);

    /// <summary>Scores every candidate for a query and gives the true occupation's rank, ties counted against it.</summary>
    private sealed class Ranker
    {
        private readonly PostingSkill[][] wanted;
        private readonly HashSet<string>[] skillSets;

        public Ranker(OccupationNode[] candidates)
        {
            wanted = Array.ConvertAll(candidates, c => c.Skills.Select(s => new PostingSkill(s.SkillId, s.Label, s.Importance, required: true)).ToArray());
            skillSets = Array.ConvertAll(candidates, c => c.Skills.Select(s => s.SkillId).ToHashSet(StringComparer.Ordinal));
        }

        public int Coverage(RelevanceModel model, Query query) =>
            RankOf(query.Candidate, c => model.SkillCoverage(wanted[c], query.Profile, Today));

        public int Jaccard(Query query)
        {
            var profile = query.Profile.Select(s => s.SkillId).ToHashSet(StringComparer.Ordinal);
            return RankOf(query.Candidate, c =>
            {
                var shared = 0;
                foreach (var skill in profile)
                {
                    shared += skillSets[c].Contains(skill) ? 1 : 0;
                }

                var union = profile.Count + skillSets[c].Count - shared;
                return union == 0 ? 0 : (double)shared / union;
            });
        }

        private int RankOf(int truth, Func<int, double> score)
        {
            var target = score(truth);
            var rank = 1;
            for (var c = 0; c < wanted.Length; c++)
            {
                if (c != truth && score(c) >= target)
                {
                    rank++;
                }
            }

            return rank;
        }
    }
}
