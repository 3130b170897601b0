using OpenTalent.Text.Matching;

namespace OpenTalent.Text.Tests.Matching;

public sealed class SkillSimilarityLearnerTests
{
    private static readonly string[] Data = ["python", "pandas", "numpy", "scikit-learn", "sql", "jupyter"];
    private static readonly string[] Care = ["patient care", "wound care", "iv therapy", "vital signs", "medication administration", "infection control"];
    private static readonly string[] Trades = ["welding", "blueprint reading", "metal fabrication", "grinding", "forklift", "osha safety"];

    /// <summary>Three families of skills; each set draws four from one family and, now and then, one common skill.</summary>
    private static List<IReadOnlyList<string>> SyntheticSets(int count = 300, int seed = 3)
    {
        var random = new Random(seed);
        string[][] families = [Data, Care, Trades];
        var sets = new List<IReadOnlyList<string>>();
        for (var i = 0; i < count; i++)
        {
            var family = families[i % families.Length];
            var set = family.OrderBy(_ => random.Next()).Take(4).ToList();
            if (random.NextDouble() < 0.3)
            {
                set.Add("communication");
            }

            sets.Add(set);
        }

        // A skill seen twice only: below the default support of 3.
        sets.Add(["python", "rare-tool"]);
        sets.Add(["pandas", "rare-tool"]);
        return sets;
    }

    private static SkillSimilarityOptions Small => new(neighbours: 4, minSimilarity: 0.35, minSupport: 3, dimensions: 8);

    [Fact]
    public void Skills_of_one_family_are_each_others_neighbours()
    {
        var similarity = SkillSimilarityLearner.Learn(SyntheticSets(), Small);

        // The common skill may be anyone's neighbour; a skill of another family never is.
        AssertFamily(similarity.Related("python").Select(r => r.SkillId).ToArray(), Data);
        AssertFamily(similarity.Related("wound care").Select(r => r.SkillId).ToArray(), Care);
        AssertFamily(similarity.Related("welding").Select(r => r.SkillId).ToArray(), Trades);

        static void AssertFamily(string[] neighbours, string[] family)
        {
            neighbours.ShouldNotBeEmpty();
            family.ShouldContain(neighbours[0]);
            neighbours.ShouldAllBe(id => family.Contains(id) || id == "communication");
        }
    }

    [Fact]
    public void Similarities_are_in_the_unit_interval_most_similar_first_and_at_most_the_asked_number()
    {
        var similarity = SkillSimilarityLearner.Learn(SyntheticSets(), Small);

        similarity.Count.ShouldBeGreaterThan(0);
        foreach (var skill in similarity.Skills)
        {
            var related = similarity.Related(skill);
            related.Count.ShouldBeInRange(1, 4);
            related.ShouldAllBe(r => r.Similarity >= 0.35 && r.Similarity <= 1 && r.SkillId != skill);
            related.Select(r => r.Similarity).ShouldBeInOrder(SortDirection.Descending);
        }
    }

    [Fact]
    public void A_skill_below_the_support_threshold_neither_has_nor_is_a_neighbour()
    {
        var similarity = SkillSimilarityLearner.Learn(SyntheticSets(), Small);

        similarity.Related("rare-tool").ShouldBeEmpty();
        similarity.Skills.SelectMany(similarity.Related).ShouldNotContain(r => r.SkillId == "rare-tool");
    }

    [Fact]
    public void The_same_sets_and_seed_learn_the_same_similarity()
    {
        var first = SkillSimilarityLearner.Learn(SyntheticSets(), Small);
        var second = SkillSimilarityLearner.Learn(SyntheticSets(), Small);

        second.Skills.Order(StringComparer.Ordinal).ShouldBe(first.Skills.Order(StringComparer.Ordinal));
        foreach (var skill in first.Skills)
        {
            second.Related(skill).ShouldBe(first.Related(skill));
        }
    }

    [Fact]
    public void Shrinkage_lowers_the_similarity_of_skills_seen_in_few_sets()
    {
        var sets = SyntheticSets(count: 30);
        var plain = SkillSimilarityLearner.Learn(sets, new SkillSimilarityOptions(neighbours: 4, minSimilarity: 0.05, dimensions: 8, supportShrinkage: 0));
        var shrunk = SkillSimilarityLearner.Learn(sets, new SkillSimilarityOptions(neighbours: 4, minSimilarity: 0.05, dimensions: 8, supportShrinkage: 20));

        var before = plain.Related("python")[0];
        var after = shrunk.Related("python").Where(r => r.SkillId == before.SkillId).ToArray();
        after.ShouldHaveSingleItem().Similarity.ShouldBeLessThan(before.Similarity * 0.75);
    }

    [Fact]
    public void Repeated_skills_within_a_set_count_once()
    {
        var sets = SyntheticSets();
        var doubled = sets.Select(s => (IReadOnlyList<string>)[.. s, .. s]).ToList();

        var similarity = SkillSimilarityLearner.Learn(doubled, Small);
        var reference = SkillSimilarityLearner.Learn(sets, Small);

        similarity.Related("python").ShouldBe(reference.Related("python"));
    }

    [Fact]
    public void Too_little_data_learns_nothing()
    {
        SkillSimilarityLearner.Learn([], Small).Count.ShouldBe(0);
        SkillSimilarityLearner.Learn([["a", "b"], ["a", "b"]], Small).Count.ShouldBe(0);
    }

    [Fact]
    public void A_null_set_or_an_empty_skill_id_is_rejected_with_its_position()
    {
        Should.Throw<ArgumentException>(() => SkillSimilarityLearner.Learn([["a"], null!], Small)).Message.ShouldContain("set 1");
        Should.Throw<ArgumentException>(() => SkillSimilarityLearner.Learn([["a", " "]], Small)).Message.ShouldContain("set 0");
    }

    [Theory]
    [InlineData(0, 0.35, 3, 64)]
    [InlineData(10, 0, 3, 64)]
    [InlineData(10, 1, 3, 64)]
    [InlineData(10, 0.35, 1, 64)]
    [InlineData(10, 0.35, 3, 1)]
    public void Options_out_of_range_are_rejected(int neighbours, double minSimilarity, int minSupport, int dimensions) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new SkillSimilarityOptions(neighbours, minSimilarity, minSupport, dimensions));
}
