using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace OpenTalent.Benchmarks.Http;

/// <summary>Runs wrk with a Lua script whose <c>done</c> prints one line "OTJSON {...}", and returns that object.</summary>
internal static class Wrk
{
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, "wrk")).FirstOrDefault(File.Exists);

    public static async Task<JsonElement> RunAsync(
        string wrk, string url, string script, int connections, int seconds, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken, int threads = 1)
    {
        var start = new ProcessStartInfo(wrk) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", seconds.ToString(CultureInfo.InvariantCulture) + "s", "--timeout", "10s", "-s", script, url,
        })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var line = (await output).Split('\n').FirstOrDefault(l => l.StartsWith("OTJSON ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no result (exit {process.ExitCode}): {await error}{await output}");
        using var json = JsonDocument.Parse(line["OTJSON ".Length..]);
        return json.RootElement.Clone();
    }
}
