using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace OpenTalent.Browser.Tests;

[Collection(BrowserTests.Name)]
public sealed class EmployerTests(BrowserApp app)
{
    private const string Password = "a-long-employer-password";

    [Fact]
    public async Task An_employer_posts_a_job_with_edited_skills_and_moves_a_ranked_explained_applicant()
    {
        await using var browser = await app.NewPageAsync();
        var page = browser.Page;
        var unique = Guid.NewGuid().ToString("N")[..8];
        await SignUpEmployerAsync(page, $"owner-{unique}@example.org", $"Northwind {unique}");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("No jobs yet");

        await page.GotoAsync("/employer/jobs/new");
        await page.GetByLabel("Job title").FillAsync("Senior Machine Learning Engineer");
        await page.GetByLabel("Description").FillAsync("Train and ship models. 5+ years of Python and PyTorch required. Kubernetes is a plus.");
        await page.GetByLabel("Places").FillAsync("Oakland, CA, US");
        await page.GetByLabel("Arrangement").SelectOptionAsync("remote");
        await page.GetByLabel("From").FillAsync("200000");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("250000");
        (await page.Locator("[data-salary-preview]").InnerTextAsync()).ShouldContain("$200,000 – $250,000 a year");

        await page.GetByRole(AriaRole.Button, new() { Name = "Read skills" }).ClickAsync();
        var required = page.GetByRole(AriaRole.List, new() { Name = "Required skills" });
        await required.GetByText("Python").WaitForAsync();
        var nice = page.GetByRole(AriaRole.List, new() { Name = "Nice to have" });
        (await nice.InnerTextAsync()).ShouldContain("Kubernetes");
        (await page.Locator("[data-shown-salary]").InnerTextAsync()).ShouldContain("$200,000");
        await browser.ScreenshotAsync("employer-post-job");

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Kubernetes" }).ClickAsync();
        (await nice.InnerTextAsync()).ShouldNotContain("Kubernetes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish job" }).ClickAsync();
        await page.WaitForURLAsync("**/employer/jobs/job-*");
        var jobId = new Uri(page.Url).AbsolutePath.Split('/')[^1];
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Senior Machine Learning Engineer");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("No applications yet");

        // A seeker applies through the API over HTTP, as another person would from their own browser.
        var seekerName = $"Sam {unique}";
        await ApplyAsSeekerAsync(seekerName, $"sam-{unique}@example.org", jobId);

