using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Core.Search;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Web.Tests;

public class PublicEndpointTests
{
    [Fact]
    public async Task Health_checks_the_database()
    {
        await using var app = await WebTestApp.StartAsync();

        var health = await (await app.Anonymous().GetAsync("/healthz", TestContext.Current.CancellationToken)).ReadJsonAsync();

        health.GetProperty("status").GetString().ShouldBe("ok");
        health.GetProperty("database").GetString().ShouldBe("Sqlite");
    }

    [Fact]
    public async Task The_api_is_described_by_openapi_with_a_browsing_ui()
    {
        await using var app = await WebTestApp.StartAsync();
        var client = app.Anonymous();

        var document = await (await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken)).ReadJsonAsync();
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/jobs", "/api/v1/jobs/{id}", "/api/v1/accounts", "/api/v1/me/profile", "/api/v1/employer/jobs", "/api/v1/employer/jobs/{id}/shortlist", "/api/v1/employer/api-keys" })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }

        var ui = await client.GetAsync("/swagger/index.html", TestContext.Current.CancellationToken);
        await ui.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Job_search_returns_items_and_total_from_the_search_port()
    {
        var search = new RecordingSearch();
        await using var app = await WebTestApp.StartAsync(services: s => s.AddSingleton<IJobSearch>(search));

        var response = await app.Anonymous().GetAsync("/api/v1/jobs?q=k8s&location=Berlin&remote=true&minSalary=90000&page=2", TestContext.Current.CancellationToken);

        var page = await response.ReadJsonAsync();
        page.GetProperty("total").GetInt32().ShouldBe(31);
        var item = page.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("id").GetString().ShouldBe("job-1");
        item.GetProperty("url").GetString().ShouldBe("/jobs/job-1");
        item.GetProperty("salary").GetProperty("currency").GetString().ShouldBe("EUR");
        var query = search.Last.ShouldNotBeNull();
        (query.Text, query.Location, query.Remote, query.MinimumSalary, query.Page).ShouldBe(("k8s", "Berlin", RemoteFilter.RemoteOnly, 90000m, 2));
    }

    [Fact]
    public async Task Job_search_finds_a_job_an_employer_just_posted()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        var ml = await (await owner.PostAsync("/api/v1/employer/jobs", Fixtures.MlJob())).ReadJsonAsync();
        await (await owner.PostAsync("/api/v1/employer/jobs", new { title = "Registered Nurse", description = "Patient care on a medical ward." })).ShouldHaveStatusAsync(HttpStatusCode.Created);

        var page = await (await app.Anonymous().GetAsync("/api/v1/jobs?q=pytorch&remote=true", TestContext.Current.CancellationToken)).ReadJsonAsync();

        page.GetProperty("total").GetInt32().ShouldBe(1);
        page.GetProperty("items")[0].GetProperty("id").GetString().ShouldBe(ml.GetProperty("id").GetString());
        (await (await app.Anonymous().GetAsync("/api/v1/jobs", TestContext.Current.CancellationToken)).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Job_search_names_the_parameter_it_cannot_use()
    {
        await using var app = await WebTestApp.StartAsync(services: s => s.AddSingleton<IJobSearch>(new RecordingSearch()));
        var client = app.Anonymous();

        await (await client.GetAsync("/api/v1/jobs?page=0", TestContext.Current.CancellationToken)).ShouldNameFieldAsync("page");
        await (await client.GetAsync("/api/v1/jobs?minSalary=lots", TestContext.Current.CancellationToken)).ShouldNameFieldAsync("minSalary");
        await (await client.GetAsync("/api/v1/jobs?remote=sometimes", TestContext.Current.CancellationToken)).ShouldNameFieldAsync("remote");
    }

    [Fact]
    public async Task The_public_job_page_encodes_user_text_and_carries_json_ld_that_cannot_close_its_script()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme <Labs>");
        var job = await (await owner.PostAsync("/api/v1/employer/jobs", new
        {
            // Entities survive the posting reader's HTML stripping as literal markup: the worst case for a page.
            title = "Engineer &lt;img src=x onerror=alert(1)&gt;",
            description = "Build things. &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt; Python required.",
            locations = new[] { new { city = "Berlin", country = "Germany" } },
            salary = new { min = 70000, max = 90000, currency = "EUR", period = "year" },
        })).ReadJsonAsync();
        var id = job.GetProperty("id").GetString()!;

        var html = await app.Anonymous().GetStringAsync(job.GetProperty("url").GetString(), TestContext.Current.CancellationToken);

        html.ShouldNotContain("<img src=x");
        html.ShouldNotContain("<script>alert");
        html.ShouldContain("Engineer &lt;img src=x onerror=alert(1)&gt;");
        var start = html.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal) + "<script type=\"application/ld+json\">".Length;
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        var jsonLd = System.Text.Json.JsonDocument.Parse(html[start..end]).RootElement;
        jsonLd.GetProperty("@type").GetString().ShouldBe("JobPosting");
        jsonLd.GetProperty("identifier").GetProperty("value").GetString().ShouldBe(id);
        jsonLd.GetProperty("title").GetString().ShouldBe("Engineer <img src=x onerror=alert(1)>");
        jsonLd.GetProperty("description").GetString()!.ShouldContain("</script><script>alert(2)</script>");
        jsonLd.GetProperty("hiringOrganization").GetProperty("name").GetString().ShouldBe("Acme <Labs>");
        jsonLd.GetProperty("baseSalary").GetProperty("value").GetProperty("minValue").GetDecimal().ShouldBe(70000m);
        jsonLd.GetProperty("jobLocation")[0].GetProperty("address").GetProperty("addressCountry").GetString().ShouldBe("DE");

        var api = await (await app.Anonymous().GetAsync($"/api/v1/jobs/{id}", TestContext.Current.CancellationToken)).ReadJsonAsync();
        api.GetProperty("title").GetString().ShouldBe("Engineer <img src=x onerror=alert(1)>");
        await (await app.Anonymous().GetAsync("/api/v1/jobs/nope", TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await app.Anonymous().GetAsync("/jobs/nope", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private sealed class RecordingSearch : IJobSearch
    {
        public JobSearchQuery? Last { get; private set; }

        public Task<JobSearchResults> SearchAsync(JobSearchQuery query, CancellationToken cancellationToken)
        {
            Last = query;
            var hit = new JobSearchHit("job-1", "Platform Engineer", "Acme", "Berlin, DE", WorkArrangement.Remote, new Core.Matching.PayRange(90000, 110000, "EUR"),
                new DateOnly(2026, 11, 1), "15-1252.00", "Software Developers", Seniority.Senior, ["Kubernetes"], "Run our k8s clusters.");
            return Task.FromResult(new JobSearchResults([hit], 31, false, query.Page, query.PageSize, JobSearchFacets.Empty, 31, QueryInterpretation.None));
        }
    }
}
