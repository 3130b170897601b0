using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using OpenTalent.Storage;
using OpenTalent.Testing;

namespace OpenTalent.Web.Tests;

/// <summary>
/// PostgreSQL goes away under the app (a relay in front of it is cut, so the shared server stays up for the other
/// tests): requests must fail fast with a 503 problem that says the database is not answering, never hang or leak
/// internals; once the server is back, the same app serves again without a restart.
/// </summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task Losing_postgres_fails_requests_cleanly_and_service_recovers_when_it_returns()
    {
        var admin = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(admin), $"Needs PostgreSQL: set {TestDatabase.PostgresVariable} (.ci/run does).");
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, migrate: false);
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var proxy = LoopbackProxy.Start(direct.Host!, direct.Port);
        var relayed = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 3 };
        await using var app = await WebTestApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { [WebSetup.DatabaseKey] = relayed.ConnectionString });
        using var client = app.Anonymous();
        var cancellation = TestContext.Current.CancellationToken;

        (await client.GetAsync("/healthz", cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/jobs?q=engineer", cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await proxy.CutAsync();
        foreach (var path in new[] { "/api/v1/jobs?q=nurse", "/api/v1/jobs?q=welder&remote=true", "/healthz", "/search?q=pilot" })
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(path, cancellation);
            watch.Stop();
            response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, $"{path} during the outage");
            // Generous: the point is that it answers instead of waiting for a server that is gone (connect timeout 3 s).
            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30), $"{path} hung during the outage");
            if (path.StartsWith("/api", StringComparison.Ordinal))
            {
                response.Headers.RetryAfter.ShouldNotBeNull();
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellation);
                problem.GetProperty("type").GetString().ShouldBe("https://opentalent.dev/problems/unavailable");
                problem.GetProperty("detail").GetString()!.ShouldContain("database");
                problem.GetRawText().ShouldNotContain("Npgsql");
            }
        }

        proxy.Restore();
        HttpStatusCode status = default;
        for (var attempt = 0; attempt < 10 && status != HttpStatusCode.OK; attempt++)
        {
            // A pooled connection that died with the relay is found broken on its first use and dropped.
            using var response = await client.GetAsync($"/api/v1/jobs?q=chemist{attempt}", cancellation);
            status = response.StatusCode;
        }

        status.ShouldBe(HttpStatusCode.OK, "the app did not recover after PostgreSQL came back");
        (await client.GetAsync("/healthz", cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
