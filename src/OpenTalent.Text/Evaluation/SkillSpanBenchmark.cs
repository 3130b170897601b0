using System.Text;
using System.Text.Json;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Text.Evaluation;

/// <summary>
/// Span quality on SkillSpan (Zhang et al. 2022): gold spans are the union of skill and knowledge spans.
/// Exact: same first and last token. Partial: a prediction is right if it overlaps a gold span, and a gold
/// span is found if any prediction overlaps it.
/// </summary>
public sealed record SkillSpanReport(
    int Sentences,
    int GoldSpans,
    int PredictedSpans,
    double ExactPrecision,
    double ExactRecall,
    double ExactF1,
    double PartialPrecision,
    double PartialRecall,
    double PartialF1);

/// <summary>
/// Scores a span predictor on a SkillSpan JSON Lines file (one sentence a line: "tokens", "tags_skill",
/// "tags_knowledge" in BIO). The predictor sees the sentence as its tokens joined by single spaces; its
/// character spans are mapped back to the tokens they touch.
/// </summary>
public static class SkillSpanBenchmark
{
    /// <param name="predictSpans">Character spans in the sentence text; called from several threads.</param>
    public static SkillSpanReport Run(string jsonlPath, Func<string, IReadOnlyList<TextSpan>> predictSpans)
    {
        ArgumentNullException.ThrowIfNull(predictSpans);
        var sentences = Read(jsonlPath);
        var counts = new SpanCounts[sentences.Count];
        Parallel.For(0, sentences.Count, i => counts[i] = Score(sentences[i], predictSpans));

        var total = default(SpanCounts);
        foreach (var count in counts)
        {
            total = total.Plus(count);
        }

        var exactPrecision = Ratio(total.ExactPredicted, total.Predicted);
        var exactRecall = Ratio(total.ExactGold, total.Gold);
        var partialPrecision = Ratio(total.PartialPredicted, total.Predicted);
        var partialRecall = Ratio(total.PartialGold, total.Gold);
        return new SkillSpanReport(
            sentences.Count,
            total.Gold,
            total.Predicted,
            exactPrecision,
            exactRecall,
            F1(exactPrecision, exactRecall),
            partialPrecision,
            partialRecall,
            F1(partialPrecision, partialRecall));
    }

    /// <summary>The sentences of the file with their gold spans (token ranges, end exclusive). A malformed line stops with the file and line.</summary>
    public static IReadOnlyList<SkillSpanSentence> Read(string jsonlPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jsonlPath);
        var sentences = new List<SkillSpanSentence>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(jsonlPath))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                sentences.Add(Parse(line));
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException or KeyNotFoundException)
            {
                throw new InvalidDataException($"{jsonlPath}:{lineNumber}: not a SkillSpan sentence ({e.Message})", e);
            }
        }

        return sentences;
    }

    private static SkillSpanSentence Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var tokens = Strings(root.GetProperty("tokens"));
        var skill = Strings(root.GetProperty("tags_skill"));
        var knowledge = Strings(root.GetProperty("tags_knowledge"));
        if (skill.Length != tokens.Length || knowledge.Length != tokens.Length)
        {
            throw new InvalidDataException($"{tokens.Length} tokens but {skill.Length} skill and {knowledge.Length} knowledge tags");
        }

        var gold = new HashSet<(int, int)>();
        AddBioSpans(skill, gold);
        AddBioSpans(knowledge, gold);
        return new SkillSpanSentence(tokens, [.. gold.OrderBy(s => s.Item1).ThenBy(s => s.Item2)]);
    }

    private static string[] Strings(JsonElement array)
    {
        var values = new string[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            values[i++] = item.GetString() ?? throw new InvalidDataException("null token or tag");
        }

        return values;
    }

    // An "I" with no span open starts one, as conlleval does.
    private static void AddBioSpans(string[] tags, HashSet<(int, int)> spans)
    {
        var start = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : "O";
            var begins = tag.StartsWith('B') || (tag.StartsWith('I') && start < 0);
            var continues = tag.StartsWith('I') && start >= 0;
            if (!continues && start >= 0)
            {
                spans.Add((start, i));
                start = -1;
            }

            if (begins)
            {
                start = i;
            }
            else if (!tag.StartsWith('I') && !tag.StartsWith('O'))
            {
                throw new InvalidDataException($"tag '{tag}' is not B, I or O");
            }
        }
    }

    private static SpanCounts Score(SkillSpanSentence sentence, Func<string, IReadOnlyList<TextSpan>> predictSpans)
    {
        var (text, starts) = Join(sentence.Tokens);
        var predicted = new HashSet<(int, int)>();
        foreach (var span in predictSpans(text))
        {
            if (ToTokens(span, starts, sentence.Tokens) is { } range)
            {
                predicted.Add(range);
            }
        }

        var gold = sentence.GoldSpans;
        int exactPredicted = 0, partialPredicted = 0, exactGold = 0, partialGold = 0;
        foreach (var p in predicted)
        {
            exactPredicted += gold.Contains(p) ? 1 : 0;
            partialPredicted += gold.Any(g => Overlaps(g, p)) ? 1 : 0;
        }

        foreach (var g in gold)
        {
            exactGold += predicted.Contains(g) ? 1 : 0;
            partialGold += predicted.Any(p => Overlaps(g, p)) ? 1 : 0;
        }

        return new SpanCounts(gold.Count, predicted.Count, exactPredicted, exactGold, partialPredicted, partialGold);
    }

    /// <summary>The sentence text (tokens joined by spaces) and where each token starts in it.</summary>
    public static (string Text, int[] Starts) Join(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var builder = new StringBuilder();
        var starts = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            starts[i] = builder.Length;
            builder.Append(tokens[i]);
        }

        return (builder.ToString(), starts);
    }

    /// <summary>The tokens [first, last + 1) that a character span touches, or null when it touches none.</summary>
    public static (int Start, int End)? ToTokens(TextSpan span, int[] starts, IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(tokens);
        int first = -1, last = -1;
        for (var i = 0; i < starts.Length; i++)
        {
            var end = starts[i] + tokens[i].Length;
            if (starts[i] < span.End && span.Start < end)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        return first < 0 ? null : (first, last + 1);
    }

    private static bool Overlaps((int Start, int End) a, (int Start, int End) b) => a.Start < b.End && b.Start < a.End;

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    private readonly record struct SpanCounts(int Gold, int Predicted, int ExactPredicted, int ExactGold, int PartialPredicted, int PartialGold)
    {
        public SpanCounts Plus(SpanCounts other) => new(
            Gold + other.Gold,
            Predicted + other.Predicted,
            ExactPredicted + other.ExactPredicted,
            ExactGold + other.ExactGold,
            PartialPredicted + other.PartialPredicted,
            PartialGold + other.PartialGold);
    }
}

/// <summary>One SkillSpan sentence: its tokens and gold spans as token ranges [Start, End).</summary>
public sealed record SkillSpanSentence(IReadOnlyList<string> Tokens, IReadOnlyList<(int Start, int End)> GoldSpans);
