using System.Net;
using OpenTalent.Storage;

namespace OpenTalent.Web.Tests.Workforce;

public class MessagePreviewApiTests
{
    [Fact]
    public void A_first_name_is_the_first_word_of_the_name() =>
        (MessagePreviewApi.FirstName("  Ada Lovelace "), MessagePreviewApi.FirstName("Plato")).ShouldBe(("Ada", "Plato"));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_templated_message_is_previewed_per_selected_application_and_bad_templates_name_the_field(DatabaseProvider provider)
    {
        await using var app = await WebTestApp.StartAsync(provider);
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        var organisation = (await (await owner.GetAsync("/api/v1/employer/organisation")).ReadJsonAsync()).GetProperty("id").GetGuid();
        var (requisition, applied) = await HiringApiTests.SeedAsync(app, organisation);
        var preview = $"/api/v1/employer/hiring/requisitions/{requisition}/messages/preview";

        var rendered = await (await owner.PostAsync(preview, new
        {
            template = "Dear {candidateFirstName}, thank you for applying to {jobTitle} at {organisationName}; you move to {stageName}. {{not a placeholder}} {recruiterName}",
            applicationIds = applied[..2],
            toStage = "Screen",
        })).ReadJsonAsync();
        rendered.GetProperty("placeholders").GetArrayLength().ShouldBe(5);
        var items = rendered.GetProperty("items");
        items.GetArrayLength().ShouldBe(2);
        items[0].GetProperty("applicationId").GetGuid().ShouldBe(applied[0]);
        items[0].GetProperty("message").GetString().ShouldBe(
            "Dear Applicant, thank you for applying to Research Scientist at Acme Labs; you move to Screen. {not a placeholder} the hiring team");
        items[1].GetProperty("candidateName").GetString().ShouldBe("Applicant 1");

        (await (await owner.PostAsync(preview, new { template = "Hi {candidate}", applicationIds = applied[..1] })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("template")[0].GetString()!.ShouldContain("{candidate} at character 4");
        var empty = await (await owner.PostAsync(preview, new { template = " " })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        empty.GetProperty("errors").GetProperty("template")[0].GetString()!.ShouldContain("required");
        empty.GetProperty("errors").GetProperty("applicationIds")[0].GetString()!.ShouldContain("at least one");
        (await (await owner.PostAsync(preview, new { template = "Hi", applicationIds = new[] { Guid.NewGuid() } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("applicationIds")[0].GetString()!.ShouldContain("not on page 1 of Applied");
        (await (await owner.PostAsync(preview, new { template = "Hi", applicationIds = applied[..1], toStage = "Moon" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("toStage")[0].GetString()!.ShouldContain("Moon");
        (await (await owner.PostAsync(preview, new { template = "Hi", applicationIds = applied[..1], stage = "Moon" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("stage").GetArrayLength().ShouldBe(1);
        await (await owner.PostAsync($"/api/v1/employer/hiring/requisitions/{Guid.NewGuid()}/messages/preview", new { template = "Hi", applicationIds = applied[..1] }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var page = await (await owner.GetAsync($"/employer/hiring/requisitions/{requisition}")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        page.ShouldContain("data-preview-message");
        page.ShouldContain("{candidateFirstName}");
        page.ShouldContain("/assets/js/hiring-message-preview.js");
        var script = await owner.GetAsync("/assets/js/hiring-message-preview.js");
        script.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await script.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("/messages/preview");

        using var stranger = app.Browser();
        await stranger.SignUpAsync("employer", "owner@other.example", "Other Co");
        await (await stranger.PostAsync(preview, new { template = "Hi", applicationIds = applied[..1] })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_bulk_rejection_with_a_message_sends_each_candidate_their_own_and_keeps_it_with_the_move(DatabaseProvider provider)
    {
        await using var app = await WebTestApp.StartAsync(provider);
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        var organisation = (await (await owner.GetAsync("/api/v1/employer/organisation")).ReadJsonAsync()).GetProperty("id").GetGuid();
        var (requisition, applied) = await HiringApiTests.SeedAsync(app, organisation);
        var moves = $"/api/v1/employer/hiring/requisitions/{requisition}/moves";
        const string Template = "Dear {candidateFirstName}, thank you for applying to {jobTitle} at {organisationName}. We have filled the role.";

        (await (await owner.PostAsync(moves, new { applicationIds = applied[..2], reject = "position-filled", message = "Dear {nobody}" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("message")[0].GetString()!.ShouldContain("nobody");
        var refused = await owner.PostAsync(moves, new { applicationIds = new[] { applied[0], Guid.NewGuid() }, reject = "position-filled", message = Template });
        await refused.ShouldHaveStatusAsync(HttpStatusCode.Conflict);

        await (await owner.PostAsync(moves, new { applicationIds = applied[..2], reject = "position-filled", message = Template })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var first = await (await owner.GetAsync($"/api/v1/employer/hiring/requisitions/{requisition}/applications/{applied[0]}/history")).ReadJsonAsync();
        var sent = first.GetProperty("messages").EnumerateArray().ShouldHaveSingleItem();
        sent.GetProperty("body").GetString().ShouldBe("Dear Applicant, thank you for applying to Research Scientist at Acme Labs. We have filled the role.");
        sent.GetProperty("byName").GetString().ShouldBe("owner");
        sent.GetProperty("at").GetDateTimeOffset().ShouldBe(first.GetProperty("moves")[1].GetProperty("at").GetDateTimeOffset());
        var untouched = await (await owner.GetAsync($"/api/v1/employer/hiring/requisitions/{requisition}/applications/{applied[2]}/history")).ReadJsonAsync();
        untouched.GetProperty("messages").GetArrayLength().ShouldBe(0);
        var page = await (await owner.GetAsync($"/employer/hiring/requisitions/{requisition}/applications/{applied[1]}")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        page.ShouldContain("data-messages");
        page.ShouldContain("We have filled the role.");
    }
}
