using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenTalent.Formats.Json;

/// <summary>
/// Parsing for JSON that comes from outside, refusing up front what the parsers accept but whoever reads the result
/// later trips over: a property named twice (a <see cref="JsonObject"/> throws on first use, and which value counts
/// is a guess), and a string holding a <c>\uD800</c>-style escape of half a UTF-16 surrogate pair (reading it
/// throws). Both become a <see cref="JsonException"/> with its place, which every caller already reports.
/// </summary>
public static class StrictJson
{
    /// <summary>Nesting deeper than any real document; deeper input is refused rather than recursed into.</summary>
    public const int MaxDepth = 64;

    public static JsonDocumentOptions DocumentOptions(bool lenient = false) => new()
    {
        MaxDepth = MaxDepth,
        AllowDuplicateProperties = false,
        CommentHandling = lenient ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
        AllowTrailingCommas = lenient,
    };

    /// <summary>Parses a document; <paramref name="lenient"/> allows comments and trailing commas, as hand-written files have.</summary>
    public static JsonDocument ParseDocument(ReadOnlyMemory<byte> json, bool lenient = false)
    {
        // Strings first: the duplicate-name check itself trips over a property name holding half a surrogate pair.
        EnsureReadable(json.Span, ReaderOptions(lenient));
        return JsonDocument.Parse(json, DocumentOptions(lenient));
    }

    /// <inheritdoc cref="ParseDocument(ReadOnlyMemory{byte}, bool)"/>
    public static JsonNode? ParseNode(string json, bool lenient = false)
    {
        EnsureReadable(json, ReaderOptions(lenient));
        return JsonNode.Parse(json, documentOptions: DocumentOptions(lenient));
    }

    private static JsonReaderOptions ReaderOptions(bool lenient) => new()
    {
        MaxDepth = MaxDepth,
        CommentHandling = lenient ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
        AllowTrailingCommas = lenient,
    };

    /// <summary>Throws a <see cref="JsonException"/> at the first syntax error or unreadable string of <paramref name="json"/>.</summary>
    private static void EnsureReadable(ReadOnlySpan<byte> json, JsonReaderOptions options)
    {
        // Only escapes can hold lone surrogates; most documents have none and need no second pass.
        if (json.IndexOf("\\u"u8) < 0)
        {
            return;
        }

        var reader = new Utf8JsonReader(json, options);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
            {
                try
                {
                    _ = reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    var before = json[..(int)reader.TokenStartIndex];
                    var line = before.Count((byte)'\n');
                    var column = before.Length - (before.LastIndexOf((byte)'\n') + 1);
                    throw new JsonException(
                        "a string holds a \\u escape of half a UTF-16 surrogate pair, which is not text.",
                        path: null, lineNumber: line, bytePositionInLine: column);
                }
            }
        }
    }

    /// <inheritdoc cref="EnsureReadable(ReadOnlySpan{byte}, JsonReaderOptions)"/>
    private static void EnsureReadable(string json, JsonReaderOptions options)
    {
        if (json.Contains("\\u", StringComparison.Ordinal))
        {
            EnsureReadable(Encoding.UTF8.GetBytes(json), options);
        }
    }
}
