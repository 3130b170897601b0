using System.Net;
using OpenTalent.Storage;

namespace OpenTalent.Web.Tests.Workforce;

public class PlanEditingApiTests
{
    private const string Plan = "/api/v1/employer/hiring/plan";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_owner_creates_and_edits_the_plan_and_departments_with_requisitions_cannot_be_dropped(DatabaseProvider provider)
    {
        await using var app = await WebTestApp.StartAsync(provider);
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        using var recruiter = app.Browser();
        await recruiter.SignUpAsync("employer", "recruiter@acme.example");
        await (await owner.PostAsync("/api/v1/employer/members", new { email = "recruiter@acme.example", role = "recruiter" })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        await (await owner.GetAsync(Plan)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var research = new
        {
            name = "Research", current = 30,
            targets = new[] { new { date = "2027-06-30", headcount = 36 }, new { date = "2027-12-31", headcount = 45 } },
            teams = new[] { new { name = "Alignment", current = 10 }, new { name = "Pretraining", current = 20 } },
        };
        var support = new { name = "Customer Support", current = 12, targets = new[] { new { date = "2027-12-31", headcount = 20 } } };

        (await (await owner.PutAsync(Plan, new { name = "Growth", departments = new object[] { research } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("slug")[0].GetString()!.ShouldContain("lower-case");
        var wrong = await (await owner.PutAsync(Plan, new
        {
            slug = "acme-growth", name = "Growth",
            departments = new object[] { research with { current = 31 }, new { name = "Sales", current = 5, targets = new[] { new { date = "31/12/2027", headcount = 9 } } } },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = wrong.GetProperty("errors");
        errors.GetProperty("departments[0]")[0].GetString()!.ShouldContain("add up to 30");
        errors.GetProperty("departments[1].targets[0].date")[0].GetString()!.ShouldContain("YYYY-MM-DD");
        await (await recruiter.PutAsync(Plan, new { slug = "acme-growth", name = "Growth", departments = new object[] { research } })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var created = await (await owner.PutAsync(Plan, new { slug = "acme-growth", name = "Growth", departments = new object[] { research, support } })).ReadJsonAsync();
        created.GetProperty("slug").GetString().ShouldBe("acme-growth");
        created.GetProperty("current").GetInt32().ShouldBe(42);
        created.GetProperty("target").GetInt32().ShouldBe(65);
        var departments = created.GetProperty("departments");
        departments[0].GetProperty("teams").GetArrayLength().ShouldBe(2);
        var supportId = departments[1].GetProperty("id").GetGuid();
        var researchId = departments[0].GetProperty("id").GetGuid();
        (await (await owner.GetAsync("/api/v1/employer/hiring/forecast?runs=200")).ReadJsonAsync()).GetProperty("departments").GetArrayLength().ShouldBe(2);

        await (await owner.PostAsync("/api/v1/employer/hiring/requisitions", new
        {
            departmentId = supportId, title = "Support Specialist", hiringManagerId = owner.AccountId, targetStart = "2027-02-01", bandMinimum = 50_000, bandMaximum = 60_000, currency = "USD",
        })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await (await owner.PutAsync(Plan, new { name = "Growth", departments = new object[] { research with { } } })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("detail").GetString()!.ShouldContain("Customer Support");

        var renamed = await (await owner.PutAsync(Plan, new
        {
            name = "Growth 2027",
            departments = new object[] { new { id = researchId, research.name, research.current, research.targets, research.teams }, new { id = supportId, name = "Support", current = 12, targets = support.targets } },
        })).ReadJsonAsync();
        renamed.GetProperty("name").GetString().ShouldBe("Growth 2027");
        renamed.GetProperty("slug").GetString().ShouldBe("acme-growth");
        renamed.GetProperty("departments")[1].GetProperty("name").GetString().ShouldBe("Support");
        renamed.GetProperty("departments")[1].GetProperty("openRequisitions").GetInt32().ShouldBe(0);
    }
}
