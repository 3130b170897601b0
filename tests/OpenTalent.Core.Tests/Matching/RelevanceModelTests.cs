using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;
using static OpenTalent.Core.Tests.Matching.MatchFixtures;

namespace OpenTalent.Core.Tests.Matching;

public class RelevanceModelTests
{
    [Fact]
    public void A_perfect_pair_scores_one_and_weights_add_to_one()
    {
        var posting = Posting(
            skills: [Wants("python")], occupations: [Fit("15-1252.00")], seniority: Seniority.Senior,
            arrangement: WorkArrangement.Remote, salary: UsdRange(100_000, 150_000), posted: Today);
        var profile = Profile(skills: [Has("python")], occupations: [Fit("15-1252.00")], seniority: Seniority.Senior, expected: Usd(120_000));

        var match = Model.ScoreJob(posting, profile, Today);

        match.Score.ShouldBe(1, 1e-9);
        match.Explanation.Factors.Sum(f => f.Weight).ShouldBe(1, 1e-12);
    }

    [Theory]
    [InlineData(Seniority.Senior, Seniority.Senior, 1.0)]
    [InlineData(Seniority.Senior, Seniority.Mid, 0.75)]
    [InlineData(Seniority.Senior, Seniority.Junior, 0.45)]
    [InlineData(Seniority.Lead, Seniority.Junior, 0.2)]
    [InlineData(Seniority.Executive, Seniority.Intern, 0.0)]
    [InlineData(Seniority.Unspecified, Seniority.Senior, 0.5)]
    [InlineData(Seniority.Senior, Seniority.Unspecified, 0.5)]
    public void Seniority_falls_with_distance_on_the_ladder_and_is_neutral_when_unknown(Seniority wanted, Seniority held, double value)
    {
        var match = Model.ScoreJob(Posting(seniority: wanted), Profile(seniority: held), Today);

        match.Explanation.Factor(MatchFactor.Seniority).Value.ShouldBe(value);
    }

