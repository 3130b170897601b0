using OpenTalent.Core.Understanding;
using OpenTalent.Testing;
using OpenTalent.Text.Evaluation;
using OpenTalent.Text.Tests.Titles;

namespace OpenTalent.Text.Tests.Evaluation;

public class TitleBenchmarkTests
{
    private const string Header = ",vacancyTitle,conceptUri\n";

    [Fact]
    public void Scores_recall_and_mrr_over_the_titles()
    {
        using var temp = new TempDirectory();
        var csv = temp.Write("titles.csv", Header
            + $"0,Software Engineer,{TitleFixture.EscoSoftware}\n"
            + $"1,\"Hairdresser, Salon \"\"Chic\"\"\",{TitleFixture.EscoHairdresser}\n"
            + $"2,Shop Assistant,{TitleFixture.EscoSoftware}\n"
            + $"3,Xyzzy,{TitleFixture.EscoNurse}\n");

        var report = TitleBenchmark.Run(csv, TitleFixture.Normalizer, keepItems: true);

        report.Titles.ShouldBe(4);
        report.Items!.Select(i => i.Rank).ToArray().ShouldSatisfyAllConditions(
            r => r[0].ShouldBe(1),
            r => r[1].ShouldBe(1),
            r => r[2].ShouldNotBe(1),
            r => r[3].ShouldBe(0));
        report.Items![1].Title.ShouldBe("Hairdresser, Salon \"Chic\"");
        report.RecallAt5.ShouldBe(report.Items!.Count(i => i.Rank is > 0 and <= 5) / 4.0);
        report.Mrr.ShouldBe(report.Items!.Sum(i => i.Rank > 0 ? 1.0 / i.Rank : 0) / 4, 1e-12);
    }

    [Fact]
    public void Takes_any_ranking_function()
    {
        using var temp = new TempDirectory();
        var csv = temp.Write("titles.csv", Header + "0,a,x\n1,b,y\n\n");

        var report = TitleBenchmark.Run(csv, title => [new TitleMatch("z", "z", 1), new TitleMatch(title == "a" ? "x" : "w", "", 0.5)]);

        report.ShouldBe(new TitleBenchmarkReport(2, 0.5, 0.5, 0.25, null));
    }

    [Theory]
    [InlineData(Header + "0,\"unclosed,x\n", "line 2")]
    [InlineData(Header + "0,a,x\n1,b\n", "line 3")]
    [InlineData(Header + "0,a\"b,x\n", "line 2")]
    [InlineData("index,title,uri\n0,a,x\n", "line 1")]
    public void A_malformed_file_names_the_file_and_line(string content, string where)
    {
        using var temp = new TempDirectory();
        var csv = temp.Write("bad.csv", content);

        var error = Should.Throw<InvalidDataException>(() => TitleBenchmark.ReadGold(csv));
        error.Message.ShouldContain("bad.csv");
        error.Message.ShouldContain(where);
    }

    [Fact]
    public void Ranking_metrics_agree_with_their_definitions()
    {
        RankingMetrics.FirstRelevantRank(["a", "b", "c"], x => x == "c").ShouldBe(3);
        RankingMetrics.FirstRelevantRank(["a", "b", "c"], x => x == "c", depth: 2).ShouldBe(0);
        RankingMetrics.ReciprocalRank(4).ShouldBe(0.25);
        RankingMetrics.ReciprocalRank(0).ShouldBe(0);
        RankingMetrics.RPrecisionAt(["a", "b", "c"], new HashSet<string> { "a", "c", "d" }, 2).ShouldBe(0.5);

        var ranks = new RankAccumulator();
        ranks.Add(1);
        ranks.Add(6);
        ranks.Add(0);
        ranks.RecallAt(5).ShouldBe(1 / 3.0);
        ranks.RecallAt(10).ShouldBe(2 / 3.0);
        ranks.MeanReciprocalRank().ShouldBe((1 + (1 / 6.0)) / 3, 1e-12);
    }
}
