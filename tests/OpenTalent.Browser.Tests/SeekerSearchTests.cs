using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OpenTalent.Browser.Tests;

/// <summary>
/// The seeker's journey through the search, job, "jobs for me" and applications pages. Each test signs up its own
/// account; the profile is given through the API (the profile page belongs to another part of the app).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class SeekerSearchTests(BrowserApp app)
{
    [Fact]
    public async Task A_seeker_searches_refines_by_a_facet_sees_how_they_match_applies_and_follows_the_application()
    {
        await using var browser = await app.NewPageAsync();
        var page = browser.Page;
        await SignUpAsync(page, "/search");
        await GiveProfileAsync(page);

        await page.GetByLabel("Job title, skill or keyword").FillAsync("python");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/search?q=python");
        var heading = page.GetByRole(AriaRole.Heading, new() { NameRegex = JobsTotal() });
        var before = await heading.InnerTextAsync();
        var results = page.GetByRole(AriaRole.List, new() { Name = "Jobs", Exact = true });
        (await results.GetByRole(AriaRole.Listitem).CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator(".result mark").CountAsync()).ShouldBeGreaterThan(0);
        await browser.ScreenshotAsync("search");

        // A facet refines in one click: the work-arrangement filter submits the form itself.
        var arrangement = page.GetByRole(AriaRole.Group, new() { Name = "Work arrangement" });
        await arrangement.GetByLabel("Remote", new() { Exact = true }).CheckAsync();
        await page.WaitForURLAsync("**/search?q=python&remote=remote");
        (await heading.InnerTextAsync()).ShouldNotBe(before);
        (await page.GetByRole(AriaRole.List, new() { Name = "Filters in use" }).InnerTextAsync()).ShouldContain("Remote");
        foreach (var badge in await results.Locator(".badge").AllInnerTextsAsync())
        {
            badge.ShouldBe("Remote");
        }

        var first = results.GetByRole(AriaRole.Listitem).First.GetByRole(AriaRole.Link).First;
        var title = await first.InnerTextAsync();
        await first.ClickAsync();
        await page.WaitForURLAsync("**/jobs/**");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe(title);
        var match = page.GetByRole(AriaRole.Region, new() { Name = "How you match" });
        var explained = await match.InnerTextAsync();
        explained.ShouldContain("Required skills");
        explained.ShouldContain("What weighed most");
        explained.ShouldMatch(@"\d+%");
        await browser.ScreenshotAsync("job");

        await page.GetByRole(AriaRole.Button, new() { Name = "Apply now" }).ClickAsync();
        var applied = page.Locator("[data-applied]");
        await applied.WaitForAsync();
        (await applied.InnerTextAsync()).ShouldMatch(@"Applied on \d{1,2} \w{3} \d{4} · Applied");
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Application sent");

        await page.GetByRole(AriaRole.Link, new() { Name = "Applications", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/me/applications");
        var application = page.GetByRole(AriaRole.List, new() { Name = "Applications, newest first" }).GetByRole(AriaRole.Listitem).First;
        (await application.GetByRole(AriaRole.Heading).InnerTextAsync()).ShouldBe(title);
        (await application.Locator("[data-status-badge]").InnerTextAsync()).ShouldBe("Applied");
        await browser.ScreenshotAsync("applications");
        browser.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Jobs_for_me_ranks_jobs_with_reasons_and_an_application_can_be_withdrawn_after_confirming()
    {
        await using var browser = await app.NewPageAsync();
        var page = browser.Page;
        await SignUpAsync(page, "/me/jobs");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Build your profile to see jobs for you" }).CountAsync()).ShouldBe(1);
        await GiveProfileAsync(page);

        await page.ReloadAsync();
        var ranked = page.GetByRole(AriaRole.List, new() { Name = "Jobs for me, best fit first" });
        var best = ranked.GetByRole(AriaRole.Listitem).First;
        (await best.InnerTextAsync()).ShouldMatch(@"\d+%");
        (await best.Locator(".summary").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
        await browser.ScreenshotAsync("jobs-for-me");
        await page.GetByLabel("Remote only").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show jobs" }).ClickAsync();
        await page.WaitForURLAsync("**/me/jobs?remote=true**");
        (await page.GetByLabel("Remote only").IsCheckedAsync()).ShouldBeTrue();

        await ranked.GetByRole(AriaRole.Listitem).First.GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForURLAsync("**/jobs/**");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply now" }).ClickAsync();
        await page.Locator("[data-applied]").WaitForAsync();
        await page.GotoAsync("/me/applications");
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep it" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, withdraw" }).ClickAsync();

        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldStartWith("You withdrew your application");
        (await page.Locator("[data-status-badge]").InnerTextAsync()).ShouldBe("Withdrawn");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw", Exact = true }).CountAsync()).ShouldBe(0);
        await page.ReloadAsync();
        (await page.Locator("[data-status-badge]").InnerTextAsync()).ShouldBe("Withdrawn");
        browser.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task On_a_phone_the_search_folds_its_filters_reports_bad_input_and_a_visitor_is_asked_to_sign_in_on_a_job()
    {
        await using var browser = await app.NewPageAsync(width: 390, height: 844);
        var page = browser.Page;
        await page.GotoAsync("/search?q=k8s");

        (await page.Locator("[data-interpretation]").InnerTextAsync()).ShouldContain("Kubernetes");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Show filters" });
        (await toggle.GetAttributeAsync("aria-expanded")).ShouldBe("false");
        (await page.GetByRole(AriaRole.Group, new() { Name = "Work arrangement" }).IsVisibleAsync()).ShouldBeFalse();
        await browser.ScreenshotAsync("search-phone");
        await toggle.ClickAsync();
        (await page.GetByRole(AriaRole.Group, new() { Name = "Work arrangement" }).IsVisibleAsync()).ShouldBeTrue();
        (await page.GetByRole(AriaRole.Button, new() { Name = "Hide filters" }).GetAttributeAsync("aria-expanded")).ShouldBe("true");
        browser.Errors.ShouldBeEmpty();

        // A bad parameter is reported next to its field (the filters open to show it); the rest of the search still runs.
        await page.GotoAsync("/search?q=k8s&minSalary=abc");
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Minimum salary:");
        (await page.GetByLabel("Minimum salary").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        (await page.GetByLabel("Minimum salary").IsVisibleAsync()).ShouldBeTrue();
        browser.Errors.ShouldBe(["Failed to load resource: the server responded with a status of 400 (Bad Request)"]);

        await page.GetByRole(AriaRole.List, new() { Name = "Jobs", Exact = true }).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForURLAsync("**/jobs/**");
        var path = new Uri(page.Url).AbsolutePath;
        var signIn = page.GetByRole(AriaRole.Link, new() { Name = "Sign in to see how you match and apply" });
        (await signIn.GetAttributeAsync("href")).ShouldBe("/signin?returnUrl=" + path);
        (await page.GetByRole(AriaRole.Button, new() { Name = "Apply now" }).CountAsync()).ShouldBe(0);
        browser.Errors.Count.ShouldBe(1);
    }

    private static async Task SignUpAsync(IPage page, string returnUrl)
    {
        await page.GotoAsync("/signup?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.GetByLabel("Your name").FillAsync("Sam Seeker");
        await page.GetByLabel("Email").FillAsync($"sam-{Guid.NewGuid():N}@example.org");
        await page.GetByLabel("Password").FillAsync("a long enough password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync("**" + returnUrl);
    }

    /// <summary>A small JSON Resume, PUT through the page's own API helper (session cookie and anti-forgery token).</summary>
    private static async Task GiveProfileAsync(IPage page)
    {
        var resume = JsonSerializer.Serialize(new
        {
            basics = new { name = "Sam Seeker", label = "Software Engineer", location = new { city = "Austin", region = "TX", countryCode = "US" } },
            work = new[]
            {
                new { name = "Tailspin", position = "Software Engineer", startDate = "2019-03", highlights = new[] { "Built Python services on PostgreSQL", "Deployed with Docker and Kubernetes" } },
            },
            skills = new[] { new { name = "Python" }, new { name = "SQL" }, new { name = "Docker" } },
            meta = new { opentalent = new { remote = "any", expectedSalary = new { currency = "USD", amount = 130000, period = "YEAR" } } },
        });
        await page.EvaluateAsync(
            "async resume => { const { api } = await import('/assets/js/api.js'); await api('PUT', '/api/v1/me/profile', JSON.parse(resume)); }",
            resume);
    }

    [GeneratedRegex(@"^[\d,]+\+? jobs?$")]
    private static partial Regex JobsTotal();
}