    public static TheoryData<string, string?, string?, double> Places => new()
    {
        { "Berlin|Berlin|DE", "Berlin||DE", "same city", 1.0 },
        { "munich|bavaria|de", "Nuremberg|Bavaria|DE", "same region", 0.7 },
        { "Hamburg||DE", "Berlin||DE", "same country", 0.4 },
        { "Paris||FR", "Berlin||DE", "elsewhere", 0.0 },
        { "Berlin||", null, "not known", 0.5 },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void Location_compares_places_part_by_part(string postingPlace, string? profilePlace, string? reason, double value)
    {
        var posting = Posting(locations: [Parse(postingPlace)], arrangement: WorkArrangement.OnSite);
        var profile = Profile(location: profilePlace is null ? null : Parse(profilePlace));

        var factor = Model.ScoreJob(posting, profile, Today).Explanation.Factor(MatchFactor.Location);

        factor.Value.ShouldBe(value);
        factor.Reason.ShouldContain(reason!);
    }

    [Theory]
    [InlineData(WorkArrangement.Remote, RemotePreference.Any, 1.0)]
    [InlineData(WorkArrangement.Remote, RemotePreference.RemoteOnly, 1.0)]
    [InlineData(WorkArrangement.Remote, RemotePreference.OnSite, 0.5)]
    [InlineData(WorkArrangement.OnSite, RemotePreference.RemoteOnly, 0.2)]
    [InlineData(WorkArrangement.Hybrid, RemotePreference.RemoteOnly, 0.5)]
    [InlineData(WorkArrangement.OnSite, RemotePreference.RemoteOrHybrid, 0.5)]
    [InlineData(WorkArrangement.Hybrid, RemotePreference.RemoteOrHybrid, 1.0)]
    [InlineData(WorkArrangement.OnSite, RemotePreference.OnSite, 1.0)]
    public void Arrangement_scales_the_place_fit_for_a_person_in_the_same_city(WorkArrangement arrangement, RemotePreference preference, double value)
    {
        var posting = Posting(locations: [City("Berlin")], arrangement: arrangement);
        var profile = Profile(location: City("Berlin"), remote: preference);

        Model.ScoreJob(posting, profile, Today).Explanation.Factor(MatchFactor.Location).Value.ShouldBe(value);
    }

    [Fact]
    public void The_best_of_several_posting_locations_counts()
    {
        var posting = Posting(locations: [new Place("Paris", null, "FR"), City("Berlin")], arrangement: WorkArrangement.OnSite);

        Model.ScoreJob(posting, Profile(location: City("Berlin")), Today).Explanation.Factor(MatchFactor.Location).Value.ShouldBe(1);
    }

    [Theory]
    [InlineData(150_000, 1.0, SalaryVerdict.AboveExpectation, "pays 50% above your expectation")]
    [InlineData(100_000, 1.0, SalaryVerdict.MeetsExpectation, "meets your expectation")]
    [InlineData(80_000, 0.5, SalaryVerdict.BelowExpectation, "pays 20% below your expectation")]
    [InlineData(60_000, 0.0, SalaryVerdict.BelowExpectation, "pays 40% below your expectation")]
    [InlineData(30_000, 0.0, SalaryVerdict.BelowExpectation, "pays 70% below your expectation")]
    public void Salary_is_full_when_the_top_of_range_meets_the_expectation_and_falls_with_the_shortfall(decimal offeredMax, double value, SalaryVerdict verdict, string reason)
    {
        var match = Model.ScoreJob(Posting(salary: UsdRange(offeredMax / 2, offeredMax)), Profile(expected: Usd(100_000)), Today);

        var factor = match.Explanation.Factor(MatchFactor.Salary);
        factor.Value.ShouldBe(value, 1e-12);
        factor.Reason.ShouldBe(reason);
        match.Explanation.Salary.Verdict.ShouldBe(verdict);
        match.Explanation.Salary.Ratio!.Value.ShouldBe((double)offeredMax / 100_000, 1e-12);
    }

    [Fact]
    public void Salary_is_neutral_and_unknown_without_pay_or_across_currencies()
    {
        var noPay = Model.ScoreJob(Posting(), Profile(expected: Usd(100_000)), Today).Explanation;
        var otherCurrency = Model.ScoreJob(Posting(salary: new PayRange(90_000, 99_000, "EUR")), Profile(expected: Usd(100_000)), Today).Explanation;
        var noExpectation = Model.ScoreJob(Posting(salary: UsdRange(1, 2)), Profile(), Today).Explanation;

        noPay.Factor(MatchFactor.Salary).Value.ShouldBe(0.5);
        noPay.Factor(MatchFactor.Salary).Reason.ShouldBe("no pay stated");
        otherCurrency.Salary.Verdict.ShouldBe(SalaryVerdict.Unknown);
        otherCurrency.Factor(MatchFactor.Salary).Reason.ShouldBe("pay and expectation in different currencies");
        noExpectation.Salary.Verdict.ShouldBe(SalaryVerdict.Unknown);
        noExpectation.Factor(MatchFactor.Salary).Value.ShouldBe(0.5);
    }

    [Fact]
    public void Salary_falls_back_to_current_pay_when_no_expectation_is_stated()
    {
        var profile = new CandidateProfile("p", null, null, null, null, Seniority.Unspecified, null, RemotePreference.Any, null, Usd(100_000), null, null);

        Model.ScoreJob(Posting(salary: UsdRange(70_000, 80_000)), profile, Today).Explanation.Salary.Verdict.ShouldBe(SalaryVerdict.BelowExpectation);
    }

    [Theory]
    [InlineData(0, 1.0, "posted today")]
    [InlineData(30, 0.5, "posted 30 days ago")]
    [InlineData(60, 0.25, "posted 60 days ago")]
    [InlineData(-3, 1.0, "posted today")]
    public void Posting_recency_halves_every_thirty_days(int ageDays, double value, string reason)
    {
        var factor = Model.ScoreJob(Posting(posted: Today.AddDays(-ageDays)), Profile(), Today).Explanation.Factor(MatchFactor.Recency);

        factor.Value.ShouldBe(value, 1e-12);
        factor.Reason.ShouldBe(reason);
    }

    [Fact]
    public void Recency_follows_the_profile_for_candidates_and_is_neutral_when_undated()
    {
        var posting = Posting(posted: Today.AddDays(-300));
        var profile = Profile(updated: Today.AddDays(-180));

        Model.ScoreCandidate(posting, profile, Today).Explanation.Factor(MatchFactor.Recency).Value.ShouldBe(0.5, 1e-12);
        Model.ScoreCandidate(posting, Profile(), Today).Explanation.Factor(MatchFactor.Recency).Reason.ShouldBe("profile undated");
        Model.ScoreJob(Posting(), profile, Today).Explanation.Factor(MatchFactor.Recency).Value.ShouldBe(0.5);
    }

    [Theory]
    [InlineData("15-1252.00", 1.0, 1.0, "same occupation: Software Developers")]
    [InlineData("15-1253.00", 1.0, 0.6, "related occupations")]
    [InlineData("15-1211.00", 1.0, 0.2, "neighbouring occupations")]
    [InlineData("29-1141.00", 1.0, 0.0, "different occupations")]
    [InlineData("15-1252.00", 0.5, 0.5, "same occupation")]
    public void Occupation_is_the_best_pair_of_confidence_times_similarity(string held, double confidence, double value, string reason)
    {
        var factor = Model.ScoreJob(Posting(occupations: [Fit("15-1252.00")]), Profile(occupations: [Fit(held, confidence)]), Today)
            .Explanation.Factor(MatchFactor.Occupation);

        factor.Value.ShouldBe(value, 1e-12);
        factor.Reason.ShouldStartWith(reason);
    }

    [Fact]
    public void Occupation_is_neutral_when_either_side_has_none()
    {
        Model.ScoreJob(Posting(occupations: [Fit("15-1252.00")]), Profile(), Today).Explanation.Factor(MatchFactor.Occupation).Value.ShouldBe(0.5);
        Model.ScoreJob(Posting(), Profile(occupations: [Fit("15-1252.00")]), Today).Explanation.Factor(MatchFactor.Occupation).Value.ShouldBe(0.5);
    }

    [Fact]
    public void Weights_are_tunable_and_normalised()
    {
        var skillsOnly = new RelevanceModel(new MatchWeights(skills: 2, occupation: 0, seniority: 0, location: 0, salary: 0, recency: 0), Similarity, Occupations);
        var posting = Posting(skills: [Wants("python"), Wants("go")]);

        skillsOnly.ScoreJob(posting, Profile(skills: [Has("python")]), Today).Score.ShouldBe(0.5, 1e-12);
    }

    [Fact]
    public void Both_directions_give_the_same_score_apart_from_recency()
    {
        var posting = Posting(skills: [Wants("python"), Wants("postgresql")], occupations: [Fit("15-1252.00")], salary: UsdRange(90_000, 110_000));
        var profile = Profile(skills: [Has("python"), Has("mysql")], occupations: [Fit("15-1253.00", 0.9)], expected: Usd(100_000));

        Model.ScoreJob(posting, profile, Today).Score.ShouldBe(Model.ScoreCandidate(posting, profile, Today).Score, 1e-12);
    }

    private static Place Parse(string text)
    {
        var parts = text.Split('|');
        return new Place(parts[0], parts[1], parts[2]);
    }
}
