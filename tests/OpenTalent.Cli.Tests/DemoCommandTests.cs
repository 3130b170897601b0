using OpenTalent.Testing;

namespace OpenTalent.Cli.Tests;

/// <summary>demo on a fresh database with the built-in starter taxonomy.</summary>
public class DemoCommandTests
{
    [Fact]
    public async Task Fills_an_empty_database_and_says_what_it_made()
    {
        using var directory = new TempDirectory();
        var cli = CliRunner.ForSqlite(directory);

        var result = (await cli.RunAsync("demo", "--postings", "60", "--seekers", "8", "--seed", "3")).ShouldSucceed();

        result.Output.ShouldContain("60 postings");
        result.Output.ShouldContain("8 seekers");
        result.Output.ShouldContain("Meridian AI");
        result.Output.ShouldContain("Research, Product, Sales, Customer Support, Technical Ambassadors");
    }

    [Fact]
    public async Task Refuses_a_database_that_has_postings()
    {
        using var directory = new TempDirectory();
        var cli = CliRunner.ForSqlite(directory);
        (await cli.RunAsync("demo", "--postings", "20", "--seekers", "2")).ShouldSucceed();

        var again = await cli.RunAsync("demo", "--postings", "20", "--seekers", "2");

        again.ExitCode.ShouldNotBe(0);
        again.Error.ShouldContain("already holds 20 postings and 2 profiles");
    }

    [Fact]
    public async Task Refuses_a_negative_size()
    {
        using var directory = new TempDirectory();
        var cli = CliRunner.ForSqlite(directory);

        (await cli.RunAsync("demo", "--postings", "-5")).ShouldFailWithOneErrorLine("--postings", "-5");
    }
}
