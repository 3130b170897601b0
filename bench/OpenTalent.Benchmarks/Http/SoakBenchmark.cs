using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Formats.Demo;
using OpenTalent.Storage;
using OpenTalent.Web;
using OpenTalent.Web.Hosting;

namespace OpenTalent.Benchmarks.Http;

/// <param name="ConnectionString">The database the app serves (SQLite file or PostgreSQL); it is filled with the demo first.</param>
public sealed record SoakOptions(string ConnectionString, int Minutes, int Connections, int Seekers, int Seed);

/// <summary>One minute of the soak: what wrk saw, and the app's memory at its end.</summary>
public sealed record SoakMinute(
    int Minute, long Requests, double RequestsPerSecond, double P50Ms, double P99Ms, double MaxMs, long SocketErrors, long ServerErrors, long OtherFailures,
    long Created, long Conflicts, double WorkingSetMiB, double ManagedHeapMiB);

/// <param name="ApplicationsStored">Applications in the database at the end: must equal those answered 201.</param>
public sealed record SoakReport(
    string Engine, int Minutes, int Connections, IReadOnlyList<SoakMinute> Runs, long ApplicationsCreated, long ApplicationsStored, double MemoryGrowthPercent, IReadOnlyList<string> Problems);

/// <summary>
/// A mixed read/write load held for minutes on loopback: the real web app over the demo data, and wrk sending
/// public searches and search pages, job pages, "jobs for me", talent-pool switches and applications as signed-in
/// seekers (cookie and anti-forgery token on every write). One wrk run per minute, so each minute's throughput,
/// latency, errors and the process's memory are recorded. Afterwards every application answered 201 must be in the
/// database, and no answer may be a server error.
/// </summary>
public static class SoakBenchmark
{
    public static async Task<SoakReport> RunAsync(SoakOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var wrk = Wrk.Find() ?? throw new InvalidOperationException("wrk is not installed: apt-get install -y wrk.");
        var app = OpenTalentWebApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--{WebSetup.DatabaseKey}={options.ConnectionString}",
            "--OpenTalent:Web:WarmUp=true",
            "--OpenTalent:Web:PermitsPerWindow=1000000000",
            "--OpenTalent:Web:SignInPermitsPerWindow=1000000",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync(cancellationToken);
        var folder = Directory.CreateTempSubdirectory("bench-soak-").FullName;
        try
        {
            var database = app.Services.GetRequiredService<Database>();
            using (var scope = app.Services.CreateScope())
            {
                var seeded = await scope.ServiceProvider.GetRequiredService<DemoPlatformSeeder>().SeedAsync(new DemoOptions { Seed = options.Seed }, cancellationToken);
                log.WriteLine(seeded.Message);
            }

            var url = app.Urls.First();
            var requests = await WorkloadAsync(url, database, options, cancellationToken);
            var file = Path.Combine(folder, "requests.txt");
            await File.WriteAllLinesAsync(file, requests, cancellationToken);
            var script = Path.Combine(folder, "soak.lua");
            await File.WriteAllTextAsync(script, Script, cancellationToken);
            var before = await ApplicationsAsync(database, cancellationToken);
            log.WriteLine($"{database.Provider}: serving at {url}; {requests.Count:N0} distinct requests for {options.Seekers} signed-in seekers; {options.Minutes} minute(s) of load");

            var runs = new List<SoakMinute>();
            for (var minute = 1; minute <= options.Minutes; minute++)
            {
                var result = await Wrk.RunAsync(wrk, url, script, options.Connections, 60, new Dictionary<string, string> { ["OT_REQUESTS"] = file }, cancellationToken);
                GC.Collect();
                using var process = Process.GetCurrentProcess();
                var run = new SoakMinute(
                    minute, result.GetProperty("requests").GetInt64(), result.GetProperty("requests").GetInt64() / result.GetProperty("seconds").GetDouble(),
                    result.GetProperty("p50").GetDouble(), result.GetProperty("p99").GetDouble(), result.GetProperty("max").GetDouble(),
                    result.GetProperty("errors").GetInt64(), result.GetProperty("server").GetInt64(), result.GetProperty("other").GetInt64(),
                    result.GetProperty("created").GetInt64(), result.GetProperty("conflicts").GetInt64(),
                    process.WorkingSet64 / 1048576.0, GC.GetTotalMemory(forceFullCollection: false) / 1048576.0);
                runs.Add(run);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"minute {minute}: {run.RequestsPerSecond:N0} req/s, p50 {run.P50Ms:0.0} ms, p99 {run.P99Ms:0.0} ms, socket errors {run.SocketErrors}, 5xx {run.ServerErrors}, other failures {run.OtherFailures}, applications {run.Created} (+{run.Conflicts} already applied), working set {run.WorkingSetMiB:N0} MiB, managed {run.ManagedHeapMiB:N0} MiB"));
            }

            var stored = await ApplicationsAsync(database, cancellationToken) - before;
            var created = runs.Sum(r => r.Created);
            var settled = runs.Count > 1 ? runs[1].WorkingSetMiB : runs[0].WorkingSetMiB;
            var growth = (runs[^1].WorkingSetMiB - settled) / settled * 100;
            var problems = new List<string>();
            if (runs.Sum(r => r.ServerErrors + r.SocketErrors + r.OtherFailures) > 0)
            {
                problems.Add("some requests failed (see the minutes)");
            }

            if (stored != created)
            {
                problems.Add($"{created} applications were answered 201 but {stored} are stored");
            }

