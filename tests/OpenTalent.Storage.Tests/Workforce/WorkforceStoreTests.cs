using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage.Hiring;
using OpenTalent.Storage.Workforce;
using OpenTalent.Testing;

namespace OpenTalent.Storage.Tests.Workforce;

public class WorkforceStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    private static readonly Guid Recruiter = Guid.Parse("01970000-0000-7000-8000-0000000000aa");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_plan_is_found_by_its_slug_as_saved_and_slugs_are_checked_and_unique(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new WorkforceStore(test.Database);
        var acme = await OrganisationAsync(test, "Acme");
        var other = await OrganisationAsync(test, "Other");
        var plan = Plan(acme, ("Research", 10, 12), ("Sales", 5, 5));

        await store.SavePlanAsync("acme-labs", plan, Now, Cancel);

        var (summary, read) = (await store.FindPlanAsync(" ACME-labs ", Cancel)).ShouldNotBeNull();
        summary.OrganisationName.ShouldBe("Acme");
        read.Departments.Select(d => (d.Name, d.CurrentHeadcount, d.FinalTarget!.Headcount)).ShouldBe([("Research", 10, 12), ("Sales", 5, 5)]);
        read.Departments[0].Teams.Select(t => t.CurrentHeadcount).Sum().ShouldBe(10);
        (await store.FindPlanAsync("nobody", Cancel)).ShouldBeNull();
        Should.Throw<ArgumentException>(() => store.SavePlanAsync("Not a slug!", plan, Now, Cancel)).Message.ShouldContain("lower-case");
        (await Should.ThrowAsync<InvalidOperationException>(() => store.SavePlanAsync("acme-labs", Plan(other, ("Ops", 1, 2)), Now, Cancel))).Message.ShouldContain("already uses");
        await store.SavePlanAsync("acme-labs", Plan(acme, ("Research", 11, 12)), Now, Cancel);
        (await store.ListPlansAsync(Cancel)).ShouldHaveSingleItem().Slug.ShouldBe("acme-labs");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_pipeline_page_counts_every_stage_and_pages_the_chosen_one_oldest_first(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new WorkforceStore(test.Database);
        var (organisation, requisition, department) = await LoadedAsync(test, store, applied: 5, screened: 2, rejected: 1);

        var page = (await store.PipelinePageAsync(organisation, requisition.Id, null, page: 2, pageSize: 2, Cancel)).ShouldNotBeNull();

        page.Stage.ShouldBe("Applied");
        page.Stages.Select(s => (s.Stage, s.Active, s.Ended)).ShouldBe([("Applied", 5, 1), ("Screen", 2, 0), ("Interviews", 0, 0), ("Offer", 0, 0), ("Hired", 0, 0)]);
        page.Total.ShouldBe(5);
        page.Items.Count.ShouldBe(2);
        page.Items.Select(i => i.CandidateName).ShouldBe(["Person 2", "Person 3"]);
        (await store.PipelinePageAsync(organisation, requisition.Id, "screen", 1, 10, Cancel))!.Items.Count.ShouldBe(2);
        (await store.PipelinePageAsync(Guid.CreateVersion7(), requisition.Id, null, 1, 10, Cancel)).ShouldBeNull();
        await Should.ThrowAsync<PipelineRuleException>(() => store.PipelinePageAsync(organisation, requisition.Id, "Onsite", 1, 10, Cancel));
        (await store.OpenRequisitionsAsync(organisation, Cancel))[department].ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_bulk_move_writes_every_move_in_one_go_or_nothing_when_one_is_refused(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new WorkforceStore(test.Database);
        var (organisation, requisition, department) = await LoadedAsync(test, store, applied: 4, screened: 0, rejected: 1);
        var all = await store.CandidaciesAsync(organisation, department, Cancel);
        var open = all.Where(c => !c.Candidacy.IsClosed).Select(c => c.Candidacy.ApplicationId).ToArray();
        var closed = all.Single(c => c.Candidacy.IsClosed).Candidacy.ApplicationId;

        var refused = (await store.BulkMoveAsync(organisation, requisition.Id, [.. open, closed, Guid.CreateVersion7()], (pipeline, c) => c.MoveTo(pipeline, "Screen", Recruiter, Now), Cancel))!;

        refused.AllSucceeded.ShouldBeFalse();
        refused.Failed.ShouldBe(2);
        refused.Outcomes.Single(o => o.ApplicationId == closed).Error!.ShouldContain("rejected", Case.Insensitive);
        (await store.PipelinePageAsync(organisation, requisition.Id, "Screen", 1, 10, Cancel))!.Total.ShouldBe(0);

        var moved = (await store.BulkMoveAsync(organisation, requisition.Id, open, (pipeline, c) => c.Reject(ExitReasonCatalogue.Default, "position-filled", Recruiter, Now), Cancel))!;

        moved.AllSucceeded.ShouldBeTrue();
        var after = await store.CandidaciesAsync(organisation, department, Cancel);
        var lastMoves = after.Where(c => open.Contains(c.Candidacy.ApplicationId)).Select(c => c.Candidacy.Moves[c.Candidacy.Moves.Count - 1]).ToArray();
        lastMoves.Length.ShouldBe(4);
        lastMoves.ShouldAllBe(m => m.Status == ApplicationStatus.Rejected && m.ReasonCode == "position-filled" && m.By == Recruiter);
        (await store.PipelinePageAsync(organisation, requisition.Id, null, 1, 10, Cancel))!.Stages[0].ShouldBe(new StageCount("Applied", 0, 5));
        (await store.BulkMoveAsync(Guid.CreateVersion7(), requisition.Id, open, (pipeline, c) => c, Cancel)).ShouldBeNull();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_forecast_reads_the_stored_plan_a_department_without_requisitions_cannot_make_it_and_one_at_target_already_has(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new WorkforceStore(test.Database);
        var (organisation, _, _) = await LoadedAsync(test, store, applied: 3, screened: 1, rejected: 0);
        var plan = (await store.FindPlanAsync("acme", Cancel))!.Value.Plan;
        var extended = new HeadcountPlan(plan.Id, organisation, plan.Name, [.. plan.Departments, Department("Sales", 5, 5), Department("Ops", 3, 9)]);
        await store.SavePlanAsync("acme", extended, Now, Cancel);

        var forecast = (await new WorkforceForecasts(store).ForecastAsync("acme", Today, new ForecastOptions(runs: 200, searchRuns: 100), ForecastWhatIf.None, Cancel))!;

        forecast.Forecast.Departments.Select(d => d.Department).ShouldBe(["Research", "Sales", "Ops"]);
        var sales = forecast.Forecast.Departments[1];
        sales.ProbabilityOnTime.ShouldBe(1);
        sales.ExpectedHeadcountByTargetDate.ShouldBe(5);
        var ops = forecast.Forecast.Departments[2];
        ops.ProbabilityOnTime.ShouldBe(0);
        ops.Limitation!.ShouldContain("requisitions");
        forecast.Basis[0].Candidacies.ShouldBe(4);
        forecast.Basis[0].AssumedStages.ShouldContain("Applied");
        (await new WorkforceForecasts(store).ForecastAsync("nobody", Today, new ForecastOptions(runs: 10), ForecastWhatIf.None, Cancel)).ShouldBeNull();
        await Should.ThrowAsync<ArgumentException>(() => new WorkforceForecasts(store).ForecastAsync(
            "acme", Today, new ForecastOptions(runs: 10), new ForecastWhatIf(PassRates: new Dictionary<string, double> { ["Onsite"] = 0.5 }), Cancel));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Analytics_in_sql_count_each_stage_exactly_as_the_domain_does_from_the_move_logs(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new WorkforceStore(test.Database);
        var (organisation, requisition, department) = await LoadedAsync(test, store, applied: 3, screened: 4, rejected: 2);
        await store.BulkMoveAsync(organisation, requisition.Id, [.. (await store.CandidaciesAsync(organisation, department, Cancel))
            .Where(c => c.Candidacy.Stage == "Screen").Take(2).Select(c => c.Candidacy.ApplicationId)], (p, c) => c.MoveTo(p, "Interviews", Recruiter, Now), Cancel);
        var domain = PipelineAnalytics.Stages(Pipeline.Standard, (await store.CandidaciesAsync(organisation, department, Cancel)).Select(c => c.Candidacy));

        foreach (var by in Enum.GetValues<AnalyticsDimension>())
        {
            var report = await new WorkforceAnalytics(test.Database).ReportAsync(organisation, by, Cancel);
            var group = report.Groups.ShouldHaveSingleItem();
            group.Stages.Select(s => (s.Stage, s.Entered, s.Passed, s.Rejected, s.Withdrawn, s.MovedBack, s.StillIn))
                .ShouldBe(domain.Select(s => (s.Stage, s.Entered, s.Passed, s.Rejected, s.Withdrawn, s.MovedBack, s.StillIn)));
            group.Stages[1].MeanDays!.Value.ShouldBe(domain[1].MeanDays!.Value, 1e-6);
            group.Candidacies.ShouldBe(9);
            group.Active.ShouldBe(7);
        }

        (await new WorkforceAnalytics(test.Database).ReportAsync(organisation, AnalyticsDimension.Department, Cancel)).Groups[0].Label.ShouldBe("Research");
        (await new WorkforceAnalytics(test.Database).ReportAsync(organisation, AnalyticsDimension.Source, Cancel)).Groups[0].Label.ShouldBe("referral");
    }

    /// <summary>One department (Research, 10 → 12) with one open requisition on the standard pipeline and the candidacies asked for.</summary>
    private static async Task<(Guid Organisation, RequisitionRow Requisition, Guid Department)> LoadedAsync(TestDatabase test, WorkforceStore store, int applied, int screened, int rejected)
    {
        var organisation = await OrganisationAsync(test, "Acme");
        var plan = Plan(organisation, ("Research", 10, 12));
        await store.SavePlanAsync("acme", plan, Now, Cancel);
        var department = plan.Departments[0].Id;
        var requisition = new RequisitionRow(
            Guid.CreateVersion7(), department, null, "Research Scientist", RequisitionStatus.Open, Recruiter, Recruiter, Today.AddDays(60), new SalaryBand(100_000, 150_000, "USD"),
            Pipeline.Standard, Now.AddDays(-30), null);
        var candidates = new List<CandidateRecord>();
        var candidacies = new List<CandidacyRow>();
        for (var i = 0; i < applied + screened + rejected; i++)
        {
            var candidate = new CandidateRecord(Guid.CreateVersion7(), $"Person {i}", [$"person{i}@example.org"], [], null, Now.AddDays(-20));
            candidates.Add(candidate);
            var candidacy = Candidacy.Apply(Pipeline.Standard, Guid.CreateVersion7(), candidate.Id, requisition.Id.ToString("D"), "referral", Recruiter, Now.AddDays(-20).AddHours(i));
            if (i >= applied && i < applied + screened)
            {
                candidacy = candidacy.MoveTo(Pipeline.Standard, "Screen", Recruiter, Now.AddDays(-10).AddHours(i));
            }
            else if (i >= applied + screened)
            {
                candidacy = candidacy.Reject(ExitReasonCatalogue.Default, "skills-gap", Recruiter, Now.AddDays(-5));
            }

            candidacies.Add(new CandidacyRow(candidacy, requisition.Id, department, Recruiter));
        }

        await store.AddAsync(organisation, [requisition], candidates, candidacies, Cancel);
        return (organisation, requisition, department);
    }

    private static HeadcountPlan Plan(Guid organisation, params (string Name, int Current, int Target)[] departments) =>
        new(Guid.CreateVersion7(), organisation, "Growth", departments.Select(d => Department(d.Name, d.Current, d.Target)));

    private static Department Department(string name, int current, int target) =>
        new(Guid.CreateVersion7(), name, current, [new HeadcountTarget(new DateOnly(2027, 6, 30), target)],
            [new Team(Guid.CreateVersion7(), "A", current / 2, []), new Team(Guid.CreateVersion7(), "B", current - (current / 2), [])]);

    private static async Task<Guid> OrganisationAsync(TestDatabase test, string name)
    {
        var owner = new Account(Guid.CreateVersion7(), new EmailAddress($"owner-{Guid.NewGuid():N}@example.org"), "Owner", AccountKind.Employer, "hash", Now);
        var organisation = new Organisation(Guid.CreateVersion7(), name, Now);
        await new AccountStore(test.Database).CreateWithOrganisationAsync(owner, organisation, Cancel);
        return organisation.Id;
    }
}
