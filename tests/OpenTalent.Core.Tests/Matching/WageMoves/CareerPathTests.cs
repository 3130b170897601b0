using OpenTalent.Core.Matching;
using OpenTalent.Core.Matching.WageMoves;
using static OpenTalent.Core.Tests.Matching.WageMoves.WageMarket;

namespace OpenTalent.Core.Tests.Matching.WageMoves;

public class CareerPathTests
{
    // Weighted Jaccard of the skill importances (see WageMarket.Graph):
    // Analyst-Engineer: (0.8 + 0.9) / (0.9 + 1.0 + 0.6 + 0.8) = 1.7 / 3.3
    // Engineer-Platform: (0.9 + 0.7) / (0.9 + 0.9 + 0.8 + 0.9 + 0.8) = 1.6 / 4.3
    // Analyst-Platform: 0.8 / 4.9; Analyst-Accountant: 0.6 / 3.8
    private const double AnalystEngineer = 1.7 / 3.3;
    private const double EngineerPlatform = 1.6 / 4.3;
    private const double AnalystAccountant = 0.6 / 3.8;

    [Fact]
    public void Two_steps_through_a_related_occupation_beat_a_weak_direct_move()
    {
        var (index, advisor) = Advisor();
        using var _ = index;

        var paths = advisor.Advise(Person(Usd(100_000), null, Analyst), WageMoveOptions.Default, Today).CareerPaths;

        // To ML Platform Engineer: via Data Engineer 0.875 x 0.515 x 0.372 = 0.168 beats directly 0.875 x 0.163 = 0.143.
        paths.Select(p => string.Join(" > ", p.Steps.Select(s => s.Code))).ShouldBe([$"{Engineer} > {Platform}", Engineer, Accountant]);
        var best = paths[0];
        best.FromCode.ShouldBe(Analyst);
        best.FromMedianAnnualWage.ShouldBe(80_000m);
        best.Steps.Select(s => s.WageDelta).ShouldBe([20_000m, 50_000m]);
        best.Steps.Select(s => s.Related).ShouldBe([true, true]);
        best.Steps[0].Raise.ShouldBe(0.25, 1e-9);
        best.Steps[1].Raise.ShouldBe(0.5, 1e-9);
        best.Steps[0].SkillOverlap.ShouldBe(AnalystEngineer, 1e-9);
        best.Steps[1].SkillOverlap.ShouldBe(EngineerPlatform, 1e-9);
        best.TotalWageDelta.ShouldBe(70_000m);
        best.TotalRaise.ShouldBe(0.875, 1e-9);
        best.Feasibility.ShouldBe(AnalystEngineer * EngineerPlatform, 1e-9);
        best.Score.ShouldBe(0.875 * AnalystEngineer * EngineerPlatform, 1e-9);

        // Spark is new on the first step; on the second, Kubernetes and MLOps (Spark came with Data Engineer).
        best.Steps[0].SkillsToLearn.Select(s => s.SkillId).ShouldBe(["spark"]);
        best.Steps[0].SkillsToLearn[0].Importance.ShouldBe(0.8, 1e-9);
        best.Steps[1].SkillsToLearn.Select(s => s.SkillId).ShouldBe(["k8s", "mlops"]);

        paths[1].Score.ShouldBe(0.25 * AnalystEngineer, 1e-9);
        paths[2].Steps.ShouldHaveSingleItem().Related.ShouldBeFalse();
        paths[2].Score.ShouldBe(0.125 * AnalystAccountant, 1e-9);
    }

    [Fact]
    public void Skills_the_person_has_are_not_listed_to_learn()
    {
        var (index, advisor) = Advisor();
        using var _ = index;
        var person = Person(Usd(100_000), null, Analyst);
        var sparkUser = new CandidateProfile(
            person.Identifier, null, null, person.Skills.Append(new ProfileSkill("spark", "Spark", 1, SkillEvidence.Work, Today)),
            person.Occupations, person.Seniority, null, person.RemotePreference, person.ExpectedSalary, null, 5, Today);

        var paths = advisor.Advise(sparkUser, WageMoveOptions.Default, Today).CareerPaths;

        paths[0].Steps[0].Code.ShouldBe(Engineer);
        paths[0].Steps[0].SkillsToLearn.ShouldBeEmpty();
    }

    [Fact]
    public void The_persons_own_occupations_are_origins_never_destinations()
    {
        var (index, advisor) = Advisor();
        using var _ = index;

        var paths = advisor.Advise(Person(Usd(100_000), null, Analyst, Engineer), WageMoveOptions.Default, Today).CareerPaths;

        // Engineer > Platform (0.5 x 0.372 = 0.186) beats Analyst > Platform (0.143) for the same destination.
        paths.Select(p => (p.FromCode, string.Join(" > ", p.Steps.Select(s => s.Code)))).ShouldBe([(Engineer, Platform), (Analyst, Accountant)]);
    }

    [Fact]
    public void Paths_are_capped_and_can_be_turned_off()
    {
        var (index, advisor) = Advisor();
        using var _ = index;
        var person = Person(Usd(100_000), null, Analyst);

        advisor.Advise(person, WageMoveOptions.Default with { MaxPaths = 1 }, Today).CareerPaths.Count.ShouldBe(1);
        advisor.Advise(person, WageMoveOptions.Default with { MaxPaths = 0 }, Today).CareerPaths.ShouldBeEmpty();
    }

    [Fact]
    public void An_occupation_without_a_wage_cannot_start_a_path()
    {
        var graph = new OccupationGraph(Graph().Occupations.Select(o => o.Code == Analyst ? o with { MedianAnnualWage = null } : o));
        var (index, advisor) = Advisor(model: Model(graph));
        using var _ = index;

        var report = advisor.Advise(Person(Usd(100_000), null, Analyst), WageMoveOptions.Default, Today);

        report.CareerPaths.ShouldBeEmpty();
        report.Notes.ShouldContain(n => n.Contains($"without an OEWS median wage: {Analyst}"));
    }
}
