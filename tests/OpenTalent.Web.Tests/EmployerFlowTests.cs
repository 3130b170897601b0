using System.Net;
using System.Text.Json;
using OpenTalent.Storage;

namespace OpenTalent.Web.Tests;

public class EmployerFlowTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_employer_posts_a_job_with_edited_skills_sees_ranked_explained_applicants_and_moves_them(DatabaseProvider provider)
    {
        await using var app = await WebTestApp.StartAsync(provider);
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");

        var preview = await (await owner.PostAsync("/api/v1/employer/jobs/preview", Fixtures.MlJob())).ReadJsonAsync();
        var extracted = Labels(preview.GetProperty("skills"));
        extracted.ShouldContain("Python");
        preview.GetProperty("salary").GetProperty("min").GetDecimal().ShouldBe(200000m);

        // The employer drops Kubernetes and makes PyTorch a nice-to-have before publishing.
        var draft = new
        {
            title = "Senior Machine Learning Engineer",
            description = "Train models. 5+ years of Python and PyTorch required. Kubernetes is a plus.",
            arrangement = "remote",
            salary = new { min = 200000, max = 250000, currency = "USD", period = "year" },
            skills = new[] { new { name = "Python", required = true }, new { name = "PyTorch", required = false } },
        };
        var posted = await owner.PostAsync("/api/v1/employer/jobs", draft);
        await posted.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var job = await posted.ReadJsonAsync();
        var jobId = job.GetProperty("id").GetString()!;
        Labels(job.GetProperty("skills")).ShouldBe(["Python", "PyTorch"]);
        job.GetProperty("skills")[1].GetProperty("required").GetBoolean().ShouldBeFalse();
        job.GetProperty("arrangement").GetString().ShouldBe("remote");

        using var sam = await SeekerAsync(app, "sam@example.org", Fixtures.Resume("Sam Example"));
        using var noor = await SeekerAsync(app, "noor@example.org", Fixtures.NurseResume());
        await (await sam.PostAsync("/api/v1/me/applications", new { postingId = jobId, note = "Keen to <b>help</b>" })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        await (await noor.PostAsync("/api/v1/me/applications", new { postingId = jobId })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        await (await sam.PostAsync("/api/v1/me/applications", new { postingId = jobId })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var shortlist = await (await owner.GetAsync($"/api/v1/employer/jobs/{jobId}/shortlist?source=applicants")).ReadJsonAsync();
        var ranked = shortlist.GetProperty("items").EnumerateArray().ToArray();
        ranked.Select(e => e.GetProperty("seekerId").GetGuid()).ShouldBe([sam.AccountId, noor.AccountId]);
        ranked[0].GetProperty("score").GetDouble().ShouldBeGreaterThan(ranked[1].GetProperty("score").GetDouble());
        ranked[0].GetProperty("explanation").GetProperty("requiredMatched").EnumerateArray().Select(s => s.GetString()).ShouldContain("Python");
        ranked[0].GetProperty("explanation").GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();

        var applicationId = ranked[0].GetProperty("applicationId").GetGuid();
        foreach (var status in new[] { "screening", "interview", "offer" })
        {
            await (await owner.PostAsync($"/api/v1/employer/applications/{applicationId}/status", new { status, note = "internal: strong" })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        var illegal = await owner.PostAsync($"/api/v1/employer/applications/{applicationId}/status", new { status = "screening" });
        (await illegal.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("hired");
        await (await owner.PostAsync($"/api/v1/employer/applications/{applicationId}/status", new { status = "withdrawn" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await owner.PostAsync($"/api/v1/employer/applications/{applicationId}/status", new { status = "promoted" })).ShouldNameFieldAsync("status");

        var mine = (await (await sam.GetAsync("/api/v1/me/applications")).ReadJsonAsync()).EnumerateArray().Single();
        mine.GetProperty("status").GetString().ShouldBe("offer");
        mine.GetProperty("jobTitle").GetString().ShouldBe("Senior Machine Learning Engineer");
        mine.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()).ShouldBe(["applied", "screening", "interview", "offer"]);
        mine.ToString().ShouldNotContain("internal: strong");
        mine.GetProperty("history")[0].GetProperty("note").GetString().ShouldBe("Keen to <b>help</b>");

        await (await owner.PostAsync($"/api/v1/employer/jobs/{jobId}/close", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var late = await SeekerAsync(app, "late@example.org", Fixtures.Resume("Late Comer"));
        await (await late.PostAsync("/api/v1/me/applications", new { postingId = jobId })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var list = await (await owner.GetAsync("/api/v1/employer/jobs")).ReadJsonAsync();
        list.GetProperty("total").GetInt32().ShouldBe(1);
        list.GetProperty("items")[0].GetProperty("status").GetString().ShouldBe("closed");
    }

    [Fact]
    public async Task Jobs_for_me_ranks_open_postings_from_the_live_index_and_follows_edits_and_closing()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        using var sam = await SeekerAsync(app, "sam@example.org", Fixtures.Resume());
        var nurse = await (await owner.PostAsync("/api/v1/employer/jobs", new { title = "Registered Nurse", description = "Patient care on a medical ward. Nursing licence required." })).ReadJsonAsync();

        // The index is loaded by this first request; the posting made after it must appear without a rebuild.
        var before = await (await sam.GetAsync("/api/v1/me/jobs")).ReadJsonAsync();
        Ids(before).ShouldBe([nurse.GetProperty("id").GetString()]);
        var ml = await (await owner.PostAsync("/api/v1/employer/jobs", Fixtures.MlJob())).ReadJsonAsync();
        var mlId = ml.GetProperty("id").GetString()!;

        var after = await (await sam.GetAsync("/api/v1/me/jobs")).ReadJsonAsync();
        Ids(after)[0].ShouldBe(mlId);
        after[0].GetProperty("explanation").GetProperty("salary").GetProperty("verdict").GetString().ShouldBe("aboveExpectation");
        Ids(await (await sam.GetAsync("/api/v1/me/jobs?remote=true&minSalary=100000&currency=USD")).ReadJsonAsync()).ShouldBe([mlId]);
        await (await sam.GetAsync("/api/v1/me/jobs?top=0")).ShouldNameFieldAsync("top");
        await (await sam.GetAsync("/api/v1/me/jobs?minSalary=1&currency=dollars")).ShouldNameFieldAsync("currency");

        await (await owner.PostAsync($"/api/v1/employer/jobs/{mlId}/close", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Ids(await (await sam.GetAsync("/api/v1/me/jobs")).ReadJsonAsync()).ShouldNotContain(mlId);

        var moves = await (await sam.GetAsync("/api/v1/me/wage-moves?minRaise=5")).ReadJsonAsync();
        moves.TryGetProperty("baseline", out _).ShouldBeTrue();
        await (await sam.GetAsync("/api/v1/me/wage-moves?minRaise=-1")).ShouldNameFieldAsync("minRaise");
    }

    [Fact]
    public async Task The_talent_pool_holds_only_seekers_who_chose_to_be_found()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        var jobId = (await (await owner.PostAsync("/api/v1/employer/jobs", Fixtures.MlJob())).ReadJsonAsync()).GetProperty("id").GetString();
        using var open = await SeekerAsync(app, "open@example.org", Fixtures.Resume("Open Person"));
        using var shy = await SeekerAsync(app, "shy@example.org", Fixtures.Resume("Shy Person"));

        Pool(await (await owner.GetAsync($"/api/v1/employer/jobs/{jobId}/shortlist?source=pool")).ReadJsonAsync()).ShouldBeEmpty();
        await (await open.PutAsync("/api/v1/me/discoverable", new { discoverable = true })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var pool = Pool(await (await owner.GetAsync($"/api/v1/employer/jobs/{jobId}/shortlist?source=pool")).ReadJsonAsync());
        pool.ShouldBe([open.AccountId]);

        await (await open.PutAsync("/api/v1/me/discoverable", new { discoverable = false })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Pool(await (await owner.GetAsync($"/api/v1/employer/jobs/{jobId}/shortlist?source=pool")).ReadJsonAsync()).ShouldBeEmpty();
        await (await owner.GetAsync($"/api/v1/employer/jobs/{jobId}/shortlist?source=everyone")).ShouldNameFieldAsync("source");
    }

    [Fact]
    public async Task A_job_draft_names_every_invalid_field_and_unknown_skill()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");

        var response = await owner.PostAsync("/api/v1/employer/jobs", new
        {
            title = "",
            description = "x",
            arrangement = "moon",
            salary = new { min = 100, max = 50, currency = "dollars", period = "fortnight" },
            locations = new[] { new { city = "", region = "", country = "" } },
            validThrough = "next week",
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();
        fields.ShouldBe(["title", "arrangement", "validThrough", "locations[0]", "salary.max", "salary.currency", "salary.period"], ignoreOrder: true);
        await (await owner.PostAsync("/api/v1/employer/jobs", new { title = "Engineer", description = "Code.", skills = new[] { new { name = "Pythn Wizardry" } } })).ShouldNameFieldAsync("skills[0].name");
    }

    [Fact]
    public async Task Owners_add_members_by_role_and_issue_api_keys_that_work_once_and_stop_when_revoked()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        using var rita = app.Browser();
        await rita.SignUpAsync("employer", "rita@acme.example");
        await (await rita.GetAsync("/api/v1/employer/jobs")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        await (await owner.PostAsync("/api/v1/employer/members", new { email = "rita@acme.example", role = "recruiter" })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        await (await owner.PostAsync("/api/v1/employer/members", new { email = "ghost@acme.example", role = "recruiter" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await owner.PostAsync("/api/v1/employer/members", new { email = "rita@acme.example", role = "boss" })).ShouldNameFieldAsync("role");
        await (await rita.GetAsync("/api/v1/employer/jobs")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await owner.DeleteAsync($"/api/v1/employer/members/{owner.AccountId}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var issued = await (await owner.PostAsync("/api/v1/employer/api-keys", new { name = "ATS sync" })).ReadJsonAsync();
        var secret = issued.GetProperty("secret").GetString()!;
        secret.ShouldStartWith("ot_");
        var listed = await (await owner.GetAsync("/api/v1/employer/api-keys")).ReadJsonAsync();
        listed.ToString().ShouldNotContain(secret);

        var program = app.WithApiKey(secret, asBearer: true);
        var posted = await program.PostAsync("/api/v1/employer/jobs", System.Net.Http.Json.JsonContent.Create(Fixtures.MlJob()), TestContext.Current.CancellationToken);
        await posted.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await (await app.WithApiKey(secret).GetAsync("/api/v1/employer/jobs", TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await (await owner.DeleteAsync($"/api/v1/employer/api-keys/{issued.GetProperty("key").GetProperty("id").GetGuid()}")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        await (await program.GetAsync("/api/v1/employer/jobs", TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await app.WithApiKey("ot_not-a-real-key-but-shaped-like-one-0000000000").GetAsync("/api/v1/employer/jobs", TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static async Task<Session> SeekerAsync(WebTestApp app, string email, object resume)
    {
        var seeker = app.Browser();
        await seeker.SignUpAsync("seeker", email);
        await (await seeker.PutAsync("/api/v1/me/profile", resume)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        return seeker;
    }

    private static string[] Labels(JsonElement skills) => [.. skills.EnumerateArray().Select(s => s.GetProperty("label").GetString()!)];

    private static string?[] Ids(JsonElement matches) => [.. matches.EnumerateArray().Select(m => m.GetProperty("id").GetString())];

    private static Guid[] Pool(JsonElement shortlist) => [.. shortlist.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("seekerId").GetGuid())];
}
