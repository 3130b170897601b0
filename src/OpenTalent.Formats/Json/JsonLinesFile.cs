using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace OpenTalent.Formats.Json;

/// <summary>
/// Reads JSON Lines (one JSON object per line, UTF-8) as a stream of <see cref="DocumentLine{T}"/>: a bad line
/// becomes a line with errors and reading goes on, so one import reports every problem of a file at once.
/// </summary>
public static class JsonLinesFile
{
    /// <summary>The longest line read; a longer one is reported and skipped without being held in memory.</summary>
    public const int MaxLineBytes = 4 * 1024 * 1024;

    /// <summary>
    /// At most this many errors are listed for one line; when there are more, one further error with an empty
    /// field says so. A file with a systematic mistake stays readable, and a hostile line cannot flood memory.
    /// </summary>
    public const int MaxErrorsPerLine = 20;

    internal const string MoreErrorsMessage = "more problems on this line are not listed; fix these and read it again";

    /// <summary>
    /// Streams the lines of <paramref name="stream"/> (which stays open) and hands each JSON object to
    /// <paramref name="parse"/>, which reports problems into the list it is given. Blank lines are skipped and not
    /// reported; a line over <see cref="MaxLineBytes"/>, invalid UTF-8, invalid JSON or a value that is not an object
    /// gives a line with an error. A UTF-8 byte order mark at the start is ignored. Never loads the whole file.
    /// </summary>
    public static IEnumerable<DocumentLine<T>> Read<T>(Stream stream, Func<JsonElement, List<FieldError>, T?> parse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(parse);
        return ReadLines(stream, parse);
    }

    private static IEnumerable<DocumentLine<T>> ReadLines<T>(Stream stream, Func<JsonElement, List<FieldError>, T?> parse)
        where T : class
    {
        using var splitter = new JsonLineSplitter(stream, MaxLineBytes);
        while (splitter.ReadLine())
        {
            if (splitter.TooLong)
            {
                yield return Failed<T>(splitter.LineNumber, string.Create(
                    CultureInfo.InvariantCulture,
                    $"the line is longer than {MaxLineBytes:N0} bytes, the most one document may take; it was skipped"));
                continue;
            }

            var bytes = splitter.Line;
            if (IsBlank(bytes.Span))
            {
                continue;
            }

            yield return ParseLine(splitter.LineNumber, bytes, parse);
        }
    }

    private static DocumentLine<T> ParseLine<T>(int lineNumber, ReadOnlyMemory<byte> bytes, Func<JsonElement, List<FieldError>, T?> parse)
        where T : class
    {
        if (!Utf8.IsValid(bytes.Span))
        {
            return Failed<T>(lineNumber, string.Create(
                CultureInfo.InvariantCulture,
                $"the line is not valid UTF-8 (bad byte at byte {FirstInvalidUtf8(bytes.Span) + 1})"));
        }

        JsonDocument document;
        try
        {
            document = StrictJson.ParseDocument(bytes);
        }
        catch (JsonException ex)
        {
            return Failed<T>(lineNumber, DescribeSyntaxError(ex));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Failed<T>(lineNumber, $"each line must hold one JSON object, this one holds {JsonFields.Describe(root.ValueKind)}");
            }

            var errors = new List<FieldError>();
            var result = parse(root, errors);
            CapErrors(errors);
            return errors.Count == 0 && result is not null
                ? new DocumentLine<T>(lineNumber, result, [])
                : new DocumentLine<T>(lineNumber, null, errors.Count == 0 ? [new FieldError("", "the line was not accepted")] : errors);
        }
    }

    private static void CapErrors(List<FieldError> errors)
    {
        if (errors.Count > MaxErrorsPerLine + 1
            || (errors.Count == MaxErrorsPerLine + 1 && errors[MaxErrorsPerLine].Message != MoreErrorsMessage))
        {
            errors.RemoveRange(MaxErrorsPerLine, errors.Count - MaxErrorsPerLine);
            errors.Add(new FieldError("", MoreErrorsMessage));
        }
    }

    private static DocumentLine<T> Failed<T>(int lineNumber, string message)
        where T : class => new(lineNumber, null, [new FieldError("", message)]);

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0;

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return at;
            }

            at += consumed;
        }

        return at;
    }

    private static string DescribeSyntaxError(JsonException exception)
    {
        // The reader's message ends with "LineNumber: 0 | BytePositionInLine: 7." which says nothing useful
        // about a one-line document except the position, reported here 1-based.
        var message = exception.Message;
        var tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (tail < 0)
        {
            tail = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        var reason = (tail >= 0 ? message[..tail] : message).Trim().TrimEnd('.');
        return exception.BytePositionInLine is { } position
            ? string.Create(CultureInfo.InvariantCulture, $"the line is not valid JSON at byte {position + 1}: {reason}")
            : $"the line is not valid JSON: {reason}";
    }
}
