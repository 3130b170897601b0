using OpenTalent.Testing;
using OpenTalent.Text.Evaluation;

namespace OpenTalent.Text.Tests.Evaluation;

public sealed class DecorteBenchmarkTests
{
    private const string Csv = """
        sentence,span,sub_span,label
        "We use Java, daily.",Java,,Java
        "We use Java, daily.",daily,,UNDERSPECIFIED
        Team player wanted,team player,,work in teams
        Team player wanted,wanted,,solve problems
        Nothing here,here,,LABEL NOT PRESENT
        "Say ""hi""
        twice",hi,,greet people
        """;

    private static readonly Dictionary<string, int> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Java"] = 1,
        ["work in teams"] = 2,
        ["solve problems"] = 3,
    };

    [Fact]
    public void Reads_sentences_with_their_skill_labels_only()
    {
        using var file = new TempFile(Csv);

        var gold = DecorteBenchmark.ReadGold(file.Path);

        gold.Select(g => g.Sentence).ShouldBe(["We use Java, daily.", "Team player wanted", "Say \"hi\"\ntwice"]);
        gold[0].Labels.ShouldBe(["Java"]);
        gold[1].Labels.ShouldBe(["work in teams", "solve problems"]);
    }

    [Fact]
    public void Scores_r_precision_and_mrr_per_sentence()
    {
        using var file = new TempFile(Csv);
        var rankings = new Dictionary<string, int[]>
        {
            ["We use Java, daily."] = [9, 1], // gold at rank 2: RP@5 1, RR 1/2
            ["Team player wanted"] = [2, 8, 8, 8, 8, 3], // one of two gold in the top 5: RP@5 1/2, RP@10 1, RR 1
            ["Say \"hi\"\ntwice"] = [5], // gold unresolved: 0
        };

        var report = DecorteBenchmark.Run(file.Path, s => rankings[s], label => Labels.TryGetValue(label, out var i) ? [i] : []);

        report.Sentences.ShouldBe(3);
        report.RPrecisionAt5.ShouldBe((1 + 0.5 + 0) / 3, 1e-12);
        report.RPrecisionAt10.ShouldBe((1 + 1 + 0) / 3.0, 1e-12);
        report.Mrr.ShouldBe((0.5 + 1 + 0) / 3, 1e-12);
        report.UnresolvedGoldLabels.ShouldBe(["greet people"]);
    }

    [Fact]
    public void A_malformed_file_is_reported_with_its_name_and_line()
    {
        using var file = new TempFile("sentence,span,sub_span,label\na,b,c,d\nbad \"quote,b,c,d\n");

        var error = Should.Throw<InvalidDataException>(() => DecorteBenchmark.ReadGold(file.Path));

        error.Message.ShouldContain(file.Path);
        error.Message.ShouldContain("line 3");
    }

    [Fact]
    public void The_real_development_splits_have_the_expected_sentences()
    {
        var tech = DecorteBenchmark.ReadGold(SharedData.Require("eval/decorte-tech-validation.csv"));
        var house = DecorteBenchmark.ReadGold(SharedData.Require("eval/decorte-house-validation.csv"));

        tech.Count.ShouldBe(75);
        house.Count.ShouldBe(61);
    }

    private sealed class TempFile : IDisposable
    {
        public TempFile(string content)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"decorte-{Guid.NewGuid():N}.csv");
            File.WriteAllText(Path, content);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
