using System.Net;

namespace OpenTalent.Web.Tests;

/// <summary>The seeker's pages as the server renders them: who may open them, and what they show.</summary>
public class SeekerProfilePagesTests
{
    public static TheoryData<string> Pages() => ["/me/profile", "/me/wage-moves", "/me/account"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_seeker_page_sends_strangers_to_sign_in_and_employers_away(string path)
    {
        await using var app = await WebTestApp.StartAsync();
        using var anonymous = app.Anonymous();
        using var employer = await app.Browser().SignUpAsync("employer", "owner@example.org", "Contoso");

        var stranger = await anonymous.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        stranger.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stranger.Headers.Location!.OriginalString.ShouldContain("/signin?returnUrl=" + Uri.EscapeDataString(path));

        var wrongKind = await employer.GetAsync(path);
        wrongKind.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        wrongKind.Headers.Location!.OriginalString.ShouldContain("/denied");
    }

    [Fact]
    public async Task The_profile_page_hands_the_saved_profile_to_its_script_with_markup_made_inert()
    {
        await using var app = await WebTestApp.StartAsync();
        using var seeker = await app.Browser().SignUpAsync("seeker", "sam@example.org");
        await (await seeker.PutAsync("/api/v1/me/profile", Fixtures.Resume(name: "<script>alert(1)</script>Sam"))).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var html = await Html(seeker, "/me/profile");

        html.ShouldNotContain("<script>alert(1)");
        html.ShouldContain("alert(1)");
        html.ShouldContain("data-discoverable");
        html.ShouldContain("/assets/js/profile.js");
    }

    [Fact]
    public async Task Earn_more_asks_for_a_profile_first_then_says_what_raises_are_measured_against()
    {
        await using var app = await WebTestApp.StartAsync();
        using var seeker = await app.Browser().SignUpAsync("seeker", "sam@example.org");

        (await Html(seeker, "/me/wage-moves")).ShouldContain("Build your profile first");

        await (await seeker.PutAsync("/api/v1/me/profile", Fixtures.Resume())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var html = await Html(seeker, "/me/wage-moves");
        html.ShouldNotContain("Build your profile first");
        html.ShouldContain("the salary you expect, $170,000 a year");
        html.ShouldContain("Career paths");

        var wrong = await Html(seeker, "/me/wage-moves?minRaise=lots");
        wrong.ShouldContain("Minimum raise must be a percentage between 0 and 1000.");
        wrong.ShouldContain("aria-invalid=\"true\"");
    }

    [Fact]
    public async Task The_account_page_shows_who_is_signed_in_and_offers_the_export_and_deletion()
    {
        await using var app = await WebTestApp.StartAsync();
        using var seeker = await app.Browser().SignUpAsync("seeker", "sam@example.org");

        var html = await Html(seeker, "/me/account");

        html.ShouldContain("sam@example.org");
        html.ShouldContain("href=\"/api/v1/me/export\"");
        html.ShouldContain("Delete my account");
        html.ShouldContain("Not built yet");
    }

    private static async Task<string> Html(Session session, string path)
    {
        var response = await session.GetAsync(path);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
