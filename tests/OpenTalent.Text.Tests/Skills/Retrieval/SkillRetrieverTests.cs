using OpenTalent.Core.Understanding;
using OpenTalent.Text.Skills.Retrieval;

namespace OpenTalent.Text.Tests.Skills.Retrieval;

public sealed class SkillRetrieverTests
{
    private static readonly Lazy<SkillRetriever> Retriever = new(() => SkillRetriever.Build(SkillFixture.Snapshot));

    [Theory]
    [InlineData("build dashboards for the sales team", "data visualisation")]
    [InlineData("you will be a real team player", "work in teams")]
    [InlineData("passionate about solving business problems", "solve problems")]
    [InlineData("you will manage the budget", "manage budgets")]
    public void An_unnamed_skill_ranks_near_the_top(string sentence, string expected)
    {
        var ranked = Retriever.Value.Rank(sentence, TaxonomyScheme.Esco, 3);

        ranked.Select(r => SkillFixture.Snapshot.Skills[r.Skill].Label).ShouldContain(expected);
    }

    [Fact]
    public void Evidence_points_at_the_words_that_drove_the_match()
    {
        const string sentence = "passionate about solving business problems";
        var best = Retriever.Value.Rank(sentence, TaxonomyScheme.Esco, 1)[0];

        best.Evidence.Select(s => sentence[s.Start..s.End]).ShouldContain("problems");
    }

    [Fact]
    public void Scores_are_best_first_and_stay_in_the_scheme()
    {
        var ranked = Retriever.Value.Rank("python software development", TaxonomyScheme.Onet, 10);

        ranked.ShouldAllBe(r => SkillFixture.Snapshot.Skills[r.Skill].Source == Core.Taxonomy.TaxonomySource.Onet);
        ranked.Select(r => r.Score).ShouldBeInOrder(SortDirection.Descending);
    }

    [Theory]
    [InlineData("")]
    [InlineData("the and of")]
    [InlineData("\u0000\u0001\uFFFF\uD800")]
    public void Text_without_content_words_ranks_nothing(string text) =>
        Retriever.Value.Rank(text, TaxonomyScheme.All, 5).ShouldBeEmpty();
}
