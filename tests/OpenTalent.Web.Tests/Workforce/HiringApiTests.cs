using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage;
using OpenTalent.Storage.Workforce;

namespace OpenTalent.Web.Tests.Workforce;

public class HiringApiTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_employer_reads_the_plan_pages_a_pipeline_bulk_rejects_all_or_nothing_and_sees_analytics_and_a_what_if_forecast(DatabaseProvider provider)
    {
        await using var app = await WebTestApp.StartAsync(provider);
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        var organisation = (await (await owner.GetAsync("/api/v1/employer/organisation")).ReadJsonAsync()).GetProperty("id").GetGuid();
        await (await owner.GetAsync("/api/v1/employer/hiring/plan")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var (requisition, applied) = await SeedAsync(app, organisation);

        var plan = await (await owner.GetAsync("/api/v1/employer/hiring/plan")).ReadJsonAsync();
        plan.GetProperty("current").GetInt32().ShouldBe(30);
        plan.GetProperty("target").GetInt32().ShouldBe(40);
        plan.GetProperty("departments")[0].GetProperty("openRequisitions").GetInt32().ShouldBe(1);

        var list = await (await owner.GetAsync("/api/v1/employer/hiring/requisitions?status=open")).ReadJsonAsync();
        list.GetProperty("total").GetInt32().ShouldBe(1);
        list.GetProperty("items")[0].GetProperty("department").GetString().ShouldBe("Research");
        (await (await owner.GetAsync("/api/v1/employer/hiring/requisitions?status=sleeping")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("status")[0].GetString()!.ShouldContain("pendingApproval");

        var page = await (await owner.GetAsync($"/api/v1/employer/hiring/requisitions/{requisition}/pipeline?pageSize=2")).ReadJsonAsync();
        page.GetProperty("total").GetInt32().ShouldBe(applied.Length);
        page.GetProperty("items").GetArrayLength().ShouldBe(2);
        page.GetProperty("stages")[0].GetProperty("active").GetInt32().ShouldBe(applied.Length);
        await (await owner.GetAsync($"/api/v1/employer/hiring/requisitions/{requisition}/pipeline?stage=Onsite")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await owner.GetAsync($"/api/v1/employer/hiring/requisitions/{Guid.NewGuid()}/pipeline")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var refused = await owner.PostAsync($"/api/v1/employer/hiring/requisitions/{requisition}/moves", new { applicationIds = new[] { applied[0], Guid.NewGuid() }, reject = "position-filled" });
        await refused.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        var outcome = await refused.ReadJsonAsync();
        outcome.GetProperty("moved").GetInt32().ShouldBe(0);
        outcome.GetProperty("items")[1].GetProperty("error").GetString()!.ShouldContain("not in this requisition");
        await (await owner.PostAsync($"/api/v1/employer/hiring/requisitions/{requisition}/moves", new { applicationIds = new[] { applied[0] }, reject = "sleepy" })).ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        (await (await owner.PostAsync($"/api/v1/employer/hiring/requisitions/{requisition}/moves", new { applicationIds = new[] { applied[0] } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("toStage")[0].GetString()!.ShouldContain("either");

        var moved = await (await owner.PostAsync($"/api/v1/employer/hiring/requisitions/{requisition}/moves", new { applicationIds = applied[..3], reject = "position-filled", note = "Filled internally" })).ReadJsonAsync();
        moved.GetProperty("moved").GetInt32().ShouldBe(3);
        moved.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("status").GetString() == "rejected");
        var screened = await (await owner.PostAsync($"/api/v1/employer/hiring/requisitions/{requisition}/moves", new { applicationIds = applied[3..5], toStage = "Screen" })).ReadJsonAsync();
        screened.GetProperty("moved").GetInt32().ShouldBe(2);

        var analytics = await (await owner.GetAsync("/api/v1/employer/hiring/analytics?by=department")).ReadJsonAsync();
        var research = analytics.GetProperty("groups")[0];
        research.GetProperty("label").GetString().ShouldBe("Research");
        research.GetProperty("stages")[0].GetProperty("rejected").GetInt32().ShouldBe(3);
        research.GetProperty("stages")[0].GetProperty("passed").GetInt32().ShouldBe(2);
        var csv = await owner.GetAsync("/api/v1/employer/hiring/analytics?by=source&format=csv");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("source,stage,entered,passed");
        await (await owner.GetAsync("/api/v1/employer/hiring/analytics?by=planet")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var forecast = await (await owner.GetAsync("/api/v1/employer/hiring/forecast?runs=300")).ReadJsonAsync();
        var department = forecast.GetProperty("departments")[0];
        department.GetProperty("name").GetString().ShouldBe("Research");
        department.GetProperty("probabilityOnTime").GetDouble().ShouldBeInRange(0, 1);
        var slower = await (await owner.GetAsync("/api/v1/employer/hiring/forecast?runs=300&applicantsPerWeek=0")).ReadJsonAsync();
        slower.GetProperty("departments")[0].GetProperty("applicantsPerWeek").GetDouble().ShouldBe(0);
        (await (await owner.GetAsync("/api/v1/employer/hiring/forecast?rate=Screen=2")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("rate")[0].GetString()!.ShouldContain("Screen=2");
        (await (await owner.GetAsync("/api/v1/employer/hiring/forecast?rate=Onsite=0.5")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("rate")[0].GetString()!.ShouldContain("Onsite");
        (await (await owner.GetAsync("/api/v1/employer/hiring/forecast?recruiters=3")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("recruiters")[0].GetString()!.ShouldContain("perRecruiterPerWeek");

        using var stranger = app.Browser();
        await stranger.SignUpAsync("employer", "owner@other.example", "Other Co");
        await (await stranger.GetAsync($"/api/v1/employer/hiring/requisitions/{requisition}/pipeline")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsync($"/api/v1/employer/hiring/requisitions/{requisition}/moves", new { applicationIds = applied[5..6], toStage = "Screen" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Duplicate_candidates_are_found_with_their_reason_and_a_merge_keeps_every_application_and_contact(DatabaseProvider provider)
    {
        await using var app = await WebTestApp.StartAsync(provider);
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        var organisation = (await (await owner.GetAsync("/api/v1/employer/organisation")).ReadJsonAsync()).GetProperty("id").GetGuid();
        var (requisition, _) = await SeedAsync(app, organisation);
        var store = app.Services.GetRequiredService<WorkforceStore>();
        var twin = new CandidateRecord(Guid.NewGuid(), "APPLICANT 0", ["Applicant0+jobs@example.org"], ["(201) 555-0123"], null, Now);
        var again = Candidacy.Apply(Pipeline.Standard, Guid.NewGuid(), twin.Id, requisition.ToString("D"), "careers site", Guid.NewGuid(), Now);
        var research = (await store.RequisitionsAsync(organisation, CancellationToken.None)).Single();
        await store.AddAsync(organisation, [], [twin], [new CandidacyRow(again, requisition, research.DepartmentId, research.RecruiterId)], CancellationToken.None);

        var pairs = (await (await owner.GetAsync("/api/v1/employer/hiring/duplicates")).ReadJsonAsync()).EnumerateArray().ToArray();

        var pair = pairs.ShouldHaveSingleItem();
        pair.GetProperty("reason").GetString().ShouldBe("sameEmail");
        var ids = new[] { pair.GetProperty("first").GetProperty("id").GetGuid(), pair.GetProperty("second").GetProperty("id").GetGuid() };
        ids.ShouldContain(twin.Id);
        var kept = ids.Single(i => i != twin.Id);
        (await (await owner.PostAsync($"/api/v1/employer/hiring/candidates/{kept}/merge", new { duplicateId = kept })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("duplicateId")[0].GetString()!.ShouldContain("itself");

        var merged = await (await owner.PostAsync($"/api/v1/employer/hiring/candidates/{kept}/merge", new { duplicateId = twin.Id })).ReadJsonAsync();

        merged.GetProperty("applicationsMoved").GetInt32().ShouldBe(1);
        merged.GetProperty("merged").GetProperty("mergedFrom").EnumerateArray().Select(m => m.GetGuid()).ShouldBe([twin.Id]);
        merged.GetProperty("merged").GetProperty("phones").GetArrayLength().ShouldBe(1);
        (await (await owner.GetAsync("/api/v1/employer/hiring/duplicates")).ReadJsonAsync()).GetArrayLength().ShouldBe(0);
        var page = await (await owner.GetAsync($"/api/v1/employer/hiring/requisitions/{requisition}/pipeline?pageSize=50")).ReadJsonAsync();
        page.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("candidateId").GetGuid() == kept).ShouldBe(2);
        await (await owner.PostAsync($"/api/v1/employer/hiring/candidates/{kept}/merge", new { duplicateId = twin.Id })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>Research (20 → 28) and Sales (10 → 12); one open Research requisition with eight applications waiting.</summary>
    internal static async Task<(Guid Requisition, Guid[] Applied)> SeedAsync(WebTestApp app, Guid organisation)
    {
        var store = app.Services.GetRequiredService<WorkforceStore>();
        var target = DateOnly.FromDateTime(Now.UtcDateTime).AddMonths(8);
        var research = new Department(Guid.NewGuid(), "Research", 20, [new HeadcountTarget(target, 28)]);
        var sales = new Department(Guid.NewGuid(), "Sales", 10, [new HeadcountTarget(target, 12)]);
        await store.SavePlanAsync("acme-labs", new HeadcountPlan(Guid.NewGuid(), organisation, "Growth", [research, sales]), Now, CancellationToken.None);
        var recruiter = Guid.NewGuid();
        var requisition = new RequisitionRow(
            Guid.NewGuid(), research.Id, null, "Research Scientist", RequisitionStatus.Open, recruiter, recruiter, target, new SalaryBand(150_000, 200_000, "USD"), Pipeline.Standard, Now.AddDays(-20), null);
        var candidates = Enumerable.Range(0, 8).Select(i => new CandidateRecord(Guid.NewGuid(), $"Applicant {i}", [$"applicant{i}@example.org"], [], null, Now.AddDays(-10))).ToArray();
        var candidacies = candidates.Select((c, i) => new CandidacyRow(
            Candidacy.Apply(Pipeline.Standard, Guid.NewGuid(), c.Id, requisition.Id.ToString("D"), i % 2 == 0 ? "referral" : "job board", recruiter, Now.AddDays(-10).AddHours(i)),
            requisition.Id, research.Id, recruiter)).ToArray();
        await store.AddAsync(organisation, [requisition], candidates, candidacies, CancellationToken.None);
        return (requisition.Id, [.. candidacies.Select(c => c.Candidacy.ApplicationId)]);
    }
}
