using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;

namespace OpenTalent.Browser.Tests;

/// <summary>The seeker's own pages: profile (upload, review, edit, save), talent pool, Earn more, and the account.</summary>
[Collection(BrowserTests.Name)]
public sealed class SeekerProfileTests(BrowserApp app)
{
    private const string Password = "correct horse battery staple";

    private const string TextResume = """
        Dana Rivera
        Data Engineer
        dana.rivera@example.org | Portland, OR

        Experience
        Data Engineer, Contoso Analytics, 2019 - Present
        - Built batch pipelines in Python and SQL on Apache Spark
        - Ran jobs on Kubernetes with Docker

        Education
        B.S. Computer Science, Oregon State University, 2018

        Skills
        Python, SQL, Apache Spark, Docker, Kubernetes
        """;

    [Fact]
    public async Task A_seeker_uploads_a_text_resume_reviews_it_edits_a_skill_saves_and_finds_it_after_reload()
    {
        await using var browser = await app.NewPageAsync();
        var page = browser.Page;
        await SignUpAsync(page);

        await page.GetByLabel("Resume file").SetInputFilesAsync(new FilePayload { Name = "resume.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(TextResume) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Read my resume" }).ClickAsync();
        await page.GetByText("Read resume.txt as plain text").WaitForAsync();

        // Nothing is saved before the person reviews it.
        (await page.GetByLabel("Name", new() { Exact = true }).InputValueAsync()).ShouldBe("Dana Rivera");
        (await page.GetByLabel("Job title").First.InputValueAsync()).ShouldBe("Data Engineer");
        (await SkillsAsync(page)).ShouldContain("Docker");
        // At the end of the page the save bar rests in place, as it does for someone who scrolled through the form.
        await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
        await browser.ScreenshotAsync("profile-review");

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Docker" }).ClickAsync();
        await page.GetByLabel("Add a skill").FillAsync("Terraform");
        await page.GetByLabel("Add a skill").PressAsync("Enter");
        await page.GetByLabel("Headline").FillAsync("Senior Data Engineer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Profile saved" }).WaitForAsync();

        var understood = await page.GetByRole(AriaRole.Region, new() { Name = "What we understood" }).InnerTextAsync();
        understood.ShouldContain("Occupation");
        understood.ShouldContain("Seniority");
        understood.ShouldContain("Python");

        await page.ReloadAsync();
        (await page.GetByLabel("Headline").InputValueAsync()).ShouldBe("Senior Data Engineer");
        var skills = await SkillsAsync(page);
        skills.ShouldContain("Terraform");
        skills.ShouldContain("Python");
        skills.ShouldNotContain("Docker");
        (await page.GetByLabel("Employer", new() { Exact = true }).First.InputValueAsync()).ShouldBe("Contoso Analytics");
        (await page.GetByRole(AriaRole.Region, new() { Name = "What we understood" }).IsVisibleAsync()).ShouldBeTrue();

