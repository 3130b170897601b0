using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Storage;
using OpenTalent.Storage.Workforce;

namespace OpenTalent.Web.Tests.Workforce;

public class RequisitionApplicantsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Applicants_to_a_linked_job_join_the_pipeline_and_see_its_moves_and_a_withdrawal_withdraws_them(DatabaseProvider provider)
    {
        await using var app = await WebTestApp.StartAsync(provider);
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        var organisation = (await (await owner.GetAsync("/api/v1/employer/organisation")).ReadJsonAsync()).GetProperty("id").GetGuid();
        var (requisition, applied) = await HiringApiTests.SeedAsync(app, organisation);
        var job = (await (await owner.PostAsync("/api/v1/employer/jobs", Fixtures.MlJob())).ReadJsonAsync()).GetProperty("id").GetString()!;
        using var sam = await SeekerAsync(app, "sam@example.org", "Sam Example");
        await (await sam.PostAsync("/api/v1/me/applications", new { postingId = job })).ShouldHaveStatusAsync(HttpStatusCode.Created);

        // Linking brings in who applied already; another organisation's job cannot be linked.
        using var other = app.Browser();
        await other.SignUpAsync("employer", "owner@other.example", "Other Co");
        var theirs = (await (await other.PostAsync("/api/v1/employer/jobs", Fixtures.MlJob())).ReadJsonAsync()).GetProperty("id").GetString()!;
        await (await owner.PutAsync($"/api/v1/employer/hiring/requisitions/{requisition}", new { postingId = theirs })).ShouldNameFieldAsync("postingId");
        var linked = await (await owner.PutAsync($"/api/v1/employer/hiring/requisitions/{requisition}", new { postingId = job })).ReadJsonAsync();
        linked.GetProperty("postingId").GetString().ShouldBe(job);
        var pipeline = await (await owner.GetAsync($"/api/v1/employer/hiring/requisitions/{requisition}/pipeline?pageSize=50")).ReadJsonAsync();
        pipeline.GetProperty("total").GetInt32().ShouldBe(applied.Length + 1);
        var samInPipeline = pipeline.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("candidateName").GetString() == "sam");
        samInPipeline.GetProperty("source").GetString().ShouldBe("OpenTalent");
        var samId = samInPipeline.GetProperty("id").GetGuid();
        samId.ShouldBe((await (await sam.GetAsync("/api/v1/me/applications")).ReadJsonAsync())[0].GetProperty("id").GetGuid());

        // A later applicant joins at once; moves in the pipeline show in the seeker's application, without the team's notes.
        using var noor = await SeekerAsync(app, "noor@example.org", "Noor Example");
        await (await noor.PostAsync("/api/v1/me/applications", new { postingId = job })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var noorId = (await (await noor.GetAsync("/api/v1/me/applications")).ReadJsonAsync())[0].GetProperty("id").GetGuid();
        (await (await owner.GetAsync($"/api/v1/employer/hiring/requisitions/{requisition}/applications/{noorId}/history")).ReadJsonAsync())
            .GetProperty("stage").GetString().ShouldBe("Applied");
        await (await owner.PostAsync($"/api/v1/employer/hiring/requisitions/{requisition}/moves", new { applicationIds = new[] { samId }, toStage = "Interviews", note = "internal: strong" }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        var mine = (await (await sam.GetAsync("/api/v1/me/applications")).ReadJsonAsync())[0];
        mine.GetProperty("status").GetString().ShouldBe("interview");
        mine.ToString().ShouldNotContain("internal: strong");
        (await (await owner.PostAsync($"/api/v1/employer/applications/{samId}/status", new { status = "offer" })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("detail").GetString()!.ShouldContain("pipeline");

        // The seeker withdraws: the candidacy is withdrawn too, and the totals count it.
        await (await noor.PostAsync($"/api/v1/me/applications/{noorId}/withdraw", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var history = await (await owner.GetAsync($"/api/v1/employer/hiring/requisitions/{requisition}/applications/{noorId}/history")).ReadJsonAsync();
        history.GetProperty("status").GetString().ShouldBe("withdrawn");
        var analytics = await (await owner.GetAsync("/api/v1/employer/hiring/analytics?by=requisition")).ReadJsonAsync();
        analytics.GetProperty("groups")[0].GetProperty("candidacies").GetInt32().ShouldBe(applied.Length + 2);

        // Erasure reaches the pipeline's copy of the person: the candidacy stays for the figures, the name and email go.
        await (await owner.PostAsync($"/api/v1/employer/hiring/requisitions/{requisition}/moves", new { applicationIds = new[] { samId }, reject = "position-filled", message = "Dear {candidateFirstName}, thank you." }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await sam.DeleteAsync("/api/v1/me", new { password = Json.Password })).ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        var candidates = await app.Services.GetRequiredService<WorkforceStore>().CandidatesAsync(organisation, TestContext.Current.CancellationToken);
        candidates.ShouldNotContain(c => c.Name == "sam" || c.Emails.Contains("sam@example.org"));
        candidates.ShouldContain(c => c.Name == "Erased applicant" && c.Emails.Count == 0);
        var erased = await (await owner.GetAsync($"/api/v1/employer/hiring/requisitions/{requisition}/applications/{samId}/history")).ReadJsonAsync();
        erased.GetProperty("status").GetString().ShouldBe("rejected");
        erased.GetProperty("messages").GetArrayLength().ShouldBe(0);
        (await (await owner.GetAsync("/api/v1/employer/hiring/duplicates")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("sam@example.org");
    }

    private static async Task<Session> SeekerAsync(WebTestApp app, string email, string name)
    {
        var seeker = app.Browser();
        await seeker.SignUpAsync("seeker", email);
        await (await seeker.PutAsync("/api/v1/me/profile", Fixtures.Resume(name))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        return seeker;
    }
}
