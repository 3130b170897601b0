using System.Text.Json;
using OpenTalent.Testing;

namespace OpenTalent.Cli.Tests;

/// <summary>The JSON Lines contracts of normalize-titles, extract-skills and parse-job, and models build.</summary>
public class TextCommandTests
{
    private const string Esco = "http://data.europa.eu/esco/";

    private static async Task<CliRunner> WithSmallEscoAsync(TempDirectory directory)
    {
        directory.Write("esco/occupations_en.csv",
            "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels\n" +
            $"Occupation,{Esco}occupation/nurse,2221,nurse responsible for general care,\"registered nurse\nstaff nurse\"\n" +
            $"Occupation,{Esco}occupation/dev,2512,software developer,\"programmer\nsoftware engineer\"\n" +
            $"Occupation,{Esco}occupation/ds,2511,data scientist,\"machine learning scientist\"\n");
        directory.Write("esco/skills_en.csv",
            "conceptType,conceptUri,skillType,preferredLabel,altLabels,description\n" +
            $"KnowledgeSkillCompetence,{Esco}skill/python,knowledge,Python (computer programming),Python,A programming language.\n" +
            $"KnowledgeSkillCompetence,{Esco}skill/viz,skill/competence,present visual data,\"create data visualisations\nbuild dashboards\",Create visual representations of data such as charts and dashboards.\n" +
            $"KnowledgeSkillCompetence,{Esco}skill/teams,skill/competence,work in teams,team player,Work with others in a group.\n");
        var cli = CliRunner.ForSqlite(directory);
        (await cli.RunAsync("import", "esco", directory.File("esco"))).ShouldSucceed();
        return cli;
    }

    private static JsonElement[] Lines(CliResult result) =>
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    [Fact]
    public async Task Normalize_titles_answers_each_line_in_order_with_esco_uris()
    {
        using var directory = new TempDirectory();
        var cli = await WithSmallEscoAsync(directory);

        var result = (await cli.RunWithInputAsync("Senior Software Engineer - remote\n\nstaff nurse (m/f/d)\n", "normalize-titles", "--scheme", "esco", "--top", "2")).ShouldSucceed();

        var lines = Lines(result);
        lines.Length.ShouldBe(3);
        lines[0].GetProperty("input").GetString().ShouldBe("Senior Software Engineer - remote");
        var best = lines[0].GetProperty("matches")[0];
        best.GetProperty("code").GetString().ShouldBe($"{Esco}occupation/dev");
        best.GetProperty("label").GetString().ShouldBe("software developer");
        best.GetProperty("score").GetDouble().ShouldBeInRange(0.0, 1.0);
        lines[0].GetProperty("seniority").GetString().ShouldBe("senior");
        lines[1].GetProperty("error").GetString()!.ShouldContain("line 2 is empty");
        lines[2].GetProperty("matches")[0].GetProperty("code").GetString().ShouldBe($"{Esco}occupation/nurse");
        lines[2].GetProperty("matches").GetArrayLength().ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public async Task Extract_skills_gives_ids_labels_scores_spans_and_requirement()
    {
        using var directory = new TempDirectory();
        var cli = await WithSmallEscoAsync(directory);
        const string ad = "\"Requirements: 5+ years of Python.\\nNo Java experience needed.\"";

        var result = (await cli.RunWithInputAsync(ad + "\n", "extract-skills", "--scheme", "esco")).ShouldSucceed();

        var line = Lines(result).Single();
        var python = line.GetProperty("skills").EnumerateArray().First();
        python.GetProperty("id").GetString().ShouldBe($"{Esco}skill/python");
        python.GetProperty("label").GetString().ShouldBe("Python (computer programming)");
        python.GetProperty("required").GetBoolean().ShouldBeTrue();
        python.GetProperty("minYears").GetDouble().ShouldBe(5);
        var span = python.GetProperty("spans")[0];
        line.GetProperty("input").GetString()![span[0].GetInt32()..span[1].GetInt32()].ShouldBe("Python");
    }

    [Fact]
    public async Task Extract_skills_with_the_starter_taxonomy_resolves_aliases_and_leaves_required_null_when_unsaid()
    {
        using var directory = new TempDirectory();

        var result = (await CliRunner.ForSqlite(directory).RunWithInputAsync("We run k8s on AWS.\n", "extract-skills", "--scheme", "all")).ShouldSucceed();

        var skills = Lines(result).Single().GetProperty("skills").EnumerateArray().ToArray();
        var kubernetes = skills.First(s => s.GetProperty("label").GetString() == "Kubernetes");
        kubernetes.GetProperty("spans")[0].EnumerateArray().Select(e => e.GetInt32()).ShouldBe([7, 10]);
        kubernetes.GetProperty("required").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Parse_job_reads_salary_location_and_arrangement()
    {
        using var directory = new TempDirectory();

        var result = (await CliRunner.ForSqlite(directory).RunWithInputAsync(
            "\"Senior Data Engineer\\nLocation: Berlin, Germany (hybrid)\\nFull-time. €70k–90k per year.\"\n", "parse-job")).ShouldSucceed();

        var facts = Lines(result).Single().GetProperty("facts");
        facts.GetProperty("salary").GetProperty("min").GetDecimal().ShouldBe(70_000m);
        facts.GetProperty("salary").GetProperty("currency").GetString().ShouldBe("EUR");
        facts.GetProperty("salary").GetProperty("period").GetString().ShouldBe("year");
        facts.GetProperty("location").GetProperty("country").GetString().ShouldBe("DE");
        facts.GetProperty("arrangement").GetString().ShouldBe("hybrid");
        facts.GetProperty("employmentType").GetString().ShouldBe("fullTime");
    }

    [Fact]
    public async Task Models_build_stores_a_new_version_that_info_then_loads()
    {
        using var directory = new TempDirectory();
        var cli = CliRunner.ForSqlite(directory);

        (await cli.RunAsync("models", "build")).ShouldSucceed().Output.ShouldContain("version 1");
        (await cli.RunAsync("models", "build")).ShouldSucceed().Output.ShouldContain("version 2");
        var info = (await cli.RunAsync("models", "info")).ShouldSucceed().Output;

        info.ShouldContain("version 2");
        info.ShouldContain("loaded in");
    }

    [Fact]
    public async Task A_bad_option_value_is_one_clear_error()
    {
        using var directory = new TempDirectory();

        (await CliRunner.ForSqlite(directory).RunWithInputAsync("x\n", "extract-skills", "--top", "0")).ShouldFailWithOneErrorLine("--top");
    }
}
