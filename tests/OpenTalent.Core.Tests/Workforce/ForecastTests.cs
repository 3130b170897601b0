using OpenTalent.Core.Workforce;

namespace OpenTalent.Core.Tests.Workforce;

public class ForecastTests
{
    private static readonly DateOnly AsOf = new(2026, 1, 1);
    private static readonly ForecastOptions Options = new(runs: 500, seed: 7, searchRuns: 200);

    /// <summary>Everyone passes; review 2 days, interview 3, offer 5: a hire exactly 10 days after applying.</summary>
    private static ForecastStage[] CertainFunnel(int liveInReview = 0) =>
    [
        new("Review", 1, StageDuration.Fixed(2), liveInReview),
        new("Interview", 1, StageDuration.Fixed(3), 0),
        new("Offer", 1, StageDuration.Fixed(5), 0),
    ];

    private static ForecastStage[] UncertainFunnel() =>
    [
        new("Review", 0.3, StageDuration.Exponential(3), 40),
        new("Screen", 0.5, StageDuration.LogNormal(5, 0.5), 12),
        new("Interviews", 0.4, StageDuration.Empirical([7, 10, 14, 21]), 6),
        new("Offer", 0.85, StageDuration.Exponential(6), 2),
    ];

    private static DepartmentForecastInput Department(
        ForecastStage[] stages, int gap, int targetDay, double applicantsPerWeek, InflowPattern inflow = InflowPattern.Even, RecruiterCapacity? capacity = null, int? openings = null, int noticeDays = 0) =>
        new("Research", 100, 100 + gap, AsOf.AddDays(targetDay), openings ?? gap, stages, applicantsPerWeek, capacity, noticeDays, inflow);

    [Fact]
    public void A_certain_live_pipeline_reaches_its_target_on_an_exact_date_with_probability_one()
    {
        var forecast = HiringForecaster.ForecastDepartment(AsOf, Department(CertainFunnel(liveInReview: 10), gap: 10, targetDay: 30, applicantsPerWeek: 0), Options);

        forecast.ProbabilityOnTime.ShouldBe(1);
        forecast.ExpectedHiresByTargetDate.ShouldBe(10);
        forecast.ExpectedHeadcountByTargetDate.ShouldBe(110);
        (forecast.HiresByTargetDateP10, forecast.HiresByTargetDateP90).ShouldBe((10, 10));
        forecast.ReachedP10.ShouldBe(AsOf.AddDays(10));
        forecast.ReachedMedian.ShouldBe(AsOf.AddDays(10));
        forecast.ReachedP90.ShouldBe(AsOf.AddDays(10));
        forecast.NeededApplicantsPerWeek.ShouldBe(0);
        forecast.Limitation.ShouldBeNull();
    }

    [Fact]
    public void A_notice_period_moves_the_start_date_by_exactly_its_days()
    {
        var forecast = HiringForecaster.ForecastDepartment(AsOf, Department(CertainFunnel(liveInReview: 10), gap: 10, targetDay: 30, applicantsPerWeek: 0, noticeDays: 14), Options);

        forecast.ReachedMedian.ShouldBe(AsOf.AddDays(24));
    }

    [Theory]
    [InlineData(30, 1.0, 20)]
    [InlineData(29, 0.0, 19)]
    public void Even_inflow_through_a_certain_funnel_gives_the_exact_date_and_a_zero_or_one_probability(int targetDay, double probability, int hiresByTarget)
    {
        // One applicant a day from day 1, each hired 10 days later: the 20th starts on day 30.
        var forecast = HiringForecaster.ForecastDepartment(AsOf, Department(CertainFunnel(), gap: 20, targetDay, applicantsPerWeek: 7), Options);

        forecast.ProbabilityOnTime.ShouldBe(probability);
        forecast.ExpectedHiresByTargetDate.ShouldBe(hiresByTarget);
        forecast.ReachedMedian.ShouldBe(AsOf.AddDays(30));
    }

