using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenTalent.Formats.Demo;
using OpenTalent.Storage;
using OpenTalent.Testing;
using OpenTalent.Web;
using OpenTalent.Web.Hosting;

namespace OpenTalent.Browser.Tests;

/// <summary>
/// The real web app on Kestrel (loopback, a free port) over its own fresh SQLite database with a small generated
/// demo, and one headless Debian Chromium driven by Playwright. Never downloads a browser: it launches
/// <see cref="ChromiumPath"/>, and tests skip with the reason when it is absent (CI installs it).
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>When set, tests save screenshots of the key pages into this folder (docs/screenshots in the repo).</summary>
    public const string ScreenshotsVariable = "OPENTALENT_SCREENSHOTS";

    private TestDatabase? _database;
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The app has not started.");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        _app = OpenTalentWebApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--{WebSetup.DatabaseKey}={_database.ConnectionString}",
            "--OpenTalent:Web:WarmUp=false",
            "--OpenTalent:Web:PermitsPerWindow=100000",
            "--OpenTalent:Web:SignInPermitsPerWindow=100000",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoPlatformSeeder>()
                .SeedAsync(new DemoOptions { Postings = 300, Seekers = 40 }, CancellationToken.None);
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) and page; skips the test when Chromium is not installed.</summary>
    public async Task<BrowserPage> NewPageAsync(int width = 1280, int height = 900)
    {
        Assert.SkipWhen(_browser is null, $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium); CI installs it.");
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
        });
        // Generous: CI runs the test projects side by side on two cores, and the forecast page simulates 8,000 runs.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        return new BrowserPage(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

/// <summary>One page in its own browser context; collects script errors so a test can assert there were none.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    public BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.PageError += (_, message) => _errors.Add(message);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add(message.Text);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Script errors and failed loads seen so far (a broken page often fails silently otherwise).</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Saves a full-page screenshot as NAME.png when <see cref="BrowserApp.ScreenshotsVariable"/> names a folder.</summary>
    public async Task ScreenshotAsync(string name)
    {
        if (Environment.GetEnvironmentVariable(BrowserApp.ScreenshotsVariable) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser";
}
