using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;
using static OpenTalent.Core.Tests.Matching.MatchFixtures;

namespace OpenTalent.Core.Tests.Matching;

public class ExplanationTests
{
    private static readonly JobPosting Backend = Posting(
        skills: [Wants("python"), Wants("postgresql"), Wants("kubernetes"), Wants("rust"), Wants("docker", required: false), Wants("go", required: false)],
        occupations: [Fit("15-1252.00")],
        salary: UsdRange(100_000, 120_000),
        posted: Today.AddDays(-2));

    private static readonly CandidateProfile Seeker = Profile(
        skills: [Has("python"), Has("mysql"), Has("docker")],
        occupations: [Fit("15-1252.00")],
        expected: Usd(100_000));

    [Fact]
    public void Lists_skills_matched_missing_and_credited_through_a_named_related_skill()
    {
        var explanation = Model.ScoreJob(Backend, Seeker, Today).Explanation;

        explanation.RequiredMatched.ShouldBe(["Python"]);
        explanation.PreferredMatched.ShouldBe(["Docker"]);
        explanation.MatchedThroughRelated.ShouldBe(
        [
            new RelatedSkillMatch("Postgresql", "Mysql", 0.8, Required: true),
            new RelatedSkillMatch("Kubernetes", "Docker", 0.7, Required: true),
        ]);
        explanation.RequiredMissing.ShouldBe(["Rust"]);
        explanation.PreferredMissing.ShouldBe(["Go"]);
    }

    [Fact]
    public void Summary_is_one_plain_sentence_from_the_readers_side()
    {
        Model.ScoreJob(Backend, Seeker, Today).Explanation.Summary
            .ShouldBe("You have 1 of 4 required skills, 2 more through a related skill; pay is 20% above your expectation.");
        Model.ScoreCandidate(Backend, Seeker, Today).Explanation.Summary
            .ShouldBe("Has 1 of 4 required skills, 2 more through a related skill; pay is 20% above their expectation.");
    }

    [Fact]
    public void Summary_leaves_pay_out_when_it_cannot_be_compared()
    {
        Model.ScoreJob(Posting(skills: [Wants("python", required: false)]), Profile(skills: [Has("python")]), Today).Explanation.Summary
            .ShouldBe("You have 1 of 1 skills.");
        Model.ScoreJob(Posting(), Profile(), Today).Explanation.Summary.ShouldBe("The posting lists no skills.");
    }

    [Fact]
    public void Factors_come_biggest_contribution_first_with_a_reason_each()
    {
        var explanation = Model.ScoreJob(Backend, Seeker, Today).Explanation;

        explanation.Factors.Count.ShouldBe(6);
        explanation.Factors.Select(f => f.Contribution).ShouldBeInOrder(SortDirection.Descending);
        explanation.Factors.ShouldAllBe(f => f.Reason.Length > 0);
        explanation.Factor(MatchFactor.Skills).Reason.ShouldBe("1 of 4 required skills, 1 of 2 preferred skills, 2 through a related skill");
        explanation.Factor(MatchFactor.Salary).Reason.ShouldBe("pays 20% above your expectation");
        explanation.Factor(MatchFactor.Recency).Reason.ShouldBe("posted 2 days ago");
        explanation.Factor(MatchFactor.Occupation).Reason.ShouldBe("same occupation: Software Developers");
    }

    [Fact]
    public void Score_is_the_sum_of_the_factor_contributions()
    {
        var match = Model.ScoreJob(Backend, Seeker, Today);

        match.Score.ShouldBe(match.Explanation.Factors.Sum(f => f.Contribution), 1e-12);
        match.Identifier.ShouldBe(Backend.Identifier);
        match.Title.ShouldBe(Backend.Title);
    }

    [Fact]
    public void Seniority_and_location_reasons_say_what_differs()
    {
        var posting = Posting(seniority: Seniority.Senior, locations: [City("Berlin")], arrangement: WorkArrangement.OnSite);
        var profile = Profile(seniority: Seniority.Mid, location: City("Berlin"), remote: RemotePreference.RemoteOnly);

        var jobs = Model.ScoreJob(posting, profile, Today).Explanation;
        var candidates = Model.ScoreCandidate(posting, profile, Today).Explanation;

        jobs.Factor(MatchFactor.Seniority).Reason.ShouldBe("the role is Senior, you are Mid");
        candidates.Factor(MatchFactor.Seniority).Reason.ShouldBe("the role is Senior, the candidate is Mid");
        jobs.Factor(MatchFactor.Location).Reason.ShouldBe("same city: Berlin; on-site role, remote only wanted");
    }

    [Fact]
    public void Candidate_matches_carry_the_display_name_only_for_display()
    {
        var match = Model.ScoreCandidate(Backend, Seeker, Today);

        match.DisplayName.ShouldBe("Alex Example");
        match.Headline.ShouldBe("Engineer");
    }
}
