using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;

namespace OpenTalent.Core.Tests.Workforce;

public class AnalyticsTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid By = Guid.CreateVersion7();
    private static readonly Pipeline Standard = Pipeline.Standard;
    private static readonly ExitReasonCatalogue Reasons = ExitReasonCatalogue.Default;

    private static Candidacy New(string source) => Candidacy.Apply(Standard, Guid.CreateVersion7(), Guid.CreateVersion7(), "job-1", source, By, Day0);

    /// <summary>Four candidates: hired (referral), rejected at screen, withdrew at offer, still interviewing.</summary>
    private static Candidacy[] Log() =>
    [
        New("referral").MoveTo(Standard, "Screen", By, Day0.AddDays(2)).MoveTo(Standard, "Interviews", By, Day0.AddDays(5))
            .MoveTo(Standard, "Offer", By, Day0.AddDays(15)).MoveTo(Standard, "Hired", By, Day0.AddDays(20)),
        New("job board").MoveTo(Standard, "Screen", By, Day0.AddDays(4)).Reject(Reasons, "skills-gap", By, Day0.AddDays(7)),
        New("job board").MoveTo(Standard, "Screen", By, Day0.AddDays(1)).MoveTo(Standard, "Interviews", By, Day0.AddDays(3))
            .MoveTo(Standard, "Offer", By, Day0.AddDays(10)).Withdraw(Reasons, "accepted-other-offer", By, Day0.AddDays(12)),
        New(" ").MoveTo(Standard, "Screen", By, Day0.AddDays(6)).MoveTo(Standard, "Interviews", By, Day0.AddDays(9)),
    ];

    [Fact]
    public void Stage_statistics_count_entries_exits_and_stays_from_the_move_log()
    {
        var stages = PipelineAnalytics.Stages(Standard, Log());

        stages.Select(s => (s.Stage, s.Entered, s.Passed, s.Rejected, s.Withdrawn, s.StillIn)).ShouldBe([
            ("Applied", 4, 4, 0, 0, 0),
            ("Screen", 4, 3, 1, 0, 0),
            ("Interviews", 3, 2, 0, 0, 1),
            ("Offer", 2, 1, 0, 1, 0),
            ("Hired", 1, 0, 0, 0, 1),
        ]);
        stages[0].DaysInStage.ShouldBe([1, 2, 4, 6]);
        stages[0].MedianDays.ShouldBe(3);
        stages[1].PassThroughRate.ShouldBe(0.75);
        stages[3].PassThroughRate.ShouldBe(0.5);
        stages[4].PassThroughRate.ShouldBeNull();
    }

    [Fact]
    public void Offer_acceptance_source_of_hire_and_recruiter_load()
    {
        var log = Log();
        var recruiterA = Guid.CreateVersion7();

        PipelineAnalytics.OfferAcceptance(log).ShouldBe(0.5);
        PipelineAnalytics.OfferAcceptance([]).ShouldBeNull();
        PipelineAnalytics.SourceOfHire(log).ShouldBe([("referral", 1)]);
        PipelineAnalytics.RecruiterLoad(log, _ => recruiterA).ShouldBe([(recruiterA, 1)]);
    }

    [Fact]
    public void Time_to_fill_runs_from_opening_to_filled()
    {
        var manager = Guid.CreateVersion7();
        var opened = Requisition.Draft(Guid.CreateVersion7(), null, "Engineer", manager, null, new DateOnly(2026, 9, 1), new SalaryBand(1, 2, "USD"), ApprovalChain.None, manager, Day0)
            .Submit(manager, Day0.AddDays(1));

        var filled = opened.Hold(manager, Day0.AddDays(5), "Budget review").Resume(manager, Day0.AddDays(8)).Fill(manager, Day0.AddDays(31), null);

        PipelineAnalytics.TimeToFill([filled, opened]).ShouldBe([30]);
    }

    [Fact]
    public void The_forecast_funnel_is_read_from_observations_and_says_which_stages_are_assumed()
    {
        var estimate = FunnelEstimate.From(Standard, Log(), minimumDecided: 4);

        estimate.Stages.Select(s => s.Name).ShouldBe(["Applied", "Screen", "Interviews", "Offer"]);
        estimate.Stages[0].PassRate.ShouldBe(1);
        estimate.Stages[0].Duration.Kind.ShouldBe(StageDurationKind.Empirical);
        estimate.Stages[1].PassRate.ShouldBe(0.75);
        estimate.Stages[2].LiveCandidates.ShouldBe(1);
        estimate.Assumed.ShouldBe(["Interviews", "Offer"]);
        estimate.Stages[3].PassRate.ShouldBe(0.5);
    }

    [Fact]
    public void A_forecast_input_comes_from_the_plan_the_open_requisitions_and_the_observed_funnel()
    {
        var manager = Guid.CreateVersion7();
        var research = new Department(Guid.CreateVersion7(), "Research", 10, [new(new DateOnly(2026, 12, 31), 12)]);
        Requisition Opening(Guid department) => Requisition.Draft(department, null, "Engineer", manager, null, new DateOnly(2026, 9, 1), new SalaryBand(1, 2, "USD"), ApprovalChain.None, manager, Day0);
        Requisition[] requisitions = [Opening(research.Id).Submit(manager, Day0), Opening(research.Id), Opening(Guid.CreateVersion7()).Submit(manager, Day0)];

        var input = ForecastInputs.For(research, requisitions, FunnelEstimate.From(Standard, Log(), minimumDecided: 1), applicantsPerWeek: 5);

        (input.Department, input.CurrentHeadcount, input.TargetHeadcount, input.TargetDate, input.OpenRequisitions).ShouldBe(("Research", 10, 12, new DateOnly(2026, 12, 31), 1));
        input.Stages.Count.ShouldBe(4);
        HiringForecaster.ForecastDepartment(DateOnly.FromDateTime(Day0.UtcDateTime), input, new ForecastOptions(runs: 100)).Limitation.ShouldNotBeNull().ShouldContain("open 1 more");
        Should.Throw<ArgumentException>(() => ForecastInputs.For(new Department(Guid.CreateVersion7(), "Ops", 3, []), [], FunnelEstimate.From(Standard, []), 1)).Message.ShouldContain("no headcount target");
    }
}
