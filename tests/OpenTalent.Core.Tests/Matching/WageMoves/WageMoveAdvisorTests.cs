using OpenTalent.Core.Matching;
using OpenTalent.Core.Matching.WageMoves;
using static OpenTalent.Core.Tests.Matching.WageMoves.WageMarket;

namespace OpenTalent.Core.Tests.Matching.WageMoves;

public class WageMoveAdvisorTests
{
    [Fact]
    public void Better_paid_postings_are_only_those_above_the_raise_line_in_the_baseline_currency()
    {
        var (index, advisor) = Advisor();
        using var _ = index;

        var report = advisor.Advise(Person(Usd(100_000)), new WageMoveOptions(MinRaise: 0.10, MinMatch: 0), Today);

        report.Baseline.Source.ShouldBe(WageBaselineSource.ExpectedSalary);
        report.Baseline.Pay.ShouldBe(Usd(100_000));
        // p3 pays 105k (< 110k), p8 is in EUR, p9 is closed, p11 states no pay.
        report.Postings.Select(p => p.Match.Identifier).Order().ShouldBe(["p1", "p10", "p12", "p2", "p4", "p5", "p6", "p7"]);
        report.Postings.ShouldAllBe(p => p.Raise >= 0.10 && p.Offered.Currency == "USD");
        var p7 = report.Postings.Single(p => p.Match.Identifier == "p7");
        p7.Raise.ShouldBe(0.60, 1e-9);
        p7.MidpointRaise.ShouldBe(0.44, 1e-9); // (128,000 + 160,000) / 2 over 100,000
    }

    [Fact]
    public void Better_paid_postings_keep_good_matches_only_best_first_up_to_the_cap()
    {
        var model = Model();
        var (index, advisor) = Advisor(model: model);
        using var _ = index;
        var person = Person(Usd(100_000));
        string[] abovePayLine = ["p1", "p2", "p4", "p5", "p6", "p7", "p10", "p12"];
        var expected = Postings()
            .Where(p => abovePayLine.Contains(p.Identifier))
            .Select(p => model.ScoreJob(p, person, Today))
            .Where(m => m.Score >= 0.45)
            .OrderByDescending(m => m.Score).ThenBy(m => m.Identifier, StringComparer.Ordinal)
            .Select(m => m.Identifier)
            .ToArray();

        var report = advisor.Advise(person, WageMoveOptions.Default, Today);
        var capped = advisor.Advise(person, WageMoveOptions.Default with { MaxPostings = 2 }, Today);

        expected.ShouldContain("p1");       // every requirement met
        expected.ShouldNotContain("p10");   // none of three requirements met
        report.Postings.Select(p => p.Match.Identifier).ShouldBe(expected);
        report.Postings.ShouldAllBe(p => p.Match.Score >= 0.45 && p.Match.Explanation.Summary.Length > 0);
        capped.Postings.Select(p => p.Match.Identifier).ShouldBe(expected.Take(2));
    }

    [Fact]
    public void Current_salary_is_the_baseline_when_no_expectation_is_stated()
    {
        var (index, advisor) = Advisor();
        using var _ = index;

        var report = advisor.Advise(Person(current: Usd(140_000)), new WageMoveOptions(MinMatch: 0), Today);

        report.Baseline.Source.ShouldBe(WageBaselineSource.CurrentSalary);
        report.Postings.Select(p => p.Match.Identifier).Order().ShouldBe(["p12", "p7"]); // at least 154,000: p1 pays 150,000
    }

    [Fact]
    public void Without_a_salary_the_best_occupation_median_is_the_baseline_and_the_notes_say_so()
    {
        var (index, advisor) = Advisor();
        using var _ = index;

        var report = advisor.Advise(Person(null, null, "99-9999.00", Analyst), new WageMoveOptions(MinMatch: 0), Today);

        report.Baseline.Source.ShouldBe(WageBaselineSource.OccupationMedian);
        report.Baseline.OccupationCode.ShouldBe(Analyst);
        report.Baseline.Pay.ShouldBe(Usd(80_000));
        report.Notes.ShouldContain(n => n.Contains("Data Analyst") && n.Contains("80,000"));
        // At least 88,000 in USD: p3 (105,000) is in now.
        report.Postings.Select(p => p.Match.Identifier).Order().ShouldBe(["p1", "p10", "p12", "p2", "p3", "p4", "p5", "p6", "p7"]);
        report.Postings.Single(p => p.Match.Identifier == "p2").Raise.ShouldBe(0.5, 1e-9);
    }