        // The talent pool is off until the person turns it on, and the choice is stored at once.
        var pool = page.GetByRole(AriaRole.Switch, new() { Name = "Let employers find me in the talent pool" });
        (await pool.IsCheckedAsync()).ShouldBeFalse();
        await pool.CheckAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "You are in the talent pool" }).WaitForAsync();
        await page.ReloadAsync();
        (await page.GetByRole(AriaRole.Switch, new() { Name = "Let employers find me in the talent pool" }).IsCheckedAsync()).ShouldBeTrue();
        browser.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_word_resume_is_read_for_review_and_the_page_fits_a_phone()
    {
        await using var browser = await app.NewPageAsync(width: 390, height: 844);
        var page = browser.Page;
        await SignUpAsync(page);

        await page.GetByLabel("Resume file").SetInputFilesAsync(new FilePayload
        {
            Name = "cv.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = Docx(TextResume.Split('\n')),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Read my resume" }).ClickAsync();
        await page.GetByText("Read cv.docx as Word document").WaitForAsync();
        (await page.GetByLabel("Name", new() { Exact = true }).InputValueAsync()).ShouldBe("Dana Rivera");
        (await SkillsAsync(page)).ShouldContain("Python");

        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await browser.ScreenshotAsync("profile-390");
        browser.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_that_is_no_resume_and_a_bad_date_are_reported_next_to_their_fields()
    {
        await using var browser = await app.NewPageAsync();
        var page = browser.Page;
        await SignUpAsync(page);

        await page.GetByLabel("Resume file").SetInputFilesAsync(new FilePayload { Name = "resume.pdf", MimeType = "application/pdf", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] });
        await page.GetByRole(AriaRole.Button, new() { Name = "Read my resume" }).ClickAsync();
        var uploadAlert = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "PNG" });
        await uploadAlert.WaitForAsync();

        // Built from scratch: a job with an end before its start is refused at that field, nothing is saved.
        await page.GetByLabel("Headline").FillAsync("Registered Nurse");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a job" }).ClickAsync();
        await page.GetByLabel("Job title").FillAsync("Staff Nurse");
        await page.GetByLabel("Started").First.FillAsync("2022-05");
        await page.GetByLabel("Ended").FillAsync("2021-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        var fieldError = page.Locator("#work-0-endDate-error");
        await fieldError.WaitForAsync();
        (await fieldError.InnerTextAsync()).ShouldContain("before startDate");
        (await page.GetByLabel("Ended").GetAttributeAsync("aria-invalid")).ShouldBe("true");

        await page.GetByLabel("Ended").FillAsync("2024-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Profile saved" }).WaitForAsync();
        (await page.Locator("#work-0-endDate-error").CountAsync()).ShouldBe(0);
        ScriptErrors(browser).ShouldBeEmpty();
    }

    [Fact]
    public async Task Earn_more_asks_for_a_profile_first_then_charts_pay_against_better_paid_work()
    {
        await using var browser = await app.NewPageAsync();
        var page = browser.Page;
        await SignUpAsync(page);

        await page.GotoAsync("/me/wage-moves");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Build your profile first" }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Build my profile" }).ClickAsync();
        await page.WaitForURLAsync("**/me/profile");

        await BuildProfileByHandAsync(page);
        await page.GotoAsync("/me/wage-moves");

        var chart = page.GetByRole(AriaRole.Region, new() { Name = "Your pay against jobs you fit" });
        await chart.WaitForAsync();
        var text = await chart.InnerTextAsync();
        text.ShouldContain("You now");
        text.ShouldContain("$60,000");
        (await chart.Locator("svg rect.pay").CountAsync()).ShouldBeGreaterThan(1);
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Career paths" }).IsVisibleAsync()).ShouldBeTrue();
        await browser.ScreenshotAsync("wage-moves");

        // Every job links to its public page.
        var links = await chart.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        links.ShouldNotBeEmpty();
        links.ShouldAllBe(href => href.StartsWith("/jobs/", StringComparison.Ordinal));
        (await page.APIRequest.GetAsync(links[0])).Status.ShouldBe(200);

        // On a phone the chart stacks and the tables scroll inside their cards, never the page.
        await page.SetViewportSizeAsync(390, 844);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await browser.ScreenshotAsync("wage-moves-390");

        await page.GotoAsync("/me/wage-moves?minRaise=lots");
        (await page.Locator("#minRaise-error").InnerTextAsync()).ShouldContain("percentage");
        browser.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_export_holds_the_profile_and_a_deleted_account_cannot_sign_in_again()
    {
        await using var browser = await app.NewPageAsync();
        var page = browser.Page;
        var email = await SignUpAsync(page);
        await BuildProfileByHandAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Account", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/me/account");
        await browser.ScreenshotAsync("account");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download my data" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("opentalent-export.json");
        using (var export = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken)))
        {
            export.RootElement.GetProperty("account").GetProperty("email").GetString().ShouldBe(email);
            var resume = export.RootElement.GetProperty("resume");
            resume.GetProperty("basics").GetProperty("label").GetString().ShouldBe("Data Engineer");
            resume.GetProperty("skills").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldContain("Python");
        }

        await page.GetByLabel("Your password").FillAsync("not my password at all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account" }).ClickAsync();
        await page.Locator("#password-error").WaitForAsync();
        (await page.GetByLabel("Your password").GetAttributeAsync("aria-invalid")).ShouldBe("true");

        await page.GetByLabel("Your password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).IsVisibleAsync()).ShouldBeTrue();

        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "wrong" }).WaitForAsync();
        page.Url.ShouldEndWith("/signin");
        ScriptErrors(browser).ShouldBeEmpty();
    }

    /// <summary>Signs up a new seeker (a fresh email each time) and lands on the profile page.</summary>
    [Fact]
    public async Task A_seeker_opts_out_of_automated_ranking_and_self_identifies_and_both_stay_after_a_reload()
    {
        await using var browser = await app.NewPageAsync();
        var page = browser.Page;
        await SignUpAsync(page);
        await page.GotoAsync("/me/account");

        var ranking = page.GetByRole(AriaRole.Switch, new() { Name = "Let employers' shortlists rank my applications automatically" });
        (await ranking.IsCheckedAsync()).ShouldBeTrue();
        await ranking.UncheckAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("reviewed unranked");
        await page.GetByLabel("Sex").SelectOptionAsync("female");
        await page.GetByLabel("Race/ethnicity").SelectOptionAsync("asian");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my answers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("anonymous bias audits");
        await browser.ScreenshotAsync("seeker-account-privacy");

        await page.ReloadAsync();
        (await ranking.IsCheckedAsync()).ShouldBeFalse();
        (await page.GetByLabel("Sex").InputValueAsync()).ShouldBe("female");
        (await page.GetByLabel("Race/ethnicity").InputValueAsync()).ShouldBe("asian");
        await page.GetByText("Your consent history").ClickAsync();
        (await page.Locator("details").InnerTextAsync()).ShouldContain("Automated ranking withdrawn");

        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw my answers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("withdrawn");
        (await page.GetByLabel("Sex").InputValueAsync()).ShouldBe("");
        browser.Errors.ShouldBeEmpty();
    }

    private static async Task<string> SignUpAsync(IPage page)
    {
        var email = $"seeker-{Guid.NewGuid():N}@example.org";
        await page.GotoAsync("/signup");
        await page.GetByLabel("Your name").FillAsync("Dana Rivera");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync("**/me/profile");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your profile", Exact = true }).WaitForAsync();
        return email;
    }

    /// <summary>A profile typed in without a resume: a headline, three skills and a modest expected salary.</summary>
    private static async Task BuildProfileByHandAsync(IPage page)
    {
        await page.GotoAsync("/me/profile");
        await page.GetByLabel("Headline").FillAsync("Data Engineer");
        foreach (var skill in new[] { "Python", "SQL", "Apache Spark" })
        {
            await page.GetByLabel("Add a skill").FillAsync(skill);
            await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        }

        await page.GetByLabel("Amount", new() { Exact = true }).FillAsync("60000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Profile saved" }).WaitForAsync();
    }

    /// <summary>Script errors, leaving out the browser's note on each 4xx answer a test provoked on purpose.</summary>
    private static IEnumerable<string> ScriptErrors(BrowserPage browser) =>
        browser.Errors.Where(e => !e.Contains("the server responded with a status of 4", StringComparison.Ordinal));

    private static async Task<IReadOnlyList<string>> SkillsAsync(IPage page) =>
        [.. (await page.GetByRole(AriaRole.List, new() { Name = "Your skills" }).Locator("li > span").AllInnerTextsAsync()).Select(s => s.Trim())];

    private static byte[] Docx(IEnumerable<string> lines)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(line => new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line.TrimEnd('\r')))))));
            main.Document.Save();
        }

        return buffer.ToArray();
    }
}
