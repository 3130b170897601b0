using System.Text.Json;
using Dapper;
using OpenTalent.Storage;
using OpenTalent.Testing;

namespace OpenTalent.Cli.Tests;

/// <summary>The full public reference data in ../shared/data, imported end to end, gives the published figures.</summary>
public class ReferenceDataImportTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Importing_onet_oews_and_esco_gives_the_expected_figures(DatabaseProvider provider)
    {
        var onet = SharedData.Require("onet-29.3");
        var oews = SharedData.Require("bls-oews-2024/national_M2024_dl.xlsx");
        var esco = SharedData.Require("esco");
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        var cli = new CliRunner(database.ConnectionString);

        (await cli.RunAsync("import", "onet", onet)).ShouldSucceed();
        (await cli.RunAsync("import", "oews", oews)).ShouldSucceed();
        (await cli.RunAsync("import", "esco", esco)).ShouldSucceed();
        var stats = JsonDocument.Parse((await cli.RunAsync("taxonomy", "stats", "--json")).ShouldSucceed().Output).RootElement;

        stats.GetProperty("occupations").GetProperty("onet").GetInt64().ShouldBe(1_016);
        stats.GetProperty("occupations").GetProperty("esco").GetInt64().ShouldBe(3_007);
        stats.GetProperty("wages").GetProperty("oews").GetInt64().ShouldBeGreaterThanOrEqualTo(1_000);
        await using var connection = await database.Database.OpenAsync(TestContext.Current.CancellationToken);
        (await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM occupation_titles t JOIN occupations o ON o.id = t.occupation_id WHERE o.source = 'onet' AND t.kind = 'alternate'"))
            .ShouldBeGreaterThanOrEqualTo(56_000);
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM skills WHERE source = 'onet' AND kind = 'technology'")).ShouldBeGreaterThanOrEqualTo(8_700);
        (await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM occupation_titles t JOIN occupations o ON o.id = t.occupation_id WHERE o.source = 'esco' AND t.kind = 'alternate'"))
            .ShouldBe(33_096);
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM skills WHERE source = 'esco'")).ShouldBeGreaterThanOrEqualTo(14_000);
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM skill_labels l JOIN skills s ON s.id = l.skill_id WHERE s.source = 'esco'")).ShouldBeGreaterThanOrEqualTo(85_000);

        var stored = await new Storage.Taxonomy.TaxonomyStore(database.Database).GetStatsAsync(TestContext.Current.CancellationToken);
        stored.OccupationsWithMedianWage[Core.Taxonomy.TaxonomySource.Onet].ShouldBeGreaterThanOrEqualTo(800);

        var show = (await cli.RunAsync("taxonomy", "show", "15-1252.00")).ShouldSucceed().Output;
        show.ShouldContain("Software Developers");
        show.ShouldContain("BLS OEWS May 2024");
    }
}
