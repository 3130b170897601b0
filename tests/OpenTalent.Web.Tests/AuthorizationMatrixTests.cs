using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace OpenTalent.Web.Tests;

/// <summary>Who calls: nobody, a seeker, or an employer of organisation A (by role or API key) or of organisation B.</summary>
public enum Caller
{
    Anonymous,
    Seeker,
    OtherSeeker,
    Owner,
    Recruiter,
    HiringManager,
    OtherOrganisation,
    OwnKey,
    OtherKey,
}

/// <summary>
/// Every boundary, as a matrix of callers by endpoints. The rules it proves (docs: README, "Web platform"):
/// 401 without credentials (or with an unknown key); 403 when signed in as the wrong kind of account, or in a role
/// (or with an API key) that may not do it; 404 for another tenant's job or application, exactly as if it did not
/// exist. Allowed callers of state-changing endpoints send something the endpoint must refuse after the access
/// check (an invalid body, an illegal move), so the shared world never changes and the rows stay independent.
/// </summary>
public class AuthorizationMatrixTests(PlatformWorld world) : IClassFixture<PlatformWorld>
{
    private const int Ok = 200;
    private const int Bad = 400;
    private const int Unauthenticated = 401;
    private const int Forbidden = 403;
    private const int NotFound = 404;
    private const int Conflict = 409;
    private const int UnprocessableEntity = 422;

    private static readonly Caller[] Seekers = [Caller.Seeker, Caller.OtherSeeker];
    private static readonly Caller[] Members = [Caller.Owner, Caller.Recruiter, Caller.HiringManager];
    private static readonly Caller[] Keys = [Caller.OwnKey, Caller.OtherKey];

