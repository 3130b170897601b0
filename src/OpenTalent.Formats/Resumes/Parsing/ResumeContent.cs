using System.IO.Compression;
using System.Text;

namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>
/// Tells a file's kind from its bytes: the <c>%PDF-</c> signature, a ZIP holding <c>word/document.xml</c>, a JSON
/// object, or UTF-8 (or BOM-marked UTF-16) text. Everything else is named as well as we can and refused.
/// </summary>
internal static class ResumeContent
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ResumeFileFormat Detect(ReadOnlySpan<byte> content, string sourceName)
    {
        if (content.IsEmpty)
        {
            throw new ResumeFormatException(sourceName, ResumeRejection.NoText, "the file is empty.");
        }

        if (content.StartsWith("%PDF-"u8) || (Head(content).IndexOf("%PDF-"u8) > 0 && content.IndexOf("endobj"u8) > 0))
        {
            return ResumeFileFormat.Pdf;
        }

        if (content.StartsWith("PK\x03\x04"u8))
        {
            return ResumeFileFormat.Docx;
        }

        if (Unsupported(content) is { } kind)
        {
            throw new ResumeFormatException(sourceName, ResumeRejection.UnsupportedContent, $"this is {kind}, not a resume format we read; upload a PDF, a Word document (.docx), a JSON Resume or plain text.");
        }

        return ResumeFileFormat.PlainText;
    }

    /// <summary>Whether the ZIP archive is a Word document; other ZIPs (xlsx, odt, archives) are refused.</summary>
    public static void CheckDocx(ZipArchive archive, string sourceName)
    {
        if (archive.GetEntry("word/document.xml") is not null)
        {
            return;
        }

        var kind = archive.GetEntry("xl/workbook.xml") is not null ? "an Excel workbook"
            : archive.GetEntry("ppt/presentation.xml") is not null ? "a PowerPoint presentation"
            : archive.GetEntry("content.xml") is not null ? "an OpenDocument file"
            : "a ZIP archive";
        throw new ResumeFormatException(sourceName, ResumeRejection.UnsupportedContent, $"this is {kind}, not a Word document; upload a PDF, a .docx, a JSON Resume or plain text.");
    }

    /// <summary>
    /// The text of a file that is not PDF or DOCX: strict UTF-8 (BOM optional) or UTF-16 with a BOM. Invalid bytes
    /// or control characters mean binary content, which is refused rather than parsed into nonsense.
    /// </summary>
    public static string DecodeText(ReadOnlySpan<byte> content, string sourceName)
    {
        string text;
        try
        {
            text = content switch
            {
                [0xEF, 0xBB, 0xBF, ..] => StrictUtf8.GetString(content[3..]),
                [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(content[2..]),
                [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(content[2..]),
                _ => StrictUtf8.GetString(content),
            };
        }
        catch (DecoderFallbackException exception)
        {
            throw new ResumeFormatException(
                sourceName, ResumeRejection.UnsupportedContent,
                $"this is not text (invalid UTF-8 at byte {Offset(exception, content)}) nor a PDF, Word document or JSON Resume; save the resume as PDF, .docx or UTF-8 text.",
                exception);
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v'))
            {
                controls++;
            }
        }

        if (controls > 0 && controls * 100 > text.Length)
        {
            throw new ResumeFormatException(sourceName, ResumeRejection.UnsupportedContent, "this is binary content, not text, a PDF, a Word document or a JSON Resume; upload a resume in one of those formats.");
        }

        return text;
    }

    /// <summary>Whether the text (after any BOM and white space) opens a JSON object.</summary>
    public static bool LooksLikeJsonObject(string text)
    {
        foreach (var c in text)
        {
            if (c == '\uFEFF' || char.IsWhiteSpace(c))
            {
                continue;
            }

            return c == '{';
        }

        return false;
    }

    private static string? Unsupported(ReadOnlySpan<byte> content) => content switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "a PNG image (a scanned resume needs text recognition, which is not offered)",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image (a scanned resume needs text recognition, which is not offered)",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "a GIF image",
        [(byte)'I', (byte)'I', 0x2A, 0x00, ..] or [(byte)'M', (byte)'M', 0x00, 0x2A, ..] => "a TIFF image (a scanned resume needs text recognition, which is not offered)",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "an old binary Word (.doc) or Office file; save it as .docx or PDF",
        [(byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f', ..] => "an RTF document; save it as .docx or PDF",
        [0x1F, 0x8B, ..] => "a gzip archive",
        [(byte)'R', (byte)'a', (byte)'r', (byte)'!', ..] => "a RAR archive",
        [(byte)'7', (byte)'z', 0xBC, 0xAF, ..] => "a 7-Zip archive",
        [0x7F, (byte)'E', (byte)'L', (byte)'F', ..] or [(byte)'M', (byte)'Z', ..] => "a program",
        _ => null,
    };

    // Readers accept a little junk before the signature (within 1 KiB); a text that merely quotes "%PDF-" has no objects.
    private static ReadOnlySpan<byte> Head(ReadOnlySpan<byte> content) => content[..Math.Min(content.Length, 1024)];

    private static int Offset(DecoderFallbackException exception, ReadOnlySpan<byte> content) =>
        exception.Index >= 0 ? exception.Index + (content is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0) : 0;
}
