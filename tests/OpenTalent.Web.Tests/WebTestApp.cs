using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Storage;
using OpenTalent.Testing;

namespace OpenTalent.Web.Tests;

/// <summary>
/// The web app on its own fresh database (SQLite file or PostgreSQL schema), in memory. Settings override the
/// defaults (rate limits are generous unless a test asks otherwise).
/// </summary>
public sealed class WebTestApp : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly WebApplicationFactory<Program> _factory;

    private WebTestApp(TestDatabase database, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        _database = database;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting(WebSetup.DatabaseKey, database.ConnectionString);
            builder.UseSetting("OpenTalent:Web:WarmUp", "false");
            builder.UseSetting("OpenTalent:Web:PermitsPerWindow", "100000");
            builder.UseSetting("OpenTalent:Web:SignInPermitsPerWindow", "100000");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        });
    }

    public IServiceProvider Services => _factory.Services;

    public static async Task<WebTestApp> StartAsync(
        DatabaseProvider provider = DatabaseProvider.Sqlite, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var database = await TestDatabase.CreateAsync(provider, migrate: false);
        var app = new WebTestApp(database, settings ?? new Dictionary<string, string?>(), services);
        _ = app._factory.Server; // starts the host: migrations and the starter taxonomy run here
        return app;
    }

    /// <summary>A browser-like client: keeps cookies and sends the anti-forgery token it was last given.</summary>
    public Session Browser() => new(_factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false }));

    /// <summary>A program's client: no cookies, an API key on every request.</summary>
    public HttpClient WithApiKey(string secret, bool asBearer = false)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        if (asBearer)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        }
        else
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        }

        return client;
    }

    public HttpClient Anonymous() => _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}

/// <summary>A signed-in (or not yet) browser session.</summary>
public sealed class Session(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public string? Token { get; private set; }

    public JsonElement Account { get; private set; }

    public async Task<Session> FetchTokenAsync()
    {
        var response = await Client.GetFromJsonAsync<JsonElement>("/api/v1/antiforgery", Json.Options, TestContext.Current.CancellationToken);
        Token = response.GetProperty("token").GetString();
        return this;
    }

    /// <summary>Signs up; fails the test unless the server answers 201.</summary>
    public async Task<Session> SignUpAsync(string kind, string email, string? organisation = null, string password = Json.Password)
    {
        await FetchTokenAsync();
        var response = await SendAsync(HttpMethod.Post, "/api/v1/accounts", new { kind, email, password, displayName = email.Split('@')[0], organisationName = organisation });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        Remember(await response.ReadJsonAsync());
        return this;
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password = Json.Password)
    {
        await FetchTokenAsync();
        var response = await SendAsync(HttpMethod.Post, "/api/v1/session", new { email, password });
        if (response.IsSuccessStatusCode)
        {
            Remember(await response.ReadJsonAsync());
        }

        return response;
    }

    public Guid AccountId => Account.GetProperty("id").GetGuid();

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<HttpResponseMessage> PostAsync(string path, object? body) => SendAsync(HttpMethod.Post, path, body);

    public Task<HttpResponseMessage> PutAsync(string path, object? body) => SendAsync(HttpMethod.Put, path, body);

    public Task<HttpResponseMessage> DeleteAsync(string path, object? body = null) => SendAsync(HttpMethod.Delete, path, body);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body, options: Json.Options);
        }

        if (Token is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", Token);
        }

        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public void Dispose() => Client.Dispose();

    private void Remember(JsonElement session)
    {
        Account = session.GetProperty("account").Clone();
        Token = session.GetProperty("antiforgery").GetProperty("token").GetString();
    }
}

public static class Json
{
    public const string Password = "correct horse battery";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts the status, showing the body when it differs, so a failure says why.</summary>
    public static async Task ShouldHaveStatusAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {body}");
        }
    }

    /// <summary>A problem+json response with this status; returns its body.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        await response.ShouldHaveStatusAsync(expected);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("status").GetInt32().ShouldBe((int)expected);
        return problem;
    }

    /// <summary>A 400 validation problem that names <paramref name="field"/>; returns the field's messages.</summary>
    public static async Task<string[]> ShouldNameFieldAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty(field, out var messages).ShouldBeTrue($"errors name {string.Join(", ", errors.EnumerateObject().Select(p => p.Name))}, not {field}");
        return [.. messages.EnumerateArray().Select(m => m.GetString()!)];
    }
}
