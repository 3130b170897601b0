using System.Net;
using System.Text.Json;
using OpenTalent.Storage;

namespace OpenTalent.Web.Tests;

/// <summary>Consent, opting out of automated ranking, the rankings kept as shown, the audit log, self-identification and the bias audit.</summary>
public class TrustFlowTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_seeker_who_opts_out_is_listed_unranked_and_every_ranking_shown_is_kept_with_model_version_and_explanations(DatabaseProvider provider)
    {
        await using var app = await WebTestApp.StartAsync(provider);
        var (owner, jobId) = await EmployerWithJobAsync(app);
        using var sam = await ApplicantAsync(app, "sam@example.org", Fixtures.Resume("Sam Example"), jobId);
        using var ada = await ApplicantAsync(app, "ada@example.org", Fixtures.Resume("Ada Example"), jobId);
        using var noor = await ApplicantAsync(app, "noor@example.org", Fixtures.NurseResume(), jobId);

        var choice = await (await ada.PutAsync("/api/v1/me/automated-ranking", new { rankAutomatically = false })).ReadJsonAsync();
        choice.GetProperty("standing").GetProperty("automatedRanking").GetBoolean().ShouldBeFalse();
        await (await ada.PutAsync("/api/v1/me/automated-ranking", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var items = (await (await owner.GetAsync($"/api/v1/employer/jobs/{jobId}/shortlist?source=applicants")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToArray();

        items.Select(i => i.GetProperty("seekerId").GetGuid()).ShouldBe([sam.AccountId, noor.AccountId, ada.AccountId]);
        var unranked = items[2];
        unranked.GetProperty("optedOutOfRanking").GetBoolean().ShouldBeTrue();
        unranked.GetProperty("score").ValueKind.ShouldBe(JsonValueKind.Null);
        unranked.GetProperty("explanation").ValueKind.ShouldBe(JsonValueKind.Null);

        var rankings = (await (await owner.GetAsync($"/api/v1/employer/jobs/{jobId}/rankings")).ReadJsonAsync()).EnumerateArray().ToArray();
        rankings.Length.ShouldBe(1);
        rankings[0].GetProperty("modelVersion").GetString()!.ShouldStartWith("opentalent-relevance/");
        rankings[0].GetProperty("viewerId").GetGuid().ShouldBe(owner.AccountId);
        var entries = rankings[0].GetProperty("entries").EnumerateArray().ToArray();
        entries.Select(e => e.GetProperty("subjectId").GetGuid()).ShouldBe([sam.AccountId, noor.AccountId]);
        entries[0].GetProperty("score").GetDouble().ShouldBe(items[0].GetProperty("score").GetDouble());
        entries[0].GetProperty("explanation").GetProperty("summary").GetString().ShouldBe(items[0].GetProperty("explanation").GetProperty("summary").GetString());
        await (await owner.GetAsync("/api/v1/employer/jobs/job-unknown/rankings")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // Opting back in ranks them again.
        await (await ada.PutAsync("/api/v1/me/automated-ranking", new { rankAutomatically = true })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var again = (await (await owner.GetAsync($"/api/v1/employer/jobs/{jobId}/shortlist")).ReadJsonAsync()).GetProperty("items").EnumerateArray();
        again.Single(i => i.GetProperty("seekerId").GetGuid() == ada.AccountId).GetProperty("score").ValueKind.ShouldBe(JsonValueKind.Number);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_seeker_sees_who_viewed_and_changed_their_data_and_their_consents_and_gets_both_in_the_export(DatabaseProvider provider)
    {
        await using var app = await WebTestApp.StartAsync(provider);
        var (owner, jobId) = await EmployerWithJobAsync(app);
        using var sam = await ApplicantAsync(app, "sam@example.org", Fixtures.Resume("Sam Example"), jobId);
        await (await sam.PutAsync("/api/v1/me/discoverable", new { discoverable = true })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await owner.GetAsync($"/api/v1/employer/jobs/{jobId}/applications")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var applicationId = (await (await sam.GetAsync("/api/v1/me/applications")).ReadJsonAsync())[0].GetProperty("id").GetGuid();
        await (await owner.PostAsync($"/api/v1/employer/applications/{applicationId}/status", new { status = "screening" })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var log = (await (await sam.GetAsync("/api/v1/me/audit")).ReadJsonAsync()).EnumerateArray().ToArray();

        log.Select(e => (e.GetProperty("action").GetString(), e.GetProperty("actor").GetString())).ShouldBe(
        [
            ("changed", "owner"),
            ("viewed", "owner"),
            ("changed", "sam"),
        ]);
        log[0].GetProperty("what").GetString()!.ShouldContain("Screening");
        log[1].GetProperty("organisation").GetString().ShouldBe("Acme Labs");
        log[2].GetProperty("what").GetString().ShouldBe("profile");

        var privacy = await (await sam.GetAsync("/api/v1/me/privacy")).ReadJsonAsync();
        privacy.GetProperty("standing").GetProperty("talentPool").GetBoolean().ShouldBeTrue();
        privacy.GetProperty("standing").GetProperty("terms").GetBoolean().ShouldBeTrue();
        privacy.GetProperty("history").EnumerateArray().Select(c => (c.GetProperty("purpose").GetString(), c.GetProperty("source").GetString()))
            .ShouldBe([("terms", "sign-up"), ("talentPool", "account settings")]);

        var export = await (await sam.GetAsync("/api/v1/me/export")).ReadJsonAsync();
        export.GetProperty("privacy").GetProperty("history").GetArrayLength().ShouldBe(2);
        var exported = export.GetProperty("accessLog").EnumerateArray().ToArray();
        exported[0].GetProperty("action").GetString().ShouldBe("exported");
        exported.Length.ShouldBe(4);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_bias_audit_reports_impact_ratios_from_voluntary_self_identification_as_json_and_csv(DatabaseProvider provider)
    {
        await using var app = await WebTestApp.StartAsync(provider);
        var (owner, jobId) = await EmployerWithJobAsync(app);
        using var sam = await ApplicantAsync(app, "sam@example.org", Fixtures.Resume("Sam Example"), jobId);
        using var noor = await ApplicantAsync(app, "noor@example.org", Fixtures.NurseResume(), jobId);
        using var kim = await ApplicantAsync(app, "kim@example.org", Fixtures.Resume("Kim Example", "Data Scientist"), jobId);
        await (await sam.PutAsync("/api/v1/me/self-identification", new { sex = "male", raceEthnicity = "white" })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var mine = await (await noor.PutAsync("/api/v1/me/self-identification", new { sex = "female", raceEthnicity = "Black or African American" })).ReadJsonAsync();
        mine.GetProperty("selfIdentification").GetProperty("raceEthnicity").GetString().ShouldBe("blackOrAfricanAmerican");
        var bad = await (await kim.PutAsync("/api/v1/me/self-identification", new { sex = "robot" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        bad.GetProperty("errors").GetProperty("sex")[0].GetString()!.ShouldContain("male, female");

        var items = (await (await owner.GetAsync($"/api/v1/employer/jobs/{jobId}/shortlist")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToArray();
        var samApplication = items.Single(i => i.GetProperty("seekerId").GetGuid() == sam.AccountId).GetProperty("applicationId").GetGuid();
        await (await owner.PostAsync($"/api/v1/employer/applications/{samApplication}/status", new { status = "screening" })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var audit = await (await owner.GetAsync($"/api/v1/employer/bias-audit?job={jobId}")).ReadJsonAsync();
        var report = audit.GetProperty("report");
        report.GetProperty("applicants").GetInt32().ShouldBe(3);
        report.GetProperty("unknownSex").GetInt32().ShouldBe(1);
        var rows = report.GetProperty("rows").EnumerateArray().ToArray();
        var male = rows.Single(r => r.GetProperty("dimension").GetString() == "sex" && r.GetProperty("category").GetString() == "Male");
        male.GetProperty("selected").GetInt32().ShouldBe(1);
        male.GetProperty("selectionImpactRatio").GetDouble().ShouldBe(1.0);
        rows.Single(r => r.GetProperty("category").GetString() == "Female").GetProperty("selectionImpactRatio").GetDouble().ShouldBe(0.0);
        audit.GetProperty("method").GetString()!.ShouldContain("never an input to ranking");

        var csv = await owner.GetAsync("/api/v1/employer/bias-audit?format=csv");
        await csv.ShouldHaveStatusAsync(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csv.Content.Headers.ContentDisposition!.FileName!.ShouldContain("bias-audit");
        var text = await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        text.ShouldContain("dimension,category,applicants,scored above median");
        text.ShouldContain("sex,Male,1,");
        await (await owner.GetAsync("/api/v1/employer/bias-audit?format=pdf")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await owner.GetAsync("/api/v1/employer/bias-audit?job=job-not-ours")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var page = await (await owner.GetAsync($"/employer/bias-audit?job={jobId}")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        page.ShouldContain("By sex");
        page.ShouldContain("data-audited>3<");
        page.ShouldContain("format=csv&amp;job=");
        var account = await (await noor.GetAsync("/me/account")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        account.ShouldContain("value=\"female\" selected");
        account.ShouldContain("Who saw or changed your data");
        account.ShouldContain("owner (Acme Labs)");

        await (await noor.DeleteAsync("/api/v1/me/self-identification")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var after = await (await owner.GetAsync($"/api/v1/employer/bias-audit?job={jobId}")).ReadJsonAsync();
        after.GetProperty("report").GetProperty("unknownSex").GetInt32().ShouldBe(2);
    }

    private static async Task<(Session Owner, string JobId)> EmployerWithJobAsync(WebTestApp app)
    {
        var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        var job = await (await owner.PostAsync("/api/v1/employer/jobs", Fixtures.MlJob())).ReadJsonAsync();
        return (owner, job.GetProperty("id").GetString()!);
    }

    private static async Task<Session> ApplicantAsync(WebTestApp app, string email, object resume, string jobId)
    {
        var seeker = app.Browser();
        await seeker.SignUpAsync("seeker", email);
        await (await seeker.PutAsync("/api/v1/me/profile", resume)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await seeker.PostAsync("/api/v1/me/applications", new { postingId = jobId })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        return seeker;
    }
}