    [Fact]
    public void A_single_recruiter_slot_serves_candidates_one_after_another()
    {
        // Ready on days 3, 4, 5...; each holds the only slot for interview and offer (8 days): hires on 11, 19, 27.
        var forecast = HiringForecaster.ForecastDepartment(AsOf, Department(CertainFunnel(), gap: 3, targetDay: 27, applicantsPerWeek: 7, capacity: new RecruiterCapacity(1, 1)), Options);

        forecast.ReachedMedian.ShouldBe(AsOf.AddDays(27));
        forecast.ProbabilityOnTime.ShouldBe(1);
    }

    [Fact]
    public void An_intake_limit_takes_on_candidates_at_its_weekly_rate()
    {
        // One new candidate a week, whole candidates only: taken on at days 6, 13 and 20, hired 8 days later each.
        var slow = HiringForecaster.ForecastDepartment(AsOf, Department(CertainFunnel(), gap: 3, targetDay: 28, applicantsPerWeek: 7, capacity: RecruiterCapacity.PerWeek(1, 1)), Options);
        // Seven a week keeps up with one applicant a day: the same dates as no limit.
        var ample = HiringForecaster.ForecastDepartment(AsOf, Department(CertainFunnel(), gap: 20, targetDay: 30, applicantsPerWeek: 7, capacity: RecruiterCapacity.PerWeek(1, 7)), Options);

        slow.ReachedMedian.ShouldBe(AsOf.AddDays(28));
        slow.ProbabilityOnTime.ShouldBe(1);
        ample.ReachedMedian.ShouldBe(AsOf.AddDays(30));
        // Three hires by day 14 means taking on the candidates ready on days 3, 4, 5 by day 6: four a week take them on
        // days 3, 5 and 6 (4/7 a day in whole candidates); three a week only reach the third on day 9.
        HiringForecaster.RecruitersNeeded(AsOf, Department(CertainFunnel(), gap: 3, targetDay: 14, applicantsPerWeek: 7, capacity: RecruiterCapacity.PerWeek(1, 1)), Options).ShouldBe(4);
    }

    [Fact]
    public void With_an_intake_limit_more_inflow_or_recruiters_never_lower_the_probability()
    {
        var previous = -1.0;
        foreach (var inflow in new[] { 0, 10, 20, 40, 80, 160 })
        {
            var probability = HiringForecaster.ForecastDepartment(AsOf, Department(UncertainFunnel(), gap: 25, targetDay: 120, inflow, InflowPattern.Poisson, RecruiterCapacity.PerWeek(2, 5)), Options).ProbabilityOnTime;
            probability.ShouldBeGreaterThanOrEqualTo(previous, $"inflow {inflow}");
            previous = probability;
        }

        previous = -1.0;
        for (var recruiters = 1; recruiters <= 6; recruiters++)
        {
            var probability = HiringForecaster.ForecastDepartment(AsOf, Department(UncertainFunnel(), gap: 25, targetDay: 120, 80, InflowPattern.Poisson, RecruiterCapacity.PerWeek(recruiters, 3)), Options).ProbabilityOnTime;
            probability.ShouldBeGreaterThanOrEqualTo(previous, $"{recruiters} recruiters");
            previous = probability;
        }

        previous.ShouldBeGreaterThan(0.5);
    }

    [Fact]
    public void Live_candidates_beyond_capacity_keep_their_slots_and_new_ones_wait()
    {
        var stages = CertainFunnel();
        stages[1] = stages[1].WithLiveCandidates(2);
        // Two interviewees finish on day 8 and hold the one slot until then (the second until day 16); the applicant
        // ready on day 3 starts on day 16 and starts work on day 24.
        var forecast = HiringForecaster.ForecastDepartment(AsOf, Department(stages, gap: 3, targetDay: 40, applicantsPerWeek: 7, capacity: new RecruiterCapacity(1, 1)), Options);

        forecast.ReachedMedian.ShouldBe(AsOf.AddDays(16));
    }

