using System.Text.Json;
using OpenTalent.Testing;

namespace OpenTalent.Cli.Tests;

/// <summary>search jobs on the built-in starter taxonomy: the taxonomy applied to the query, filters, output and errors.</summary>
public class SearchCommandTests
{
    private const string MlPosting =
        """{"@type":"JobPosting","identifier":"ml-1","title":"Senior Machine Learning Engineer","description":"Train models. 5+ years of Python and PyTorch required. Kubernetes is a plus.","datePosted":"2026-11-01","hiringOrganization":{"name":"Acme"},"jobLocationType":"TELECOMMUTE","baseSalary":{"currency":"USD","value":{"minValue":200000,"maxValue":250000,"unitText":"YEAR"}}}""";

    private const string NursePosting =
        """{"@type":"JobPosting","identifier":"rn-1","title":"Registered Nurse","description":"Patient care on a medical ward. Nursing licence required.","datePosted":"2026-11-01","hiringOrganization":"General Hospital","jobLocation":{"address":{"addressLocality":"Denver","addressRegion":"CO","addressCountry":"US"}},"baseSalary":{"currency":"USD","value":{"minValue":40,"maxValue":48,"unitText":"HOUR"}}}""";

    private const string SupportPosting =
        """{"@type":"JobPosting","identifier":"cs-1","title":"Customer Support Specialist","description":"Answer customer questions by email and chat.","datePosted":"2026-10-01","hiringOrganization":"Fabrikam","jobLocationType":"TELECOMMUTE","baseSalary":{"currency":"USD","value":{"value":52000,"unitText":"YEAR"}}}""";

    private static async Task<CliRunner> WithPostingsAsync(TempDirectory directory)
    {
        directory.Write("postings.jsonl", string.Join("\n", MlPosting, NursePosting, SupportPosting) + "\n");
        var cli = CliRunner.ForSqlite(directory);
        (await cli.RunAsync("import", "postings", directory.File("postings.jsonl"))).ShouldSucceed();
        return cli;
    }

    private static string[] Identifiers(CliResult result) =>
        [.. JsonDocument.Parse(result.Output).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("identifier").GetString()!)];

    [Fact]
    public async Task An_alias_and_a_typo_find_the_posting_and_the_json_says_how_the_query_was_read()
    {
        using var directory = new TempDirectory();
        var cli = await WithPostingsAsync(directory);

        var alias = (await cli.RunAsync("search", "jobs", "k8s", "--json")).ShouldSucceed();
        Identifiers(alias).ShouldBe(["ml-1"]);
        var root = JsonDocument.Parse(alias.Output).RootElement;
        root.GetProperty("total").GetInt32().ShouldBe(1);
        root.GetProperty("totalIsCapped").GetBoolean().ShouldBeFalse();
        root.GetProperty("interpretation").GetProperty("skills").EnumerateArray().Select(s => s.GetProperty("label").GetString()).ShouldContain("Kubernetes");
        root.GetProperty("items")[0].GetProperty("snippet").GetString().ShouldNotBeNullOrWhiteSpace();

        var typo = (await cli.RunAsync("search", "jobs", "pyhton", "--json")).ShouldSucceed();
        Identifiers(typo).ShouldBe(["ml-1"]);
    }

    [Fact]
    public async Task Filters_and_sorting_narrow_and_order_the_postings()
    {
        using var directory = new TempDirectory();
        var cli = await WithPostingsAsync(directory);

        Identifiers((await cli.RunAsync("search", "jobs", "--remote", "remote", "--sort", "date", "--json")).ShouldSucceed()).ShouldBe(["ml-1", "cs-1"]);
        Identifiers((await cli.RunAsync("search", "jobs", "--location", "Denver, CO", "--json")).ShouldSucceed()).ShouldBe(["rn-1"]);
        Identifiers((await cli.RunAsync("search", "jobs", "--min-salary", "90000", "--sort", "salary", "--json")).ShouldSucceed()).ShouldBe(["ml-1", "rn-1"]);
        Identifiers((await cli.RunAsync("search", "jobs", "--skill", "Kubernetes", "--json")).ShouldSucceed()).ShouldBe(["ml-1"]);
        Identifiers((await cli.RunAsync("search", "jobs", "--page", "2", "--page-size", "2", "--sort", "date", "--json")).ShouldSucceed()).ShouldBe(["cs-1"]);
    }

    [Fact]
    public async Task The_text_output_shows_the_total_each_posting_and_the_facets()
    {
        using var directory = new TempDirectory();
        var cli = await WithPostingsAsync(directory);

        var output = (await cli.RunAsync("search", "jobs", "nurse")).ShouldSucceed().Output;

        output.ShouldContain("1 job(s)");
        output.ShouldContain("Registered Nurse · General Hospital  [rn-1]");
        output.ShouldContain("Denver, CO, US");
        output.ShouldContain("Facets:");
    }

    [Theory]
    [InlineData("--page-size", "500")]
    [InlineData("--page", "0")]
    [InlineData("--page", "many")]
    [InlineData("--remote", "sometimes")]
    [InlineData("--sort", "cheapest")]
    [InlineData("--min-salary", "lots")]
    [InlineData("--min-salary", "-5")]
    [InlineData("--currency", "dollars")]
    [InlineData("--seniority", "wizard")]
    [InlineData("--posted-within", "0")]
    [InlineData("--skill", "underwater basket weaving")]
    public async Task A_bad_option_fails_with_one_error_naming_it(string option, string value)
    {
        using var directory = new TempDirectory();
        var cli = CliRunner.ForSqlite(directory);

        string[] salary = option == "--currency" ? ["--min-salary", "50000"] : [];
        (await cli.RunAsync(["search", "jobs", "python", .. salary, option, value])).ShouldFailWithOneErrorLine(option);
    }
}
