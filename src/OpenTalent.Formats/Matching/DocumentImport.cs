using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpenTalent.Formats.Json;

namespace OpenTalent.Formats.Matching;

/// <summary>One problem on one line of an imported file.</summary>
public sealed record LineError(int Line, string Field, string Message)
{
    public override string ToString() => Field.Length == 0 ? $"line {Line}: {Message}" : $"line {Line}, {Field}: {Message}";
}

/// <summary>What an import of postings or profiles did.</summary>
/// <param name="Written">False when errors kept the whole file out (nothing was written).</param>
public sealed record DocumentImportReport(int Lines, int Added, int Replaced, IReadOnlyList<LineError> Errors, bool Written);

/// <summary>A parsed document with the exact JSON it came from, so the stored copy loses nothing.</summary>
internal sealed record SourcedDocument<T>(T Document, string Json)
    where T : class
{
    public static IEnumerable<DocumentLine<SourcedDocument<T>>> Read(Stream stream, Func<JsonElement, List<FieldError>, T?> parse) =>
        JsonLinesFile.Read(stream, (element, errors) => parse(element, errors) is { } document ? new SourcedDocument<T>(document, element.GetRawText()) : null);

    /// <summary>A stable id for a document that brings none: the same content always gets the same id.</summary>
    public string ContentId(string prefix) => prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Json)))[..16];
}
