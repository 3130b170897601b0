using System.Net;

namespace OpenTalent.Web.Tests;

public class AccountFlowTests
{
    [Fact]
    public async Task Sign_up_without_the_antiforgery_token_is_refused_and_with_it_creates_a_signed_in_seeker()
    {
        await using var app = await WebTestApp.StartAsync();
        using var browser = app.Browser();

        var forged = await browser.PostAsync("/api/v1/accounts", new { kind = "seeker", email = "ada@example.org", password = Json.Password, displayName = "Ada" });
        var problem = await forged.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldContain("X-CSRF-TOKEN");

        await browser.SignUpAsync("seeker", "Ada@Example.org");

        var me = await (await browser.GetAsync("/api/v1/me")).ReadJsonAsync();
        me.GetProperty("email").GetString().ShouldBe("ada@example.org");
        me.GetProperty("kind").GetString().ShouldBe("seeker");
        me.GetProperty("seeker").GetProperty("discoverable").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Sign_up_names_every_invalid_field()
    {
        await using var app = await WebTestApp.StartAsync();
        using var browser = await app.Browser().FetchTokenAsync();

        var response = await browser.PostAsync("/api/v1/accounts", new { kind = "pirate", email = "not-an-email", password = "short", displayName = " " });

        (await response.ShouldNameFieldAsync("kind")).Single().ShouldContain("seeker or employer");
        await (await browser.PostAsync("/api/v1/accounts", new { kind = "pirate", email = "not-an-email", password = "short", displayName = " " })).ShouldNameFieldAsync("email");
        await (await browser.PostAsync("/api/v1/accounts", new { kind = "seeker", email = "a@example.org", password = "short", displayName = "A" })).ShouldNameFieldAsync("password");
        await (await browser.PostAsync("/api/v1/accounts", new { kind = "seeker", email = "a@example.org", password = Json.Password, displayName = "" })).ShouldNameFieldAsync("displayName");
        await (await browser.PostAsync("/api/v1/accounts", new { kind = "seeker", email = "a@example.org", password = Json.Password, displayName = "A", organisationName = "Acme" })).ShouldNameFieldAsync("organisationName");
    }

    [Fact]
    public async Task A_body_of_the_wrong_shape_names_the_field()
    {
        await using var app = await WebTestApp.StartAsync();
        using var browser = await app.Browser().FetchTokenAsync();

        var response = await browser.PostAsync("/api/v1/accounts", new StringContent("""{"kind":"seeker","email":42}""", System.Text.Encoding.UTF8, "application/json"));

        (await response.ShouldNameFieldAsync("email")).Single().ShouldContain("wrong type");
    }

    [Fact]
    public async Task Sign_in_and_out_with_a_fresh_token_after_each_change_of_identity()
    {
        await using var app = await WebTestApp.StartAsync();
        using (var first = app.Browser())
        {
            await first.SignUpAsync("seeker", "ada@example.org");
        }

        using var browser = app.Browser();
        await (await browser.SignInAsync("ada@example.org", "wrong password!!")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await browser.SignInAsync("nobody@example.org")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await browser.SignInAsync("ADA@example.org")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // The token handed out at sign-in is bound to the session: a state-changing request with it succeeds.
        await (await browser.PutAsync("/api/v1/me/discoverable", new { discoverable = true })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await browser.DeleteAsync("/api/v1/session")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        await (await browser.GetAsync("/api/v1/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_signed_in_request_with_a_token_from_before_sign_in_is_refused()
    {
        await using var app = await WebTestApp.StartAsync();
        using var browser = app.Browser();
        await browser.SignUpAsync("seeker", "ada@example.org");
        using var stale = await app.Browser().FetchTokenAsync();
        var anonymousToken = stale.Token;
        using var signedIn = app.Browser();
        await (await signedIn.SignInAsync("ada@example.org")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/me/discoverable") { Content = System.Net.Http.Json.JsonContent.Create(new { discoverable = true }) };
        request.Headers.Add("X-CSRF-TOKEN", anonymousToken);
        var response = await signedIn.Client.SendAsync(request, TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_same_email_cannot_sign_up_twice()
    {
        await using var app = await WebTestApp.StartAsync();
        using var first = app.Browser();
        await first.SignUpAsync("seeker", "ada@example.org");
        using var second = await app.Browser().FetchTokenAsync();

        var response = await second.PostAsync("/api/v1/accounts", new { kind = "employer", email = " ADA@example.org", password = Json.Password, displayName = "Ada" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("already exists");
    }

    [Fact]
    public async Task A_seeker_exports_everything_held_and_then_deletes_the_account_with_the_password()
    {
        await using var app = await WebTestApp.StartAsync();
        using var seeker = app.Browser();
        await seeker.SignUpAsync("seeker", "ada@example.org");
        await (await seeker.PutAsync("/api/v1/me/profile", Fixtures.Resume("Ada Example"))).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var export = await (await seeker.GetAsync("/api/v1/me/export")).ReadJsonAsync();
        export.GetProperty("account").GetProperty("email").GetString().ShouldBe("ada@example.org");
        export.GetProperty("resume").GetProperty("basics").GetProperty("name").GetString().ShouldBe("Ada Example");
        export.GetProperty("understoodProfile").GetProperty("skills").GetArrayLength().ShouldBeGreaterThan(0);
        export.ToString().ShouldNotContain("passwordHash", Case.Insensitive);

        await (await seeker.DeleteAsync("/api/v1/me", new { password = "not my password" })).ShouldNameFieldAsync("password");
        await (await seeker.DeleteAsync("/api/v1/me", new { password = Json.Password })).ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        await (await seeker.GetAsync("/api/v1/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var again = app.Browser();
        await (await again.SignInAsync("ada@example.org")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
