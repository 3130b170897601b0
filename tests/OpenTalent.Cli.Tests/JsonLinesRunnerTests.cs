using System.Text;
using System.Text.Json;

namespace OpenTalent.Cli.Tests;

public class JsonLinesRunnerTests
{
    private static async Task<(JsonElement[] Objects, string Error, JsonLinesSummary Summary)> RunAsync(byte[] input, int maxLineBytes = 1024, int batchSize = 3)
    {
        using var stdin = new MemoryStream(input);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var runner = new JsonLinesRunner(stdin, stdout, stderr, maxLineBytes, batchSize);
        var summary = await runner.RunAsync(text => new { input = text, length = text.Length }, TestContext.Current.CancellationToken);
        var objects = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
        return (objects, stderr.ToString(), summary);
    }

    [Fact]
    public async Task Answers_one_object_per_line_in_input_order()
    {
        var lines = Enumerable.Range(1, 10).Select(i => $"title {i}").ToArray();

        var (objects, _, summary) = await RunAsync(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\n"));

        objects.Select(o => o.GetProperty("input").GetString()).ShouldBe(lines);
        summary.ShouldBe(new JsonLinesSummary(10, 0));
    }

    [Fact]
    public async Task A_json_string_line_is_decoded_so_texts_can_hold_line_breaks()
    {
        var (objects, _, _) = await RunAsync(Encoding.UTF8.GetBytes("\"first\\nsecond\"\n\"Café\"\n"));

        objects.Select(o => o.GetProperty("input").GetString()).ShouldBe(["first\nsecond", "Café"]);
    }

    [Fact]
    public async Task Bad_lines_give_error_objects_naming_the_line_and_the_run_goes_on()
    {
        var input = new List<byte>();
        input.AddRange(Encoding.UTF8.GetBytes("good one\n\n   \n"));
        input.AddRange([0x41, 0xC3, 0x28, 0x0A]);
        input.AddRange([0x00, 0x01, 0x02, 0x0A]);
        input.AddRange(Encoding.UTF8.GetBytes(new string('x', 5000) + "\n"));
        input.AddRange(Encoding.UTF8.GetBytes("\"unterminated\n"));
        input.AddRange(Encoding.UTF8.GetBytes("last good"));

        var (objects, error, summary) = await RunAsync([.. input]);

        objects.Length.ShouldBe(8);
        objects[0].GetProperty("input").GetString().ShouldBe("good one");
        objects[1].GetProperty("error").GetString()!.ShouldContain("line 2 is empty");
        objects[2].GetProperty("error").GetString()!.ShouldContain("line 3 is empty");
        objects[3].GetProperty("error").GetString()!.ShouldContain("line 4 is not valid UTF-8");
        objects[4].GetProperty("error").GetString()!.ShouldContain("line 5 holds binary data");
        objects[5].GetProperty("error").GetString()!.ShouldContain("line 6 is 5,000 bytes long");
        objects[6].GetProperty("error").GetString()!.ShouldContain("line 7 starts with a quote");
        objects[7].GetProperty("input").GetString().ShouldBe("last good");
        summary.ShouldBe(new JsonLinesSummary(8, 6));
        error.ShouldContain("6 of 8 line(s) could not be used");
    }

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

    [Fact]
    public async Task A_handler_failure_becomes_an_error_object()
    {
        using var stdin = new MemoryStream("ok\nboom\n"u8.ToArray());
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        await new JsonLinesRunner(stdin, stdout, stderr, 1024).RunAsync(
            text => text == "boom" ? throw new ArgumentException("cannot handle this") : new { input = text },
            TestContext.Current.CancellationToken);

        stdout.ToString().ShouldContain("\"error\":\"line 2: cannot handle this\"");
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
