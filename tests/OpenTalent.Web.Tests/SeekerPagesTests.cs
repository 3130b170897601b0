using System.Net;
using OpenTalent.Web.Pages;

namespace OpenTalent.Web.Tests;

/// <summary>The seeker's read pages rendered on the server, and the API endpoint the job page shares its match with.</summary>
public class SeekerPagesTests
{
    [Fact]
    public async Task One_posting_is_explained_for_the_signed_in_seeker()
    {
        await using var app = await WebTestApp.StartAsync();
        var job = await PostMlJobAsync(app);
        using var seeker = app.Browser();
        await seeker.SignUpAsync("seeker", "sam@example.org");

        await (await seeker.GetAsync($"/api/v1/me/jobs/{job}/match")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await seeker.PutAsync("/api/v1/me/profile", Fixtures.Resume())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var match = await (await seeker.GetAsync($"/api/v1/me/jobs/{job}/match")).ReadJsonAsync();

        match.GetProperty("id").GetString().ShouldBe(job);
        match.GetProperty("score").GetDouble().ShouldBeInRange(0.01, 1);
        var why = match.GetProperty("explanation");
        why.GetProperty("requiredMatched").EnumerateArray().Select(s => s.GetString()).ShouldContain("Python");
        why.GetProperty("salary").GetProperty("verdict").GetString().ShouldBe("aboveExpectation");
        why.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
        await (await seeker.GetAsync("/api/v1/me/jobs/no-such-job/match")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_job_page_shows_how_a_seeker_matches_and_what_others_can_do()
    {
        await using var app = await WebTestApp.StartAsync();
        var job = await PostMlJobAsync(app);
        using var seeker = app.Browser();
        await seeker.SignUpAsync("seeker", "sam@example.org");

        var visitor = await app.Anonymous().GetStringAsync($"/jobs/{job}", TestContext.Current.CancellationToken);
        var withoutProfile = await (await seeker.GetAsync($"/jobs/{job}")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await seeker.PutAsync("/api/v1/me/profile", Fixtures.Resume());
        var withProfile = await (await seeker.GetAsync($"/jobs/{job}")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        visitor.ShouldContain($"href=\"/signin?returnUrl=/jobs/{job}\"");
        visitor.ShouldContain("Sign in to see how you match and apply");
        visitor.ShouldNotContain("data-how-you-match");
        withoutProfile.ShouldContain("href=\"/me/profile\"");
        withoutProfile.ShouldNotContain("data-apply ");
        withProfile.ShouldContain("data-how-you-match");
        withProfile.ShouldContain("The pay is above your expectation ($170,000 a year).");
        withProfile.ShouldContain("data-apply data-posting-id=\"" + job + "\"");
    }

    [Fact]
    public async Task The_job_page_of_a_closed_posting_says_so_and_offers_no_apply_button()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        var job = (await (await owner.PostAsync("/api/v1/employer/jobs", Fixtures.MlJob())).ReadJsonAsync()).GetProperty("id").GetString()!;
        await (await owner.PostAsync($"/api/v1/employer/jobs/{job}/close", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var seeker = app.Browser();
        await seeker.SignUpAsync("seeker", "sam@example.org");
        await seeker.PutAsync("/api/v1/me/profile", Fixtures.Resume());

        var html = await (await seeker.GetAsync($"/jobs/{job}")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        html.ShouldContain("This job is closed and no longer takes applications.");
        html.ShouldNotContain("data-apply ");
    }

    [Fact]
    public async Task The_search_page_reports_a_bad_parameter_next_to_its_field_and_still_lists_jobs()
    {
        await using var app = await WebTestApp.StartAsync();
        await PostMlJobAsync(app);

        var response = await app.Anonymous().GetAsync("/search?q=pytorch&minSalary=abc", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("id=\"minSalary-error\">must be a number; got &#x27;abc&#x27;.</p>");
        html.ShouldContain("aria-invalid=\"true\"");
        html.ShouldContain("1 job</h2>");
        html.ShouldContain("Senior Machine Learning Engineer");
    }

    [Fact]
    public async Task The_search_page_marks_the_query_in_snippets_and_links_facets_that_refine()
    {
        await using var app = await WebTestApp.StartAsync();
        await PostMlJobAsync(app);

        var html = await app.Anonymous().GetStringAsync("/search?q=pytorch", TestContext.Current.CancellationToken);

        html.ShouldContain("<mark>PyTorch</mark>");
        html.ShouldContain("name=\"remote\" value=\"remote\"");
        html.ShouldContain("href=\"/search?q=pytorch&amp;minSalary=");
        (await app.Anonymous().GetStringAsync("/search?q=nothing-like-this-anywhere", TestContext.Current.CancellationToken)).ShouldContain("No open jobs match this search");
    }

    [Fact]
    public async Task Seeker_pages_send_visitors_to_sign_in()
    {
        await using var app = await WebTestApp.StartAsync();

        foreach (var path in new[] { "/me/jobs", "/me/applications" })
        {
            var response = await app.Anonymous().GetAsync(path, TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().ShouldContain("/signin?returnUrl=" + Uri.EscapeDataString(path));
        }
    }

    [Fact]
    public async Task Jobs_for_me_and_applications_render_for_the_seeker()
    {
        await using var app = await WebTestApp.StartAsync();
        var job = await PostMlJobAsync(app);
        using var seeker = app.Browser();
        await seeker.SignUpAsync("seeker", "sam@example.org");

        (await (await seeker.GetAsync("/me/jobs")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Build your profile to see jobs for you");
        (await (await seeker.GetAsync("/me/applications")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("No applications yet");
        await seeker.PutAsync("/api/v1/me/profile", Fixtures.Resume());
        await (await seeker.PostAsync("/api/v1/me/applications", new { postingId = job })).ShouldHaveStatusAsync(HttpStatusCode.Created);

        var jobs = await (await seeker.GetAsync("/me/jobs?remote=true&minSalary=")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var applications = await (await seeker.GetAsync("/me/applications")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var invalid = await seeker.GetAsync("/me/jobs?minSalary=lots");

        jobs.ShouldContain($"href=\"/jobs/{job}\"");
        jobs.ShouldContain("class=\"chip have\"");
        applications.ShouldContain("Senior Machine Learning Engineer");
        applications.ShouldContain("data-withdraw-start");
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await invalid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("id=\"minSalary-error\"");
    }

    [Fact]
    public void Highlighting_marks_whole_words_and_their_endings_and_keeps_the_rest_as_text()
    {
        var pieces = Highlighter.Pieces("Run Kubernetes clusters; kube <b>engineers</b> wanted", ["Kubernetes", "engineer", "kube", "us"]);

        pieces.Where(p => p.Marked).Select(p => p.Text).ShouldBe(["Kubernetes", "kube", "engineers"]);
        string.Concat(pieces.Select(p => p.Text)).ShouldBe("Run Kubernetes clusters; kube <b>engineers</b> wanted");
    }

    private static async Task<string> PostMlJobAsync(WebTestApp app)
    {
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", $"owner-{Guid.NewGuid():N}@acme.example", "Acme Labs");
        return (await (await owner.PostAsync("/api/v1/employer/jobs", Fixtures.MlJob())).ReadJsonAsync()).GetProperty("id").GetString()!;
    }
}
