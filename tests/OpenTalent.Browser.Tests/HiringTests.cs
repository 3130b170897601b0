using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenTalent.Core.Hiring;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Hosting;

namespace OpenTalent.Browser.Tests;

/// <summary>The demo AI lab's recruiter: the plan and its forecast, a what-if, a pipeline with a bulk rejection, analytics.</summary>
[Collection(BrowserTests.Name)]
public sealed class HiringTests(BrowserApp app)
{
    [Fact]
    public async Task A_recruiter_reads_the_forecast_runs_a_what_if_bulk_rejects_in_a_pipeline_and_opens_analytics()
    {
        await using var browser = await app.NewPageAsync();
        var page = browser.Page;
        await SignInAsync(page, await RecruiterEmailAsync());

        await page.GotoAsync("/employer/hiring");
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldStartWith("Growth plan to 8,000");
        (await page.Locator(".hiring-chart .bar-row").CountAsync()).ShouldBe(5);
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Technical Ambassadors: Only");
        await browser.ScreenshotAsync("employer-hiring-forecast");

        var before = await page.Locator("tbody tr:has(th:text-is('Research')) [data-on-time]").InnerTextAsync();
        await page.GetByLabel("Interviews pass rate").FillAsync("0.9");
        await page.GetByLabel("Applicants ×").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run the what-if" }).ClickAsync();
        var whatIf = page.Locator("table[data-what-if]");
        await whatIf.WaitForAsync();
        (await whatIf.Locator("tr:has(th:text-is('Research')) td").Nth(2).InnerTextAsync()).ShouldBe(before);
        (await whatIf.Locator("tr:has(th:text-is('Research')) td").Nth(3).InnerTextAsync()).ShouldBe("100 %");
        page.Url.ShouldContain("rate-Interviews=0.9");

        await page.GotoAsync("/employer/hiring/requisitions?status=Open");
        (await page.Locator("[data-total]").InnerTextAsync()).ShouldEndWith("requisitions");
        await page.Locator("table a").First.WaitForAsync();
        var requisition = await BusyRequisitionAsync();
        await page.GotoAsync($"/employer/hiring/requisitions/{requisition}");
        var applied = page.Locator(".stage-tabs a", new() { HasText = "Applied" }).Locator(".count");
        var waiting = int.Parse(await applied.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        waiting.ShouldBeGreaterThan(2);
        var boxes = page.Locator("input[name=applicationIds]");
        var rejected = await boxes.Nth(0).GetAttributeAsync("value");
        var scored = await boxes.Nth(2).GetAttributeAsync("value");
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(1).CheckAsync();
        (await page.Locator("[data-selected-count]").InnerTextAsync()).ShouldBe("Apply to 2 selected");
        await page.GetByLabel("Action").SelectOptionAsync(new SelectOptionValue { Label = "Reject: The position has been filled" });
        await page.GetByLabel("Note (kept with each move)").FillAsync("Filled by an internal move");
        await page.GetByLabel("Message to the candidates").FillAsync("Dear {candidateFirstName}, the {jobTitle} role is filled.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview message for the selected" }).ClickAsync();
        var previews = page.Locator("[data-message-preview] li");
        await Assertions.Expect(previews).ToHaveCountAsync(2);
        (await previews.Nth(0).Locator("pre").InnerTextAsync()).ShouldStartWith("Dear ");
        (await previews.Nth(0).Locator("pre").InnerTextAsync()).ShouldNotContain("{");
        await browser.ScreenshotAsync("employer-hiring-pipeline");
        await page.GetByLabel("Send this message to each candidate with the move").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply to 2 selected" }).ClickAsync();
        await Assertions.Expect(applied).ToHaveTextAsync((waiting - 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GotoAsync($"/employer/hiring/requisitions/{requisition}/applications/{rejected}");
        (await page.Locator("[data-messages] .message-body").InnerTextAsync()).ShouldEndWith("role is filled.");

        // Structured interviews: a kit, then a scorecard for a candidate still waiting, aggregated on the page.
        await page.GotoAsync("/employer/hiring/kits");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Support screen");
        await page.GetByLabel("Competencies, one per line").FillAsync("Empathy\nProduct knowledge\nWriting");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add kit" }).ClickAsync();
        await page.Locator("table[data-kits] th", new() { HasText = "Support screen" }).WaitForAsync();
        await page.GotoAsync($"/employer/hiring/requisitions/{requisition}/applications/{scored}");
        await page.GetByLabel("Interview kit").SelectOptionAsync(new SelectOptionValue { Label = "Support screen" });
        await page.GetByLabel("Empathy").SelectOptionAsync("5");
        await page.GetByLabel("Product knowledge").SelectOptionAsync("3");
        await page.GetByLabel("Writing").SelectOptionAsync("4");
        await page.GetByLabel("Overall").SelectOptionAsync(new SelectOptionValue { Label = "Yes" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit scorecard" }).ClickAsync();
        await page.Locator("table[data-scorecard-summary] th", new() { HasText = "Empathy" }).WaitForAsync();
        (await page.Locator("[data-scorecard-list] li").CountAsync()).ShouldBe(1);
        await browser.ScreenshotAsync("employer-hiring-scorecards");

        await page.GotoAsync("/employer/hiring/analytics?by=source");
        await page.GetByRole(AriaRole.Heading, new() { Name = "referral" }).WaitForAsync();
        (await page.Locator(".hiring-chart").CountAsync()).ShouldBeGreaterThan(3);
        (await page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).GetAttributeAsync("href"))!.ShouldContain("format=csv");
        await browser.ScreenshotAsync("employer-hiring-analytics");
        browser.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_owner_sets_the_approval_chain_drafts_a_requisition_submits_it_and_approves_it_open()
    {
        await using var browser = await app.NewPageAsync();
        var page = browser.Page;
        await SignInAsync(page, await MemberEmailAsync(MemberRole.Owner));

        await page.GotoAsync("/employer/hiring/approvals");
        await page.GetByLabel("Step 1").SelectOptionAsync(new SelectOptionValue { Label = "Any owner" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the chain" }).ClickAsync();
        await Assertions.Expect(page.Locator("ol[data-chain] li")).ToHaveTextAsync(["any owner"]);

        await page.GotoAsync("/employer/hiring/requisitions");
        await page.GetByText("New requisition").ClickAsync();
        await page.GetByLabel("Department and team").SelectOptionAsync(new SelectOptionValue { Label = "Technical Ambassadors · Enterprise Solutions" });
        await page.GetByLabel("Title").FillAsync("Technical Ambassador, Financial Services");
        await page.GetByLabel("Target start").FillAsync("2027-02-01");
        await page.GetByLabel("Salary from").FillAsync("150000");
        await page.GetByLabel("Salary to").FillAsync("90000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.Locator("form[data-new-requisition] [data-field-error]").First.WaitForAsync();
        await page.GetByLabel("Salary to").FillAsync("190000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Technical Ambassador, Financial Services" }).WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for approval" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-requisition-approval] summary")).ToContainTextAsync("waiting on step 1 of 1");
        await page.GetByLabel("Comment or reason").FillAsync("Within the Q1 budget");
        await browser.ScreenshotAsync("employer-hiring-requisition-approval");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-requisition-approval] summary")).ToContainTextAsync("Open");
        (await page.Locator("table[data-requisition-history]").TextContentAsync())!.ShouldContain("Within the Q1 budget");

        // The one refusal was the band the wrong way round, shown beside the field.
        browser.Errors.ShouldBe(["Failed to load resource: the server responded with a status of 400 (Bad Request)"]);
    }

    /// <summary>An open requisition with at least three people waiting in Applied (the demo's pipeline has many).</summary>
    private async Task<Guid> BusyRequisitionAsync()
    {
        var store = app.Services.GetRequiredService<WorkforceStore>();
        var plan = (await store.FindPlanAsync(DemoHiringPlan.Slug, CancellationToken.None)).ShouldNotBeNull();
        var names = plan.Plan.Departments.ToDictionary(d => d.Id, d => d.Name);
        var open = (await store.RequisitionsAsync(plan.Summary.OrganisationId, CancellationToken.None))
            .Where(r => r.Status == Core.Workforce.RequisitionStatus.Open)
            .OrderBy(r => names[r.DepartmentId], StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.Ordinal);
        foreach (var requisition in open)
        {
            if ((await store.PipelinePageAsync(plan.Summary.OrganisationId, requisition.Id, null, 1, 1, CancellationToken.None))!.Total >= 3)
            {
                return requisition.Id;
            }
        }

        throw new InvalidOperationException("No open requisition of the demo lab has two people waiting.");
    }

    private Task<string> RecruiterEmailAsync() => MemberEmailAsync(MemberRole.Recruiter);

    private async Task<string> MemberEmailAsync(MemberRole role)
    {
        var plan = (await app.Services.GetRequiredService<WorkforceStore>().FindPlanAsync(DemoHiringPlan.Slug, CancellationToken.None)).ShouldNotBeNull();
        var members = await app.Services.GetRequiredService<IOrganisationStore>().ListMembersAsync(plan.Summary.OrganisationId, CancellationToken.None);
        return members.First(m => m.Membership.Role == role).Account.Email.Value;
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoPlatformSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }
}
