using System.Text.Json;
using OpenTalent.Testing;

namespace OpenTalent.Cli.Tests;

/// <summary>plans list and plans forecast on the demo's AI lab, as the contract words them.</summary>
public class PlanCommandTests
{
    [Fact]
    public async Task The_demo_ai_lab_forecast_prints_the_contract_json_per_department_and_a_what_if_changes_it()
    {
        using var directory = new TempDirectory();
        var cli = CliRunner.ForSqlite(directory);
        (await cli.RunAsync("demo", "--postings", "40", "--seekers", "4", "--seed", "5")).ShouldSucceed();
        (await cli.RunAsync("plans", "list")).ShouldSucceed().Output.ShouldContain("demo-ai-lab\tMeridian AI");

        var result = (await cli.RunAsync("plans", "forecast", "--org", "demo-ai-lab", "--json", "--runs", "400", "--as-of", "2026-11-23")).ShouldSucceed();

        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.GetProperty("organisation").GetString().ShouldBe("demo-ai-lab");
        var departments = root.GetProperty("departments").EnumerateArray().ToArray();
        departments.Select(d => d.GetProperty("name").GetString()).ShouldBe(["Research", "Product", "Sales", "Customer Support", "Technical Ambassadors"]);
        departments.Sum(d => d.GetProperty("current").GetInt32()).ShouldBe(4500);
        departments.Sum(d => d.GetProperty("target").GetInt32()).ShouldBe(8000);
        foreach (var department in departments)
        {
            // The contract's fields, in its order.
            department.EnumerateObject().Take(7).Select(p => p.Name).ShouldBe(["name", "current", "target", "targetDate", "expectedByTargetDate", "probabilityOnTime", "neededApplicantsPerWeek"]);
            department.GetProperty("targetDate").GetString()!.ShouldEndWith("-12-31");
            department.GetProperty("probabilityOnTime").GetDouble().ShouldBeInRange(0, 1);
            department.GetProperty("expectedByTargetDate").GetInt32().ShouldBeGreaterThanOrEqualTo(department.GetProperty("current").GetInt32());
        }

        var ambassadors = departments[4];
        ambassadors.GetProperty("probabilityOnTime").GetDouble().ShouldBe(0);
        ambassadors.GetProperty("limitation").GetString()!.ShouldContain("open requisitions");

        var slower = (await cli.RunAsync("plans", "forecast", "--org", "demo-ai-lab", "--json", "--runs", "400", "--as-of", "2026-11-23", "--applicants-factor", "0.3")).ShouldSucceed();
        using var whatIf = JsonDocument.Parse(slower.Output);
        var research = whatIf.RootElement.GetProperty("departments")[0];
        research.GetProperty("expectedByTargetDate").GetInt32().ShouldBeLessThan(departments[0].GetProperty("expectedByTargetDate").GetInt32());
        research.GetProperty("applicantsPerWeek").GetDouble().ShouldBe(Math.Round(research.GetProperty("observedApplicantsPerWeek").GetDouble() * 0.3, 2), 0.02);
    }

    [Fact]
    public async Task An_unknown_slug_or_a_bad_what_if_says_what_is_wrong()
    {
        using var directory = new TempDirectory();
        var cli = CliRunner.ForSqlite(directory);

        (await cli.RunAsync("plans", "forecast", "--org", "nowhere")).ShouldFailWithOneErrorLine("'nowhere'", "opentalent demo adds demo-ai-lab");
        (await cli.RunAsync("plans", "forecast", "--org", "nowhere", "--rate", "Screen=1.5")).ShouldFailWithOneErrorLine("--rate", "Screen=1.5");
        (await cli.RunAsync("plans", "forecast", "--org", "nowhere", "--as-of", "23/11/2026")).ShouldFailWithOneErrorLine("--as-of", "23/11/2026");
        (await cli.RunAsync("plans", "forecast", "--org", "nowhere", "--recruiters", "3")).ShouldFailWithOneErrorLine("--per-recruiter-per-week");
    }
}
