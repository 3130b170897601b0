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
}
