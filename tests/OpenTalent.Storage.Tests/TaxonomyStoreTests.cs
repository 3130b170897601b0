using Dapper;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Storage.Taxonomy;
using OpenTalent.Testing;

namespace OpenTalent.Storage.Tests;

public class TaxonomyStoreTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Counts_what_each_source_imported(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new TaxonomyStore(test.Database);

        await store.ReplaceReleaseAsync(SampleReleases.Onet(), "/data/onet", null, Cancel);
        await store.ReplaceReleaseAsync(SampleReleases.Oews(), "/data/oews.xlsx", null, Cancel);
        await store.ReplaceReleaseAsync(SampleReleases.Esco(), "/data/esco", null, Cancel);
        var stats = await store.GetStatsAsync(Cancel);

        stats.Occupations[TaxonomySource.Onet].ShouldBe(2);
        stats.Occupations[TaxonomySource.Esco].ShouldBe(1);
        stats.Occupations[TaxonomySource.Starter].ShouldBe(0);
        stats.Titles[TaxonomySource.Onet].ShouldBe(5);
        stats.Skills[TaxonomySource.Onet].ShouldBe(2);
        stats.OccupationSkills[TaxonomySource.Onet].ShouldBe(3);
        stats.OccupationSkills[TaxonomySource.Esco].ShouldBe(1);
        stats.Wages[TaxonomySource.Oews].ShouldBe(2);
        stats.OccupationsWithMedianWage[TaxonomySource.Onet].ShouldBe(1);
        stats.OccupationsWithMedianWage[TaxonomySource.Esco].ShouldBe(0);
        stats.Imports.Select(i => (i.Source, i.Release)).ShouldBe([(TaxonomySource.Esco, "v1.1.1"), (TaxonomySource.Oews, "May 2024"), (TaxonomySource.Onet, "29.3")]);
        stats.Imports.Single(i => i.Source == TaxonomySource.Onet).Rows.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Importing_a_release_again_replaces_it_without_duplicates(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new TaxonomyStore(test.Database);
        await store.ReplaceReleaseAsync(SampleReleases.Onet(), "first", null, Cancel);
        await store.ReplaceReleaseAsync(SampleReleases.Oews(), "oews", null, Cancel);
        var before = await store.GetStatsAsync(Cancel);

        await store.ReplaceReleaseAsync(SampleReleases.Onet(developerTitle: "Software Engineers"), "second", null, Cancel);
        var after = await store.GetStatsAsync(Cancel);

        after.Occupations.ShouldBe(before.Occupations);
        after.Titles.ShouldBe(before.Titles);
        after.OccupationSkills.ShouldBe(before.OccupationSkills);
        after.Wages.ShouldBe(before.Wages);
        after.Imports.Single(i => i.Source == TaxonomySource.Onet).Origin.ShouldBe("second");
        (await store.FindOccupationsAsync("Software Engineers", 5, Cancel)).Single().Key.ShouldBe("15-1252.00");
        (await store.FindOccupationsAsync("Software Developers", 5, Cancel)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_failed_import_leaves_the_database_exactly_as_it_was(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new TaxonomyStore(test.Database);
        await store.ReplaceReleaseAsync(SampleReleases.Onet(), "original", null, Cancel);
        var before = await SnapshotAsync(test.Database);

        // Fail after the old rows are deleted and some new ones written: the transaction must undo all of it.
        using var abort = new CancellationTokenSource();
        var progress = new SynchronousProgress(update =>
        {
            if (update.Step.StartsWith("Writing skills", StringComparison.Ordinal))
            {
                abort.Cancel();
            }
        });
        await Should.ThrowAsync<OperationCanceledException>(() =>
            store.ReplaceReleaseAsync(SampleReleases.Onet(developerTitle: "Changed"), "broken", progress, abort.Token));

        (await SnapshotAsync(test.Database)).ShouldBe(before);
        (await store.GetStatsAsync(Cancel)).Imports.Single().Origin.ShouldBe("original");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Replacing_one_source_leaves_the_others(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new TaxonomyStore(test.Database);
        await store.ReplaceReleaseAsync(SampleReleases.Onet(), "onet", null, Cancel);
        await store.ReplaceReleaseAsync(SampleReleases.Esco(), "esco", null, Cancel);

        await store.ReplaceReleaseAsync(new TaxonomyRelease(TaxonomySource.Onet, "30.0"), "empty", null, Cancel);
        var stats = await store.GetStatsAsync(Cancel);

        stats.Occupations[TaxonomySource.Onet].ShouldBe(0);
        stats.Skills[TaxonomySource.Onet].ShouldBe(0);
        stats.Occupations[TaxonomySource.Esco].ShouldBe(1);
        stats.OccupationSkills[TaxonomySource.Esco].ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Finds_occupations_by_code_in_any_scheme_and_by_title(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new TaxonomyStore(test.Database);
        await store.ReplaceReleaseAsync(SampleReleases.Onet(), "onet", null, Cancel);
        await store.ReplaceReleaseAsync(SampleReleases.Esco(), "esco", null, Cancel);

        (await store.FindOccupationsAsync("15-1252.00", 5, Cancel)).Single().Title.ShouldBe("Software Developers");
        (await store.FindOccupationsAsync("15-2051", 5, Cancel)).Single().Title.ShouldBe("Data Scientists");
        (await store.FindOccupationsAsync("http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1", 5, Cancel)).Single().Source.ShouldBe(TaxonomySource.Esco);
        (await store.FindOccupationsAsync("  application-DEVELOPER ", 5, Cancel)).Single().MatchedTitle.ShouldBe("Application Developer");
        (await store.FindOccupationsAsync("software dev", 5, Cancel)).Select(o => o.Source).ShouldBe([TaxonomySource.Esco, TaxonomySource.Onet], ignoreOrder: true);
        (await store.FindOccupationsAsync("learning", 5, Cancel)).Single().Key.ShouldBe("15-2051.00");
        (await store.FindOccupationsAsync("astronaut", 5, Cancel)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Shows_an_occupation_with_skills_related_occupations_and_wages_from_other_sources(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new TaxonomyStore(test.Database);
        await store.ReplaceReleaseAsync(SampleReleases.Onet(), "onet", null, Cancel);
        await store.ReplaceReleaseAsync(SampleReleases.Oews(), "oews", null, Cancel);
        var id = (await store.FindOccupationsAsync("15-1252.00", 1, Cancel)).Single().Id;

        var detail = (await store.GetOccupationAsync(id, Cancel)).ShouldNotBeNull();

        detail.Occupation.CodeIn(CodeScheme.Soc).ShouldBe("15-1252");
        detail.Occupation.JobZone.ShouldBe(4);
        detail.Occupation.Titles.Select(t => t.Kind).ShouldBe([TitleKind.Preferred, TitleKind.Alternate, TitleKind.Reported]);
        detail.Occupation.Tasks.Select(t => (t.Text, t.IsCore)).ShouldBe([("Write code.", true), ("Review code.", false)]);
        detail.Skills.Count.ShouldBe(2);
        detail.Skills.Single(s => s.Label == "Python").ShouldSatisfyAllConditions(s => s.Hot.ShouldBeTrue(), s => s.InDemand.ShouldBeTrue());
        detail.Skills.Single(s => s.Label == "Reading Comprehension").Importance.ShouldBe(3.5);
        detail.Related.Single().ShouldBe(new RelatedOccupationDetail(TaxonomySource.Onet, "15-2051.00", "Data Scientists", "Primary-Short"));
        var wage = detail.Wages.Single();
        wage.Source.ShouldBe(TaxonomySource.Oews);
        wage.Wage.Annual.Median.ShouldBe(new WageEstimate(133_080m));
        wage.Wage.Hourly.Mean.ShouldBe(new WageEstimate(69.50m));
        wage.Wage.Employment.ShouldBe(1_654_440);
        (await store.GetOccupationAsync(id + 1000, Cancel)).ShouldBeNull();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Keeps_top_coded_wages_as_lower_bounds_and_missing_ones_as_missing(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new TaxonomyStore(test.Database);
        await store.ReplaceReleaseAsync(SampleReleases.Oews(), "oews", null, Cancel);
        await store.ReplaceReleaseAsync(new TaxonomyRelease(TaxonomySource.Starter, "test", [
            new Occupation("chief-executive", "Chief Executive", null, [new OccupationCode(CodeScheme.Local, "chief-executive"), new OccupationCode(CodeScheme.Soc, "11-1011")])]), "built-in", null, Cancel);
        var id = (await store.FindOccupationsAsync("chief executive", 1, Cancel)).Single().Id;

        var wage = (await store.GetOccupationAsync(id, Cancel)).ShouldNotBeNull().Wages.Single().Wage;

        wage.Annual.P90.ShouldBe(new WageEstimate(239_200m, isLowerBound: true));
        wage.Annual.Median.ShouldBe(new WageEstimate(206_420m));
        wage.Annual.P25.ShouldBeNull();
        wage.Hourly.ShouldBe(WageDistribution.Unavailable);
        wage.Employment.ShouldBeNull();
    }

    private static async Task<string> SnapshotAsync(Database database)
    {
        await using var connection = await database.OpenAsync(Cancel);
        var parts = new List<string>();
        foreach (var table in new[] { "occupations", "occupation_codes", "occupation_titles", "occupation_tasks", "skills", "skill_labels", "occupation_skills", "related_occupations", "wages", "taxonomy_imports" })
        {
            var rows = await connection.QueryAsync($"SELECT * FROM {table}");
            parts.Add(table + ":" + string.Join("|", rows.Select(r => string.Join(",", ((IDictionary<string, object?>)r).Values.Select(v => v?.ToString()))).Order()));
        }

        return string.Join("\n", parts);
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; these tests need the callback before the next step runs.</summary>
    private sealed class SynchronousProgress(Action<ProgressUpdate> report) : IProgress<ProgressUpdate>
    {
        public void Report(ProgressUpdate value) => report(value);
    }
}
