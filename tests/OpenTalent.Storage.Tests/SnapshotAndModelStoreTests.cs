using OpenTalent.Core.Taxonomy;
using OpenTalent.Storage.Taxonomy;
using OpenTalent.Testing;

namespace OpenTalent.Storage.Tests;

public class SnapshotAndModelStoreTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_snapshot_holds_every_occupation_skill_link_and_wage(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new TaxonomyStore(test.Database);
        await store.ReplaceReleaseAsync(SampleReleases.Onet(), "onet", null, Cancel);
        await store.ReplaceReleaseAsync(SampleReleases.Oews(), "oews", null, Cancel);
        await store.ReplaceReleaseAsync(SampleReleases.Esco(), "esco", null, Cancel);

        var snapshot = await store.LoadSnapshotAsync(Cancel);

        snapshot.Occupations.Count.ShouldBe(3);
        snapshot.Skills.Count.ShouldBe(3);
        snapshot.Occupations.Select(o => o.Index).ShouldBe([0, 1, 2]);
        var developer = snapshot.Occupations.Single(o => o.Key == "15-1252.00");
        developer.Titles.Select(t => t.Text).ShouldBe(["Software Developers", "Application Developer", "Coder"]);
        developer.Tasks.ShouldBe(["Write code.", "Review code."]);
        developer.MedianAnnualWage.ShouldBe(133_080m);
        developer.Related.Select(i => snapshot.Occupations[i].Key).ShouldBe(["15-2051.00"]);
        developer.Skills.Select(l => snapshot.Skills[l.Skill].Label).ShouldBe(["Python", "Reading Comprehension"], ignoreOrder: true);
        developer.Skills.Single(l => snapshot.Skills[l.Skill].Label == "Reading Comprehension").Importance.ShouldBe(3.5);
        snapshot.Occupations.Single(o => o.Key == "15-2051.00").MedianAnnualWage.ShouldBeNull();
        var python = snapshot.Skills.Single(s => s.Source == TaxonomySource.Esco);
        python.AltLabels.ShouldBe(["Python"]);
        python.PublicId.ShouldBe("http://data.europa.eu/esco/skill/python");
        snapshot.Skills.Single(s => s.Key == "tech:Python").PublicId.ShouldBe("onet:tech:Python");
        snapshot.Fingerprint.ShouldBe("o3-s3-l4-t7");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Models_are_stored_as_numbered_versions_and_the_latest_is_loaded(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var models = new ModelStore(test.Database);

        (await models.LoadLatestAsync("text", Cancel)).ShouldBeNull();
        var first = await models.SaveAsync("text", "o1", [1, 2, 3], Cancel);
        var second = await models.SaveAsync("text", "o2", [4, 5], Cancel);
        var latest = (await models.LoadLatestAsync("text", Cancel)).ShouldNotBeNull();

        (first, second).ShouldBe((1, 2));
        latest.Version.ShouldBe(2);
        latest.Fingerprint.ShouldBe("o2");
        latest.Payload.ShouldBe(new byte[] { 4, 5 });
        latest.BuiltAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Only_the_newest_versions_are_kept(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var models = new ModelStore(test.Database);

        for (var i = 0; i < 5; i++)
        {
            await models.SaveAsync("text", $"o{i}", [(byte)i], Cancel);
        }

        await using var connection = await test.Database.OpenAsync(Cancel);
        var versions = await Dapper.SqlMapper.QueryAsync<int>(connection, "SELECT version FROM text_models ORDER BY version");
        versions.ShouldBe([3, 4, 5]);
    }
}
