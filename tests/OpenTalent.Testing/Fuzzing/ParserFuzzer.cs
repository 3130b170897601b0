using System.Diagnostics;
using System.Globalization;

namespace OpenTalent.Testing.Fuzzing;

/// <summary>One input that broke a parser: crashed it, hung it or made it allocate without bound.</summary>
public sealed record FuzzFailure(int Case, string Detail, string SavedInput)
{
    public override string ToString() => $"case {Case}: {Detail} (input saved to {SavedInput})";
}

/// <summary>What a fuzzing run tried and found.</summary>
public sealed record FuzzReport(string Parser, int Cases, int Read, int Refused, TimeSpan Slowest, long MostAllocated, long LargestInput, IReadOnlyList<FuzzFailure> Failures)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Parser}: {Cases:N0} inputs (largest {LargestInput / 1024.0:N0} KiB), {Read:N0} read, {Refused:N0} refused with a message, {Failures.Count} failures; slowest {Slowest.TotalMilliseconds:N0} ms, most allocated {MostAllocated / (1024.0 * 1024):N1} MiB");
}

/// <summary>
/// Feeds a parser damaged inputs (<see cref="InputMutator"/>) one at a time, each on a thread of its own, and
/// sorts what happens: read, refused with one of the parser's own errors (which must say something), or a failure:
/// any other exception, more than <see cref="HangLimit"/>, or more than the allocation limit on that thread.
/// Failing inputs are saved so they can be replayed. The number of inputs per parser is
/// <c>OPENTALENT_FUZZ_CASES</c> when set (for long runs), else the test's own.
/// </summary>
public static class ParserFuzzer
{
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(5);

    /// <summary>How many inputs a test should try: its own default, or the environment's for a long run.</summary>
    public static int Cases(int defaultCases) =>
        int.TryParse(Environment.GetEnvironmentVariable("OPENTALENT_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? cases
            : defaultCases;

    /// <param name="parse">Reads one input; returning means it was read (perhaps with reported problems).</param>
    /// <param name="isRefusal">The parser's own errors for bad input: they end a case as "refused", not failed.</param>
    /// <param name="allocationLimit">Bytes the parser may allocate for one input of the given length.</param>
    public static FuzzReport Run(
        string parser, IReadOnlyList<byte[]> seeds, Action<byte[]> parse, Func<Exception, bool> isRefusal,
        int cases, Func<int, long> allocationLimit, int seed = 20261123)
    {
        ArgumentOutOfRangeException.ThrowIfZero(seeds.Count);
        var mutator = new InputMutator(seeds, seed);
        var failures = new List<FuzzFailure>();
        int read = 0, refused = 0;
        var slowest = TimeSpan.Zero;
        long mostAllocated = 0, largest = 0;
        for (var i = 0; i < cases && failures.Count < 10; i++)
        {
            // The seeds themselves go first: a parser that refuses valid input is broken before any damage.
            var input = i < seeds.Count ? seeds[i] : mutator.Next();
            largest = Math.Max(largest, input.Length);
            var outcome = RunOne(input, parse);
            slowest = outcome.Elapsed > slowest ? outcome.Elapsed : slowest;
            mostAllocated = Math.Max(mostAllocated, outcome.Allocated);
            string? failure = null;
            if (outcome.Hung)
            {
                failure = $"hang: still running after {HangLimit.TotalSeconds:0} s";
            }
            else if (outcome.Allocated > allocationLimit(input.Length))
            {
                failure = $"memory: allocated {outcome.Allocated / (1024 * 1024):N0} MiB for {input.Length:N0} bytes";
            }
            else if (outcome.Error is null)
            {
                read++;
            }
            else if (isRefusal(outcome.Error) && !string.IsNullOrWhiteSpace(outcome.Error.Message))
            {
                refused++;
            }
            else
            {
                failure = $"crash: {outcome.Error.GetType().Name}: {outcome.Error.Message} at {FirstFrame(outcome.Error)}";
            }

            if (i < seeds.Count && (failure ?? (outcome.Error is null ? null : $"a valid seed was refused: {outcome.Error.Message}")) is { } seedFailure)
            {
                failures.Add(new FuzzFailure(i, "seed: " + seedFailure, Save(parser, i, input)));
            }
            else if (failure is not null)
            {
                failures.Add(new FuzzFailure(i, failure, Save(parser, i, input)));
            }
        }

        var report = new FuzzReport(parser, cases, read, refused, slowest, mostAllocated, largest, failures);
        Log(report);
        return report;
    }

    private sealed record Outcome(bool Hung, Exception? Error, TimeSpan Elapsed, long Allocated);

    private static Outcome RunOne(byte[] input, Action<byte[]> parse)
    {
        Exception? error = null;
        long allocated = 0;
        var clock = Stopwatch.StartNew();
        var thread = new Thread(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                parse(input);
            }
            catch (Exception exception)
            {
                error = exception;
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        })
        {
            IsBackground = true,
            Name = "fuzz case",
        };
        thread.Start();
        var finished = thread.Join(HangLimit);
        return new Outcome(!finished, error, clock.Elapsed, allocated);
    }

    /// <summary>Where it broke: the innermost frame, and the innermost frame of our own code.</summary>
    private static string FirstFrame(Exception exception)
    {
        var frames = exception.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var ours = frames.FirstOrDefault(f => f.StartsWith("at OpenTalent.", StringComparison.Ordinal) && !f.Contains(".Tests.", StringComparison.Ordinal));
        return string.Join(" ... ", new[] { frames.FirstOrDefault(), ours }.Where(f => f is not null).Distinct());
    }

    private static string Save(string parser, int index, byte[] input)
    {
        var folder = Path.Combine(Path.GetTempPath(), "opentalent-fuzz");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{string.Concat(parser.Where(char.IsLetterOrDigit))}-{index}.bin");
        File.WriteAllBytes(path, input);
        return path;
    }

    private static void Log(FuzzReport report)
    {
        if (Environment.GetEnvironmentVariable("OPENTALENT_FUZZ_LOG") is { Length: > 0 } log)
        {
            lock (typeof(ParserFuzzer))
            {
                File.AppendAllText(log, report + Environment.NewLine);
            }
        }
    }
}