    public static TheoryData<string, Caller, int> Cases()
    {
        var data = new TheoryData<string, Caller, int>();

        void Row(string endpoint, params (Caller[] Callers, int Status)[] expectations)
        {
            foreach (var (callers, status) in expectations)
            {
                foreach (var caller in callers)
                {
                    data.Add(endpoint, caller, status);
                }
            }
        }

        (Caller[], int) Employers(int status) => ([.. Members, Caller.OwnKey], status);
        (Caller[], int) Others(int status) => ([Caller.OtherOrganisation, Caller.OtherKey], status);
        (Caller[], int) noOne = ([Caller.Anonymous], Unauthenticated);
        (Caller[], int) notSeekers = (Seekers, Forbidden);

        Row("GET employer/jobs", noOne, notSeekers, Employers(Ok), Others(Ok));
        Row("GET employer/jobs/A", noOne, notSeekers, Employers(Ok), Others(NotFound));
        Row("PUT employer/jobs/A invalid", noOne, notSeekers, ([Caller.Owner, Caller.Recruiter, Caller.OwnKey], Bad), ([Caller.HiringManager], Forbidden), Others(NotFound));
        Row("POST employer/jobs/A/close", noOne, notSeekers, ([Caller.HiringManager], Forbidden), Others(NotFound));
        Row("POST employer/jobs invalid", noOne, notSeekers, ([Caller.Owner, Caller.Recruiter, Caller.OwnKey], Bad), ([Caller.HiringManager], Forbidden), Others(Bad));
        Row("GET employer/jobs/A/applications", noOne, notSeekers, Employers(Ok), Others(NotFound));
        Row("GET employer/jobs/A/shortlist", noOne, notSeekers, Employers(Ok), Others(NotFound));
        Row("POST employer/applications/A/status illegal", noOne, notSeekers, Employers(Conflict), Others(NotFound));
        Row("POST employer/imports empty", noOne, notSeekers, ([Caller.Owner, Caller.Recruiter, Caller.OwnKey], Bad), ([Caller.HiringManager], Forbidden), Others(Bad));
        Row("GET employer/imports", noOne, notSeekers, Employers(Ok), Others(Ok));
        Row("GET employer/imports/A", noOne, notSeekers, Employers(Ok), Others(NotFound));
        Row("GET employer/organisation", noOne, notSeekers, Employers(Ok), Others(Ok));
        Row("GET employer/members", noOne, notSeekers, (Members, Ok), ([Caller.OtherOrganisation], Ok), (Keys, Forbidden));
        Row("POST employer/members invalid", noOne, notSeekers, ([Caller.Owner, Caller.OtherOrganisation], Bad), ([Caller.Recruiter, Caller.HiringManager], Forbidden), (Keys, Forbidden));
        Row("POST employer/jobs/preview invalid", noOne, notSeekers, ([Caller.Owner, Caller.Recruiter, Caller.OwnKey], Bad), ([Caller.HiringManager], Forbidden), Others(Bad));
        Row("POST employer/jobs/import empty", noOne, notSeekers, ([Caller.Owner, Caller.Recruiter, Caller.OwnKey], Bad), ([Caller.HiringManager], Forbidden), Others(Bad));
        Row("PUT employer/members/A same role", noOne, notSeekers, ([Caller.Owner], Ok), ([Caller.Recruiter, Caller.HiringManager], Forbidden), ([Caller.OtherOrganisation], NotFound), (Keys, Forbidden));
        Row("DELETE employer/members/unknown", noOne, notSeekers, ([Caller.Owner, Caller.OtherOrganisation], NotFound), ([Caller.Recruiter, Caller.HiringManager], Forbidden), (Keys, Forbidden));
        Row("POST employer/api-keys invalid", noOne, notSeekers, ([Caller.Owner, Caller.OtherOrganisation], Bad), ([Caller.Recruiter, Caller.HiringManager], Forbidden), (Keys, Forbidden));
        Row("GET employer/jobs/A/rankings", noOne, notSeekers, Employers(Ok), Others(NotFound));
        Row("GET employer/bias-audit", noOne, notSeekers, Employers(Ok), Others(Ok));
        Row("GET employer/bias-audit job A", noOne, notSeekers, Employers(Ok), Others(NotFound));
        Row("GET employer/hiring/plan", noOne, notSeekers, Employers(Ok), Others(NotFound));
        Row("GET employer/hiring/requisitions", noOne, notSeekers, Employers(Ok), Others(Ok));
        Row("GET employer/hiring/requisitions/A/pipeline", noOne, notSeekers, Employers(Ok), Others(NotFound));
        Row("POST employer/hiring/requisitions/A/moves invalid", noOne, notSeekers, Employers(Bad), Others(Bad));
        Row("GET employer/hiring/analytics", noOne, notSeekers, Employers(Ok), Others(Ok));
        Row("GET employer/hiring/duplicates", noOne, notSeekers, Employers(Ok), Others(Ok));
        Row("POST employer/hiring/candidates/A/merge invalid", noOne, notSeekers, Employers(Bad), Others(Bad));
        Row("GET employer/hiring/forecast", noOne, notSeekers, Employers(Ok), Others(NotFound));
        Row("GET employer/hiring/requisitions/A/applications/missing/history", noOne, notSeekers, Employers(NotFound), Others(NotFound));
        Row("POST employer/hiring/requisitions/A/messages/preview invalid", noOne, notSeekers, Employers(Bad), Others(Bad));
        Row("GET employer/hiring/kits", noOne, notSeekers, Employers(Ok), Others(Ok));
        Row("GET employer/hiring/approval-chain", noOne, notSeekers, Employers(Ok), Others(Ok));
        Row("PUT employer/hiring/plan invalid", noOne, notSeekers, ([Caller.Owner, Caller.OtherOrganisation], Bad), ([Caller.Recruiter, Caller.HiringManager], Forbidden), (Keys, Forbidden));
        Row("PUT employer/hiring/approval-chain invalid", noOne, notSeekers, ([Caller.Owner, Caller.OtherOrganisation], Bad), ([Caller.Recruiter, Caller.HiringManager], Forbidden), (Keys, Forbidden));
        Row("POST employer/hiring/requisitions invalid", noOne, notSeekers, ([Caller.Owner, Caller.Recruiter, Caller.OwnKey], Bad), ([Caller.HiringManager], Forbidden), Others(Conflict));
        Row("GET employer/hiring/requisitions/A", noOne, notSeekers, Employers(Ok), Others(NotFound));
        Row("PUT employer/hiring/requisitions/A empty", noOne, notSeekers, ([Caller.Owner, Caller.Recruiter, Caller.OwnKey], Bad), ([Caller.HiringManager], Forbidden), Others(Bad));
        Row("POST employer/hiring/requisitions/A/approve", noOne, notSeekers, (Members, Conflict), (Keys, Forbidden), ([Caller.OtherOrganisation], NotFound));
        Row("POST employer/hiring/kits invalid", noOne, notSeekers, ([Caller.Owner, Caller.Recruiter, Caller.OwnKey], Bad), ([Caller.HiringManager], Forbidden), Others(Bad));
        Row("PUT employer/hiring/requisitions/A/stages invalid", noOne, notSeekers, ([Caller.Owner, Caller.Recruiter, Caller.OwnKey], Bad), ([Caller.HiringManager], Forbidden), Others(Bad));
        Row("GET employer/hiring/requisitions/A/applications/missing/scorecards", noOne, notSeekers, Employers(NotFound), Others(NotFound));
        Row("POST employer/hiring/requisitions/A/applications/missing/scorecards", noOne, notSeekers, (Members, NotFound), (Keys, Forbidden), ([Caller.OtherOrganisation], NotFound));
        Row("GET employer/api-keys", noOne, notSeekers, ([Caller.Owner, Caller.OtherOrganisation], Ok), ([Caller.Recruiter, Caller.HiringManager], Forbidden), (Keys, Forbidden));
        Row("DELETE employer/api-keys/A", noOne, notSeekers, ([Caller.Recruiter, Caller.HiringManager], Forbidden), ([Caller.OtherOrganisation], NotFound), (Keys, Forbidden));
        Row("GET me", noOne, (Seekers, Ok), ([.. Members, Caller.OtherOrganisation], Ok), (Keys, Forbidden));
        Row("GET me/export", noOne, (Seekers, Ok), ([.. Members, Caller.OtherOrganisation], Ok), (Keys, Forbidden));
        Row("DELETE me wrong password", noOne, (Seekers, Bad), ([.. Members, Caller.OtherOrganisation], Bad), (Keys, Forbidden));
        Row("GET me/profile", noOne, (Seekers, Ok), ([.. Members, Caller.OtherOrganisation], Forbidden), (Keys, Forbidden));
        Row("PUT me/discoverable unchanged", noOne, (Seekers, Ok), ([.. Members, Caller.OtherOrganisation], Forbidden), (Keys, Forbidden));
        Row("PUT me/profile invalid", noOne, (Seekers, Bad), ([.. Members, Caller.OtherOrganisation], Forbidden), (Keys, Forbidden));
        Row("POST me/resume empty", noOne, (Seekers, UnprocessableEntity), ([.. Members, Caller.OtherOrganisation], Forbidden), (Keys, Forbidden));
        Row("GET me/wage-moves", noOne, (Seekers, Ok), ([.. Members, Caller.OtherOrganisation], Forbidden), (Keys, Forbidden));
        Row("GET me/privacy", noOne, (Seekers, Ok), ([.. Members, Caller.OtherOrganisation], Ok), (Keys, Forbidden));
        Row("GET me/audit", noOne, (Seekers, Ok), ([.. Members, Caller.OtherOrganisation], Ok), (Keys, Forbidden));
        Row("PUT me/automated-ranking invalid", noOne, (Seekers, Bad), ([.. Members, Caller.OtherOrganisation], Forbidden), (Keys, Forbidden));
        Row("PUT me/self-identification invalid", noOne, (Seekers, Bad), ([.. Members, Caller.OtherOrganisation], Forbidden), (Keys, Forbidden));
        Row("DELETE me/self-identification none", noOne, (Seekers, Ok), ([.. Members, Caller.OtherOrganisation], Forbidden), (Keys, Forbidden));
        Row("GET me/jobs", noOne, (Seekers, Ok), ([.. Members, Caller.OtherOrganisation], Forbidden), (Keys, Forbidden));
        Row("GET me/jobs/A/match", noOne, (Seekers, Ok), ([.. Members, Caller.OtherOrganisation], Forbidden), (Keys, Forbidden));
        Row("GET me/applications", noOne, (Seekers, Ok), ([.. Members, Caller.OtherOrganisation], Forbidden), (Keys, Forbidden));
        Row("POST me/applications/A/withdraw closed", noOne, ([Caller.Seeker], Conflict), ([Caller.OtherSeeker], NotFound), ([.. Members, Caller.OtherOrganisation], Forbidden), (Keys, Forbidden));
        Row("POST me/applications invalid", noOne, (Seekers, Bad), ([.. Members, Caller.OtherOrganisation], Forbidden), (Keys, Forbidden));
        Row("GET jobs/A", ([.. Enum.GetValues<Caller>()], Ok));
        Row("GET /jobs/A page", ([.. Enum.GetValues<Caller>()], Ok));
        Row("GET /search page", ([.. Enum.GetValues<Caller>()], Ok));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_caller_gets_the_documented_status(string endpoint, Caller caller, int expected)
    {
        var (method, path, body) = Request(endpoint);

        var response = await world.SendAsync(caller, method, path, body);

        await response.ShouldHaveStatusAsync((HttpStatusCode)expected);
        if (expected >= 400 && !path.StartsWith("/jobs/", StringComparison.Ordinal))
        {
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        }
    }

    /// <summary>
    /// Endpoints anyone may call, so they have no row: they hold no one's data, or they are how one signs in.
    /// Everything else under /api must be in the matrix, so a new endpoint cannot ship without its access rules.
    /// </summary>
    private static readonly HashSet<string> OpenToAll =
    [
        "GET /api/v1/antiforgery",
        "POST /api/v1/accounts",
        "POST /api/v1/session",
        "DELETE /api/v1/session",
        "GET /api/v1/jobs/",
    ];

    [Fact]
    public void Every_api_endpoint_is_in_the_matrix_or_declared_open_to_all()
    {
        var rows = Cases().Select(row => Request(row.Data.Item1)).Select(r => (r.Method.Method, Path: r.Path.Split('?')[0])).Distinct().ToArray();
        var endpoints = world.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(method => (Method: method, Route: "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()
            .ToArray();

        var uncovered = endpoints
            .Where(e => !OpenToAll.Contains($"{e.Method} {e.Route}"))
            .Where(e => !rows.Any(row => row.Method == e.Method && new TemplateMatcher(TemplateParser.Parse(e.Route.TrimStart('/')), new RouteValueDictionary()).TryMatch(row.Path, [])))
            .Select(e => $"{e.Method} {e.Route}")
            .ToArray();

        endpoints.Length.ShouldBeGreaterThan(20);
        uncovered.ShouldBeEmpty("these endpoints have no row in the authorisation matrix (add rows, or list them as open to all with the reason)");
        OpenToAll.Where(open => !endpoints.Any(e => $"{e.Method} {e.Route}" == open)).ShouldBeEmpty("listed as open to all but no longer exist");
    }

    [Fact]
    public async Task An_employer_lists_only_its_own_jobs_and_applicants()
    {
        var own = await (await world.SendAsync(Caller.Recruiter, HttpMethod.Get, "/api/v1/employer/jobs", null)).ReadJsonAsync();
        var other = await (await world.SendAsync(Caller.OtherKey, HttpMethod.Get, "/api/v1/employer/jobs", null)).ReadJsonAsync();

        own.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetString()).ShouldBe([world.JobA]);
        other.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetString()).ShouldBe([world.JobB]);
        var applicants = await (await world.SendAsync(Caller.HiringManager, HttpMethod.Get, $"/api/v1/employer/jobs/{world.JobA}/applications", null)).ReadJsonAsync();
        applicants.EnumerateArray().Select(a => a.GetProperty("applicant").GetProperty("email").GetString()).ShouldBe(["seeker@example.org"]);
    }

    [Fact]
    public async Task A_seeker_sees_only_their_own_applications()
    {
        var mine = await (await world.SendAsync(Caller.Seeker, HttpMethod.Get, "/api/v1/me/applications", null)).ReadJsonAsync();
        var theirs = await (await world.SendAsync(Caller.OtherSeeker, HttpMethod.Get, "/api/v1/me/applications", null)).ReadJsonAsync();

        mine.EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ShouldBe([world.ApplicationA]);
        theirs.GetArrayLength().ShouldBe(0);
    }

    private (HttpMethod Method, string Path, object? Body) Request(string endpoint) => endpoint switch
    {
        "GET employer/jobs" => (HttpMethod.Get, "/api/v1/employer/jobs", null),
        "GET employer/jobs/A" => (HttpMethod.Get, $"/api/v1/employer/jobs/{world.JobA}", null),
        "PUT employer/jobs/A invalid" => (HttpMethod.Put, $"/api/v1/employer/jobs/{world.JobA}", new { title = "", description = "" }),
        "POST employer/jobs/A/close" => (HttpMethod.Post, $"/api/v1/employer/jobs/{world.JobA}/close", null),
        "POST employer/jobs invalid" => (HttpMethod.Post, "/api/v1/employer/jobs", new { title = "" }),
        "GET employer/jobs/A/applications" => (HttpMethod.Get, $"/api/v1/employer/jobs/{world.JobA}/applications", null),
        "GET employer/jobs/A/shortlist" => (HttpMethod.Get, $"/api/v1/employer/jobs/{world.JobA}/shortlist", null),
        "POST employer/applications/A/status illegal" => (HttpMethod.Post, $"/api/v1/employer/applications/{world.ApplicationA}/status", new { status = "hired" }),
        "POST employer/imports empty" => (HttpMethod.Post, "/api/v1/employer/imports", null),
        "GET employer/imports" => (HttpMethod.Get, "/api/v1/employer/imports", null),
        "GET employer/imports/A" => (HttpMethod.Get, $"/api/v1/employer/imports/{world.ImportA}", null),
        "GET employer/organisation" => (HttpMethod.Get, "/api/v1/employer/organisation", null),
        "GET employer/members" => (HttpMethod.Get, "/api/v1/employer/members", null),
        "POST employer/members invalid" => (HttpMethod.Post, "/api/v1/employer/members", new { email = "", role = "" }),
        "POST employer/jobs/preview invalid" => (HttpMethod.Post, "/api/v1/employer/jobs/preview", new { title = "" }),
        "POST employer/jobs/import empty" => (HttpMethod.Post, "/api/v1/employer/jobs/import", null),
        "PUT employer/members/A same role" => (HttpMethod.Put, $"/api/v1/employer/members/{world.RecruiterA}", new { role = "recruiter" }),
        "DELETE employer/members/unknown" => (HttpMethod.Delete, $"/api/v1/employer/members/{Guid.NewGuid()}", null),
        "POST employer/api-keys invalid" => (HttpMethod.Post, "/api/v1/employer/api-keys", new { name = "" }),
        "GET employer/jobs/A/rankings" => (HttpMethod.Get, $"/api/v1/employer/jobs/{world.JobA}/rankings", null),
        "GET employer/bias-audit" => (HttpMethod.Get, "/api/v1/employer/bias-audit", null),
        "GET employer/bias-audit job A" => (HttpMethod.Get, $"/api/v1/employer/bias-audit?job={world.JobA}", null),
        "GET employer/hiring/plan" => (HttpMethod.Get, "/api/v1/employer/hiring/plan", null),
        "GET employer/hiring/requisitions" => (HttpMethod.Get, "/api/v1/employer/hiring/requisitions", null),
        "GET employer/hiring/requisitions/A/pipeline" => (HttpMethod.Get, $"/api/v1/employer/hiring/requisitions/{world.RequisitionA}/pipeline", null),
        "GET employer/hiring/requisitions/A/applications/missing/history" => (HttpMethod.Get, $"/api/v1/employer/hiring/requisitions/{world.RequisitionA}/applications/{Guid.Empty}/history", null),
        "POST employer/hiring/requisitions/A/messages/preview invalid" => (HttpMethod.Post, $"/api/v1/employer/hiring/requisitions/{world.RequisitionA}/messages/preview", new { template = "Hi {nobody}" }),
        "PUT employer/hiring/plan invalid" => (HttpMethod.Put, "/api/v1/employer/hiring/plan", new { name = "Plan", departments = Array.Empty<object>() }),
        "GET employer/hiring/approval-chain" => (HttpMethod.Get, "/api/v1/employer/hiring/approval-chain", null),
        "PUT employer/hiring/approval-chain invalid" => (HttpMethod.Put, "/api/v1/employer/hiring/approval-chain", new { steps = new[] { new { role = "finance" } } }),
        "POST employer/hiring/requisitions invalid" => (HttpMethod.Post, "/api/v1/employer/hiring/requisitions", new { title = "" }),
        "GET employer/hiring/requisitions/A" => (HttpMethod.Get, $"/api/v1/employer/hiring/requisitions/{world.RequisitionA}", null),
        "PUT employer/hiring/requisitions/A empty" => (HttpMethod.Put, $"/api/v1/employer/hiring/requisitions/{world.RequisitionA}", new { }),
        "POST employer/hiring/requisitions/A/approve" => (HttpMethod.Post, $"/api/v1/employer/hiring/requisitions/{world.RequisitionA}/approve", new { }),
        "GET employer/hiring/kits" => (HttpMethod.Get, "/api/v1/employer/hiring/kits", null),
        "POST employer/hiring/kits invalid" => (HttpMethod.Post, "/api/v1/employer/hiring/kits", new { name = "" }),
        "PUT employer/hiring/requisitions/A/stages invalid" => (HttpMethod.Put, $"/api/v1/employer/hiring/requisitions/{world.RequisitionA}/stages", new { stages = Array.Empty<object>() }),
        "GET employer/hiring/requisitions/A/applications/missing/scorecards" => (HttpMethod.Get, $"/api/v1/employer/hiring/requisitions/{world.RequisitionA}/applications/{Guid.Empty}/scorecards", null),
        "POST employer/hiring/requisitions/A/applications/missing/scorecards" => (HttpMethod.Post, $"/api/v1/employer/hiring/requisitions/{world.RequisitionA}/applications/{Guid.Empty}/scorecards", new { stage = "Screen" }),
        "POST employer/hiring/requisitions/A/moves invalid" => (HttpMethod.Post, $"/api/v1/employer/hiring/requisitions/{world.RequisitionA}/moves", new { toStage = "Screen" }),
        "GET employer/hiring/analytics" => (HttpMethod.Get, "/api/v1/employer/hiring/analytics", null),
        "GET employer/hiring/duplicates" => (HttpMethod.Get, "/api/v1/employer/hiring/duplicates", null),
        "POST employer/hiring/candidates/A/merge invalid" => (HttpMethod.Post, $"/api/v1/employer/hiring/candidates/{world.RequisitionA}/merge", new { }),
        "GET employer/hiring/forecast" => (HttpMethod.Get, "/api/v1/employer/hiring/forecast?runs=100", null),
        "GET employer/api-keys" => (HttpMethod.Get, "/api/v1/employer/api-keys", null),
        "DELETE employer/api-keys/A" => (HttpMethod.Delete, $"/api/v1/employer/api-keys/{world.KeyA}", null),
        "GET me" => (HttpMethod.Get, "/api/v1/me", null),
        "GET me/export" => (HttpMethod.Get, "/api/v1/me/export", null),
        "DELETE me wrong password" => (HttpMethod.Delete, "/api/v1/me", new { password = "not the password" }),
        "GET me/profile" => (HttpMethod.Get, "/api/v1/me/profile", null),
        "PUT me/discoverable unchanged" => (HttpMethod.Put, "/api/v1/me/discoverable", new { discoverable = false }),
        "PUT me/profile invalid" => (HttpMethod.Put, "/api/v1/me/profile", new { basics = new { name = "" }, work = "not a list" }),
        "POST me/resume empty" => (HttpMethod.Post, "/api/v1/me/resume", null),
        "GET me/wage-moves" => (HttpMethod.Get, "/api/v1/me/wage-moves", null),
        "GET me/privacy" => (HttpMethod.Get, "/api/v1/me/privacy", null),
        "GET me/audit" => (HttpMethod.Get, "/api/v1/me/audit", null),
        "PUT me/automated-ranking invalid" => (HttpMethod.Put, "/api/v1/me/automated-ranking", new { }),
        "PUT me/self-identification invalid" => (HttpMethod.Put, "/api/v1/me/self-identification", new { sex = "unknown category" }),
        "DELETE me/self-identification none" => (HttpMethod.Delete, "/api/v1/me/self-identification", null),
        "GET me/jobs" => (HttpMethod.Get, "/api/v1/me/jobs", null),
        "GET me/jobs/A/match" => (HttpMethod.Get, $"/api/v1/me/jobs/{world.JobA}/match", null),
        "GET me/applications" => (HttpMethod.Get, "/api/v1/me/applications", null),
        "POST me/applications/A/withdraw closed" => (HttpMethod.Post, $"/api/v1/me/applications/{world.ApplicationA}/withdraw", null),
        "POST me/applications invalid" => (HttpMethod.Post, "/api/v1/me/applications", new { postingId = "" }),
        "GET jobs/A" => (HttpMethod.Get, $"/api/v1/jobs/{world.JobA}", null),
        "GET /jobs/A page" => (HttpMethod.Get, $"/jobs/{world.JobA}", null),
        "GET /search page" => (HttpMethod.Get, "/search?q=machine", null),
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "No such row."),
    };
}

