namespace OpenTalent.Cli.Tests;

/// <summary>Allocation is counted for the whole process, so nothing else may run meanwhile.</summary>
[CollectionDefinition(nameof(JsonLinesMemoryTests), DisableParallelization = true)]
public sealed class RunsAlone;

[Collection(nameof(JsonLinesMemoryTests))]
public class JsonLinesMemoryTests
{
    [Fact]
    public async Task A_huge_line_is_skipped_without_holding_it_in_memory()
    {
        using var stdin = new RepeatingStream((byte)'a', 50L * 1024 * 1024, suffix: "\nafter\n"u8.ToArray());
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        await new JsonLinesRunner(stdin, stdout, stderr, maxLineBytes: 1 << 20).RunAsync(text => new { input = text }, TestContext.Current.CancellationToken);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines[0].ShouldContain("52,428,800 bytes long");
        lines[1].ShouldContain("\"after\"");
        allocated.ShouldBeLessThan(20L * 1024 * 1024);
    }

    /// <summary>A stream of <paramref name="length"/> copies of one byte, then a suffix, produced without allocating it.</summary>
    private sealed class RepeatingStream(byte value, long length, byte[] suffix) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length + suffix.Length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var written = 0;
            while (written < count && _position < Length)
            {
                buffer[offset + written++] = _position < length ? value : suffix[_position - length];
                _position++;
            }

            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
