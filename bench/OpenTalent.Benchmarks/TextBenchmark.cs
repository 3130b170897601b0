using System.Diagnostics;
using System.Text;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Core.Understanding;
using OpenTalent.Text;
using OpenTalent.Text.Models;
using OpenTalent.Text.Tokens;

namespace OpenTalent.Benchmarks;

public sealed record TextBenchmarkReport(
    string Fingerprint,
    long ModelPayloadBytes,
    double MedianLoadSeconds,
    long ModelMemoryBytes,
    long CorpusBytes,
    double ExtractionMegabytesPerSecond,
    double LiteralOnlyMegabytesPerSecond,
    double TokenizerMegabytesPerSecond,
    int Titles,
    double TitlesPerSecond,
    double TextKeyTitlesPerSecond,
    long PeakWorkingSetBytes);

/// <summary>
/// Speed and memory of the text models on one thread, with the full lexicon loaded. Baselines in the same run:
/// tokenising the same corpus, the literal lexicon alone (named skills, no implicit retrieval), and folding the
/// same titles to lookup keys, show what each stage costs.
/// </summary>
public static class TextBenchmark
{
    public static TextBenchmarkReport Run(byte[] payload, TaxonomySnapshot snapshot, int corpusMegabytes, int loads, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(snapshot);
        var loadSeconds = new List<double>();
        TextModels? models = null;
        long memory = 0;
        for (var i = 0; i < loads; i++)
        {
            models = null;
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var clock = Stopwatch.StartNew();
            models = TextModels.Deserialize(payload);
            loadSeconds.Add(clock.Elapsed.TotalSeconds);
            memory = GC.GetTotalMemory(forceFullCollection: true) - before;
            log.WriteLine($"load {i + 1}/{loads}: {clock.Elapsed.TotalSeconds:0.00} s, {memory / 1048576.0:0} MiB managed");
        }

        var documents = Corpus(snapshot, corpusMegabytes * 1024L * 1024L);
        var corpusBytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
        var tokens = new List<Token>();
        var tokenizerSeconds = Time(() =>
        {
            foreach (var document in documents)
            {
                tokens.Clear();
                Tokenizer.Tokenize(document, tokens);
            }
        });
        var literalSeconds = Time(() =>
        {
            foreach (var document in documents)
            {
                models!.Skills.Lexicon.Match(document, TaxonomyScheme.All);
            }
        });
        var extractionSeconds = Time(() =>
        {
            foreach (var document in documents)
            {
                models!.Skills.Extract(document, TaxonomyScheme.All, 20);
            }
        });
        log.WriteLine($"extraction: {corpusBytes / 1048576.0:0.0} MiB in {extractionSeconds:0.00} s; literal lexicon alone {literalSeconds:0.00} s; tokenizer alone {tokenizerSeconds:0.00} s");

        var titles = snapshot.Occupations.SelectMany(o => o.Titles).Select(t => t.Text).Take(100_000).ToArray();
        var keySeconds = Time(() =>
        {
            foreach (var title in titles)
            {
                TextKey.Of(title);
            }
        });
        var titleSeconds = Time(() =>
        {
            foreach (var title in titles)
            {
                models!.Titles.Normalize(title, TaxonomyScheme.Esco, 10);
            }
        });
        log.WriteLine($"titles: {titles.Length:N0} in {titleSeconds:0.00} s; folding keys alone {keySeconds:0.00} s");

        return new TextBenchmarkReport(
            models!.Fingerprint,
            payload.LongLength,
            Statistics.Median(loadSeconds),
            memory,
            corpusBytes,
            corpusBytes / 1048576.0 / extractionSeconds,
            corpusBytes / 1048576.0 / literalSeconds,
            corpusBytes / 1048576.0 / tokenizerSeconds,
            titles.Length,
            titles.Length / titleSeconds,
            titles.Length / keySeconds,
            Process.GetCurrentProcess().PeakWorkingSet64);
    }

    /// <summary>Job-ad-sized documents (about 4 KB) made of the taxonomy's own prose: descriptions and task statements.</summary>
    public static IReadOnlyList<string> Corpus(TaxonomySnapshot snapshot, long bytes)
    {
        var paragraphs = snapshot.Occupations
            .SelectMany(o => o.Tasks.Prepend(o.Description ?? o.Title))
            .Concat(snapshot.Skills.Select(s => s.Description).OfType<string>())
            .Where(p => p.Length > 20)
            .ToArray();
        if (paragraphs.Length == 0)
        {
            throw new InvalidOperationException("The taxonomy holds no descriptions or tasks to build a corpus from; import O*NET or ESCO first.");
        }

        var documents = new List<string>();
        var document = new StringBuilder();
        long total = 0;
        for (var i = 0; total < bytes; i = (i + 1) % paragraphs.Length)
        {
            document.Append(paragraphs[i]).Append('\n');
            if (document.Length >= 4096)
            {
                documents.Add(document.ToString());
                total += document.Length;
                document.Clear();
            }
        }

        return documents;
    }

    private static double Time(Action action)
    {
        action();
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }
}
