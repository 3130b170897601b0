using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;

namespace OpenTalent.Core.Tests.Workforce;

/// <summary>Each limit accepted at its edge and refused one past it, naming the field.</summary>
public class BoundaryTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(PipelineStage.MaxRequiredScorecards, true)]
    [InlineData(PipelineStage.MaxRequiredScorecards + 1, false)]
    [InlineData(-1, false)]
    public void Required_scorecards(int required, bool accepted)
    {
        var create = () => new PipelineStage("Onsite", ApplicationStatus.Interview, required);
        if (accepted)
        {
            create().RequiredScorecards.ShouldBe(required);
        }
        else
        {
            Should.Throw<ArgumentOutOfRangeException>(create).ParamName.ShouldBe("requiredScorecards");
        }
    }

    [Theory]
    [InlineData(Pipeline.MaxStages, true)]
    [InlineData(Pipeline.MaxStages + 1, false)]
    public void Stages_per_pipeline(int count, bool accepted)
    {
        PipelineStage[] stages =
        [
            new("Applied", ApplicationStatus.Applied),
            new("Screen", ApplicationStatus.Screening),
            .. Enumerable.Range(1, count - 4).Select(i => new PipelineStage($"Interview {i}", ApplicationStatus.Interview)),
            new("Offer", ApplicationStatus.Offer),
            new("Hired", ApplicationStatus.Hired),
        ];
        var create = () => new Pipeline(stages);

        if (accepted)
        {
            create().Stages.Count.ShouldBe(count);
        }
        else
        {
            Should.Throw<ArgumentException>(create).Message.ShouldContain($"this one has {count}");
        }
    }

    [Fact]
    public void Stage_names_at_and_past_their_length_limit()
    {
        new PipelineStage(new string('x', PipelineStage.MaxNameLength), ApplicationStatus.Screening).Name.Length.ShouldBe(PipelineStage.MaxNameLength);
        Should.Throw<ArgumentException>(() => new PipelineStage(new string('x', PipelineStage.MaxNameLength + 1), ApplicationStatus.Screening)).ParamName.ShouldBe("name");
        Should.Throw<ArgumentException>(() => new ForecastStage(new string('x', ForecastStage.MaxNameLength + 1), 0.5, StageDuration.Fixed(1), 0)).ParamName.ShouldBe("name");
    }

    [Fact]
    public void Durations_runs_and_horizons_at_their_limits()
    {
        StageDuration.Fixed(StageDuration.MaxDays).Center.ShouldBe(StageDuration.MaxDays);
        Should.Throw<ArgumentOutOfRangeException>(() => StageDuration.Fixed(StageDuration.MaxDays + 0.5)).ParamName.ShouldBe("days");
        StageDuration.LogNormal(3, 3).Spread.ShouldBe(3);
        Should.Throw<ArgumentOutOfRangeException>(() => StageDuration.LogNormal(3, 3.01)).ParamName.ShouldBe("sigma");
        new ForecastOptions(runs: 1, horizonDaysAfterTarget: 0, onTimeProbability: 1).Runs.ShouldBe(1);
        Should.Throw<ArgumentOutOfRangeException>(() => new ForecastOptions(runs: ForecastOptions.MaxRuns + 1)).ParamName.ShouldBe("runs");
        Should.Throw<ArgumentOutOfRangeException>(() => new ForecastOptions(horizonDaysAfterTarget: -1)).ParamName.ShouldBe("horizonDaysAfterTarget");
        Should.Throw<ArgumentOutOfRangeException>(() => new ForecastOptions(onTimeProbability: 1.0001)).ParamName.ShouldBe("onTimeProbability");
    }

    [Fact]
    public void Capacities_at_their_limits()
    {
        new RecruiterCapacity(1, 1).Total.ShouldBe(1);
        new RecruiterCapacity(1_000, 10_000).Total.ShouldBe(RecruiterCapacity.MaxSlots);
        Should.Throw<ArgumentOutOfRangeException>(() => new RecruiterCapacity(1_001, 10_000)).ParamName.ShouldBe("activeCandidatesPerRecruiter");
        Should.Throw<ArgumentOutOfRangeException>(() => RecruiterCapacity.PerWeek(1, 0)).ParamName.ShouldBe("newCandidatesPerRecruiterPerWeek");
        RecruiterCapacity.PerWeek(3, 5).WithRecruiters(4).ShouldBe(RecruiterCapacity.PerWeek(4, 5));
    }

    [Fact]
    public void Notice_and_inflow_at_their_limits()
    {
        ForecastStage[] stages = [new("Review", 1, StageDuration.Fixed(1), 0), new("Offer", 1, StageDuration.Fixed(1), 0)];
        var date = new DateOnly(2026, 12, 31);
        new DepartmentForecastInput("R", 0, 1, date, 1, stages, DepartmentForecastInput.MaxApplicantsPerWeek, noticeDays: DepartmentForecastInput.MaxNoticeDays).NoticeDays.ShouldBe(DepartmentForecastInput.MaxNoticeDays);
        Should.Throw<ArgumentOutOfRangeException>(() => new DepartmentForecastInput("R", 0, 1, date, 1, stages, 1, noticeDays: DepartmentForecastInput.MaxNoticeDays + 1)).ParamName.ShouldBe("noticeDays");
        Should.Throw<ArgumentOutOfRangeException>(() => new DepartmentForecastInput("R", 0, 1, date, 1, stages, DepartmentForecastInput.MaxApplicantsPerWeek + 1)).ParamName.ShouldBe("applicantsPerWeek");
    }
}
