using OpenTalent.Core.Matching;
using static OpenTalent.Core.Tests.Matching.MatchFixtures;

namespace OpenTalent.Core.Tests.Matching;

public class SkillCoverageTests
{
    [Fact]
    public void Required_skills_weigh_more_than_preferred_ones()
    {
        var wanted = new[] { Wants("python"), Wants("go"), Wants("docker", required: false) };

        Model.SkillCoverage(wanted, [Has("python")], Today).ShouldBe(1 / 2.4, 1e-12);
        Model.SkillCoverage(wanted, [Has("docker")], Today).ShouldBe(0.4 / 2.4, 1e-12);
        Model.SkillCoverage(wanted, [Has("python"), Has("go"), Has("docker")], Today).ShouldBe(1, 1e-12);
    }

    [Fact]
    public void Posting_skill_weight_scales_its_share()
    {
        var wanted = new[] { Wants("python", weight: 0.5), Wants("go", weight: 1) };

        Model.SkillCoverage(wanted, [Has("python")], Today).ShouldBe(0.5 / 1.5, 1e-12);
    }

    [Fact]
    public void A_related_skill_earns_similarity_times_the_related_credit_and_the_best_one_counts()
    {
        Model.SkillCoverage([Wants("postgresql")], [Has("mysql")], Today).ShouldBe(0.8 * 0.6, 1e-12);
        Model.SkillCoverage([Wants("postgresql")], [Has("sql"), Has("mysql")], Today).ShouldBe(0.8 * 0.6, 1e-12);
        Model.SkillCoverage([Wants("postgresql")], [Has("postgresql"), Has("mysql")], Today).ShouldBe(1, 1e-12);
    }

    [Fact]
    public void Similarity_is_read_from_the_wanted_skill_to_the_held_one()
    {
        // mysql lists no neighbours, so holding postgresql earns nothing towards a wanted mysql.
        Model.SkillCoverage([Wants("mysql")], [Has("postgresql")], Today).ShouldBe(0);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(1, 1.0)]
    [InlineData(2, 1.0)]
    [InlineData(6, 0.8)]
    [InlineData(20, 0.7)]
    public void Stale_skills_lose_credit_mildly_down_to_a_floor(int yearsAgo, double credit)
    {
        var lastUsed = Today.AddYears(-yearsAgo);

        Model.SkillCoverage([Wants("python")], [Has("python", lastUsed)], Today).ShouldBe(credit, 1e-3);
    }

    [Theory]
    [InlineData(null, 1.0)]
    [InlineData(6.0, 1.0)]
    [InlineData(4.0, 1.0)]
    [InlineData(2.0, 0.85)]
    [InlineData(0.0, 0.7)]
    public void Fewer_years_than_asked_cost_at_most_thirty_percent(double? years, double credit)
    {
        Model.SkillCoverage([Wants("python", minYears: 4)], [Has("python", years: years)], Today).ShouldBe(credit, 1e-12);
    }

    [Fact]
    public void No_wanted_skills_or_no_held_skills_give_zero()
    {
        Model.SkillCoverage([], [Has("python")], Today).ShouldBe(0);
        Model.SkillCoverage([Wants("python")], [], Today).ShouldBe(0);
    }

    [Fact]
    public void Both_directions_score_skills_as_SkillCoverage_does()
    {
        var posting = Posting(skills: [Wants("python", minYears: 3), Wants("postgresql"), Wants("kubernetes", required: false, weight: 0.7)]);
        var profile = Profile(skills: [Has("python", Today.AddYears(-5), years: 1), Has("mysql"), Has("docker", Today.AddYears(-9))]);
        var expected = Model.SkillCoverage(posting.Skills, profile.Skills, Today);

        Model.ScoreJob(posting, profile, Today).Explanation.Factor(MatchFactor.Skills).Value.ShouldBe(expected);
        Model.ScoreCandidate(posting, profile, Today).Explanation.Factor(MatchFactor.Skills).Value.ShouldBe(expected);
    }
}
