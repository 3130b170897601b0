using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace OpenTalent.Cli.Tests.Crashes;

/// <summary>
/// <c>opentalent serve</c> in a child process on a free loopback port, so a test can kill it with SIGKILL (no
/// handler, no rollback, no clean close) and start it again on the same database.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private ServerProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    public static async Task<ServerProcess> StartAsync(string connectionString)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { typeof(CliApplication).Assembly.Location, "--db", connectionString, "serve", "--urls", url })
        {
            start.ArgumentList.Add(argument);
        }

        // The load is many requests from one address: rate limits would answer 429 instead of exercising writes.
        start.Environment["OpenTalent__Web__PermitsPerWindow"] = "1000000000";
        start.Environment["OpenTalent__Web__SignInPermitsPerWindow"] = "1000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var server = new ServerProcess(Process.Start(start)!, url);
        server._process.OutputDataReceived += (_, _) => { };
        server._process.ErrorDataReceived += (_, line) =>
        {
            lock (server._errors)
            {
                server._errors.AppendLine(line.Data);
            }
        };
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        await server.WaitUntilServingAsync();
        return server;
    }

    public HttpClient Client(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    /// <summary>SIGKILL, then waits for the process to be gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilServingAsync()
    {
        using var client = Client();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"opentalent serve exited with {_process.ExitCode}: {Errors()}");
            }

            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"opentalent serve did not answer /healthz within 90 s: {Errors()}");
    }

    private string Errors()
    {
        lock (_errors)
        {
            return _errors.ToString();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A signed-in browser: the session cookie, and the anti-forgery token every write carries.</summary>
internal sealed class BrowserSession : IDisposable
{
    private readonly HttpClient _client;
    private string _token = "";

    public BrowserSession(string url)
    {
        _client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
    }

    public JsonElement Account { get; private set; }

    public async Task SignUpAsync(string kind, string email, string? organisation = null)
    {
        _token = (await _client.GetFromJsonAsync<JsonElement>("/api/v1/antiforgery")).GetProperty("token").GetString()!;
        using var response = await PostAsync("/api/v1/accounts", new { kind, email, password = "a-long-crash-password", displayName = email.Split('@')[0], organisationName = organisation });
        response.EnsureSuccessStatusCode();
        var session = await response.Content.ReadFromJsonAsync<JsonElement>();
        Account = session.GetProperty("account").Clone();
        _token = session.GetProperty("antiforgery").GetProperty("token").GetString()!;
    }

    public Task<HttpResponseMessage> PostAsync(string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, path, body, cancellationToken);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", _token);
        return await _client.SendAsync(request, cancellationToken);
    }

    public void Dispose() => _client.Dispose();
}