        await page.ReloadAsync();
        var applicants = page.GetByRole(AriaRole.List, new() { Name = "Applicants" });
        var card = applicants.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = seekerName }) });
        await card.WaitForAsync();
        var text = await card.InnerTextAsync();
        text.ShouldContain("match");
        text.ShouldContain("Required skills they have");
        text.ShouldContain("Python");
        text.ShouldContain("Pay above what they want");
        (await card.Locator(".summary").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
        (await card.Locator("[data-application-status]").InnerTextAsync()).ShouldBe("Applied");
        await browser.ScreenshotAsync("employer-shortlist");

        await card.GetByRole(AriaRole.Button, new() { Name = "Move to screening" }).ClickAsync();
        await Assertions.Expect(card.Locator("[data-application-status]")).ToHaveTextAsync("Screening");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "now screening" })).ToBeVisibleAsync();
        (await card.GetByRole(AriaRole.Button, new() { Name = "Move to screening" }).CountAsync()).ShouldBe(0);
        await card.GetByRole(AriaRole.Button, new() { Name = "Move to interview" }).WaitForAsync();

        await page.SetViewportSizeAsync(390, 844);
        await browser.ScreenshotAsync("employer-shortlist-390");
        await page.SetViewportSizeAsync(1280, 900);

        await page.GotoAsync("/employer");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Senior Machine Learning Engineer" });
        (await row.InnerTextAsync()).ShouldContain("Open");
        (await row.Locator("td[data-label=Applicants]").InnerTextAsync()).Trim().ShouldBe("1");
        (await page.GetByRole(AriaRole.Alert).CountAsync()).ShouldBe(0);
        await browser.ScreenshotAsync("employer-jobs");
        await page.GetByLabel("Status").SelectOptionAsync("closed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.GetByText("No jobs match this filter.").WaitForAsync();
        page.Url.ShouldContain("status=closed");

        await page.GotoAsync("/employer/organisation");
        await page.GetByRole(AriaRole.Cell, new() { Name = $"owner-{unique}@example.org", Exact = true }).WaitForAsync();
        await page.GetByLabel("Key name").FillAsync("ATS sync");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        var secret = page.Locator("[data-secret-value]");
        await Assertions.Expect(secret).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^ot_"));
        await page.GetByRole(AriaRole.Cell, new() { Name = "ATS sync", Exact = true }).WaitForAsync();
        await browser.ScreenshotAsync("employer-organisation");

        browser.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_bulk_import_shows_its_progress_then_the_bad_row_and_the_imported_jobs()
    {
        await using var browser = await app.NewPageAsync();
        var page = browser.Page;
        var unique = Guid.NewGuid().ToString("N")[..8];
        await SignUpEmployerAsync(page, $"importer-{unique}@example.org", $"Contoso {unique}");

        await page.GotoAsync("/employer/import");
        const string csv = "title,description,location,salaryMin,salaryMax,currency,unit\n"
            + "Data Engineer,Pipelines in Python and SQL.,\"Austin, TX, US\",120000,150000,USD,year\n"
            + "Analyst,Dashboards in SQL.,\"Denver, CO, US\",lots,,USD,year\n"
            + "Support Specialist,Help customers by chat and email.,\"Portland, OR, US\",,,,\n";
        await page.GetByLabel("File of jobs").SetInputFilesAsync(new FilePayload { Name = "jobs.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByLabel("Import the good rows even if some are invalid").CheckAsync();

        // Progress messages come and go quickly on a small file: record every one the page shows.
        await page.EvaluateAsync(@"() => {
            window.seenProgress = [];
            const text = document.querySelector('[data-progress-text]');
            new MutationObserver(() => window.seenProgress.push(text.textContent)).observe(text, { childList: true, characterData: true, subtree: true });
        }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        var title = page.Locator("[data-report-title]");
        await Assertions.Expect(title).ToHaveTextAsync("Imported 2 jobs");
        var seen = await page.EvaluateAsync<string[]>("() => window.seenProgress");
        seen.ShouldContain(s => s.Contains("of 3 rows checked", StringComparison.Ordinal));

        var errorRows = page.GetByRole(AriaRole.Table, new() { Name = "Rows with errors: row, field and what is wrong" }).Locator("tbody tr");
        (await errorRows.CountAsync()).ShouldBe(1);
        var cells = await errorRows.First.Locator("td").AllInnerTextsAsync();
        cells[0].ShouldBe("3");
        cells[1].ShouldBe("salaryMin");
        cells[2].ShouldContain("lots");
        (await page.Locator("[data-report-summary]").InnerTextAsync()).ShouldContain("1 invalid row skipped");
        await page.GetByRole(AriaRole.Link, new() { Name = "Data Engineer" }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Support Specialist" }).WaitForAsync();
        await browser.ScreenshotAsync("employer-import-report");

        await page.GetByRole(AriaRole.Link, new() { Name = "Data Engineer" }).ClickAsync();
        await page.WaitForURLAsync("**/employer/jobs/job-*");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Data Engineer");
        browser.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_new_organisation_creates_its_headcount_plan_in_the_page_and_sees_its_forecast()
    {
        await using var browser = await app.NewPageAsync();
        var page = browser.Page;
        var unique = Guid.NewGuid().ToString("N")[..8];
        await SignUpEmployerAsync(page, $"planner-{unique}@example.org", $"Fabrikam {unique}");

        await page.GotoAsync("/employer/hiring");
        await page.GetByRole(AriaRole.Link, new() { Name = "Create it" }).ClickAsync();
        await page.GetByLabel("Plan name").FillAsync("Fabrikam 2027");
        await page.GetByLabel("Short name").FillAsync($"fabrikam-{unique}");
        var first = page.Locator("[data-department]").Nth(0);
        await first.GetByLabel("Department name").FillAsync("Engineering");
        await first.GetByLabel("People now", new() { Exact = true }).FillAsync("40");
        await first.GetByLabel("Targets").FillAsync("2027-12-31: 60");
        await first.GetByLabel("Teams").FillAsync("Platform: 25\nData: 10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a department" }).ClickAsync();
        var second = page.Locator("[data-department]").Nth(1);
        await second.GetByLabel("Department name").FillAsync("Sales");
        await second.GetByLabel("People now", new() { Exact = true }).FillAsync("8");
        await second.GetByLabel("Targets").FillAsync("2027-12-31: 14");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();
        await Assertions.Expect(page.Locator("form[data-plan-form] [data-errors]")).ToContainTextAsync("has 40 people but its teams add up to 35");

        await first.GetByLabel("Teams").FillAsync("Platform: 30\nData: 10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();
        await page.WaitForURLAsync("**/employer/hiring");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Fabrikam 2027");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("48 people now, 74 planned");
        browser.Errors.Where(e => !e.Contains("the server responded with a status of 4", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    private static async Task SignUpEmployerAsync(IPage page, string email, string organisation)
    {
        await page.GotoAsync("/signup?as=employer");
        await page.GetByLabel("Your name").FillAsync("Riley Recruiter");
        await page.GetByLabel("Organisation name").FillAsync(organisation);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync("**/employer");
    }

    /// <summary>Signs a seeker up, gives them a small JSON Resume and applies to the job, over HTTP as a browser would.</summary>
    private async Task ApplyAsSeekerAsync(string name, string email, string jobId)
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(app.BaseUrl) };
        var token = (await client.GetFromJsonAsync<JsonElement>("/api/v1/antiforgery", cancellation)).GetProperty("token").GetString()!;

        async Task<JsonElement> SendAsync(HttpMethod method, string url, object body)
        {
            using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
            request.Headers.Add("X-CSRF-TOKEN", token);
            using var response = await client.SendAsync(request, cancellation);
            var text = await response.Content.ReadAsStringAsync(cancellation);
            response.IsSuccessStatusCode.ShouldBeTrue($"{method} {url} answered {(int)response.StatusCode}: {text}");
            return JsonDocument.Parse(text).RootElement.Clone();
        }

        var session = await SendAsync(HttpMethod.Post, "/api/v1/accounts", new { kind = "seeker", email, password = Password, displayName = name });
        token = session.GetProperty("antiforgery").GetProperty("token").GetString()!;
        await SendAsync(HttpMethod.Put, "/api/v1/me/profile", new
        {
            basics = new { name, label = "Machine Learning Engineer", location = new { city = "Oakland", region = "CA", countryCode = "US" } },
            work = new[]
            {
                new { name = "Tailspin", position = "Machine Learning Engineer", startDate = "2019-01", highlights = new[] { "Trained models in Python and PyTorch" } },
            },
            skills = new[] { new { name = "Python" }, new { name = "PyTorch" } },
            meta = new { opentalent = new { remote = "remote", expectedSalary = new { currency = "USD", amount = 170000, period = "YEAR" } } },
        });
        await SendAsync(HttpMethod.Post, "/api/v1/me/applications", new { postingId = jobId, note = "I would love to help." });
    }
}