    [Fact]
    public void Without_any_baseline_nothing_is_invented_and_the_notes_say_why()
    {
        var (index, advisor) = Advisor();
        using var _ = index;

        var nothing = advisor.Advise(Person(), WageMoveOptions.Default, Today);
        var unknownOccupation = advisor.Advise(Person(null, null, "99-9999.00"), WageMoveOptions.Default, Today);

        nothing.Baseline.ShouldBe(WageBaseline.None);
        nothing.Postings.ShouldBeEmpty();
        nothing.Occupations.ShouldBeEmpty();
        nothing.SkillBundles.ShouldBeEmpty();
        nothing.CareerPaths.ShouldBeEmpty();
        nothing.Notes.ShouldContain(n => n.StartsWith("No baseline wage"));
        nothing.Notes.ShouldContain(n => n.Contains("names no occupation"));
        unknownOccupation.Baseline.Source.ShouldBe(WageBaselineSource.None);
        unknownOccupation.Notes.ShouldContain(n => n.StartsWith("No baseline wage") && n.Contains("99-9999.00"));
        unknownOccupation.Notes.ShouldContain(n => n.Contains("not in the occupation data: 99-9999.00"));
    }

    [Fact]
    public void A_zero_salary_is_not_a_baseline()
    {
        var (index, advisor) = Advisor();
        using var _ = index;

        var report = advisor.Advise(Person(Usd(0), Usd(120_000)), new WageMoveOptions(MinMatch: 0), Today);

        report.Baseline.Source.ShouldBe(WageBaselineSource.CurrentSalary);
        report.Notes.ShouldContain(n => n.Contains("expected salary is zero"));
    }

    [Fact]
    public void A_baseline_in_another_currency_compares_only_postings_in_that_currency_and_no_occupation_wages()
    {
        var (index, advisor) = Advisor();
        using var _ = index;

        var report = advisor.Advise(Person(new AnnualPay(90_000, "EUR"), null, Analyst), new WageMoveOptions(MinMatch: 0), Today);

        report.Postings.Select(p => p.Match.Identifier).ShouldBe(["p8"]);
        report.Postings[0].Raise.ShouldBe((200_000.0 / 90_000) - 1, 1e-9);
        report.Occupations.ShouldBeEmpty();
        report.Notes.ShouldContain(n => n.Contains("USD") && n.Contains("EUR") && n.Contains("not listed"));
        report.CareerPaths.ShouldNotBeEmpty(); // occupation to occupation, all in USD
    }

    [Fact]
    public void Better_paid_occupations_need_the_raise_and_a_good_skill_fit_ranked_by_raise_times_fit()
    {
        var (index, advisor) = Advisor();
        using var _ = index;
        var person = Person(Usd(80_000), null, Analyst);

        var strict = advisor.Advise(person, WageMoveOptions.Default, Today);
        var loose = advisor.Advise(person, WageMoveOptions.Default with { MinMatch = 0.25 }, Today);

        // The floor is 88,000. Data Engineer: Python 0.9 + SQL 0.9 of 2.6 covered; Accountant: nothing covered;
        // ML Platform Engineer: Python 0.9 of 3.3; Data Analyst is the person's own occupation.
        var engineer = strict.Occupations.ShouldHaveSingleItem();
        engineer.Code.ShouldBe(Engineer);
        engineer.MedianAnnualWage.ShouldBe(100_000m);
        engineer.Raise.ShouldBe(0.25, 1e-9);
        engineer.SkillFit.ShouldBe(1.8 / 2.6, 1e-9);
        engineer.MissingSkills.Select(s => s.SkillId).ShouldBe(["spark"]);
        loose.Occupations.Select(o => o.Code).ShouldBe([Platform, Engineer]); // 0.875 x 0.273 > 0.25 x 0.692
        loose.Occupations[0].MissingSkills.Select(s => s.Label).ShouldBe(["Kubernetes", "Mlops", "Spark"]);
    }

    [Fact]
    public void The_advisor_must_use_the_index_model()
    {
        using var index = new MatchIndex(Model());

        Should.Throw<ArgumentException>(() => new WageMoveAdvisor(index, Model())).ParamName.ShouldBe("model");
    }
}
