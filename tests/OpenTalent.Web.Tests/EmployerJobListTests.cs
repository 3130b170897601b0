using System.Net;
using System.Text.Json;
using OpenTalent.Storage;

namespace OpenTalent.Web.Tests;

public class EmployerJobListTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_jobs_list_filters_by_status_and_title_words_and_counts_each_jobs_applicants(DatabaseProvider provider)
    {
        await using var app = await WebTestApp.StartAsync(provider);
        using var owner = await app.Browser().SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        var ml = await IdAsync(owner, Fixtures.MlJob("Senior Machine Learning Engineer"));
        var data = await IdAsync(owner, Fixtures.MlJob("Data Engineer"));
        var nurse = await IdAsync(owner, new { title = "Registered Nurse", description = "Patient care on a medical ward." });
        await (await owner.PostAsync($"/api/v1/employer/jobs/{data}/close", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var sam = await app.Browser().SignUpAsync("seeker", "sam@example.org");
        using var noor = await app.Browser().SignUpAsync("seeker", "noor@example.org");
        await (await sam.PutAsync("/api/v1/me/profile", Fixtures.Resume())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await noor.PutAsync("/api/v1/me/profile", Fixtures.NurseResume())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await sam.PostAsync("/api/v1/me/applications", new { postingId = ml })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        await (await noor.PostAsync("/api/v1/me/applications", new { postingId = ml })).ShouldHaveStatusAsync(HttpStatusCode.Created);

        var all = await ListAsync(owner, "");
        Ids(all).ShouldBe([nurse, data, ml]);
        all.GetProperty("total").GetInt32().ShouldBe(3);
        all.GetProperty("applicants").GetProperty(ml).GetInt32().ShouldBe(2);
        all.GetProperty("applicants").GetProperty(nurse).GetInt32().ShouldBe(0);

        Ids(await ListAsync(owner, "?status=open")).ShouldBe([nurse, ml]);
        Ids(await ListAsync(owner, "?status=closed")).ShouldBe([data]);
        Ids(await ListAsync(owner, "?q=engineer")).ShouldBe([data, ml]);
        Ids(await ListAsync(owner, "?q=ENGINEER%20senior&status=open")).ShouldBe([ml]);
        var paged = await ListAsync(owner, "?status=open&pageSize=1&page=2");
        Ids(paged).ShouldBe([ml]);
        paged.GetProperty("total").GetInt32().ShouldBe(2);

        await (await owner.GetAsync("/api/v1/employer/jobs?status=maybe")).ShouldNameFieldAsync("status");
        await (await owner.GetAsync("/api/v1/employer/jobs?q=" + new string('x', 201))).ShouldNameFieldAsync("q");

        // Another organisation sees none of them.
        using var other = await app.Browser().SignUpAsync("employer", "owner@globex.example", "Globex");
        (await ListAsync(other, "?q=engineer")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_shortlist_entry_lists_the_statuses_the_employer_may_move_it_to()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = await app.Browser().SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        var job = await IdAsync(owner, Fixtures.MlJob());
        using var sam = await app.Browser().SignUpAsync("seeker", "sam@example.org");
        await (await sam.PutAsync("/api/v1/me/profile", Fixtures.Resume())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await sam.PostAsync("/api/v1/me/applications", new { postingId = job })).ShouldHaveStatusAsync(HttpStatusCode.Created);

        var entry = (await (await owner.GetAsync($"/api/v1/employer/jobs/{job}/shortlist")).ReadJsonAsync()).GetProperty("items")[0];
        Statuses(entry.GetProperty("next")).ShouldBe(["screening", "interview", "rejected"]);

        var moved = await (await owner.PostAsync($"/api/v1/employer/applications/{entry.GetProperty("applicationId").GetGuid()}/status", new { status = "rejected" })).ReadJsonAsync();
        Statuses(moved.GetProperty("next")).ShouldBeEmpty();
        var after = (await (await owner.GetAsync($"/api/v1/employer/jobs/{job}/shortlist")).ReadJsonAsync()).GetProperty("items")[0];
        after.GetProperty("status").GetString().ShouldBe("rejected");
        Statuses(after.GetProperty("next")).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_import_report_names_each_written_job_with_its_row_title_and_page()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = await app.Browser().SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        const string csv = "title,description,salaryMin,currency\n"
            + "Data Engineer,Pipelines in Python and SQL.,120000,USD\n"
            + "Analyst,Dashboards in SQL.,lots,USD\n"
            + "Support Specialist,Help customers by chat.,,\n";

        var response = await owner.PostAsync("/api/v1/employer/jobs/import?skipInvalid=true", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var report = await response.ReadJsonAsync();
        var jobs = report.GetProperty("jobs").EnumerateArray().ToArray();
        jobs.Select(j => j.GetProperty("row").GetInt32()).ShouldBe([2, 4]);
        jobs.Select(j => j.GetProperty("title").GetString()).ShouldBe(["Data Engineer", "Support Specialist"]);
        jobs.Select(j => j.GetProperty("id").GetString()).ShouldBe(report.GetProperty("ids").EnumerateArray().Select(i => i.GetString()));
        jobs[0].GetProperty("url").GetString().ShouldBe("/jobs/" + jobs[0].GetProperty("id").GetString());
    }

    private static async Task<string> IdAsync(Session owner, object draft)
    {
        var posted = await owner.PostAsync("/api/v1/employer/jobs", draft);
        await posted.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await posted.ReadJsonAsync()).GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> ListAsync(Session owner, string query)
    {
        var response = await owner.GetAsync("/api/v1/employer/jobs" + query);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.ReadJsonAsync();
    }

    private static string[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetString()!)];

    private static string[] Statuses(JsonElement list) => [.. list.EnumerateArray().Select(s => s.GetString()!)];
}
