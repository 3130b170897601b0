using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OpenTalent.Storage;

namespace OpenTalent.Web.Tests;

public class BulkImportTests
{
    private const string Import = "/api/v1/employer/jobs/import";

    private static readonly string Kubernetes = Line(new
    {
        identifier = "acme-sre-1",
        title = "Site Reliability Engineer",
        description = "Run our Kubernetes clusters. Terraform, Prometheus and Go.",
        datePosted = "2026-11-01",
        employmentType = "FULL_TIME",
        jobLocationType = "TELECOMMUTE",
        hiringOrganization = new { name = "Someone Else Inc" },
        baseSalary = new { currency = "USD", value = new { minValue = 150000, maxValue = 180000, unitText = "YEAR" } },
    });

    private static readonly string Nurse = Line(new
    {
        title = "Registered Nurse",
        description = "Patient care on a busy medical ward.",
        jobLocation = new { address = new { addressLocality = "Portland", addressRegion = "OR", addressCountry = "US" } },
    });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task JSON_Lines_from_an_API_key_become_the_organisations_postings_found_by_search_and_hidden_from_others(DatabaseProvider provider)
    {
        await using var app = await WebTestApp.StartAsync(provider);
        using var owner = await app.Browser().SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        using var other = await app.Browser().SignUpAsync("employer", "owner@globex.example", "Globex");
        var key = await (await owner.PostAsync("/api/v1/employer/api-keys", new { name = "ATS" })).ReadJsonAsync();
        using var program = app.WithApiKey(key.GetProperty("secret").GetString()!);

        var response = await program.PostAsync(Import, Body(Kubernetes + "\n\n" + Nurse + "\n", "application/x-ndjson"), TestContext.Current.CancellationToken);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var report = await response.ReadJsonAsync();
        report.GetProperty("rows").GetInt32().ShouldBe(2);
        report.GetProperty("added").GetInt32().ShouldBe(2);
        report.GetProperty("errors").GetArrayLength().ShouldBe(0);
        var ids = report.GetProperty("ids").EnumerateArray().Select(i => i.GetString()!).ToArray();
        ids[0].ShouldBe("acme-sre-1");

        var mine = await (await owner.GetAsync("/api/v1/employer/jobs")).ReadJsonAsync();
        mine.GetProperty("total").GetInt32().ShouldBe(2);
        var sre = await (await owner.GetAsync("/api/v1/employer/jobs/acme-sre-1")).ReadJsonAsync();
        sre.GetProperty("employer").GetString().ShouldBe("Acme Labs");
        (await (await other.GetAsync("/api/v1/employer/jobs")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        await (await other.GetAsync("/api/v1/employer/jobs/acme-sre-1")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var found = await (await app.Anonymous().GetAsync("/api/v1/jobs?q=kubernetes", TestContext.Current.CancellationToken)).ReadJsonAsync();
        found.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetString()).ShouldContain("acme-sre-1");

        // Globex may not take over Acme's identifier.
        var takeover = await other.PostAsync(Import, Body(Kubernetes, "application/x-ndjson"));
        var problem = await takeover.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var error = problem.GetProperty("errors")[0];
        error.GetProperty("row").GetInt32().ShouldBe(1);
        error.GetProperty("field").GetString().ShouldBe("identifier");
    }

    [Fact]
    public async Task CSV_from_a_recruiter_is_imported_with_quoted_values_remote_and_salary()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = await app.Browser().SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        using var recruiter = await app.Browser().SignUpAsync("employer", "recruiter@acme.example");
        await (await owner.PostAsync("/api/v1/employer/members", new { email = "recruiter@acme.example", role = "recruiter" })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        const string csv = "title,description,datePosted,employmentType,location,remote,salaryMin,salaryMax,currency,unit,identifier\r\n"
            + "Data Engineer,\"Pipelines in Python, SQL and Spark.\nOn-call one week in six.\",2026-11-02,FULL_TIME,\"Portland, OR, US\",false,120000,140000,usd,year,acme-de-1\r\n"
            + "Support Specialist,Help customers by chat and email.,,PART_TIME,,yes,25,30,USD,HOUR,\r\n";

        var response = await recruiter.PostAsync(Import, Body(csv, "text/csv"));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("added").GetInt32().ShouldBe(2);
        var engineer = await (await owner.GetAsync("/api/v1/employer/jobs/acme-de-1")).ReadJsonAsync();
        engineer.GetProperty("title").GetString().ShouldBe("Data Engineer");
        engineer.GetProperty("salary").GetProperty("min").GetDecimal().ShouldBe(120000m);
        var list = await (await owner.GetAsync("/api/v1/employer/jobs")).ReadJsonAsync();
        var support = list.GetProperty("items").EnumerateArray().Single(j => j.GetProperty("title").GetString() == "Support Specialist");
        support.GetProperty("arrangement").GetString().ShouldBe("remote");
    }

    [Fact]
    public async Task A_bad_row_is_reported_with_its_line_and_field_and_nothing_is_written()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = await app.Browser().SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        const string csv = "title,description,salaryMin,currency\n"
            + "Data Engineer,Pipelines in Python.,120000,USD\n"
            + "Analyst,Dashboards in SQL.,lots,USD\n";

        var badCsv = await (await owner.PostAsync(Import, Body(csv, "text/csv"))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var csvError = badCsv.GetProperty("errors").EnumerateArray().Single();
        csvError.GetProperty("row").GetInt32().ShouldBe(3);
        csvError.GetProperty("field").GetString().ShouldBe("salaryMin");
        csvError.GetProperty("message").GetString()!.ShouldContain("lots");

        var missingTitle = Line(new { description = "No title here." });
        var badLines = await (await owner.PostAsync(Import, Body(Kubernetes + "\n" + missingTitle, "application/x-ndjson"))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var lineError = badLines.GetProperty("errors").EnumerateArray().Single();
        lineError.GetProperty("row").GetInt32().ShouldBe(2);
        lineError.GetProperty("field").GetString().ShouldBe("title");

        (await (await owner.GetAsync("/api/v1/employer/jobs")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        var badHeader = await (await owner.PostAsync(Import + "?skipInvalid=true", Body("name,description\nx,y\n", "text/csv"))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        badHeader.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ShouldAllBe(f => f == "header");
    }

    [Fact]
    public async Task Skip_invalid_imports_the_good_rows_and_reports_the_bad_ones()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = await app.Browser().SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        var body = string.Join('\n', Kubernetes, "{not json", Nurse);

        var response = await owner.PostAsync(Import + "?skipInvalid=true", Body(body, "application/x-ndjson"));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var report = await response.ReadJsonAsync();
        report.GetProperty("added").GetInt32().ShouldBe(2);
        report.GetProperty("skipped").GetInt32().ShouldBe(1);
        report.GetProperty("errors")[0].GetProperty("row").GetInt32().ShouldBe(2);
        (await (await owner.GetAsync("/api/v1/employer/jobs")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task A_JSON_array_and_a_single_JSON_LD_object_are_accepted()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = await app.Browser().SignUpAsync("employer", "owner@acme.example", "Acme Labs");

        var array = await owner.PostAsync(Import, Body($"[{Kubernetes},\n{Nurse}]", "application/json"));
        await array.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await array.ReadJsonAsync()).GetProperty("added").GetInt32().ShouldBe(2);

        const string single = """
            {
              "@context": "https://schema.org",
              "@type": "JobPosting",
              "title": "Product Manager",
              "description": "Own the roadmap."
            }
            """;
        var one = await owner.PostAsync(Import, Body(single, "application/ld+json"));
        await one.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await (await owner.GetAsync("/api/v1/employer/jobs")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task Hiring_managers_seekers_and_anonymous_callers_may_not_import()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = await app.Browser().SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        using var manager = await app.Browser().SignUpAsync("employer", "manager@acme.example");
        await (await owner.PostAsync("/api/v1/employer/members", new { email = "manager@acme.example", role = "hiringManager" })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        using var seeker = await app.Browser().SignUpAsync("seeker", "sam@example.org");

        await (await manager.PostAsync(Import, Body(Nurse, "application/x-ndjson"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await seeker.PostAsync(Import, Body(Nurse, "application/x-ndjson"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await app.Anonymous().PostAsync(Import, Body(Nurse, "application/x-ndjson"), TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await (await owner.GetAsync("/api/v1/employer/jobs")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);
    }

    private static string Line(object posting) => JsonSerializer.Serialize(posting, Json.Options);

    private static StringContent Body(string text, string mediaType) => new(text, Encoding.UTF8, new MediaTypeHeaderValue(mediaType));
}
