using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats;

namespace OpenTalent.Benchmarks;

/// <summary>Where the three public sources are; <see cref="Find"/> knows the layout their publishers use.</summary>
public sealed record ReferenceDataPaths(string Onet, string Oews, string Esco)
{
    public static ReferenceDataPaths Find(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Reference data folder '{root}' does not exist.");
        }

        var onet = Directory.EnumerateFiles(root, "Occupation Data.txt", SearchOption.AllDirectories).FirstOrDefault()
            ?? throw new FileNotFoundException($"No O*NET database (a folder with 'Occupation Data.txt') under '{root}'.");
        var oews = Directory.EnumerateFiles(root, "national_M*_dl.xlsx", SearchOption.AllDirectories).FirstOrDefault()
            ?? Directory.EnumerateFiles(root, "national_M*_dl.csv", SearchOption.AllDirectories).FirstOrDefault()
            ?? throw new FileNotFoundException($"No OEWS national file (national_M*_dl.xlsx or .csv) under '{root}'.");
        var esco = Directory.EnumerateFiles(root, "occupations*.csv", SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName)
            .OfType<string>()
            .OrderBy(d => d.Length)
            .FirstOrDefault()
            ?? throw new FileNotFoundException($"No ESCO folder (with occupations.csv or occupations_en.csv) under '{root}'.");
        return new ReferenceDataPaths(Path.GetDirectoryName(onet)!, oews, esco);
    }
}

public sealed record SourceTiming(string Source, double ReadSeconds, double StoreSeconds);

public sealed record ImportRun(double TotalSeconds, IReadOnlyList<SourceTiming> Sources, long DatabaseBytes);

public sealed record ImportBenchmarkReport(
    int Runs,
    double MedianTotalSeconds,
    double MedianReadSeconds,
    double MedianStoreSeconds,
    long DatabaseBytes,
    long PeakWorkingSetBytes,
    IReadOnlyList<ImportRun> AllRuns);

/// <summary>
/// Times the full O*NET + OEWS + ESCO import into a fresh SQLite file, several times. Reading the files alone
/// (no database) is the baseline measured in the same run, so the report shows what storage adds.
/// </summary>
public sealed class ImportBenchmark(Func<string, ServiceProvider> servicesFor)
{
    private static readonly TaxonomySource[] Order = [TaxonomySource.Onet, TaxonomySource.Oews, TaxonomySource.Esco];

    public async Task<ImportBenchmarkReport> RunAsync(ReferenceDataPaths paths, int runs, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var results = new List<ImportRun>();
        for (var run = 1; run <= runs; run++)
        {
            var result = await RunOnceAsync(paths, cancellationToken);
            log.WriteLine($"run {run}/{runs}: {result.TotalSeconds:0.00} s total; " +
                string.Join("; ", result.Sources.Select(s => $"{s.Source} read {s.ReadSeconds:0.00} s + store {s.StoreSeconds:0.00} s")) +
                $"; database {result.DatabaseBytes / 1048576.0:0.0} MiB");
            results.Add(result);
        }

        return new ImportBenchmarkReport(
            runs,
            Statistics.Median(results.Select(r => r.TotalSeconds)),
            Statistics.Median(results.Select(r => r.Sources.Sum(s => s.ReadSeconds))),
            Statistics.Median(results.Select(r => r.Sources.Sum(s => s.StoreSeconds))),
            results[^1].DatabaseBytes,
            Process.GetCurrentProcess().PeakWorkingSet64,
            results);
    }

    private async Task<ImportRun> RunOnceAsync(ReferenceDataPaths paths, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "opentalent-bench", Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, "bench.db");
        try
        {
            var timings = new List<SourceTiming>();
            var clock = Stopwatch.StartNew();
            await using (var services = servicesFor(file))
            {
                await services.GetRequiredService<OpenTalent.Storage.Migrations.Migrator>().MigrateAsync(cancellationToken);
                var importer = services.GetRequiredService<TaxonomyImporter>();
                foreach (var source in Order)
                {
                    var path = source switch { TaxonomySource.Onet => paths.Onet, TaxonomySource.Oews => paths.Oews, _ => paths.Esco };
                    var summary = await importer.ImportAsync(source, path, null, cancellationToken);
                    timings.Add(new SourceTiming(source.Key(), summary.ReadTime.TotalSeconds, summary.StoreTime.TotalSeconds));
                }
            }

            var total = clock.Elapsed.TotalSeconds;
            SqliteConnection.ClearAllPools();
            var bytes = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
            return new ImportRun(total, timings, bytes);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
