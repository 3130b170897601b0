using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTalent.Formats.Json;
using OpenTalent.Formats.Matching;
using OpenTalent.Text.Matching;
using OpenTalent.Text.Models;

namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>
/// Reads an uploaded resume (PDF through <c>pdftotext</c>, DOCX, plain text, or a JSON Resume) into a JSON Resume,
/// with a warning for every field it could not find. The kind of file is judged by its content, never its name, and
/// files over <see cref="ResumeParserOptions.MaxBytes"/> are refused before they are parsed. Thread-safe.
/// </summary>
public sealed class ResumeParser
{
    private readonly ResumeParserOptions _options;
    private readonly ResumeTextReader _reader;

    public ResumeParser(TextModels models, ResumeParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        _options = options ?? new ResumeParserOptions();
        _options.Validate();
        var concepts = SkillConcepts.Build(models.Skills.Catalog);
        _reader = new ResumeTextReader(models, new SkillEvidenceReader(models, concepts));
    }

    public ResumeParserOptions Options => _options;

    /// <summary>A parser with the latest text models of the database (built on first use).</summary>
    public static async Task<ResumeParser> CreateAsync(TextModelProvider textModels, ResumeParserOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(textModels);
        var (models, _) = await textModels.GetAsync(null, cancellationToken);
        return new ResumeParser(models, options);
    }

    /// <summary>Reads a file from disk; its name appears in every error and is not used to tell its kind.</summary>
    public async Task<ParsedResume> ParseFileAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var name = Path.GetFileName(path);
        var length = new FileInfo(path).Length;
        if (length > _options.MaxBytes)
        {
            throw TooLarge(name, length);
        }

        await using var stream = File.OpenRead(path);
        return await ParseAsync(stream, name, cancellationToken);
    }

    /// <summary>Reads an upload; at most <see cref="ResumeParserOptions.MaxBytes"/> + 1 bytes are ever buffered.</summary>
    public async Task<ParsedResume> ParseAsync(Stream content, string sourceName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                throw TooLarge(sourceName, null);
            }

            buffer.Write(chunk, 0, read);
        }

        return await ParseAsync(buffer.ToArray(), sourceName, cancellationToken);
    }

    public async Task<ParsedResume> ParseAsync(byte[] content, string sourceName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        if (content.Length > _options.MaxBytes)
        {
            throw TooLarge(sourceName, content.Length);
        }

        var format = ResumeContent.Detect(content, sourceName);
        switch (format)
        {
            case ResumeFileFormat.Pdf:
                var pdfText = await PdfTextExtractor.ExtractAsync(content, sourceName, _options, cancellationToken);
                return FromText(RequireText(pdfText, sourceName, "the PDF holds no text, only images (a scanned resume?); text recognition is not offered, so export the resume from its editor as PDF or .docx"), format);
            case ResumeFileFormat.Docx:
                return FromText(RequireText(DocxTextExtractor.Extract(content, sourceName), sourceName, "the Word document holds no text"), format);
            default:
                var text = ResumeContent.DecodeText(content, sourceName);
                return ResumeContent.LooksLikeJsonObject(text)
                    ? FromJsonResume(text, sourceName)
                    : FromText(RequireText(text, sourceName, "the file holds only white space"), ResumeFileFormat.PlainText);
        }
    }

    /// <summary>Plain resume text (already extracted) to a JSON Resume.</summary>
    public ParsedResume ParseText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FromText(text, ResumeFileFormat.PlainText);
    }

    private ParsedResume FromText(string text, ResumeFileFormat format)
    {
        var warnings = new List<ResumeParseWarning>();
        var json = _reader.Read(text, warnings);
        return new ParsedResume(format, json, Validate(json, warnings), warnings, text);
    }

    private static ParsedResume FromJsonResume(string text, string sourceName)
    {
        JsonNode? node;
        try
        {
            node = StrictJson.ParseNode(text.TrimStart('\uFEFF'), lenient: true);
        }
        catch (JsonException exception)
        {
            throw new ResumeFormatException(sourceName, ResumeRejection.Unreadable, $"line {(exception.LineNumber ?? 0) + 1}: not valid JSON ({exception.Message})", exception);
        }

        if (node is not JsonObject resume)
        {
            throw new ResumeFormatException(sourceName, ResumeRejection.Unreadable, "a JSON Resume must be one JSON object.");
        }

        var errors = new List<FieldError>();
        using var parsed = JsonDocument.Parse(resume.ToJsonString());
        var document = ResumeReader.Parse(parsed.RootElement, errors);
        if (document is null || errors.Count > 0)
        {
            var problems = string.Join("; ", errors.Select(e => e.Field.Length == 0 ? e.Message : $"{e.Field}: {e.Message}"));
            throw new ResumeFormatException(sourceName, ResumeRejection.Unreadable, $"not a valid JSON Resume: {problems}");
        }

        return new ParsedResume(ResumeFileFormat.JsonResume, resume, document, [], "");
    }

    // The parsed result goes through the same reader as any JSON Resume, so what the person reviews is what matching gets.
    private static ResumeDocument? Validate(JsonObject json, List<ResumeParseWarning> warnings)
    {
        var errors = new List<FieldError>();
        using var parsed = JsonDocument.Parse(json.ToJsonString());
        var document = ResumeReader.Parse(parsed.RootElement, errors);
        warnings.AddRange(errors.Select(e => new ResumeParseWarning(e.Field, e.Message)));
        return errors.Count == 0 ? document : null;
    }

    private static string RequireText(string text, string sourceName, string problem) =>
        string.IsNullOrWhiteSpace(text) ? throw new ResumeFormatException(sourceName, ResumeRejection.NoText, problem + ".") : text;

    private ResumeFormatException TooLarge(string sourceName, long? length) =>
        new(sourceName, ResumeRejection.TooLarge, length is { } size
            ? $"the file is {Mebibytes(size)}, over the limit of {Mebibytes(_options.MaxBytes)}."
            : $"the file is over the limit of {Mebibytes(_options.MaxBytes)}.");

    private static string Mebibytes(long bytes) => bytes >= 1024 * 1024
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.#} MiB")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes} bytes");
}
