using System.Net;
using System.Net.Http.Json;
using OpenTalent.Storage;

namespace OpenTalent.Web.Tests.Workforce;

public class InterviewsApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Required_scorecards_hold_a_candidate_until_submitted_and_are_aggregated_per_candidate(DatabaseProvider provider)
    {
        await using var app = await WebTestApp.StartAsync(provider);
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        using var interviewer = app.Browser();
        await interviewer.SignUpAsync("employer", "interviewer@acme.example");
        await (await owner.PostAsync("/api/v1/employer/members", new { email = "interviewer@acme.example", role = "hiringManager" })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var organisation = (await (await owner.GetAsync("/api/v1/employer/organisation")).ReadJsonAsync()).GetProperty("id").GetGuid();
        var (requisition, applied) = await HiringApiTests.SeedAsync(app, organisation);
        var hiring = "/api/v1/employer/hiring";
        var scorecards = $"{hiring}/requisitions/{requisition}/applications/{applied[0]}/scorecards";

        // Kits: checked by the domain, one name per organisation.
        (await (await owner.PostAsync($"{hiring}/kits", new { name = "Research loop", competencies = new[] { "ML depth", "ml depth" } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("competencies")[0].GetString()!.ShouldContain("twice");
        var created = await owner.PostAsync($"{hiring}/kits", new { name = "Research loop", competencies = new[] { "ML depth", "Coding", "Communication" } });
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var kit = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        await (await owner.PostAsync($"{hiring}/kits", new { name = "research loop", competencies = new[] { "Coding" } })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await (await interviewer.GetAsync($"{hiring}/kits")).ReadJsonAsync()).GetArrayLength().ShouldBe(1);

        // Stages: Screen needs two scorecards before anyone leaves it; nobody may be stranded by a change.
        var stages = new[]
        {
            new { name = "Applied", kind = "applied", requiredScorecards = 0 },
            new { name = "Screen", kind = "screening", requiredScorecards = 2 },
            new { name = "Interviews", kind = "interview", requiredScorecards = 0 },
            new { name = "Offer", kind = "offer", requiredScorecards = 0 },
            new { name = "Hired", kind = "hired", requiredScorecards = 0 },
        };
        var renamed = stages.Select((s, i) => i == 0 ? s with { name = "New" } : s);
        (await (await owner.PutAsync($"{hiring}/requisitions/{requisition}/stages", new { stages = renamed })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("detail").GetString()!.ShouldContain("'Applied'");
        (await (await owner.PutAsync($"{hiring}/requisitions/{requisition}/stages", new { stages = new[] { new { name = "Applied", kind = "sleeping", requiredScorecards = 0 } } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("stages[0].kind")[0].GetString()!.ShouldContain("screening");
        await (await owner.PutAsync($"{hiring}/requisitions/{requisition}/stages", new { stages })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await owner.PostAsync($"{hiring}/requisitions/{requisition}/moves", new { applicationIds = applied[..1], toStage = "Screen" })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Not yet reached, badly rated, or missing a competency: refused with the field.
        await (await owner.PostAsync(scorecards, new { kitId = kit, stage = "Interviews", ratings = Ratings(4, 4, 4), overall = "yes" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await (await owner.PostAsync(scorecards, new { kitId = kit, stage = "Screen", ratings = Ratings(4, 6, 4), overall = "yes" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("ratings")[0].GetString()!.ShouldContain("1 to 5");
        (await (await owner.PostAsync(scorecards, new { kitId = kit, stage = "Screen", ratings = new Dictionary<string, int> { ["Coding"] = 3 }, overall = "maybe" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["overall"], ignoreOrder: true);

        var first = await owner.PostAsync(scorecards, new { kitId = kit, stage = "screen", ratings = Ratings(5, 4, 2), overall = "strongYes", notes = "Deep on RL." });
        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await first.ReadJsonAsync()).GetProperty("requirement").GetProperty("submitted").GetInt32().ShouldBe(1);
        await (await owner.PostAsync(scorecards, new { kitId = kit, stage = "Screen", ratings = Ratings(5, 4, 2), overall = "yes" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var held = await owner.PostAsync($"{hiring}/requisitions/{requisition}/moves", new { applicationIds = applied[..1], toStage = "Interviews" });
        await held.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        (await held.ReadJsonAsync()).GetProperty("items")[0].GetProperty("error").GetString()!.ShouldContain("needs 2 submitted scorecards");

        await (await interviewer.PostAsync(scorecards, new { kitId = kit, stage = "Screen", ratings = Ratings(3, 4, 5), overall = "no" })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var view = await (await interviewer.GetAsync(scorecards)).ReadJsonAsync();
        view.GetProperty("scorecards").GetArrayLength().ShouldBe(2);
        view.GetProperty("scorecards")[1].GetProperty("interviewerName").GetString().ShouldBe("interviewer");
        var summary = view.GetProperty("summary");
        summary.GetProperty("competencies")[0].GetProperty("mean").GetDouble().ShouldBe(4.0);
        summary.GetProperty("disagreements").EnumerateArray().Select(d => d.GetString()).ShouldBe(["ML depth", "Communication"], ignoreOrder: true);
        summary.GetProperty("splitRecommendation").GetBoolean().ShouldBeTrue();
        view.GetProperty("requirement").GetProperty("met").GetBoolean().ShouldBeTrue();
        await (await owner.PostAsync($"{hiring}/requisitions/{requisition}/moves", new { applicationIds = applied[..1], toStage = "Interviews" })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Programs may read but not judge; other organisations see nothing.
        var key = await (await owner.PostAsync("/api/v1/employer/api-keys", new { name = "ATS" })).ReadJsonAsync();
        using var program = app.WithApiKey(key.GetProperty("secret").GetString()!);
        (await program.PostAsJsonAsync(scorecards, new { kitId = kit, stage = "Interviews", ratings = Ratings(3, 3, 3), overall = "yes" }, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var stranger = app.Browser();
        await stranger.SignUpAsync("employer", "owner@other.example", "Other Co");
        await (await stranger.GetAsync(scorecards)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PutAsync($"{hiring}/requisitions/{requisition}/stages", new { stages })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static Dictionary<string, int> Ratings(int depth, int coding, int communication) =>
        new() { ["ML depth"] = depth, ["Coding"] = coding, ["Communication"] = communication };
}
