using Dapper;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Search;
using OpenTalent.Core.Understanding;
using OpenTalent.Testing;
using static OpenTalent.Storage.Tests.Search.SearchFixture;

namespace OpenTalent.Storage.Tests.Search;

public class JobSearchStoreTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_keyword_finds_postings_by_title_skill_and_description_and_nothing_else(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await SaveAsync(Store(test.Database),
            Posting("py-title", "Python Developer"),
            Posting("py-skill", "Backend Engineer", skills: ["python"]),
            Posting("nurse", "Staff Nurse", "29-1141.00", ["nursing"]));

        var results = await SearchOn(test.Database).SearchAsync(new JobSearchQuery("python"), Cancel);

        Ids(results).ShouldBe(["py-title", "py-skill"], ignoreOrder: true);
        results.Total.ShouldBe(2);
        results.TotalIsCapped.ShouldBeFalse();
        var hit = results.Items.Single(i => i.Identifier == "py-skill");
        hit.MatchedSkills.ShouldBe(["Python"]);
        hit.Employer.ShouldBe("Acme py-skill");
        hit.Location.ShouldBe("Berlin, DE");
        hit.DatePosted.ShouldBe(Today.AddDays(-1));
        hit.OccupationCode.ShouldBe("15-1252.00");
        (await SearchOn(test.Database).SearchAsync(new JobSearchQuery("welding"), Cancel)).Items.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Each_filter_keeps_only_the_postings_that_meet_it(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await SaveAsync(Store(test.Database),
            Posting("remote-senior", "Platform Engineer", skills: ["kubernetes"], arrangement: WorkArrangement.Remote, seniority: Seniority.Senior,
                place: new Place("San Francisco", "CA", "US"), salary: new PayRange(150_000, 190_000, "USD"), daysAgo: 2),
            Posting("hybrid-junior", "Platform Engineer", arrangement: WorkArrangement.Hybrid, seniority: Seniority.Junior,
                place: new Place("Berlin", null, "DE"), salary: new PayRange(55_000, 65_000, "EUR"), daysAgo: 20),
            Posting("onsite-nurse", "Staff Nurse", "29-1141.00", ["nursing"], WorkArrangement.OnSite, place: new Place("Munich", "Bavaria", "DE"),
                salary: new PayRange(70_000, 85_000, "USD"), daysAgo: 40));
        var search = SearchOn(test.Database);

        async Task<string[]> Find(JobSearchQuery query) => Ids(await search.SearchAsync(query, Cancel)).Order(StringComparer.Ordinal).ToArray();

        (await Find(new JobSearchQuery(remote: RemoteFilter.RemoteOnly))).ShouldBe(["remote-senior"]);
        (await Find(new JobSearchQuery(remote: RemoteFilter.Hybrid))).ShouldBe(["hybrid-junior"]);
        (await Find(new JobSearchQuery(remote: RemoteFilter.OnSite))).ShouldBe(["onsite-nurse"]);
        (await Find(new JobSearchQuery(location: "Germany"))).ShouldBe(["hybrid-junior", "onsite-nurse"]);
        (await Find(new JobSearchQuery(location: "San Francisco, CA"))).ShouldBe(["remote-senior"]);
        (await Find(new JobSearchQuery(location: "münchen"))).ShouldBeEmpty();
        (await Find(new JobSearchQuery(location: "Munich"))).ShouldBe(["onsite-nurse"]);
        (await Find(new JobSearchQuery(minimumSalary: 80_000))).ShouldBe(["onsite-nurse", "remote-senior"]);
        (await Find(new JobSearchQuery(minimumSalary: 85_001))).ShouldBe(["remote-senior"]);
        (await Find(new JobSearchQuery(minimumSalary: 60_000, currency: "eur"))).ShouldBe(["hybrid-junior"]);
        (await Find(new JobSearchQuery(occupationCode: "29-1141.00"))).ShouldBe(["onsite-nurse"]);
        (await Find(new JobSearchQuery(skillIds: ["starter:kubernetes"]))).ShouldBe(["remote-senior"]);
        (await Find(new JobSearchQuery(seniority: Seniority.Junior))).ShouldBe(["hybrid-junior"]);
        (await Find(new JobSearchQuery(postedWithinDays: 7))).ShouldBe(["remote-senior"]);
        (await Find(new JobSearchQuery(postedWithinDays: 30))).ShouldBe(["hybrid-junior", "remote-senior"]);
        (await Find(new JobSearchQuery("platform engineer", remote: RemoteFilter.Hybrid, location: "Berlin"))).ShouldBe(["hybrid-junior"]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Facets_count_the_matches_by_each_property(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await SaveAsync(Store(test.Database),
            Posting("a", "Python Developer", skills: ["python"], arrangement: WorkArrangement.Remote, seniority: Seniority.Senior, salary: new PayRange(90_000, 110_000, "USD")),
            Posting("b", "Python Engineer", skills: ["python", "kubernetes"], arrangement: WorkArrangement.Remote, seniority: Seniority.Mid, daysAgo: 10),
            Posting("c", "Python Nurse Educator", "29-1141.00", ["python"], place: new Place("Munich", null, "DE"), daysAgo: 3),
            Posting("other", "Accountant", "13-2011.00", ["accounting"]));

        var results = await SearchOn(test.Database).SearchAsync(new JobSearchQuery("python"), Cancel);

        results.Total.ShouldBe(3);
        results.FacetBasis.ShouldBe(3);
        results.FacetsAreSampled.ShouldBeFalse();
        var facets = results.Facets;
        facets.Occupations.Select(f => (f.Value, f.Label, f.Count)).ShouldBe([("15-1252.00", "Software Developers", 2), ("29-1141.00", "Registered Nurses", 1)]);
        facets.Remote.Select(f => (f.Value, f.Count)).ShouldBe([("RemoteOnly", 2), ("OnSite", 1)]);
        facets.Seniority.Select(f => (f.Value, f.Count)).ShouldBe([("Mid", 2), ("Senior", 1)]);
        facets.Locations.Select(f => (f.Value, f.Count)).ShouldBe([("Berlin, DE", 2), ("Munich, DE", 1)]);
        facets.Skills.Select(f => (f.Value, f.Label, f.Count)).ShouldBe([("starter:python", "Python", 3), ("starter:kubernetes", "Kubernetes", 1)]);
        facets.SalaryBands.Select(f => (f.Value, f.Count)).ShouldBe([("40000", 1), ("60000", 1), ("80000", 1), ("100000", 1)]);
        facets.PostedWithin.Select(f => (f.Value, f.Count)).ShouldBe([("1", 1), ("7", 2), ("14", 3), ("30", 3)]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Results_sort_by_relevance_date_or_salary(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await SaveAsync(Store(test.Database),
            Posting("old-title", "Kubernetes Engineer", salary: new PayRange(80_000, 100_000, "USD"), daysAgo: 30),
            Posting("new-skill", "Platform Engineer", skills: ["kubernetes"], salary: new PayRange(120_000, 140_000, "USD"), daysAgo: 1),
            Posting("mid-skill", "Site Reliability Engineer", skills: ["kubernetes"], daysAgo: 5),
            Posting("euro", "Cloud Engineer", skills: ["kubernetes"], salary: new PayRange(200_000, 250_000, "EUR"), daysAgo: 10));
        var search = SearchOn(test.Database);

        Ids(await search.SearchAsync(new JobSearchQuery("kubernetes"), Cancel)).ShouldBe(["old-title", "new-skill", "mid-skill", "euro"]);
        Ids(await search.SearchAsync(new JobSearchQuery("kubernetes", sort: JobSearchSort.Date), Cancel)).ShouldBe(["new-skill", "mid-skill", "euro", "old-title"]);
        Ids(await search.SearchAsync(new JobSearchQuery("kubernetes", sort: JobSearchSort.Salary), Cancel)).ShouldBe(["new-skill", "old-title", "mid-skill", "euro"]);
        Ids(await search.SearchAsync(new JobSearchQuery("kubernetes", currency: "EUR", sort: JobSearchSort.Salary), Cancel)).First().ShouldBe("euro");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Totals_are_exact_up_to_the_cap_and_a_floor_beyond_it_and_the_newest_days_are_read_first(DatabaseProvider provider)
    {
        // Exactly the cap of recent matches, then older ones: the store reads the newest days first (PostgreSQL) and
        // widens, which must not let older matches into the newest page nor lose them from salary order.
        await using var test = await TestDatabase.CreateAsync(provider);
        var recent = Enumerable.Range(0, JobSearchLimits.TotalCap).Select(i => Posting(
            $"recent-{i:D4}", "Python Developer", daysAgo: 1,
            salary: i switch { 5 => new PayRange(400_000, 500_000, "EUR"), 7 => new PayRange(100_000, 120_000, "USD"), 9 => new PayRange(130_000, 150_000, "USD"), _ => null }));
        var older = Enumerable.Range(0, 100).Select(i => Posting($"older-{i:D3}", "Python Developer", daysAgo: 30, salary: i == 0 ? new PayRange(250_000, 300_000, "USD") : null));
        await SaveAsync(Store(test.Database), [.. recent, .. older, Posting("nurse", "Staff Nurse", "29-1141.00", ["nursing"], daysAgo: 30)]);
        var search = SearchOn(test.Database);

        var all = await search.SearchAsync(new JobSearchQuery("python", sort: JobSearchSort.Date), Cancel);
        all.Total.ShouldBe(JobSearchLimits.TotalCap);
        all.TotalIsCapped.ShouldBeTrue();
        all.TotalText.ShouldBe("1,000+");
        all.FacetBasis.ShouldBe(JobSearchLimits.FacetSample);
        all.FacetsAreSampled.ShouldBeTrue();
        all.Facets.PostedWithin.Single(f => f.Value == "7").Count.ShouldBe(JobSearchLimits.FacetSample);
        all.Items.ShouldAllBe(i => i.Identifier.StartsWith("recent-", StringComparison.Ordinal));

        var lastWeek = await search.SearchAsync(new JobSearchQuery("python", postedWithinDays: 7), Cancel);
        lastWeek.Total.ShouldBe(JobSearchLimits.TotalCap);
        lastWeek.TotalIsCapped.ShouldBeFalse();
        lastWeek.FacetsAreSampled.ShouldBeFalse();

        // More matches than the sample: the database sorts them all, so the best-paid older posting comes first.
        Ids(await search.SearchAsync(new JobSearchQuery("python", sort: JobSearchSort.Salary), Cancel)).Take(3).ShouldBe(["older-000", "recent-0009", "recent-0007"]);
        // All matches in the sample: sorted in memory, the same order.
        var recentBySalary = Ids(await search.SearchAsync(new JobSearchQuery("python", postedWithinDays: 7, sort: JobSearchSort.Salary), Cancel));
        recentBySalary.Take(2).ShouldBe(["recent-0009", "recent-0007"]);
        Ids(await search.SearchAsync(new JobSearchQuery("python", postedWithinDays: 7, currency: "EUR", sort: JobSearchSort.Salary), Cancel)).First().ShouldBe("recent-0005");

        var few = await search.SearchAsync(new JobSearchQuery("nurse"), Cancel);
        Ids(few).ShouldBe(["nurse"]);
        few.Total.ShouldBe(1);
        few.TotalIsCapped.ShouldBeFalse();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Matches_spread_over_the_newest_days_the_week_and_the_month_are_read_once_each_newest_first(DatabaseProvider provider)
    {
        // PostgreSQL reads the newest two days, then the rest of the ten days, then the rest, each read taking only
        // what the newer ones lacked: no match may be read twice or skipped at a slice's edge.
        await using var test = await TestDatabase.CreateAsync(provider);
        var postings = Enumerable.Range(0, 600).Select(i => Posting($"a-{i:D4}", "Python Developer", daysAgo: 1))
            .Concat(Enumerable.Range(0, 300).Select(i => Posting($"b-{i:D4}", "Python Developer", daysAgo: 5)))
            .Concat(Enumerable.Range(0, 200).Select(i => Posting($"c-{i:D4}", "Python Developer", daysAgo: 30)));
        await SaveAsync(Store(test.Database), [.. postings]);
        var search = SearchOn(test.Database);

        var all = await search.SearchAsync(new JobSearchQuery("python", sort: JobSearchSort.Date), Cancel);
        all.TotalIsCapped.ShouldBeTrue();
        all.Facets.PostedWithin.Single(f => f.Value == "7").Count.ShouldBe(900);
        var week = await search.SearchAsync(new JobSearchQuery("python", postedWithinDays: 7), Cancel);
        week.Total.ShouldBe(900);
        week.TotalIsCapped.ShouldBeFalse();

        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            seen.AddRange(Ids(await search.SearchAsync(new JobSearchQuery("python", sort: JobSearchSort.Date, page: page, pageSize: 100), Cancel)));
        }

        seen.Count.ShouldBe(300);
        seen.Distinct().Count().ShouldBe(300);
        seen.ShouldAllBe(id => id.StartsWith("a-", StringComparison.Ordinal));
        var late = Ids(await search.SearchAsync(new JobSearchQuery("python", sort: JobSearchSort.Date, page: 10, pageSize: 100), Cancel));
        late.ShouldAllBe(id => id.StartsWith("c-", StringComparison.Ordinal));
        late.Length.ShouldBe(100);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Pages_split_the_results_without_gaps_or_repeats(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await SaveAsync(Store(test.Database), [.. Enumerable.Range(0, 7).Select(i => Posting($"p{i}", i % 2 == 0 ? "Python Developer" : "Data Engineer", skills: ["python"], daysAgo: i + 1))]);
        var search = SearchOn(test.Database);

        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var results = await search.SearchAsync(new JobSearchQuery("python", page: page, pageSize: 3), Cancel);
            results.Total.ShouldBe(7);
            results.Page.ShouldBe(page);
            pages.AddRange(Ids(results));
        }

        pages.ShouldBe(["p0", "p2", "p4", "p6", "p1", "p3", "p5"]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_alias_finds_the_skill_a_title_finds_its_occupation_and_typos_are_tolerated(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await SaveAsync(Store(test.Database),
            Posting("kube", "Platform Engineer", skills: ["kubernetes"]),
            Posting("app-dev", "Application Developer", skills: ["python"]),
            Posting("nurse", "Staff Nurse", "29-1141.00", ["nursing"]));
        var search = SearchOn(test.Database);

        var alias = await search.SearchAsync(new JobSearchQuery("k8s"), Cancel);
        Ids(alias).ShouldBe(["kube"]);
        alias.Interpretation.Skills.ShouldBe([("starter:kubernetes", "Kubernetes")]);
        alias.Items.Single().MatchedSkills.ShouldBe(["Kubernetes"]);

        var title = await search.SearchAsync(new JobSearchQuery("programmer"), Cancel);
        title.Interpretation.Occupation.ShouldBe(("15-1252.00", "Software Developers"));
        Ids(title).ShouldBe(["kube", "app-dev"], ignoreOrder: true);

        var typo = await search.SearchAsync(new JobSearchQuery("kubernets"), Cancel);
        Ids(typo).ShouldBe(["kube"]);
        typo.Interpretation.Corrections.ShouldBe([("kubernets", "kubernetes")]);
        Ids(await search.SearchAsync(new JobSearchQuery("pyhton"), Cancel)).ShouldBe(["app-dev"]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Closed_expired_and_deleted_postings_vanish_and_reopened_ones_return(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = Store(test.Database);
        await SaveAsync(store,
            Posting("open", "Python Developer"),
            Posting("closed", "Python Developer", status: PostingStatus.Closed),
            Posting("expired", "Python Developer", validThrough: Today.AddDays(-1), daysAgo: 10),
            Posting("closing", "Python Developer", validThrough: Today));
        var search = SearchOn(test.Database);

        Ids(await search.SearchAsync(new JobSearchQuery("python"), Cancel)).ShouldBe(["open", "closing"], ignoreOrder: true);

        (await store.SetPostingStatusAsync("open", PostingStatus.Closed, Cancel)).ShouldBeTrue();
        Ids(await search.SearchAsync(new JobSearchQuery("python"), Cancel)).ShouldBe(["closing"]);

        (await store.SetPostingStatusAsync("closed", PostingStatus.Open, Cancel)).ShouldBeTrue();
        Ids(await search.SearchAsync(new JobSearchQuery("python"), Cancel)).ShouldBe(["closed", "closing"], ignoreOrder: true);

        await using (var connection = await test.Database.OpenAsync(Cancel))
        {
            await connection.ExecuteAsync("DELETE FROM postings WHERE identifier = 'closing'");
            (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM posting_search WHERE identifier = 'closing'")).ShouldBe(0);
        }

        Ids(await search.SearchAsync(new JobSearchQuery("python"), Cancel)).ShouldBe(["closed"]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Postings_stored_before_search_existed_are_indexed_on_the_first_search(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await SaveAsync(Store(test.Database), Posting("before", "Python Developer"), Posting("closed", "Python Developer", status: PostingStatus.Closed));
        await using (var connection = await test.Database.OpenAsync(Cancel))
        {
            // What migration 0004 finds in a database of issue 4: postings, no search rows, the open ones queued.
            await connection.ExecuteAsync("DELETE FROM posting_search");
            await connection.ExecuteAsync("INSERT INTO search_backfill (identifier) SELECT identifier FROM postings WHERE status = 'Open'");
        }

        Ids(await SearchOn(test.Database).SearchAsync(new JobSearchQuery("python"), Cancel)).ShouldBe(["before"]);
        await using (var connection = await test.Database.OpenAsync(Cancel))
        {
            (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM search_backfill")).ShouldBe(0);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Salary_order_over_more_matches_than_the_sample_equals_sorting_every_match(DatabaseProvider provider)
    {
        // 1,300 USD pays spread over 10k to 530k (each distinct), plus euro and unpaid postings: the store reads the
        // best-paid band that fills the page (sorted in memory, or by the database when the band is itself too big),
        // which must give exactly the order of sorting every match.
        await using var test = await TestDatabase.CreateAsync(provider);
        var paid = Enumerable.Range(0, 1_300).Select(i => Posting(
            $"usd-{i:D4}", "Python Developer", daysAgo: 1 + (i % 40), salary: new PayRange(5_000, 10_000 + (i * 7_919 % 1_300) * 400m, "USD")));
        var euro = Enumerable.Range(0, 50).Select(i => Posting($"eur-{i:D2}", "Python Developer", daysAgo: 2, salary: new PayRange(900_000, 900_000 + i * 1_000m, "EUR")));
        var unpaid = Enumerable.Range(0, 30).Select(i => Posting($"none-{i:D2}", "Python Developer", daysAgo: 3));
        JobPosting[] postings = [.. paid, .. euro, .. unpaid];
        await SaveAsync(Store(test.Database), postings);
        var search = SearchOn(test.Database);

        foreach (var (minimum, page) in new (decimal?, int)[] { (null, 1), (null, 20), (null, 50), (75_000, 1), (75_000, 40), (120_000, 2), (520_000, 1) })
        {
            var expected = postings
                .Where(p => p.Salary?.Currency == "USD" && (minimum is null || p.Salary.Max >= minimum))
                .OrderByDescending(p => p.Salary!.Max)
                .Skip((page - 1) * JobSearchLimits.DefaultPageSize).Take(JobSearchLimits.DefaultPageSize)
                .Select(p => p.Identifier)
                .ToArray();
            var results = await search.SearchAsync(new JobSearchQuery("python", minimumSalary: minimum, sort: JobSearchSort.Salary, page: page), Cancel);
            Ids(results).ShouldBe(expected, $"minimum {minimum}, page {page}");
        }

        var inEuro = await search.SearchAsync(new JobSearchQuery("python", currency: "EUR", sort: JobSearchSort.Salary, page: 3), Cancel);
        // 50 euro postings fill pages 1 to 3 (20, 20, 10); the rest of page 3 is the newest postings without euro pay.
        Ids(inEuro).Take(10).ShouldBe([.. euro.Reverse().Skip(40).Select(p => p.Identifier)]);
        inEuro.Items.Skip(10).ShouldAllBe(i => i.Salary == null || i.Salary.Currency != "EUR");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_bulk_loader_writes_what_the_store_writes(DatabaseProvider provider)
    {
        await using var bulk = await TestDatabase.CreateAsync(provider);
        await using var saved = await TestDatabase.CreateAsync(provider);
        JobPosting[] postings =
        [
            Posting("a", "Kubernetes Engineer", skills: ["kubernetes"], arrangement: WorkArrangement.Remote, salary: new PayRange(100_000, 120_000, "USD")),
            Posting("b", "Staff Nurse", "29-1141.00", ["nursing"], daysAgo: 4),
            Posting("c", "Python Developer", status: PostingStatus.Closed),
        ];
        (await new Storage.Search.SearchBulkLoader(bulk.Database).LoadAsync(postings, Today, Cancel)).ShouldBe(2);
        await SaveAsync(Store(saved.Database), postings);

        foreach (var query in new[] { new JobSearchQuery("k8s", remote: RemoteFilter.RemoteOnly, minimumSalary: 100_000), new JobSearchQuery(postedWithinDays: 7, sort: JobSearchSort.Date) })
        {
            var fromBulk = await SearchOn(bulk.Database).SearchAsync(query, Cancel);
            var fromSave = await SearchOn(saved.Database).SearchAsync(query, Cancel);
            Ids(fromBulk).ShouldBe(Ids(fromSave));
            Ids(fromBulk).ShouldNotBeEmpty();
        }
    }
}