            return new SoakReport(database.Provider.ToString(), options.Minutes, options.Connections, runs, created, stored, growth, problems);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    /// <summary>
    /// Lines of "METHOD\tPATH\tBODY\tCOOKIE\tTOKEN": per seeker, the writes they make (switch the talent pool both
    /// ways, apply to jobs) interleaved with the reads everyone makes, in the proportions of a busy day.
    /// </summary>
    private static async Task<List<string>> WorkloadAsync(string url, Database database, SoakOptions options, CancellationToken cancellationToken)
    {
        List<string> postings;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            postings = [.. await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT identifier FROM posting_search ORDER BY identifier", cancellationToken: cancellationToken))];
        }

        var random = new Random(options.Seed);
        string[] words = ["engineer", "nurse", "data", "sales", "remote", "python", "manager", "analyst", "support", "research", "technician", "designer", "accountant", "teacher", "driver"];
        var lines = new List<string>();
        for (var s = 0; s < options.Seekers; s++)
        {
            var (cookie, token) = await SignUpAsync(url, $"soak-{s}-{Guid.NewGuid():N}@example.org", cancellationToken);
            for (var i = 0; i < 40; i++)
            {
                var word = words[random.Next(words.Length)];
                var posting = postings[random.Next(postings.Count)];
                lines.Add((random.Next(100), i % 10) switch
                {
                    (< 50, _) => Line("GET", $"/api/v1/jobs?q={word}&page={1 + random.Next(3)}"),
                    (< 60, _) => Line("GET", $"/search?q={word}{(random.Next(2) == 0 ? "&remote=true" : "")}"),
                    (< 70, _) => Line("GET", "/jobs/" + Uri.EscapeDataString(posting)),
                    (< 75, _) => Line("GET", "/api/v1/me/jobs?top=10", cookie: cookie),
                    (< 87, _) => Line("PUT", "/api/v1/me/discoverable", $$"""{"discoverable":{{(i % 2 == 0 ? "true" : "false")}}}""", cookie, token),
                    _ => Line("POST", "/api/v1/me/applications", $$"""{"postingId":"{{posting}}"}""", cookie, token),
                });
            }
        }

        return lines;
    }

    private static string Line(string method, string path, string body = "", string cookie = "", string token = "") => string.Join('\t', method, path, body, cookie, token);

    /// <summary>Signs a seeker up with a small profile, as a browser would: the session cookie and its anti-forgery token.</summary>
    private static async Task<(string Cookie, string Token)> SignUpAsync(string url, string email, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(url) };
        var token = (await client.GetFromJsonAsync<JsonElement>("/api/v1/antiforgery", cancellationToken)).GetProperty("token").GetString()!;
        using var signUp = new HttpRequestMessage(HttpMethod.Post, "/api/v1/accounts")
        {
            Content = JsonContent.Create(new { kind = "seeker", email, password = "a-long-soak-password", displayName = "Soak Seeker" }),
        };
        signUp.Headers.Add("X-CSRF-TOKEN", token);
        using var created = await client.SendAsync(signUp, cancellationToken);
        created.EnsureSuccessStatusCode();
        token = (await created.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("antiforgery").GetProperty("token").GetString()!;
        using var profile = new HttpRequestMessage(HttpMethod.Put, "/api/v1/me/profile")
        {
            Content = JsonContent.Create(new
            {
                basics = new { name = "Soak Seeker", label = "Software Engineer", location = new { city = "Austin", region = "TX", countryCode = "US" } },
                skills = new[] { new { name = "Python" }, new { name = "SQL" } },
            }),
        };
        profile.Headers.Add("X-CSRF-TOKEN", token);
        using var saved = await client.SendAsync(profile, cancellationToken);
        saved.EnsureSuccessStatusCode();
        var header = cookies.GetCookieHeader(new Uri(url));
        return (header, token);
    }

    private static async Task<long> ApplicationsAsync(Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM applications", cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Each thread walks the request list from its own offset; responses are counted by kind (201, 409 for a job
    /// already applied to, 5xx, any other failure) and summed over threads in <c>done</c>.
    /// </summary>
    private const string Script = """
        local lines = {}
        for line in io.lines(os.getenv("OT_REQUESTS")) do
          local method, path, body, cookie, token = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)$")
          lines[#lines + 1] = { method = method, path = path, body = body, cookie = cookie, token = token }
        end
        local threads = {}
        local counter = 0
        function setup(thread)
          thread:set("offset", counter * 997)
          counter = counter + 1
          threads[#threads + 1] = thread
        end
        local i = 0
        created, conflicts, server, other = 0, 0, 0, 0
        function init(args)
          i = offset or 0
        end
        function request()
          i = i % #lines + 1
          local r = lines[i]
          local headers = {}
          if r.cookie ~= "" then headers["Cookie"] = r.cookie end
          if r.token ~= "" then headers["X-CSRF-TOKEN"] = r.token end
          if r.body ~= "" then headers["Content-Type"] = "application/json" end
          return wrk.format(r.method, r.path, headers, r.body ~= "" and r.body or nil)
        end
        function response(status, headers, body)
          if status == 201 then created = created + 1
          elseif status == 409 then conflicts = conflicts + 1
          elseif status >= 500 then server = server + 1
          elseif status >= 400 then other = other + 1 end
        end
        function done(summary, latency, requests)
          local c, k, s, o = 0, 0, 0, 0
          for _, t in ipairs(threads) do
            c = c + t:get("created"); k = k + t:get("conflicts"); s = s + t:get("server"); o = o + t:get("other")
          end
          local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
          io.write(string.format('OTJSON {"requests":%d,"seconds":%.6f,"errors":%d,"created":%d,"conflicts":%d,"server":%d,"other":%d,"p50":%.3f,"p99":%.3f,"max":%.3f}\n',
            summary.requests, summary.duration / 1e6, errors, c, k, s, o,
            latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
        end
        """;
}
