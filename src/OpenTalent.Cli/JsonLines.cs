using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenTalent.Cli;

/// <summary>The outcome of one input line: a result to print, or why the line could not be used.</summary>
internal readonly record struct LineOutcome(object? Result, string? Error);

public sealed record JsonLinesSummary(long Lines, long Errors);

/// <summary>
/// Runs a per-line command over JSON Lines: one input line in, one JSON object out, in input order.
/// A line is plain text, or a JSON string literal (so texts with line breaks can be passed escaped).
/// Lines that cannot be used — empty, not UTF-8, binary, longer than the limit — give an error object
/// naming the line instead of stopping the run; a 50 MB line is skipped without being held in memory.
/// </summary>
public sealed class JsonLinesRunner(Stream input, TextWriter output, TextWriter error, int maxLineBytes, int batchSize = 512)
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<JsonLinesSummary> RunAsync(Func<string, object> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        long lines = 0, errors = 0;
        var batch = new List<RawLine>(batchSize);
        var outcomes = new LineOutcome[batchSize];
        await foreach (var line in ReadLinesAsync(cancellationToken))
        {
            batch.Add(line);
            if (batch.Count == batchSize)
            {
                errors += await FlushAsync(batch, outcomes, handle, cancellationToken);
                lines += batch.Count;
                batch.Clear();
            }
        }

        errors += await FlushAsync(batch, outcomes, handle, cancellationToken);
        lines += batch.Count;
        await output.FlushAsync(cancellationToken);
        if (errors > 0)
        {
            await error.WriteLineAsync($"{errors:N0} of {lines:N0} line(s) could not be used; their output objects carry \"error\".");
        }

        return new JsonLinesSummary(lines, errors);
    }

    private async Task<long> FlushAsync(List<RawLine> batch, LineOutcome[] outcomes, Func<string, object> handle, CancellationToken cancellationToken)
    {
        // Lines are independent, so a batch runs on every core; output keeps input order.
        Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => outcomes[i] = Process(batch[i], handle));
        long errors = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var outcome = outcomes[i];
            if (outcome.Error is { } message)
            {
                errors++;
                await output.WriteLineAsync(JsonSerializer.Serialize(new { line = batch[i].Number, input = batch[i].Preview, error = message }, JsonOptions));
            }
            else
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(outcome.Result, JsonOptions));
            }

            outcomes[i] = default;
        }

        return errors;
    }

    private static LineOutcome Process(RawLine line, Func<string, object> handle)
    {
        if (line.Error is { } early)
        {
            return new LineOutcome(null, early);
        }

        var text = line.Text!;
        try
        {
            return new LineOutcome(handle(text), null);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException or OutOfMemoryException)
        {
            return new LineOutcome(null, $"line {line.Number}: {exception.Message}");
        }
    }

    private async IAsyncEnumerable<RawLine> ReadLinesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(1 << 16);
        var line = new ArrayBufferWriter<byte>(4096);
        long number = 0;
        long oversizeBytes = 0;
        try
        {
            int read;
            while ((read = await input.ReadAsync(chunk.AsMemory(0, chunk.Length), cancellationToken)) > 0)
            {
                var position = 0;
                while (position < read)
                {
                    var end = chunk.AsSpan(position, read - position).IndexOf((byte)'\n');
                    var length = end < 0 ? read - position : end;
                    if (oversizeBytes > 0 || line.WrittenCount + length > maxLineBytes)
                    {
                        oversizeBytes += line.WrittenCount + length;
                        line.Clear();
                    }
                    else
                    {
                        line.Write(chunk.AsSpan(position, length));
                    }

                    if (end < 0)
                    {
                        break;
                    }

                    number++;
                    yield return Complete(number, line, oversizeBytes);
                    line.Clear();
                    oversizeBytes = 0;
                    position += length + 1;
                }
            }

            if (line.WrittenCount > 0 || oversizeBytes > 0)
            {
                number++;
                yield return Complete(number, line, oversizeBytes);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private RawLine Complete(long number, ArrayBufferWriter<byte> buffer, long oversizeBytes)
    {
        if (oversizeBytes > 0)
        {
            return RawLine.Failed(number, $"line {number} is {oversizeBytes:N0} bytes long; the limit is {maxLineBytes:N0} (--max-line-bytes). It was skipped.");
        }

        var bytes = buffer.WrittenSpan;
        if (bytes.Length > 0 && bytes[^1] == '\r')
        {
            bytes = bytes[..^1];
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return RawLine.Failed(number, $"line {number} holds binary data (a NUL byte), not text.");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            return RawLine.Failed(number, $"line {number} is not valid UTF-8 (bad byte at offset {exception.Index}).");
        }

        if (CountControlCharacters(text) * 10 > text.Length)
        {
            return RawLine.Failed(number, $"line {number} is mostly control characters: it looks like binary data, not text.", Preview(text));
        }

        if (text.Length > 1 && text[0] == '"')
        {
            try
            {
                text = JsonSerializer.Deserialize<string>(text) ?? string.Empty;
            }
            catch (JsonException exception)
            {
                return RawLine.Failed(number, $"line {number} starts with a quote but is not a valid JSON string: {exception.Message}", Preview(text));
            }
        }

        return string.IsNullOrWhiteSpace(text)
            ? RawLine.Failed(number, $"line {number} is empty.", text)
            : new RawLine(number, text, null, Preview(text));
    }

    private static int CountControlCharacters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                count++;
            }
        }

        return count;
    }

    private static string Preview(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private readonly record struct RawLine(long Number, string? Text, string? Error, string? Preview)
    {
        public static RawLine Failed(long number, string error, string? preview = null) => new(number, null, error, preview);
    }
}
