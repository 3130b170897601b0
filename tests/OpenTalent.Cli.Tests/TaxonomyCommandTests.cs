using System.Text.Json;
using OpenTalent.Testing;

namespace OpenTalent.Cli.Tests;

public class TaxonomyCommandTests
{
    [Fact]
    public async Task A_fresh_database_comes_with_the_starter_taxonomy()
    {
        using var directory = new TempDirectory();
        var cli = CliRunner.ForSqlite(directory);

        var result = (await cli.RunAsync("taxonomy", "stats", "--json")).ShouldSucceed();

        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["occupations", "titles", "skills", "occupationSkills", "wages"]);
        foreach (var counts in json.RootElement.EnumerateObject())
        {
            counts.Value.EnumerateObject().Select(p => p.Name).ShouldBe(["starter", "onet", "esco", "oews"], ignoreOrder: true);
        }

        json.RootElement.GetProperty("occupations").GetProperty("starter").GetInt64().ShouldBeGreaterThanOrEqualTo(60);
        json.RootElement.GetProperty("skills").GetProperty("starter").GetInt64().ShouldBeGreaterThanOrEqualTo(400);
        json.RootElement.GetProperty("wages").GetProperty("starter").GetInt64().ShouldBeGreaterThan(0);
        json.RootElement.GetProperty("occupations").GetProperty("onet").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task Stats_for_people_show_a_table_and_the_imports()
    {
        using var directory = new TempDirectory();

        var result = (await CliRunner.ForSqlite(directory).RunAsync("taxonomy", "stats")).ShouldSucceed();

        result.Output.ShouldContain("occupationSkills");
        result.Output.ShouldContain("starter: release");
        result.Output.ShouldContain("Occupations with a median wage: starter");
    }

    [Fact]
    public async Task Shows_an_occupation_by_title_with_its_skills_and_wage()
    {
        using var directory = new TempDirectory();

        var result = (await CliRunner.ForSqlite(directory).RunAsync("taxonomy", "show", "machine learning engineer")).ShouldSucceed();

        result.Output.ShouldContain("Machine Learning Engineer");
        result.Output.ShouldContain("SOC 15-");
        result.Output.ShouldContain("Median");
        result.Output.ShouldContain("Skills (");
    }

    [Fact]
    public async Task Shows_an_occupation_by_code_as_json()
    {
        using var directory = new TempDirectory();
        var cli = CliRunner.ForSqlite(directory);
        var byTitle = JsonDocument.Parse((await cli.RunAsync("taxonomy", "show", "data scientist", "--json")).ShouldSucceed().Output).RootElement;
        var soc = byTitle.GetProperty("codes").EnumerateArray().First(c => c.GetProperty("scheme").GetString() == "SOC").GetProperty("code").GetString()!;

        var byCode = JsonDocument.Parse((await cli.RunAsync("taxonomy", "show", soc, "--json")).ShouldSucceed().Output).RootElement;

        byCode.GetProperty("codes").EnumerateArray().ShouldContain(c => c.GetProperty("code").GetString() == soc);
        byCode.GetProperty("skills").GetArrayLength().ShouldBeGreaterThan(0);
        byCode.GetProperty("wages")[0].GetProperty("annual").GetProperty("median").GetProperty("amount").GetDecimal().ShouldBeGreaterThan(50_000m);
    }

    [Fact]
    public async Task An_unknown_occupation_is_one_clear_error()
    {
        using var directory = new TempDirectory();

        (await CliRunner.ForSqlite(directory).RunAsync("taxonomy", "show", "zz-no-such-job-zz")).ShouldFailWithOneErrorLine("'zz-no-such-job-zz'");
    }

    [Fact]
    public async Task A_negative_skill_limit_names_the_option()
    {
        using var directory = new TempDirectory();

        (await CliRunner.ForSqlite(directory).RunAsync("taxonomy", "show", "nurse", "--skills", "-1")).ShouldFailWithOneErrorLine("--skills");
    }

    [Fact]
    public async Task An_unreachable_postgres_fails_cleanly_without_a_stack_trace()
    {
        var cli = new CliRunner("Host=127.0.0.1;Port=1;Username=nobody;Password=x;Database=none;Timeout=2");

        (await cli.RunAsync("taxonomy", "stats")).ShouldFailWithOneErrorLine("database");
    }

    [Fact]
    public async Task Verbose_adds_the_details_of_an_error()
    {
        var cli = new CliRunner("Host=127.0.0.1;Port=1;Username=nobody;Password=x;Database=none;Timeout=2");

        var result = await cli.RunAsync("taxonomy", "stats", "--verbose");

        result.ExitCode.ShouldNotBe(0);
        result.Error.ShouldContain("   at ");
    }
}
