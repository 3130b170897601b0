using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace OpenTalent.Web.Tests;

public class LimitTests
{
    [Fact]
    public async Task Requests_over_the_callers_budget_get_429_problem_with_retry_after()
    {
        await using var app = await WebTestApp.StartAsync(settings: new Dictionary<string, string?> { ["OpenTalent:Web:PermitsPerWindow"] = "3", ["OpenTalent:Web:RateLimitWindowSeconds"] = "600" });
        var client = app.Anonymous();

        for (var i = 0; i < 3; i++)
        {
            await (await client.GetAsync("/api/v1/jobs/none", TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        var limited = await client.GetAsync("/api/v1/jobs/none", TestContext.Current.CancellationToken);

        (await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("type").GetString().ShouldEndWith("rate-limited");
        limited.Headers.RetryAfter.ShouldNotBeNull();
        await (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Sign_in_attempts_have_their_own_tighter_budget()
    {
        await using var app = await WebTestApp.StartAsync(settings: new Dictionary<string, string?> { ["OpenTalent:Web:SignInPermitsPerWindow"] = "2", ["OpenTalent:Web:RateLimitWindowSeconds"] = "600" });
        using var browser = app.Browser();

        await (await browser.SignInAsync("a@example.org", "wrong password!!")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await browser.SignInAsync("a@example.org", "wrong password!!")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await browser.SignInAsync("a@example.org", "wrong password!!")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Wrong_passwords_for_one_account_from_anywhere_pause_its_sign_in_even_with_the_right_password_until_they_age()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var app = await WebTestApp.StartAsync(
            settings: new Dictionary<string, string?> { ["OpenTalent:Web:SignInFailuresPerAccount"] = "3", ["OpenTalent:Web:SignInLockoutMinutes"] = "15" },
            services: services => services.AddSingleton<TimeProvider>(clock));
        using (var owner = app.Browser())
        {
            await owner.SignUpAsync("seeker", "target@example.org");
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            // A fresh client each time, as an attacker rotating addresses and sessions would be.
            using var attacker = app.Browser();
            await (await attacker.SignInAsync("target@example.org", $"guess number {attempt}!")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        using var person = app.Browser();
        var paused = await person.SignInAsync("target@example.org", Json.Password);
        var problem = await paused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        problem.GetProperty("detail").GetString()!.ShouldContain("12 more minutes");
        paused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromMinutes(12));
        // Unknown addresses are paused the same way, so the answer does not reveal which accounts exist.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await (await person.SignInAsync("nobody@example.org", "guess again please")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        await (await person.SignInAsync("nobody@example.org", "guess again please")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        using (var other = app.Browser())
        {
            await other.SignUpAsync("seeker", "bystander@example.org");
            await (await other.SignInAsync("bystander@example.org", Json.Password)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        clock.Advance(TimeSpan.FromMinutes(11));
        (await (await person.SignInAsync("target@example.org", Json.Password)).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests))
            .GetProperty("detail").GetString()!.ShouldContain("1 more minute.");
        clock.Advance(TimeSpan.FromMinutes(1));
        await (await person.SignInAsync("target@example.org", Json.Password)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_whether_or_not_it_declares_its_length()
    {
        await using var app = await WebTestApp.StartAsync(settings: new Dictionary<string, string?> { ["OpenTalent:Web:MaxRequestBodyBytes"] = "2048" });
        using var seeker = app.Browser();
        await seeker.SignUpAsync("seeker", "ada@example.org");
        var big = "{\"basics\":{\"label\":\"Engineer\",\"summary\":\"" + new string('x', 4000) + "\"}}";

        var declared = await seeker.PutAsync("/api/v1/me/profile", new StringContent(big, System.Text.Encoding.UTF8, "application/json"));
        await declared.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        var chunked = await seeker.SendAsync(HttpMethod.Put, "/api/v1/me/profile", new ChunkedContent(big));
        await chunked.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    /// <summary>Content with no declared length, as a chunked upload sends it.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedContent(string text)
        {
            _bytes = System.Text.Encoding.UTF8.GetBytes(text);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

/// <summary>A clock a test moves by hand.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