    [Theory]
    [InlineData(40, 0.5)]
    [InlineData(2_000, 0.9)]
    [InlineData(100_000, 0.5)]
    public void Large_live_pipelines_are_drawn_as_counts_with_the_right_mean_and_spread(int live, double offerAcceptance)
    {
        ForecastStage[] stages = [new("Review", 1, StageDuration.Fixed(1), 0), new("Offer", offerAcceptance, StageDuration.Fixed(2), live)];
        var department = new DepartmentForecastInput("Sales", 0, live, AsOf.AddDays(10), live, stages, 0);

        var forecast = HiringForecaster.ForecastDepartment(AsOf, department, new ForecastOptions(runs: 500, solveNeeds: false));

        var mean = live * offerAcceptance;
        var sd = Math.Sqrt(mean * (1 - offerAcceptance));
        forecast.ExpectedHiresByTargetDate.ShouldBe(mean, tolerance: Math.Max(0.2 * sd, 0.5));
        ((double)(forecast.HiresByTargetDateP90 - forecast.HiresByTargetDateP10)).ShouldBe(2 * 1.2816 * sd, tolerance: (0.25 * sd) + 1);
        forecast.ProbabilityOnTime.ShouldBe(0);
    }

    [Fact]
    public void A_pipeline_too_small_with_no_inflow_has_probability_zero_and_no_date()
    {
        var forecast = HiringForecaster.ForecastDepartment(AsOf, Department(CertainFunnel(liveInReview: 3), gap: 10, targetDay: 60, applicantsPerWeek: 0), Options);

        forecast.ProbabilityOnTime.ShouldBe(0);
        forecast.ExpectedHiresByTargetDate.ShouldBe(3);
        forecast.ReachedP10.ShouldBeNull();
        forecast.ReachedMedian.ShouldBeNull();
        forecast.ReachedP90.ShouldBeNull();
        // Seven more applicants by day 50 make it: one a week arrives on days 7, 14, ... 49.
        forecast.NeededApplicantsPerWeek.ShouldBe(1);
    }

    [Fact]
    public void Too_few_open_requisitions_cannot_reach_the_target_whatever_the_inflow()
    {
        var forecast = HiringForecaster.ForecastDepartment(AsOf, Department(CertainFunnel(liveInReview: 50), gap: 10, targetDay: 60, applicantsPerWeek: 70, openings: 6), Options);

        forecast.ProbabilityOnTime.ShouldBe(0);
        forecast.ExpectedHiresByTargetDate.ShouldBe(6);
        forecast.ReachedMedian.ShouldBeNull();
        forecast.NeededApplicantsPerWeek.ShouldBeNull();
        forecast.Limitation.ShouldNotBeNull().ShouldContain("open 4 more");
    }

    [Fact]
    public void A_department_at_its_target_is_on_time_today()
    {
        var forecast = HiringForecaster.ForecastDepartment(AsOf, Department(CertainFunnel(), gap: 0, targetDay: -5, applicantsPerWeek: 0), Options);

        forecast.ProbabilityOnTime.ShouldBe(1);
        forecast.ReachedMedian.ShouldBe(AsOf);
        forecast.NeededApplicantsPerWeek.ShouldBe(0);
    }

    [Fact]
    public void A_target_date_in_the_past_is_missed_but_the_date_it_will_be_reached_is_still_forecast()
    {
        var forecast = HiringForecaster.ForecastDepartment(AsOf, Department(CertainFunnel(liveInReview: 5), gap: 5, targetDay: -1, applicantsPerWeek: 0), Options);

        forecast.ProbabilityOnTime.ShouldBe(0);
        forecast.ExpectedHiresByTargetDate.ShouldBe(0);
        forecast.ReachedMedian.ShouldBe(AsOf.AddDays(10));
        forecast.Limitation.ShouldNotBeNull().ShouldContain("has passed");
        forecast.NeededApplicantsPerWeek.ShouldBeNull();
    }

    [Fact]
    public void The_applicants_needed_are_the_fewest_that_make_a_certain_date()
    {
        // 20 hires by day 30 at 10 days each: the 20th applicant must arrive by day 20, so 7 a week (not 6).
        var department = Department(CertainFunnel(), gap: 20, targetDay: 30, applicantsPerWeek: 1);

        HiringForecaster.ApplicantsPerWeekNeeded(AsOf, department, Options).ShouldBe(7);
    }

