using System.Text.Json;
using OpenTalent.Testing;

namespace OpenTalent.Cli.Tests;

/// <summary>import postings|profiles, match jobs|candidates and wage-moves on the built-in starter taxonomy.</summary>
public class MatchCommandTests
{
    private const string MlPosting =
        """{"@type":"JobPosting","identifier":{"@type":"PropertyValue","name":"Acme","value":"ml-1"},"title":"Senior Machine Learning Engineer","description":"Train models. 5+ years of Python and PyTorch required. Kubernetes is a plus.","datePosted":"2026-11-01","hiringOrganization":{"name":"Acme"},"jobLocationType":"TELECOMMUTE","baseSalary":{"currency":"USD","value":{"minValue":200000,"maxValue":250000,"unitText":"YEAR"}}}""";

    private const string NursePosting =
        """{"@type":"JobPosting","identifier":"rn-1","title":"Registered Nurse","description":"Patient care on a medical ward. Nursing licence required.","datePosted":"2026-11-01","hiringOrganization":"General Hospital","jobLocation":{"address":{"addressLocality":"Denver","addressRegion":"CO","addressCountry":"US"}},"baseSalary":{"currency":"USD","value":{"minValue":40,"maxValue":48,"unitText":"HOUR"}}}""";

    private const string SupportPosting =
        """{"@type":"JobPosting","identifier":"cs-1","title":"Customer Support Specialist","description":"Answer customer questions by email and chat.","datePosted":"2026-10-01","hiringOrganization":"Fabrikam","jobLocationType":"TELECOMMUTE","baseSalary":{"currency":"USD","value":{"value":52000,"unitText":"YEAR"}}}""";

    private const string Resume =
        """{"basics":{"name":"Sam Example","label":"Machine Learning Engineer","location":{"city":"Oakland","region":"CA","countryCode":"US"}},"work":[{"name":"Tailspin","position":"Machine Learning Engineer","startDate":"2020-01","highlights":["Trained models in Python and PyTorch","Deployed with Docker and Kubernetes"]}],"skills":[{"name":"Python"},{"name":"PyTorch"}],"meta":{"id":"sam","opentalent":{"remote":"remote","expectedSalary":{"currency":"USD","amount":170000,"period":"YEAR"}}}}""";

    private static async Task<CliRunner> WithMarketAsync(TempDirectory directory)
    {
        directory.Write("postings.jsonl", string.Join("\n", MlPosting, NursePosting, SupportPosting) + "\n");
        directory.Write("profiles.jsonl", Resume + "\n");
        directory.Write("resume.json", Resume);
        var cli = CliRunner.ForSqlite(directory);
        (await cli.RunAsync("import", "postings", directory.File("postings.jsonl"))).ShouldSucceed().Output.ShouldContain("3 new");
        (await cli.RunAsync("import", "profiles", directory.File("profiles.jsonl"))).ShouldSucceed().Output.ShouldContain("1 new");
        return cli;
    }

    [Fact]
    public async Task Match_jobs_ranks_the_fitting_posting_first_and_explains_it()
    {
        using var directory = new TempDirectory();
        var cli = await WithMarketAsync(directory);

        var result = (await cli.RunAsync("match", "jobs", "--profile", directory.File("resume.json"), "--json")).ShouldSucceed();

        var matches = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToArray();
        matches.Length.ShouldBe(3);
        matches[0].GetProperty("identifier").GetString().ShouldBe("ml-1");
        matches.Select(m => m.GetProperty("score").GetDouble()).ShouldBeInOrder(SortDirection.Descending);
        var explanation = matches[0].GetProperty("explanation");
        explanation.GetProperty("requiredMatched").EnumerateArray().Select(s => s.GetString()).ShouldContain("Python");
        explanation.GetProperty("salary").GetProperty("verdict").GetString().ShouldBe("aboveExpectation");
        explanation.GetProperty("factors").GetArrayLength().ShouldBe(6);
        explanation.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Match_jobs_applies_hard_filters_before_ranking()
    {
        using var directory = new TempDirectory();
        var cli = await WithMarketAsync(directory);

        var result = (await cli.RunAsync("match", "jobs", "--profile", directory.File("resume.json"), "--remote-only", "--min-salary", "60000", "--json")).ShouldSucceed();

        JsonDocument.Parse(result.Output).RootElement.EnumerateArray().Select(m => m.GetProperty("identifier").GetString()).ShouldBe(["ml-1"]);
    }

    [Fact]
    public async Task Match_candidates_finds_the_profile_for_a_posting_by_its_imported_identifier()
    {
        using var directory = new TempDirectory();
        var cli = await WithMarketAsync(directory);

        var result = (await cli.RunAsync("match", "candidates", "--job", "ml-1", "--top", "5", "--json")).ShouldSucceed();

        var match = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().Single();
        match.GetProperty("identifier").GetString().ShouldBe("sam");
        match.GetProperty("explanation").GetProperty("requiredMatched").GetArrayLength().ShouldBeGreaterThan(0);
        (await cli.RunAsync("match", "candidates", "--job", "nope")).ShouldFailWithOneErrorLine("'nope'", "--job");
    }

    [Fact]
    public async Task Wage_moves_lists_better_paid_postings_against_the_stated_expectation()
    {
        using var directory = new TempDirectory();
        var cli = await WithMarketAsync(directory);

        var result = (await cli.RunAsync("wage-moves", "--profile", directory.File("resume.json"), "--json")).ShouldSucceed();

        var report = JsonDocument.Parse(result.Output).RootElement;
        report.GetProperty("baseline").GetProperty("source").GetString().ShouldBe("expectedSalary");
        report.GetProperty("postings").EnumerateArray().Select(p => p.GetProperty("match").GetProperty("identifier").GetString()).ShouldBe(["ml-1"]);
        report.TryGetProperty("skillBundles", out _).ShouldBeTrue();
        report.TryGetProperty("careerPaths", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_file_with_a_bad_line_imports_nothing_and_names_the_line_and_field()
    {
        using var directory = new TempDirectory();
        directory.Write("postings.jsonl", MlPosting + "\n" + """{"identifier":"x","title":"T","description":"D","baseSalary":{"currency":"USD","value":{"minValue":9,"maxValue":5,"unitText":"YEAR"}}}""" + "\n");
        var cli = CliRunner.ForSqlite(directory);

        var result = await cli.RunAsync("import", "postings", directory.File("postings.jsonl"));

        result.ShouldFailWithOneErrorLine("1 of 2 line(s)", "nothing was imported");
        result.Error.ShouldContain("line 2, baseSalary.value");
        (await cli.RunAsync("match", "candidates", "--job", "ml-1")).ShouldFailWithOneErrorLine("'ml-1'");

        (await cli.RunAsync("import", "postings", directory.File("postings.jsonl"), "--skip-invalid")).ShouldSucceed().Output.ShouldContain("1 new");
    }
}
