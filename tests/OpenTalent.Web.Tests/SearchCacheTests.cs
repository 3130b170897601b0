using System.Net;
using OpenTalent.Core.Search;
using OpenTalent.Core.Understanding;
using OpenTalent.Web.Search;

namespace OpenTalent.Web.Tests;

public class SearchCacheTests
{
    [Fact]
    public async Task A_repeated_search_sees_every_posting_written_since_it_was_cached()
    {
        await using var app = await WebTestApp.StartAsync(settings: new Dictionary<string, string?> { ["OpenTalent:Web:SearchCacheSeconds"] = "3600" });
        using var owner = app.Browser();
        await owner.SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        var first = await (await owner.PostAsync("/api/v1/employer/jobs", Fixtures.MlJob())).ReadJsonAsync();
        (await TotalAsync(app)).ShouldBe(1);
        (await TotalAsync(app)).ShouldBe(1);

        await (await owner.PostAsync("/api/v1/employer/jobs", Fixtures.MlJob("Staff Machine Learning Engineer"))).ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await TotalAsync(app)).ShouldBe(2);

        await (await owner.PostAsync($"/api/v1/employer/jobs/{first.GetProperty("id").GetString()}/close", new { })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await TotalAsync(app)).ShouldBe(1);
    }

    [Fact]
    public void Queries_that_differ_in_any_field_have_different_keys()
    {
        var plain = new JobSearchQuery("python", "Berlin");
        CachingJobSearch.Key(new JobSearchQuery("python", "Berlin")).ShouldBe(CachingJobSearch.Key(plain));
        var variants = new[]
        {
            new JobSearchQuery("python", "Berlin", page: 2),
            new JobSearchQuery("python", "Berlin", pageSize: 21),
            new JobSearchQuery("python", "Berlin", RemoteFilter.RemoteOnly),
            new JobSearchQuery("python", "Berlin", minimumSalary: 1),
            new JobSearchQuery("python", "Berlin", currency: "EUR"),
            new JobSearchQuery("python", "Berlin", occupationCode: "15-1252.00"),
            new JobSearchQuery("python", "Berlin", skillIds: ["skill:python"]),
            new JobSearchQuery("python", "Berlin", seniority: Seniority.Senior),
            new JobSearchQuery("python", "Berlin", postedWithinDays: 7),
            new JobSearchQuery("python", "Berlin", sort: JobSearchSort.Date),
            new JobSearchQuery("python"),
            new JobSearchQuery("pytho", "nBerlin"),
        };
        variants.Select(CachingJobSearch.Key).Append(CachingJobSearch.Key(plain)).Distinct().Count().ShouldBe(variants.Length + 1);
    }

    private static async Task<int> TotalAsync(WebTestApp app) =>
        (await (await app.Anonymous().GetAsync("/api/v1/jobs?q=pytorch", TestContext.Current.CancellationToken)).ReadJsonAsync()).GetProperty("total").GetInt32();
}
