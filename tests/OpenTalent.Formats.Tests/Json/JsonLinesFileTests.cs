using System.Text;
using System.Text.Json;
using OpenTalent.Formats.Json;

namespace OpenTalent.Formats.Tests.Json;

public class JsonLinesFileTests
{
    private static string? NameOf(JsonElement element, List<FieldError> errors)
    {
        if (element.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
        {
            return name.GetString();
        }

        errors.Add(new FieldError("name", "is required"));
        return null;
    }

    private static List<DocumentLine<string>> ReadAll(Stream stream) => [.. JsonLinesFile.Read<string>(stream, NameOf)];

    [Fact]
    public void Skips_blank_lines_but_counts_them_in_line_numbers()
    {
        var lines = ReadAll(JsonText.Lines("{\"name\":\"a\"}\n\n   \n\t\r\n{\"name\":\"b\"}\n"));

        lines.Select(l => (l.Line, l.Document)).ShouldBe([(1, "a"), (5, "b")]);
        lines.ShouldAllBe(l => l.IsValid);
    }

    [Fact]
    public void Accepts_crlf_line_ends_a_byte_order_mark_and_a_last_line_without_line_end()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"name\":\"a\"}\r\n{\"name\":\"b\"}")).ToArray();

        var lines = ReadAll(new MemoryStream(bytes));

        lines.Select(l => l.Document).ShouldBe(["a", "b"]);
        lines[1].Line.ShouldBe(2);
    }

    [Fact]
    public void A_property_named_twice_or_half_a_surrogate_pair_is_refused_with_its_place_and_the_next_line_read()
    {
        var lines = ReadAll(JsonText.Lines("{\"name\":\"a\",\"name\":\"b\"}\n{\"name\":\"ok \\uD83D\\uDE00\"}\n{\"x\":1,\"name\":\"bad \\uD800\"}\n"));

        lines.Select(l => l.Document).ShouldBe([null, "ok \U0001F600", null]);
        lines[0].Errors.ShouldHaveSingleItem().Message.ShouldContain("name");
        lines[2].Errors.ShouldHaveSingleItem().Message.ShouldContain("at byte 15: a string holds a \\u escape of half a UTF-16 surrogate pair");
    }

    [Fact]
    public void An_empty_stream_gives_no_lines() => ReadAll(new MemoryStream()).ShouldBeEmpty();

    [Fact]
    public void Reports_a_line_that_is_not_a_json_object_and_goes_on()
    {
        var lines = ReadAll(JsonText.Lines("[1,2]\n\"text\"\n42\n{\"name\":\"ok\"}\n"));

        lines.Count.ShouldBe(4);
        lines[0].Errors.ShouldHaveSingleItem().ShouldBe(new FieldError("", "each line must hold one JSON object, this one holds an array"));
        lines[1].Errors.Single().Message.ShouldContain("a string");
        lines[2].Errors.Single().Message.ShouldContain("a number");
        lines[0].Document.ShouldBeNull();
        lines[3].IsValid.ShouldBeTrue();
        lines[3].Line.ShouldBe(4);
    }

    [Fact]
    public void Reports_invalid_json_with_the_byte_where_it_breaks()
    {
        var line = ReadAll(JsonText.Lines("{\"name\": x}\n")).ShouldHaveSingleItem();

        line.IsValid.ShouldBeFalse();
        var error = line.Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("");
        error.Message.ShouldStartWith("the line is not valid JSON at byte 10:");
        error.Message.ShouldNotContain("LineNumber");
    }

    [Fact]
    public void Reports_two_objects_on_one_line_as_invalid_json()
    {
        var line = ReadAll(JsonText.Lines("{\"name\":\"a\"} {\"name\":\"b\"}\n")).ShouldHaveSingleItem();

        line.Errors.Single().Message.ShouldStartWith("the line is not valid JSON");
    }

    [Fact]
    public void Reports_invalid_utf8_with_the_offending_byte_and_reads_on()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"name\":\"ab").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"}\n{\"name\":\"é\"}\n")).ToArray();

        var lines = ReadAll(new MemoryStream(bytes));

        lines[0].Errors.ShouldHaveSingleItem().Message.ShouldBe("the line is not valid UTF-8 (bad byte at byte 12)");
        lines[1].Document.ShouldBe("é");
        lines[1].Line.ShouldBe(2);
    }

    [Fact]
    public void Skips_a_line_over_the_limit_without_holding_it_and_reads_the_next()
    {
        var huge = new StringBuilder("{\"name\":\"");
        huge.Append('x', JsonLinesFile.MaxLineBytes);
        huge.Append("\"}\n{\"name\":\"after\"}\n");

        var lines = ReadAll(JsonText.Lines(huge.ToString()));

        lines.Count.ShouldBe(2);
        lines[0].Line.ShouldBe(1);
        lines[0].Errors.ShouldHaveSingleItem().Message.ShouldStartWith("the line is longer than 4,194,304 bytes");
        lines[1].Document.ShouldBe("after");
        lines[1].Line.ShouldBe(2);
    }

    [Fact]
    public void Accepts_a_line_of_exactly_the_limit_even_with_a_crlf_end()
    {
        var prefix = "{\"name\":\"";
        var suffix = "\"}";
        var line = prefix + new string('y', JsonLinesFile.MaxLineBytes - prefix.Length - suffix.Length) + suffix;

        var lines = ReadAll(JsonText.Lines(line + "\r\n" + line + "x"));

        lines[0].IsValid.ShouldBeTrue();
        lines[0].Document!.Length.ShouldBe(JsonLinesFile.MaxLineBytes - prefix.Length - suffix.Length);
        lines[1].Errors.Single().Message.ShouldStartWith("the line is longer than");
    }

    [Fact]
    public void Streams_lines_without_reading_to_the_end_of_the_file()
    {
        using var endless = new EndlessLines("{\"name\":\"again\"}\n");

        var firstThree = JsonLinesFile.Read<string>(endless, NameOf).Take(3).ToList();

        firstThree.Select(l => l.Line).ShouldBe([1, 2, 3]);
        endless.BytesRead.ShouldBeLessThan(1024 * 1024);
    }

    [Fact]
    public void A_line_the_parser_rejects_keeps_its_errors_and_no_document()
    {
        var lines = ReadAll(JsonText.Lines("{\"name\":\"good\"}\n{\"other\":1}\n{\"name\":\"good too\"}\n"));

        lines.Select(l => l.IsValid).ShouldBe([true, false, true]);
        lines[1].Line.ShouldBe(2);
        lines[1].Errors.ShouldHaveSingleItem().ShouldBe(new FieldError("name", "is required"));
        lines[1].Errors[0].ToString().ShouldBe("name: is required");
    }

    [Fact]
    public void Caps_the_errors_a_parser_reports_for_one_line()
    {
        static string? Flood(JsonElement element, List<FieldError> errors)
        {
            for (var i = 0; i < 500; i++)
            {
                errors.Add(new FieldError($"f{i}", "bad"));
            }

            return null;
        }

        var line = JsonLinesFile.Read<string>(JsonText.Lines("{}\n"), Flood).Single();

        line.Errors.Count.ShouldBe(JsonLinesFile.MaxErrorsPerLine + 1);
        line.Errors[^1].Field.ShouldBe("");
        line.Errors[^1].Message.ShouldStartWith("more problems on this line are not listed");
    }

    [Fact]
    public void A_parser_that_returns_nothing_without_saying_why_still_gives_an_error()
    {
        var line = JsonLinesFile.Read<string>(JsonText.Lines("{}\n"), (_, _) => null).Single();

        line.IsValid.ShouldBeFalse();
        line.Errors.ShouldNotBeEmpty();
    }

    [Fact]
    public void Leaves_the_stream_open()
    {
        using var stream = JsonText.Lines("{\"name\":\"a\"}\n");

        ReadAll(stream);

        stream.CanRead.ShouldBeTrue();
    }

    /// <summary>A stream that never ends, to prove the reader pulls only what it yields.</summary>
    private sealed class EndlessLines(string line) : Stream
    {
        private readonly byte[] _line = Encoding.UTF8.GetBytes(line);
        private long _position;

        public long BytesRead => _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[offset + i] = _line[(int)(_position++ % _line.Length)];
            }

            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
