using System.Text.Json;
using OpenTalent.Testing;

namespace OpenTalent.Cli.Tests;

public sealed class BenchMatchCommandTests
{
    [Fact]
    public async Task Bench_match_reports_every_figure_and_agrees_with_brute_force()
    {
        using var directory = new TempDirectory();
        var result = (await CliRunner.ForSqlite(directory).RunAsync(
            "bench", "match", "--postings", "2000", "--profiles", "2000", "--queries", "50", "--agreement-items", "2000", "--postgres", "", "--json")).ShouldSucceed();

        using var report = JsonDocument.Parse(result.Output);
        var root = report.RootElement;
        root.GetProperty("postings").GetInt32().ShouldBe(2000);
        root.GetProperty("profiles").GetInt32().ShouldBe(2000);
        root.GetProperty("buildSeconds").GetDouble().ShouldBeGreaterThan(0);
        root.GetProperty("memoryBytes").GetInt64().ShouldBeGreaterThan(0);
        root.GetProperty("peakWorkingSetBytes").GetInt64().ShouldBeGreaterThan(0);
        root.GetProperty("generatorSeconds").GetDouble().ShouldBeGreaterThan(0);
        foreach (var (direction, top, queries) in new[] { ("jobsForSeeker", 20, 50), ("candidatesForJob", 50, 25) })
        {
            var latency = root.GetProperty(direction);
            latency.GetProperty("queries").GetInt32().ShouldBe(queries);
            latency.GetProperty("top").GetInt32().ShouldBe(top);
            latency.GetProperty("p50Ms").GetDouble().ShouldBeGreaterThan(0);
            latency.GetProperty("p99Ms").GetDouble().ShouldBeGreaterThanOrEqualTo(latency.GetProperty("p50Ms").GetDouble());
            latency.GetProperty("meanResults").GetDouble().ShouldBeGreaterThan(0, $"{direction} found nothing");
        }

        root.GetProperty("agreement").GetDouble().ShouldBe(1.0);
        var items = root.GetProperty("seekerAgreement").GetProperty("items").GetInt32() + root.GetProperty("candidateAgreement").GetProperty("items").GetInt32();
        items.ShouldBeGreaterThan(1000);
        root.GetProperty("seekerAgreement").GetProperty("identicalLists").GetDouble().ShouldBe(1.0);
        root.GetProperty("candidateAgreement").GetProperty("identicalLists").GetDouble().ShouldBe(1.0);

        var freshness = root.GetProperty("freshness");
        foreach (var change in new[] { "newPostingMs", "changedPostingMs", "closedPostingMs" })
        {
            freshness.GetProperty(change).ValueKind.ShouldBe(JsonValueKind.Number, $"{change} never showed in results");
        }

        // Without a connection the SQL baseline is skipped, and the report says why.
        root.GetProperty("postgresRatio").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("postgresNote").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Bench_match_rejects_a_non_positive_size_naming_the_option()
    {
        using var directory = new TempDirectory();
        (await CliRunner.ForSqlite(directory).RunAsync("bench", "match", "--postings", "0"))
            .ShouldFailWithOneErrorLine("--postings", "at least 1");
    }
}
