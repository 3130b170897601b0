using System.Text;
using Microsoft.Playwright;

namespace OpenTalent.Browser.Tests;

/// <summary>
/// The seeker's main journey end to end, through the pages only: sign up, upload a resume, search, see how they
/// match, apply and find the application. The other seeker tests look at each page in depth.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class SeekerJourneyTests(BrowserApp app)
{
    private const string Resume = """
        Priya Natarajan
        Machine Learning Engineer
        priya.natarajan@example.org | Austin, TX

        Experience
        Machine Learning Engineer, Northwind Labs, 2020 - Present
        - Trained and served models in Python with PyTorch
        - Built data pipelines in SQL and ran them on Kubernetes with Docker

        Education
        M.S. Computer Science, University of Texas at Austin, 2019

        Skills
        Python, PyTorch, Machine learning, SQL, Docker, Kubernetes
        """;

    [Fact]
    public async Task A_seeker_signs_up_uploads_a_resume_searches_sees_how_they_match_and_applies()
    {
        await using var browser = await app.NewPageAsync();
        var page = browser.Page;

        await page.GotoAsync("/signup");
        await page.GetByLabel("Your name").FillAsync("Priya Natarajan");
        await page.GetByLabel("Email").FillAsync($"priya-{Guid.NewGuid():N}@example.org");
        await page.GetByLabel("Password").FillAsync("a long enough password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync("**/me/profile");

        await page.GetByLabel("Resume file").SetInputFilesAsync(new FilePayload { Name = "priya.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(Resume) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Read my resume" }).ClickAsync();
        await page.GetByText("Read priya.txt as plain text").WaitForAsync();
        (await page.GetByLabel("Name", new() { Exact = true }).InputValueAsync()).ShouldBe("Priya Natarajan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Profile saved" }).WaitForAsync();
        (await page.GetByRole(AriaRole.Region, new() { Name = "What we understood" }).InnerTextAsync()).ShouldContain("Python");

        await page.GotoAsync("/search");
        await page.GetByLabel("Job title, skill or keyword").FillAsync("python");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/search?q=python");
        var results = page.GetByRole(AriaRole.List, new() { Name = "Jobs", Exact = true });
        (await results.GetByRole(AriaRole.Listitem).CountAsync()).ShouldBeGreaterThan(0);

        var first = results.GetByRole(AriaRole.Listitem).First.GetByRole(AriaRole.Link).First;
        var title = await first.InnerTextAsync();
        await first.ClickAsync();
        await page.WaitForURLAsync("**/jobs/**");
        var match = await page.GetByRole(AriaRole.Region, new() { Name = "How you match" }).InnerTextAsync();
        match.ShouldMatch(@"\d+%");
        match.ShouldContain("Python");
        match.ShouldContain("What weighed most");
        await browser.ScreenshotAsync("journey-how-you-match");

        await page.GetByRole(AriaRole.Button, new() { Name = "Apply now" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Application sent" }).InnerTextAsync()).ShouldContain("Application sent");

        await page.GotoAsync("/me/applications");
        var application = page.GetByRole(AriaRole.List, new() { Name = "Applications, newest first" }).GetByRole(AriaRole.Listitem).First;
        (await application.GetByRole(AriaRole.Heading).InnerTextAsync()).ShouldBe(title);
        (await application.Locator("[data-status-badge]").InnerTextAsync()).ShouldBe("Applied");
        browser.Errors.ShouldBeEmpty();
    }
}