/// <summary>
/// Two organisations and two seekers, built once for the matrix: organisation A (owner, recruiter, hiring manager,
/// an API key, job A) and organisation B (owner, an API key, job B); the seeker applied to job A and was rejected.
/// </summary>
public sealed class PlatformWorld : IAsyncLifetime
{
    private readonly Dictionary<Caller, Session> _sessions = [];
    private readonly Dictionary<Caller, HttpClient> _clients = [];
    private WebTestApp? _app;

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The world has not been built.");

    public string JobA { get; private set; } = "";

    public string JobB { get; private set; } = "";

    public Guid ApplicationA { get; private set; }

    public Guid KeyA { get; private set; }

    /// <summary>A requisition of organisation A's headcount plan (B has no plan).</summary>
    public Guid RequisitionA { get; private set; }

    /// <summary>The recruiter's account, a member of organisation A.</summary>
    public Guid RecruiterA { get; private set; }

    public Guid ImportA { get; private set; }

    public async ValueTask InitializeAsync()
    {
        _app = await WebTestApp.StartAsync();
        var owner = await SignUpAsync(Caller.Owner, "employer", "owner@a.example", "Organisation A");
        var recruiter = await SignUpAsync(Caller.Recruiter, "employer", "recruiter@a.example", null);
        var manager = await SignUpAsync(Caller.HiringManager, "employer", "manager@a.example", null);
        var otherOwner = await SignUpAsync(Caller.OtherOrganisation, "employer", "owner@b.example", "Organisation B");
        var seeker = await SignUpAsync(Caller.Seeker, "seeker", "seeker@example.org", null);
        var otherSeeker = await SignUpAsync(Caller.OtherSeeker, "seeker", "other@example.org", null);
        await Expect(await owner.PostAsync("/api/v1/employer/members", new { email = "recruiter@a.example", role = "recruiter" }), HttpStatusCode.Created);
        await Expect(await owner.PostAsync("/api/v1/employer/members", new { email = "manager@a.example", role = "hiringManager" }), HttpStatusCode.Created);
        var keyA = await (await owner.PostAsync("/api/v1/employer/api-keys", new { name = "A's ATS" })).ReadJsonAsync();
        KeyA = keyA.GetProperty("key").GetProperty("id").GetGuid();
        _clients[Caller.OwnKey] = _app.WithApiKey(keyA.GetProperty("secret").GetString()!);
        var keyB = await (await otherOwner.PostAsync("/api/v1/employer/api-keys", new { name = "B's ATS" })).ReadJsonAsync();
        _clients[Caller.OtherKey] = _app.WithApiKey(keyB.GetProperty("secret").GetString()!, asBearer: true);
        _clients[Caller.Anonymous] = _app.Anonymous();

        JobA = (await (await owner.PostAsync("/api/v1/employer/jobs", Fixtures.MlJob("Job A"))).ReadJsonAsync()).GetProperty("id").GetString()!;
        JobB = (await (await otherOwner.PostAsync("/api/v1/employer/jobs", Fixtures.MlJob("Job B"))).ReadJsonAsync()).GetProperty("id").GetString()!;
        await Expect(await seeker.PutAsync("/api/v1/me/profile", Fixtures.Resume()), HttpStatusCode.OK);
        await Expect(await otherSeeker.PutAsync("/api/v1/me/profile", Fixtures.NurseResume()), HttpStatusCode.OK);
        var applied = await seeker.PostAsync("/api/v1/me/applications", new { postingId = JobA });
        await Expect(applied, HttpStatusCode.Created);
        ApplicationA = (await applied.ReadJsonAsync()).GetProperty("id").GetGuid();
        // Final, so no allowed caller's request can move it further.
        await Expect(await recruiter.PostAsync($"/api/v1/employer/applications/{ApplicationA}/status", new { status = "rejected" }), HttpStatusCode.OK);
        // Rejected (its one row is not JSON), so it saves nothing.
        var import = await owner.PostAsync("/api/v1/employer/imports", new StringContent("{not json", System.Text.Encoding.UTF8, "application/x-ndjson"));
        await Expect(import, HttpStatusCode.Accepted);
        ImportA = (await import.ReadJsonAsync()).GetProperty("id").GetGuid();
        _ = manager;
        var members = await (await owner.GetAsync("/api/v1/employer/members")).ReadJsonAsync();
        var organisationA = (await (await owner.GetAsync("/api/v1/employer/organisation")).ReadJsonAsync()).GetProperty("id").GetGuid();
        RequisitionA = (await Workforce.HiringApiTests.SeedAsync(_app, organisationA)).Requisition;
        RecruiterA = members.EnumerateArray().Single(m => m.GetProperty("email").GetString() == "recruiter@a.example").GetProperty("accountId").GetGuid();
    }

    public async Task<HttpResponseMessage> SendAsync(Caller caller, HttpMethod method, string path, object? body)
    {
        if (_sessions.TryGetValue(caller, out var session))
        {
            return await session.SendAsync(method, path, body);
        }

        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        return await _clients[caller].SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _sessions.Values)
        {
            session.Dispose();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task<Session> SignUpAsync(Caller caller, string kind, string email, string? organisation)
    {
        var session = _app!.Browser();
        await session.SignUpAsync(kind, email, organisation);
        _sessions[caller] = session;
        return session;
    }

    private static Task Expect(HttpResponseMessage response, HttpStatusCode status) => response.ShouldHaveStatusAsync(status);
}