    [Fact]
    public void No_inflow_helps_when_the_funnel_is_longer_than_the_time_left()
    {
        HiringForecaster.ApplicantsPerWeekNeeded(AsOf, Department(CertainFunnel(), gap: 5, targetDay: 9, applicantsPerWeek: 7), Options).ShouldBeNull();
    }

    [Fact]
    public void The_recruiters_needed_are_the_fewest_that_keep_up_with_the_inflow()
    {
        // One applicant a day, each holding a slot for 8 days: seven slots fall a day behind every cycle, eight keep up.
        var department = Department(CertainFunnel(), gap: 20, targetDay: 30, applicantsPerWeek: 7, capacity: new RecruiterCapacity(1, 1));

        HiringForecaster.RecruitersNeeded(AsOf, department, Options).ShouldBe(8);
        HiringForecaster.ForecastDepartment(AsOf, department.WithCapacity(new RecruiterCapacity(7, 1)), Options).ProbabilityOnTime.ShouldBe(0);
        HiringForecaster.ForecastDepartment(AsOf, department.WithCapacity(new RecruiterCapacity(8, 1)), Options).ProbabilityOnTime.ShouldBe(1);
    }

    [Fact]
    public void Recruiters_needed_needs_a_per_recruiter_load()
    {
        Should.Throw<ArgumentException>(() => HiringForecaster.RecruitersNeeded(AsOf, Department(CertainFunnel(), 5, 30, 7), Options)).Message.ShouldContain("no recruiter capacity");
    }

    [Fact]
    public void More_inflow_never_lowers_the_probability_or_the_expected_hires_for_the_same_seed()
    {
        var previous = (Probability: -1.0, Hires: -1.0);
        foreach (var inflow in new[] { 0, 5, 10, 20, 30, 45, 60, 90, 150 })
        {
            var department = Department(UncertainFunnel(), gap: 12, targetDay: 120, inflow, InflowPattern.Poisson, new RecruiterCapacity(2, 6));
            var forecast = HiringForecaster.ForecastDepartment(AsOf, department, Options);

            forecast.ProbabilityOnTime.ShouldBeGreaterThanOrEqualTo(previous.Probability, $"inflow {inflow}");
            forecast.ExpectedHiresByTargetDate.ShouldBeGreaterThanOrEqualTo(previous.Hires, $"inflow {inflow}");
            previous = (forecast.ProbabilityOnTime, forecast.ExpectedHiresByTargetDate);
        }

        previous.Probability.ShouldBeGreaterThan(0.5);
    }

    [Fact]
    public void Without_a_recruiter_limit_more_inflow_never_lowers_the_probability_either()
    {
        var previous = (Probability: -1.0, Hires: -1.0);
        foreach (var inflow in new[] { 0, 5, 10, 20, 30, 45, 60, 90, 150 })
        {
            var forecast = HiringForecaster.ForecastDepartment(AsOf, Department(UncertainFunnel(), gap: 25, targetDay: 120, inflow, InflowPattern.Poisson), Options);

            forecast.ProbabilityOnTime.ShouldBeGreaterThanOrEqualTo(previous.Probability, $"inflow {inflow}");
            forecast.ExpectedHiresByTargetDate.ShouldBeGreaterThanOrEqualTo(previous.Hires, $"inflow {inflow}");
            previous = (forecast.ProbabilityOnTime, forecast.ExpectedHiresByTargetDate);
        }
    }

    [Fact]
    public void The_counting_shortcut_without_a_recruiter_limit_agrees_with_following_every_candidate()
    {
        // A thousand slots (about 35 are ever busy) make the candidate-by-candidate path equivalent to no limit; the two paths draw
        // differently, so they agree within sampling error, not exactly.
        var options = new ForecastOptions(runs: 4_000, seed: 3, solveNeeds: false);
        var counted = HiringForecaster.ForecastDepartment(AsOf, Department(UncertainFunnel(), gap: 40, targetDay: 150, 60, InflowPattern.Poisson), options);
        var followed = HiringForecaster.ForecastDepartment(AsOf, Department(UncertainFunnel(), gap: 40, targetDay: 150, 60, InflowPattern.Poisson, new RecruiterCapacity(10, 100)), options);

        counted.ExpectedHiresByTargetDate.ShouldBe(followed.ExpectedHiresByTargetDate, tolerance: 0.02 * followed.ExpectedHiresByTargetDate);
        counted.ProbabilityOnTime.ShouldBe(followed.ProbabilityOnTime, tolerance: 0.05);
        Math.Abs(counted.ReachedMedian!.Value.DayNumber - followed.ReachedMedian!.Value.DayNumber).ShouldBeLessThanOrEqualTo(3);
    }

