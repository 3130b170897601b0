using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Evaluation;
using static OpenTalent.Text.Tests.Matching.MatchingFixture;

namespace OpenTalent.Text.Tests.Matching;

public sealed class OccupationRankingEvaluationTests
{
    /// <summary>
    /// Six O*NET occupations of ten skills each, three of them sharing half their skills, and ESCO occupations built
    /// from the same skill families, so every similarity variant has something to learn from.
    /// </summary>
    private static TaxonomySnapshot Snapshot(bool withOnet = true)
    {
        var fixture = new MatchingFixture();
        var skills = Enumerable.Range(0, 60).Select(i => fixture.Skill(TaxonomySource.Onet, $"tech:Tool {i:00}", $"Tool {i:00}", SkillKind.Technology)).ToArray();
        for (var family = 0; family < 6; family++)
        {
            var own = skills.Skip(family * 10).Take(10).ToArray();
            if (withOnet)
            {
                var code = $"15-12{family:00}.00";
                fixture.Occupation(TaxonomySource.Onet, code, $"Occupation {family}", [OnetSoc(code)], [.. own.Select(Unrated)]);
            }

            for (var variant = 0; variant < 4; variant++)
            {
                var uri = $"http://data.europa.eu/esco/occupation/{family}-{variant}";
                fixture.Occupation(TaxonomySource.Esco, uri, $"ESCO {family}.{variant}", [Esco(uri)], [.. own.Where((_, i) => i % 4 != variant).Select(Essential)]);
            }
        }

        return fixture.Snapshot();
    }

    private static OccupationRankingOptions Options => new(holdOutFraction: 0.3, minSkills: 8, seed: 7, folds: 2, similarity: new(neighbours: 5, minSupport: 2, dimensions: 8, supportShrinkage: 0));

    [Fact]
    public void Reports_every_variant_with_the_settings_that_produced_it()
    {
        var result = OccupationRankingEvaluation.Run(Snapshot(), Options, cancellationToken: TestContext.Current.CancellationToken);

        result.QueriedOccupations.ShouldBe(6);
        result.CandidateOccupations.ShouldBe(6);
        result.HoldOutFraction.ShouldBe(0.3);
        result.Seed.ShouldBe(7);
        result.Folds.ShouldBe(2);
        result.MeanHeldOutSkills.ShouldBe(3);
        result.MeanProfileSkills.ShouldBe(7);
        result.Variants.Select(v => v.Name).ShouldBe(["jaccard", "coverage", "coverage+similarity(all)", "coverage+similarity(held-out)", "coverage+similarity(esco)"]);
        result.Variants.ShouldAllBe(v => v.Queries == 6 && v.RecallAt1 <= v.RecallAt10 && v.MeanReciprocalRank >= v.RecallAt1 && v.MeanReciprocalRank <= 1);
    }

    [Fact]
    public void Occupations_with_disjoint_skills_are_always_found_first()
    {
        var result = OccupationRankingEvaluation.Run(Snapshot(), Options, cancellationToken: TestContext.Current.CancellationToken);

        result.Variants.ShouldAllBe(v => v.MeanReciprocalRank == 1 && v.RecallAt1 == 1);
        result.Variants.Single(v => v.Name == "coverage+similarity(esco)").SimilaritySkills.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void The_same_seed_gives_the_same_figures()
    {
        var first = OccupationRankingEvaluation.Run(Snapshot(), Options, cancellationToken: TestContext.Current.CancellationToken);
        var second = OccupationRankingEvaluation.Run(Snapshot(), Options, cancellationToken: TestContext.Current.CancellationToken);

        second.Variants.ShouldBe(first.Variants);
    }

    [Fact]
    public void Without_onet_it_says_what_to_import()
    {
        Should.Throw<InvalidOperationException>(() => OccupationRankingEvaluation.Run(Snapshot(withOnet: false), Options, cancellationToken: TestContext.Current.CancellationToken)).Message.ShouldContain("import");
    }

    [Fact]
    public void A_hold_out_share_outside_zero_to_one_is_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new OccupationRankingOptions(holdOutFraction: 1.0)).ParamName.ShouldBe("holdOutFraction");
    }
}
