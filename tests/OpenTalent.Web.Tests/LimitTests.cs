using System.Net;

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