    [Fact]
    public void More_recruiters_never_lower_the_probability_for_the_same_seed()
    {
        var previous = -1.0;
        for (var recruiters = 1; recruiters <= 8; recruiters++)
        {
            var department = Department(UncertainFunnel(), gap: 12, targetDay: 120, 60, InflowPattern.Poisson, new RecruiterCapacity(recruiters, 3));
            var probability = HiringForecaster.ForecastDepartment(AsOf, department, Options).ProbabilityOnTime;

            probability.ShouldBeGreaterThanOrEqualTo(previous, $"{recruiters} recruiters");
            previous = probability;
        }
    }

    [Fact]
    public void The_seed_makes_a_forecast_reproducible_and_another_seed_gives_another_sample()
    {
        var department = Department(UncertainFunnel(), gap: 25, targetDay: 90, 40, InflowPattern.Poisson);

        var first = HiringForecaster.ForecastDepartment(AsOf, department, Options);
        var again = HiringForecaster.ForecastDepartment(AsOf, department, Options);
        var other = HiringForecaster.ForecastDepartment(AsOf, department, new ForecastOptions(runs: 500, seed: 8, searchRuns: 200));

        again.ShouldBe(first);
        other.ExpectedHiresByTargetDate.ShouldNotBe(first.ExpectedHiresByTargetDate);
    }

    [Fact]
    public void The_dates_are_ordered_and_the_interval_brackets_the_median()
    {
        var forecast = HiringForecaster.ForecastDepartment(AsOf, Department(UncertainFunnel(), gap: 25, targetDay: 90, 40, InflowPattern.Poisson), Options);

        forecast.ReachedP10.ShouldNotBeNull().ShouldBeLessThanOrEqualTo(forecast.ReachedMedian.ShouldNotBeNull());
        forecast.ReachedMedian.Value.ShouldBeLessThanOrEqualTo(forecast.ReachedP90.ShouldNotBeNull());
        forecast.HiresByTargetDateP10.ShouldBeLessThanOrEqualTo(forecast.HiresByTargetDateP90);
        forecast.ProbabilityOnTime.ShouldBeInRange(0.01, 0.99);
    }

    [Fact]
    public void A_what_if_changes_only_the_forecast_of_the_changed_inputs()
    {
        var department = Department(UncertainFunnel(), gap: 25, targetDay: 90, 40, InflowPattern.Poisson);
        var before = HiringForecaster.ForecastDepartment(AsOf, department, Options);

        var easierOffers = HiringForecaster.ForecastDepartment(AsOf, department.WithPassRate("offer", 1.0), Options);
        var slowerInterviews = HiringForecaster.ForecastDepartment(AsOf, department.WithDuration("Interviews", StageDuration.Fixed(60)), Options);

        department.Stages[^1].PassRate.ShouldBe(0.85);
        HiringForecaster.ForecastDepartment(AsOf, department, Options).ShouldBe(before);
        easierOffers.ExpectedHiresByTargetDate.ShouldBeGreaterThan(before.ExpectedHiresByTargetDate);
        slowerInterviews.ExpectedHiresByTargetDate.ShouldBeLessThan(before.ExpectedHiresByTargetDate);
    }

