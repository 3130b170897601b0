using OpenTalent.Core.Understanding;
using OpenTalent.Text.Evaluation;

namespace OpenTalent.Text.Tests.Evaluation;

public sealed class SkillSpanBenchmarkTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"skillspan-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_path);

    private const string Lines =
        """
        {"idx": 1, "tokens": ["manage", "a", "team", "and", "Python"], "tags_skill": ["B", "I", "I", "O", "O"], "tags_knowledge": ["O", "O", "O", "O", "B"], "source": "tech"}
        {"idx": 2, "tokens": ["no", "skills", "here"], "tags_skill": ["O", "O", "O"], "tags_knowledge": ["O", "O", "O"], "source": "house"}

        """;

    // Predicts "team" (partial hit of "manage a team"), "Python" (exact) and "here" (wrong).
    private static IReadOnlyList<TextSpan> Predict(string text)
    {
        var spans = new List<TextSpan>();
        foreach (var word in new[] { "team", "Python", "here" })
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                spans.Add(new TextSpan(at, at + word.Length));
            }
        }

        return spans;
    }

    [Fact]
    public void Exact_and_partial_scores_are_computed_over_skill_and_knowledge_spans()
    {
        File.WriteAllText(_path, Lines);
        var report = SkillSpanBenchmark.Run(_path, Predict);
        report.Sentences.ShouldBe(2);
        report.GoldSpans.ShouldBe(2);
        report.PredictedSpans.ShouldBe(3);
        report.ExactPrecision.ShouldBe(1 / 3.0, 1e-9);
        report.ExactRecall.ShouldBe(0.5, 1e-9);
        report.PartialPrecision.ShouldBe(2 / 3.0, 1e-9);
        report.PartialRecall.ShouldBe(1.0, 1e-9);
        report.PartialF1.ShouldBe(0.8, 1e-9);
    }

    [Fact]
    public void Character_spans_map_to_the_tokens_they_touch()
    {
        string[] tokens = ["build", "data", "pipelines"];
        var (text, starts) = SkillSpanBenchmark.Join(tokens);
        text.ShouldBe("build data pipelines");
        SkillSpanBenchmark.ToTokens(new TextSpan(7, 15), starts, tokens).ShouldBe((1, 3));
        SkillSpanBenchmark.ToTokens(new TextSpan(5, 6), starts, tokens).ShouldBeNull();
    }

    [Fact]
    public void A_malformed_line_names_the_file_and_line()
    {
        File.WriteAllText(_path, Lines + "{\"tokens\": [\"a\"], \"tags_skill\": [], \"tags_knowledge\": [\"O\"]}\n");
        var error = Should.Throw<InvalidDataException>(() => SkillSpanBenchmark.Run(_path, Predict));
        error.Message.ShouldContain($"{_path}:3");
        File.WriteAllText(_path, "not json\n");
        Should.Throw<InvalidDataException>(() => SkillSpanBenchmark.Run(_path, Predict)).Message.ShouldContain($"{_path}:1");
    }
}
