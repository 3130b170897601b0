namespace OpenTalent.Formats.Tests;

/// <summary>Progress that reports on the calling thread, so a test sees every update before it asserts.</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

internal static class SynchronousProgress
{
    public static SynchronousProgress<T> Create<T>(Action<T> report) => new(report);
}