    [Fact]
    public void A_plan_forecasts_each_department_in_order_and_keeps_a_departments_numbers_whatever_else_is_in_it()
    {
        var research = Department(UncertainFunnel(), gap: 25, targetDay: 90, 40, InflowPattern.Poisson);
        var support = new DepartmentForecastInput("Support", 40, 45, AsOf.AddDays(60), 5, CertainFunnel(liveInReview: 5), 0);

        var plan = HiringForecaster.Forecast(AsOf, [research, support], Options);

        plan.Departments.Select(d => d.Department).ShouldBe(["Research", "Support"]);
        plan.Departments[1].ProbabilityOnTime.ShouldBe(1);
        plan.Departments[0].ShouldBe(HiringForecaster.ForecastDepartment(AsOf, research, Options, departmentIndex: 0));
        (plan.Runs, plan.Seed).ShouldBe((500, 7UL));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Pass_rates_outside_zero_to_one_are_refused_naming_the_stage(double rate)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new ForecastStage("Screen", rate, StageDuration.Fixed(1), 0));

        error.ParamName.ShouldBe("passRate");
        error.Message.ShouldContain("'Screen'");
    }

    [Fact]
    public void Boundary_pass_rates_and_durations_are_accepted()
    {
        new ForecastStage("Screen", 0, StageDuration.Fixed(0), 0).PassRate.ShouldBe(0);
        new ForecastStage("Screen", 1, StageDuration.Fixed(StageDuration.MaxDays), 0).Duration.Minimum.ShouldBe(StageDuration.MaxDays);
    }

    [Fact]
    public void Bad_inputs_are_refused_with_the_field_named()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ForecastStage("Screen", 0.5, StageDuration.Fixed(1), -1)).ParamName.ShouldBe("liveCandidates");
        Should.Throw<ArgumentOutOfRangeException>(() => StageDuration.Fixed(-1)).ParamName.ShouldBe("days");
        Should.Throw<ArgumentOutOfRangeException>(() => StageDuration.Exponential(0)).ParamName.ShouldBe("meanDays");
        Should.Throw<ArgumentOutOfRangeException>(() => StageDuration.LogNormal(5, -0.1)).ParamName.ShouldBe("sigma");
        Should.Throw<ArgumentOutOfRangeException>(() => StageDuration.Empirical([3, -2])).ParamName.ShouldBe("observedDays[1]");
        Should.Throw<ArgumentException>(() => StageDuration.Empirical([])).ParamName.ShouldBe("observedDays");
        Should.Throw<ArgumentOutOfRangeException>(() => new RecruiterCapacity(0, 5)).ParamName.ShouldBe("recruiters");
        Should.Throw<ArgumentOutOfRangeException>(() => new RecruiterCapacity(100_000, 10_000)).ParamName.ShouldBe("activeCandidatesPerRecruiter");
        Should.Throw<ArgumentOutOfRangeException>(() => new ForecastOptions(runs: 0)).ParamName.ShouldBe("runs");
        Should.Throw<ArgumentOutOfRangeException>(() => new ForecastOptions(onTimeProbability: 0)).ParamName.ShouldBe("onTimeProbability");
        Should.Throw<ArgumentOutOfRangeException>(() => Department(CertainFunnel(), 5, 30, -1)).ParamName.ShouldBe("applicantsPerWeek");
        Should.Throw<ArgumentOutOfRangeException>(() => new DepartmentForecastInput("R", -1, 5, AsOf, 5, CertainFunnel(), 1)).ParamName.ShouldBe("currentHeadcount");
    }

    [Fact]
    public void A_funnel_needs_two_uniquely_named_stages()
    {
        Should.Throw<ArgumentException>(() => Department([new ForecastStage("Offer", 1, StageDuration.Fixed(1), 0)], 5, 30, 1)).Message.ShouldContain("at least two stages");
        var repeated = Should.Throw<ArgumentException>(() => Department([new("Review", 1, StageDuration.Fixed(1), 0), new("review", 1, StageDuration.Fixed(1), 0)], 5, 30, 1));
        repeated.Message.ShouldContain("Stage 2 repeats the name 'review'");
    }

    [Fact]
    public void A_what_if_on_an_unknown_stage_lists_the_stages()
    {
        Should.Throw<ArgumentException>(() => Department(CertainFunnel(), 5, 30, 1).WithPassRate("Onsite", 0.5)).Message.ShouldContain("Review, Interview, Offer");
    }
}
