using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>
/// The text of a Word document: the first page header (where many templates put name and contacts), then the
/// body's paragraphs in order, one per line. List items start with a bullet so they read as highlights; each table
/// cell is a line of its own, and tabs survive so "Engineer[tab]2019 – 2021" keeps its parts apart.
/// </summary>
internal static class DocxTextExtractor
{
    /// <summary>Unpacked text larger than this is refused: a resume is a few pages, a "zip bomb" is not.</summary>
    private const long MaxDocumentXmlBytes = 64L * 1024 * 1024;

    /// <summary>All parts together, unpacked: headers, styles and images included, a resume stays far below this.</summary>
    private const long MaxUnpackedBytes = 128L * 1024 * 1024;

    /// <summary>More parts than any Word document has; a ZIP with more is built to exhaust whoever opens it.</summary>
    private const int MaxEntries = 2_000;

    /// <summary>XML packs about 5-20 to 1; a part that claims far more than this is a bomb, not a document.</summary>
    private const long MaxCompressionRatio = 1_000;

    /// <summary>
    /// Refuses, from the sizes the archive declares and before anything is unpacked: too many parts, a document part
    /// or a whole that unpacks too large, or a part packed far tighter than real content ever is.
    /// </summary>
    private static void CheckSizes(ZipArchive archive, string sourceName)
    {
        if (archive.Entries.Count > MaxEntries)
        {
            throw new ResumeFormatException(sourceName, ResumeRejection.TooLarge, $"the Word document has {archive.Entries.Count:N0} parts; a real one has a few dozen.");
        }

        long total = 0;
        foreach (var entry in archive.Entries)
        {
            total += entry.Length;
            if (entry.Length > 1024 * 1024 && entry.Length > entry.CompressedLength * MaxCompressionRatio)
            {
                throw new ResumeFormatException(sourceName, ResumeRejection.TooLarge, $"the part '{entry.FullName}' unpacks {entry.Length / Math.Max(1, entry.CompressedLength):N0} times larger than it is packed: a ZIP bomb, not a document.");
            }
        }

        if (archive.GetEntry("word/document.xml") is { Length: > MaxDocumentXmlBytes })
        {
            throw new ResumeFormatException(sourceName, ResumeRejection.TooLarge, "the Word document unpacks to more than 64 MiB of text, far beyond any resume.");
        }

        if (total > MaxUnpackedBytes)
        {
            throw new ResumeFormatException(sourceName, ResumeRejection.TooLarge, $"the Word document unpacks to {total / (1024 * 1024):N0} MiB in all, far beyond any resume.");
        }
    }

    public static string Extract(byte[] content, string sourceName)
    {
        try
        {
            using (var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read))
            {
                ResumeContent.CheckDocx(archive, sourceName);
                CheckSizes(archive, sourceName);
            }

            using var document = WordprocessingDocument.Open(new MemoryStream(content, writable: false), isEditable: false);
            var main = document.MainDocumentPart ?? throw new ResumeFormatException(sourceName, ResumeRejection.Unreadable, "the Word document has no main part; save it again from Word or LibreOffice.");
            var text = new StringBuilder();
            foreach (var header in main.HeaderParts)
            {
                if (header.Header is { } root)
                {
                    AppendBlocks(root, text);
                }
            }

            if (main.Document?.Body is { } body)
            {
                AppendBlocks(body, text);
            }

            return text.ToString();
        }
        catch (InvalidDataException exception)
        {
            throw new ResumeFormatException(sourceName, ResumeRejection.Unreadable, $"the Word document is damaged ({exception.Message}); save it again and upload it.", exception);
        }
        catch (Exception exception) when (exception is FileFormatException or InvalidOperationException or KeyNotFoundException or ArgumentException or InvalidCastException)
        {
            // The packaging layer's words for parts that are missing, of the wrong kind or wrongly named.
            throw new ResumeFormatException(sourceName, ResumeRejection.Unreadable, $"the Word document is damaged ({exception.Message}); save it again and upload it.", exception);
        }
        catch (OpenXmlPackageException exception)
        {
            throw new ResumeFormatException(sourceName, ResumeRejection.Unreadable, $"the Word document cannot be opened ({exception.Message}); it may be encrypted or damaged.", exception);
        }
        catch (System.Xml.XmlException exception)
        {
            throw new ResumeFormatException(sourceName, ResumeRejection.Unreadable, $"the Word document holds malformed XML (line {exception.LineNumber}); save it again and upload it.", exception);
        }
    }

    private static void AppendBlocks(OpenXmlElement container, StringBuilder text)
    {
        foreach (var paragraph in container.Descendants<Paragraph>())
        {
            var line = ParagraphText(paragraph);
            if (line.Length == 0)
            {
                text.Append('\n');
                continue;
            }

            if (paragraph.ParagraphProperties?.NumberingProperties is not null && !ResumeLines.IsBullet(line))
            {
                text.Append("• ");
            }

            text.Append(line).Append('\n');
        }
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var line = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            // A text box's paragraphs are lines of their own, and Word's legacy fallback copy of it would repeat them.
            if (!ReferenceEquals(element.Ancestors<Paragraph>().First(), paragraph) || element.Ancestors<AlternateContentFallback>().Any())
            {
                continue;
            }

            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text run:
                    line.Append(run.Text);
                    break;
                case TabChar:
                    line.Append('\t');
                    break;
                case Break or CarriageReturn:
                    line.Append('\n');
                    break;
                case NoBreakHyphen:
                    line.Append('-');
                    break;
            }
        }

        return line.ToString().Trim();
    }
}
