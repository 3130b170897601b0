using OpenTalent.Core.Search;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Tests.Search;

public class JobSearchQueryTests
{
    [Fact]
    public void A_query_keeps_its_values_trimmed_with_defaults_for_what_is_left_out()
    {
        var query = new JobSearchQuery("  k8s engineer ", " Berlin ", RemoteFilter.Hybrid, 80_000, "eur", "15-1252.00", ["starter:kubernetes", "starter:kubernetes"], Seniority.Senior, 7, JobSearchSort.Date, 2, 25);

        query.Text.ShouldBe("k8s engineer");
        query.Location.ShouldBe("Berlin");
        query.Currency.ShouldBe("EUR");
        query.SkillIds.ShouldBe(["starter:kubernetes"]);
        query.Offset.ShouldBe(25);

        var plain = new JobSearchQuery();
        plain.Text.ShouldBeNull();
        plain.Currency.ShouldBe(JobSearchLimits.DefaultCurrency);
        plain.Page.ShouldBe(1);
        plain.PageSize.ShouldBe(JobSearchLimits.DefaultPageSize);
        plain.Sort.ShouldBe(JobSearchSort.Relevance);
        new JobSearchQuery("   ").Text.ShouldBeNull();
    }

    public static TheoryData<string, Func<JobSearchQuery>> BadQueries => new()
    {
        { "text", () => new JobSearchQuery(new string('a', JobSearchLimits.MaxTextLength + 1)) },
        { "location", () => new JobSearchQuery(location: "--") },
        { "remote", () => new JobSearchQuery(remote: (RemoteFilter)9) },
        { "minimumSalary", () => new JobSearchQuery(minimumSalary: -1) },
        { "currency", () => new JobSearchQuery(minimumSalary: 50_000, currency: "dollars") },
        { "skillIds", () => new JobSearchQuery(skillIds: ["a", " "]) },
        { "skillIds", () => new JobSearchQuery(skillIds: [.. Enumerable.Range(0, JobSearchLimits.MaxSkills + 1).Select(i => $"s{i}")]) },
        { "seniority", () => new JobSearchQuery(seniority: Seniority.Unspecified) },
        { "postedWithinDays", () => new JobSearchQuery(postedWithinDays: 0) },
        { "sort", () => new JobSearchQuery(sort: (JobSearchSort)7) },
        { "page", () => new JobSearchQuery(page: 0) },
        { "page", () => new JobSearchQuery(page: 51, pageSize: 20) },
        { "pageSize", () => new JobSearchQuery(pageSize: JobSearchLimits.MaxPageSize + 1) },
        { "pageSize", () => new JobSearchQuery(pageSize: 0) },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public void Every_bad_value_is_refused_naming_its_parameter(string parameter, Func<JobSearchQuery> build)
    {
        var error = Should.Throw<ArgumentException>(build);

        error.ParamName.ShouldBe(parameter);
        error.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Deep_pages_are_refused_with_how_deep_results_go()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new JobSearchQuery(page: 11, pageSize: 100));

        error.Message.ShouldContain($"{JobSearchLimits.MaxDepth}");
        new JobSearchQuery(page: 10, pageSize: 100).Offset.ShouldBe(900);
    }

    [Fact]
    public void A_capped_total_reads_as_a_floor_and_marks_facets_as_sampled()
    {
        var results = new JobSearchResults([], JobSearchLimits.TotalCap, true, 1, 20, JobSearchFacets.Empty, JobSearchLimits.FacetSample, QueryInterpretation.None);

        results.TotalText.ShouldBe("1,000+");
        results.FacetsAreSampled.ShouldBeTrue();
        new JobSearchResults([], 12, false, 1, 20, JobSearchFacets.Empty, 12, QueryInterpretation.None).FacetsAreSampled.ShouldBeFalse();
    }
}
