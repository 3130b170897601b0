using System.Net;
using OpenTalent.Storage;

namespace OpenTalent.Web.Tests.Workforce;

public class CandidacyHistoryApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_application_shows_every_move_with_who_when_and_why_in_the_api_and_its_page_and_other_organisations_get_404(DatabaseProvider provider)
    {
        await using var app = await WebTestApp.StartAsync(provider);
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        var organisation = (await (await owner.GetAsync("/api/v1/employer/organisation")).ReadJsonAsync()).GetProperty("id").GetGuid();
        var (requisition, applied) = await HiringApiTests.SeedAsync(app, organisation);
        var history = $"/api/v1/employer/hiring/requisitions/{requisition}/applications/{applied[0]}/history";

        var fresh = await (await owner.GetAsync(history)).ReadJsonAsync();
        fresh.GetProperty("applicationId").GetGuid().ShouldBe(applied[0]);
        fresh.GetProperty("requisitionId").GetGuid().ShouldBe(requisition);
        fresh.GetProperty("moves").GetArrayLength().ShouldBe(1);
        fresh.GetProperty("moves")[0].GetProperty("toStage").GetString().ShouldBe("Applied");

        await (await owner.PostAsync($"/api/v1/employer/hiring/requisitions/{requisition}/moves", new { applicationIds = applied[..1], toStage = "Screen", note = "Strong portfolio" }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await owner.PostAsync($"/api/v1/employer/hiring/requisitions/{requisition}/moves", new { applicationIds = applied[..1], reject = "position-filled" }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        var account = (await (await owner.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("id").GetGuid();

        var moved = await (await owner.GetAsync(history)).ReadJsonAsync();
        moved.GetProperty("stage").GetString().ShouldBe("Screen");
        moved.GetProperty("status").GetString().ShouldBe("rejected");
        var moves = moved.GetProperty("moves");
        moves.GetArrayLength().ShouldBe(3);
        moves[1].GetProperty("fromStage").GetString().ShouldBe("Applied");
        moves[1].GetProperty("toStage").GetString().ShouldBe("Screen");
        moves[1].GetProperty("note").GetString().ShouldBe("Strong portfolio");
        moves[1].GetProperty("by").GetGuid().ShouldBe(account);
        moves[1].GetProperty("byName").GetString().ShouldBe("owner");
        moves[2].GetProperty("reason").GetString().ShouldBe("position-filled");
        moves[2].GetProperty("at").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(moves[1].GetProperty("at").GetDateTimeOffset());

        await (await owner.GetAsync($"/api/v1/employer/hiring/requisitions/{requisition}/applications/{Guid.NewGuid()}/history")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await owner.GetAsync($"/api/v1/employer/hiring/requisitions/{Guid.NewGuid()}/applications/{applied[0]}/history")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await owner.GetAsync($"/api/v1/employer/hiring/requisitions/{requisition}/applications/not-a-guid/history")).ShouldHaveStatusAsync(HttpStatusCode.NotFound);

        using var stranger = app.Browser();
        await stranger.SignUpAsync("employer", "owner@other.example", "Other Co");
        await (await stranger.GetAsync(history)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var page = $"/employer/hiring/requisitions/{requisition}/applications/{applied[0]}";
        var html = await (await owner.GetAsync(page)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.ShouldContain("data-moves");
        html.ShouldContain("Strong portfolio");
        html.ShouldContain("position-filled");
        html.ShouldContain("<td data-label=\"By\">owner</td>");
        var pipeline = await (await owner.GetAsync($"/employer/hiring/requisitions/{requisition}")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        pipeline.ShouldContain($"/applications/{applied[1]}");
        var hidden = await stranger.GetAsync(page);
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hidden.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("no requisition");
    }
}
