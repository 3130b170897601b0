using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace OpenTalent.Browser.Tests;

/// <summary>
/// Text that people write (a job's title and description, an organisation's name, a seeker's name and headline) is
/// shown to other people. Each hostile payload below would set <c>window.__injected</c> or open a dialog if any page
/// let it run; the pages must show it as the literal text instead, and the job page's JSON-LD must still parse.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ScriptInjectionTests(BrowserApp app)
{
    private const string Password = "a-long-enough-password";

    private const string ScriptTag = "<script>window.__injected = 'script'; alert(1)</script>";
    private const string ImageHandler = "<img src=x onerror=\"window.__injected = 'img'\">";
    private const string ClosesJsonLd = "</script><script>window.__injected = 'json-ld'</script>";
    private const string SvgHandler = "<svg onload=\"window.__injected = 'svg'\"></svg>";
    private const string AttributeBreak = "\" autofocus onfocus=\"window.__injected = 'attribute'";
    private const string JavascriptLink = "<a href=\"javascript:window.__injected = 'link'\">click me</a>";

    [Fact]
    public async Task Hostile_text_in_postings_and_profiles_is_shown_as_text_on_every_page_and_never_runs()
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var marker = "Zyx" + unique;
        var title = $"{marker} Engineer {ScriptTag}{ImageHandler}";
        var description = $"Build {marker} systems in Python. {ClosesJsonLd} {SvgHandler} {JavascriptLink} Apply {AttributeBreak}";
        var organisation = $"Evil {unique} {ImageHandler}";
        await using var employer = await ApiSession.SignUpAsync(app.BaseUrl, "employer", $"owner-{unique}@example.org", "Eve Employer", organisation);
        var job = await employer.SendAsync(HttpMethod.Post, "/api/v1/employer/jobs", new
        {
            title,
            description,
            locations = new[] { new { city = $"Springfield {SvgHandler}", region = "IL", country = "US" } },
            arrangement = "remote",
            salary = new { min = 90000, max = 120000, currency = "USD", period = "year" },
        });
        var jobId = job.GetProperty("id").GetString()!;

        // Postings are read as schema.org documents whose text may be HTML, so tags are dropped from what is stored;
        // a quote-and-attribute payload has no tags and is kept as text.
        title = job.GetProperty("title").GetString()!;
        title.ShouldStartWith(marker);
        job.GetProperty("description").GetString()!.ShouldContain(AttributeBreak);

        var seekerName = $"Mallory {unique} {ScriptTag}";
        await using var seeker = await ApiSession.SignUpAsync(app.BaseUrl, "seeker", $"mallory-{unique}@example.org", seekerName, null);
        await seeker.SendAsync(HttpMethod.Put, "/api/v1/me/profile", new
        {
            basics = new { name = seekerName, label = $"Engineer {ImageHandler}{AttributeBreak}", location = new { city = "Springfield", region = "IL", countryCode = "US" } },
            skills = new[] { new { name = "Python" }, new { name = $"Python {SvgHandler}" } },
        });
        await seeker.SendAsync(HttpMethod.Post, "/api/v1/me/applications", new { postingId = jobId, note = $"Hello {ScriptTag}" });

        await using var visitor = await app.NewPageAsync();
        var dialogs = WatchDialogs(visitor.Page);
        await visitor.Page.GotoAsync("/search?q=" + Uri.EscapeDataString(marker));
        await visitor.Page.GetByRole(AriaRole.Link, new() { Name = title }).WaitForAsync();
        await ShouldBeInertAsync(visitor.Page, dialogs, "/search");
        await visitor.Page.GotoAsync("/search?q=" + Uri.EscapeDataString(ImageHandler + AttributeBreak) + "&location=" + Uri.EscapeDataString(ScriptTag));
        (await visitor.Page.GetByLabel("Job title, skill or keyword").InputValueAsync()).ShouldBe(ImageHandler + AttributeBreak);
        await ShouldBeInertAsync(visitor.Page, dialogs, "/search with a hostile query");

        await visitor.Page.GotoAsync("/jobs/" + Uri.EscapeDataString(jobId));
        (await visitor.Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe(title);
        (await visitor.Page.Locator("main").InnerTextAsync()).ShouldContain(AttributeBreak);
        (await visitor.Page.Locator("main").InnerTextAsync()).ShouldContain("Springfield <svg onload=");
        var jsonLdTitle = await visitor.Page.EvaluateAsync<string>(
            "() => JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent).title");
        jsonLdTitle.ShouldBe(title);
        (await visitor.Page.Locator("script[type='application/ld+json']").CountAsync()).ShouldBe(1);
        await ShouldBeInertAsync(visitor.Page, dialogs, "/jobs/{id}");

        await using var employerPage = await app.NewPageAsync();
        dialogs = WatchDialogs(employerPage.Page);
        await SignInAsync(employerPage.Page, $"owner-{unique}@example.org");
        await employerPage.Page.GotoAsync("/employer");
        await employerPage.Page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).WaitForAsync();
        await ShouldBeInertAsync(employerPage.Page, dialogs, "/employer");

        await employerPage.Page.GotoAsync("/employer/jobs/" + Uri.EscapeDataString(jobId));
        var applicants = employerPage.Page.GetByRole(AriaRole.List, new() { Name = "Applicants" });
        await applicants.GetByRole(AriaRole.Heading, new() { Name = seekerName }).WaitForAsync();
        await ShouldBeInertAsync(employerPage.Page, dialogs, "/employer/jobs/{id}");

        await employerPage.Page.GotoAsync("/employer/jobs/" + Uri.EscapeDataString(jobId) + "/edit");
        (await employerPage.Page.GetByLabel("Job title").InputValueAsync()).ShouldBe(title);
        (await employerPage.Page.GetByLabel("Description").InputValueAsync()).ShouldContain(AttributeBreak);
        await ShouldBeInertAsync(employerPage.Page, dialogs, "/employer/jobs/{id}/edit");

        await using var seekerPage = await app.NewPageAsync();
        dialogs = WatchDialogs(seekerPage.Page);
        await SignInAsync(seekerPage.Page, $"mallory-{unique}@example.org");
        foreach (var path in new[] { "/me/profile", "/me/applications", "/me/jobs", "/me/account" })
        {
            await seekerPage.Page.GotoAsync(path);
            await ShouldBeInertAsync(seekerPage.Page, dialogs, path);
        }

        (await seekerPage.Page.GotoAsync("/me/applications"))!.Status.ShouldBe((int)HttpStatusCode.OK);
        (await seekerPage.Page.Locator("main").InnerTextAsync()).ShouldContain(title);

        visitor.Errors.ShouldBeEmpty();
        employerPage.Errors.ShouldBeEmpty();
        seekerPage.Errors.ShouldBeEmpty();
    }

    private static List<string> WatchDialogs(IPage page)
    {
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        return dialogs;
    }

    /// <summary>Nothing ran: no marker set, no dialog opened, no element carries an inline handler or a javascript: link.</summary>
    private static async Task ShouldBeInertAsync(IPage page, List<string> dialogs, string where)
    {
        // Give an image's onerror or a focus handler the time to fire had it been parsed as markup.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await page.EvaluateAsync<string?>("() => window.__injected ?? null")).ShouldBeNull($"a payload ran on {where}");
        dialogs.ShouldBeEmpty($"a dialog opened on {where}");
        var handlers = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on')) || (e.getAttribute('href') ?? '').trim().toLowerCase().startsWith('javascript:')).length");
        handlers.ShouldBe(0, $"an element with an inline handler or a javascript: link was built on {where}");
        (await page.Locator("script:not([src]):not([type='application/ld+json'])").CountAsync()).ShouldBe(0, $"an inline script element was built on {where}");
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    /// <summary>A signed-in account talking to the API over HTTP, with its cookie and antiforgery token.</summary>
    private sealed class ApiSession(HttpClient client, HttpClientHandler handler, string token) : IAsyncDisposable
    {
        private string _token = token;

        public static async Task<ApiSession> SignUpAsync(string baseUrl, string kind, string email, string displayName, string? organisationName)
        {
            var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
            var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
            var token = (await client.GetFromJsonAsync<JsonElement>("/api/v1/antiforgery", TestContext.Current.CancellationToken)).GetProperty("token").GetString()!;
            var session = new ApiSession(client, handler, token);
            var created = await session.SendAsync(HttpMethod.Post, "/api/v1/accounts", new { kind, email, password = Password, displayName, organisationName });
            session._token = created.GetProperty("antiforgery").GetProperty("token").GetString()!;
            return session;
        }

        public async Task<JsonElement> SendAsync(HttpMethod method, string url, object body)
        {
            using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
            request.Headers.Add("X-CSRF-TOKEN", _token);
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            response.IsSuccessStatusCode.ShouldBeTrue($"{method} {url} answered {(int)response.StatusCode}: {text}");
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }

        public ValueTask DisposeAsync()
        {
            client.Dispose();
            handler.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
