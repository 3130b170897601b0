using System.Net;
using System.Text.Json;
using OpenTalent.Storage;

namespace OpenTalent.Web.Tests.Workforce;

public class RequisitionsApiTests
{
    private const string Hiring = "/api/v1/employer/hiring";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_requisition_goes_through_each_approver_in_turn_and_a_wider_band_restarts_approval(DatabaseProvider provider)
    {
        await using var app = await WebTestApp.StartAsync(provider);
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        using var manager = app.Browser();
        await manager.SignUpAsync("employer", "manager@acme.example");
        await (await owner.PostAsync("/api/v1/employer/members", new { email = "manager@acme.example", role = "hiringManager" })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var organisation = (await (await owner.GetAsync("/api/v1/employer/organisation")).ReadJsonAsync()).GetProperty("id").GetGuid();
        var (legacy, _) = await HiringApiTests.SeedAsync(app, organisation);
        var plan = await (await owner.GetAsync($"{Hiring}/plan")).ReadJsonAsync();
        var research = plan.GetProperty("departments")[0].GetProperty("id").GetGuid();

        // The chain: any hiring manager, then the owner by name. Only owners configure it.
        (await (await owner.PutAsync($"{Hiring}/approval-chain", new { steps = new object[] { new { role = "finance" } } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("steps[0]")[0].GetString()!.ShouldContain("hiringManager");
        await (await manager.PutAsync($"{Hiring}/approval-chain", new { steps = Array.Empty<object>() })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var chain = await (await owner.PutAsync($"{Hiring}/approval-chain", new { steps = new object[] { new { role = "hiringManager" }, new { accountId = owner.AccountId } } })).ReadJsonAsync();
        chain[1].GetProperty("name").GetString().ShouldBe("owner");

        var draft = new
        {
            departmentId = research, title = "Research Engineer, RL", hiringManagerId = manager.AccountId, recruiterId = owner.AccountId,
            targetStart = "2027-03-01", bandMinimum = 180_000, bandMaximum = 240_000, currency = "usd",
        };
        var invalid = await (await owner.PostAsync($"{Hiring}/requisitions", draft with { departmentId = Guid.NewGuid(), targetStart = "March" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        invalid.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["departmentId", "targetStart"], ignoreOrder: true);
        await (await manager.PostAsync($"{Hiring}/requisitions", draft)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var created = await owner.PostAsync($"{Hiring}/requisitions", draft);
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var requisition = await created.ReadJsonAsync();
        var id = requisition.GetProperty("id").GetGuid();
        requisition.GetProperty("status").GetString().ShouldBe("draft");
        requisition.GetProperty("currency").GetString().ShouldBe("USD");
        Actions(requisition).ShouldBe(["submit", "cancel"]);

        var submitted = await Act(owner, id, "submit");
        submitted.GetProperty("status").GetString().ShouldBe("pendingApproval");
        submitted.GetProperty("pendingStep").GetInt32().ShouldBe(0);
        Actions(submitted).ShouldBe(["cancel"]);
        (await (await owner.PostAsync($"{Hiring}/requisitions/{id}/approve", new { })).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("role 'hiringManager'");
        Actions(await (await manager.GetAsync($"{Hiring}/requisitions/{id}")).ReadJsonAsync()).ShouldBe(["approve", "reject"]);

        var first = await Act(manager, id, "approve", "Budgeted in Q1.");
        first.GetProperty("pendingStep").GetInt32().ShouldBe(1);
        var open = await Act(owner, id, "approve");
        open.GetProperty("status").GetString().ShouldBe("open");
        open.GetProperty("decisions").GetArrayLength().ShouldBe(2);
        open.GetProperty("decisions")[0].GetProperty("byName").GetString().ShouldBe("manager");
        open.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("status").GetString()).ShouldBe(["draft", "pendingApproval", "open"]);
        var listed = await (await owner.GetAsync($"{Hiring}/requisitions?status=open")).ReadJsonAsync();
        listed.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldContain(id);

        // Narrower: approval stands. Wider: a new round from the first step; a rejection says why and returns it to draft.
        var narrower = await (await owner.PutAsync($"{Hiring}/requisitions/{id}", new { bandMinimum = 190_000, bandMaximum = 230_000, currency = "USD" })).ReadJsonAsync();
        narrower.GetProperty("status").GetString().ShouldBe("open");
        var wider = await (await owner.PutAsync($"{Hiring}/requisitions/{id}", new { bandMinimum = 190_000, bandMaximum = 260_000, currency = "USD" })).ReadJsonAsync();
        wider.GetProperty("status").GetString().ShouldBe("pendingApproval");
        wider.GetProperty("round").GetInt32().ShouldBe(2);
        (await (await manager.PostAsync($"{Hiring}/requisitions/{id}/reject", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("note")[0].GetString()!.ShouldContain("why");
        (await Act(manager, id, "reject", "Over the approved budget.")).GetProperty("status").GetString().ShouldBe("draft");
        await Act(owner, id, "submit");
        await Act(manager, id, "approve");
        await Act(owner, id, "approve");
        (await Act(owner, id, "hold", "Reorg")).GetProperty("status").GetString().ShouldBe("onHold");
        await Act(owner, id, "resume");
        (await Act(owner, id, "fill", "Hired from the referral pipeline")).GetProperty("status").GetString().ShouldBe("filled");
        (await (await owner.PostAsync($"{Hiring}/requisitions/{id}/cancel", new { note = "too late" })).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("final");

        // A requisition loaded in bulk (no approval history) reads as already open; programs cannot decide; others see nothing.
        var loaded = await (await owner.GetAsync($"{Hiring}/requisitions/{legacy}")).ReadJsonAsync();
        loaded.GetProperty("status").GetString().ShouldBe("open");
        Actions(loaded).ShouldBe(["hold", "fill", "cancel"]);
        var key = await (await owner.PostAsync("/api/v1/employer/api-keys", new { name = "ATS" })).ReadJsonAsync();
        using var program = app.WithApiKey(key.GetProperty("secret").GetString()!);
        (await program.PostAsync($"{Hiring}/requisitions/{id}/approve", null, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var stranger = app.Browser();
        await stranger.SignUpAsync("employer", "owner@other.example", "Other Co");
        await (await stranger.GetAsync($"{Hiring}/requisitions/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsync($"{Hiring}/requisitions/{id}/submit", new { })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<JsonElement> Act(Session session, Guid id, string action, string? note = null)
    {
        var response = await session.PostAsync($"{Hiring}/requisitions/{id}/{action}", new { note });
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.ReadJsonAsync();
    }

    private static string[] Actions(JsonElement requisition) => [.. requisition.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!)];
}
