using Microsoft.Playwright;

namespace OpenTalent.Browser.Tests;

[Collection(BrowserTests.Name)]
public sealed class PublicPagesTests(BrowserApp app)
{
    [Fact]
    public async Task Home_page_searches_from_its_form_and_credits_the_data()
    {
        await using var browser = await app.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/");
        (await page.TitleAsync()).ShouldContain("OpenTalent");
        await browser.ScreenshotAsync("home");

        await page.GetByRole(AriaRole.Link, new() { Name = "About", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/about");
        var about = await page.Locator("main").InnerTextAsync();
        about.ShouldContain("O*NET 29.3 Database");
        about.ShouldContain("CC BY 4.0");
        about.ShouldContain("ESCO");
        about.ShouldContain("Bureau of Labor Statistics");
        about.ShouldContain("OpenTalent starter taxonomy");
        browser.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Sign_in_with_a_wrong_password_says_so_next_to_the_form()
    {
        await using var browser = await app.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync("nobody@example.org");
        await page.GetByLabel("Password").FillAsync("not-the-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var alert = page.GetByRole(AriaRole.Alert);
        await alert.WaitForAsync();
        (await alert.InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
        page.Url.ShouldEndWith("/signin");
    }
}
