using System.Text;
using System.Text.Json;
using OpenTalent.Formats.Json;

namespace OpenTalent.Formats.Tests.Json;

/// <summary>Small fixtures for the JSON readers: JSON Lines streams and single objects written in code.</summary>
internal static class JsonText
{
    public static MemoryStream Lines(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>Runs <paramref name="parse"/> on one object written with single quotes for readability.</summary>
    public static (T? Document, List<FieldError> Errors) ParseOne<T>(string json, Func<JsonElement, List<FieldError>, T?> parse)
        where T : class
    {
        using var document = JsonDocument.Parse(json.Replace('\'', '"'));
        var errors = new List<FieldError>();
        var result = parse(document.RootElement, errors);
        return (result, errors);
    }

    public static string Describe(IEnumerable<FieldError> errors) => string.Join(" | ", errors);
}
