using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenTalent.Formats.Resumes.Parsing;

namespace OpenTalent.Formats.Tests.Resumes.Parsing;

public class ResumeFileParsingTests(StarterModelsFixture fixture) : IClassFixture<StarterModelsFixture>
{
    private ResumeParser Parser(long maxBytes = ResumeParserOptions.DefaultMaxBytes) => new(fixture.Models, new ResumeParserOptions { MaxBytes = maxBytes });

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Fixture(string name, [CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Fixtures", name);

    [Fact]
    public async Task Plain_text_is_read_whatever_the_file_is_called()
    {
        var parsed = await Parser().ParseAsync(Encoding.UTF8.GetBytes(ResumeTextParsingTests.JaneDoe), "resume.pdf", Token);

        parsed.Format.ShouldBe(ResumeFileFormat.PlainText);
        parsed.Json["basics"]!["name"]!.GetValue<string>().ShouldBe("Jane Doe");
    }

    [Fact]
    public async Task A_docx_keeps_paragraph_order_list_items_and_table_cells()
    {
        var docx = Docx(body =>
        {
            body.Append(Paragraph("Robin Park"), Paragraph("Customer Support Specialist"), Paragraph("robin@example.net"), Paragraph("Work Experience"));
            body.Append(Table(["Support Specialist, Fabrikam", "Apr 2019 – Present"]));
            body.Append(ListItem("Answered customer questions by chat and email"), ListItem("Documented solutions in Zendesk"));
            body.Append(Paragraph("Education"), Paragraph("Portland Community College"), Paragraph("Associate of Arts, Communication, 2017"));
            body.Append(Paragraph("Skills"), Paragraph("Zendesk, customer service, Salesforce"));
        });

        var parsed = await Parser().ParseAsync(docx, "upload.bin", Token);

        parsed.Format.ShouldBe(ResumeFileFormat.Docx);
        parsed.Json["basics"]!["name"]!.GetValue<string>().ShouldBe("Robin Park");
        var work = parsed.Json["work"]!.AsArray().ShouldHaveSingleItem()!;
        work["position"]!.GetValue<string>().ShouldBe("Support Specialist");
        work["name"]!.GetValue<string>().ShouldBe("Fabrikam");
        work["startDate"]!.GetValue<string>().ShouldBe("2019-04");
        work["highlights"]!.AsArray().Count.ShouldBe(2);
        var education = parsed.Json["education"]!.AsArray().ShouldHaveSingleItem()!;
        education["institution"]!.GetValue<string>().ShouldBe("Portland Community College");
        education["studyType"]!.GetValue<string>().ShouldBe("Associate");
        education["endDate"]!.GetValue<string>().ShouldBe("2017");
        parsed.Text.ShouldContain("• Documented solutions in Zendesk");
    }

    [Fact]
    public async Task A_pdf_is_read_through_pdftotext()
    {
        if (!PdfToTextInstalled())
        {
            Assert.Skip("pdftotext (poppler-utils) is not installed; .ci/run installs it.");
        }

        var parsed = await Parser().ParseFileAsync(Fixture("resume.pdf"), Token);

        parsed.Format.ShouldBe(ResumeFileFormat.Pdf);
        parsed.Json["basics"]!["name"]!.GetValue<string>().ShouldBe("Alex Morgan");
        parsed.Json["basics"]!["email"]!.GetValue<string>().ShouldBe("alex.morgan@example.org");
        var work = parsed.Json["work"]!.AsArray().ShouldHaveSingleItem()!;
        work["name"]!.GetValue<string>().ShouldBe("Tailspin Toys");
        work["startDate"]!.GetValue<string>().ShouldBe("2021-02");
        parsed.Json["education"]!.AsArray().ShouldHaveSingleItem()!["studyType"]!.GetValue<string>().ShouldBe("Master");
        parsed.Json["skills"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).ShouldContain("PyTorch");
    }

    [Fact]
    public async Task A_damaged_pdf_is_refused_with_a_clear_reason()
    {
        if (!PdfToTextInstalled())
        {
            Assert.Skip("pdftotext (poppler-utils) is not installed; .ci/run installs it.");
        }

        var exception = await Should.ThrowAsync<ResumeFormatException>(() => Parser().ParseAsync(Encoding.ASCII.GetBytes("%PDF-1.4\nthis is not really a pdf\n"), "cv.pdf", Token));

        exception.Rejection.ShouldBeOneOf(ResumeRejection.Unreadable, ResumeRejection.NoText);
        exception.Message.ShouldStartWith("cv.pdf: ");
    }

    [Fact]
    public async Task A_missing_pdftotext_is_named()
    {
        var parser = new ResumeParser(fixture.Models, new ResumeParserOptions { PdfToTextPath = "/nonexistent/pdftotext" });

        var exception = await Should.ThrowAsync<ResumeFormatException>(() => parser.ParseFileAsync(Fixture("resume.pdf"), Token));

        exception.Rejection.ShouldBe(ResumeRejection.ToolUnavailable);
        exception.Message.ShouldContain("poppler-utils");
    }

    [Fact]
    public async Task A_json_resume_passes_through_unchanged()
    {
        const string Json = """{"basics":{"name":"Sam Example","label":"ML Engineer","email":"sam@example.com"},"work":[{"name":"Tailspin","position":"ML Engineer","startDate":"2021-03"}],"meta":{"id":"sam"}}""";

        var parsed = await Parser().ParseAsync(Encoding.UTF8.GetBytes("\uFEFF" + Json), "resume.txt", Token);

        parsed.Format.ShouldBe(ResumeFileFormat.JsonResume);
        parsed.Json.ToJsonString().ShouldBe(Json);
        parsed.Document.ShouldNotBeNull().Identifier.ShouldBe("sam");
        parsed.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_invalid_json_resume_is_refused_with_its_field()
    {
        var exception = await Should.ThrowAsync<ResumeFormatException>(() =>
            Parser().ParseAsync(Encoding.UTF8.GetBytes("""{"work":[{"name":"A","startDate":"March 2020"}]}"""), "resume.json", Token));

        exception.Rejection.ShouldBe(ResumeRejection.Unreadable);
        exception.Message.ShouldContain("work[0].startDate");
    }

    [Theory]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0 }, "PNG image")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, ".doc")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03, 0xFE, 0x80, 0x81, 0x00 }, "not text")]
    public async Task Other_content_is_refused_whatever_its_name(byte[] content, string mention)
    {
        var exception = await Should.ThrowAsync<ResumeFormatException>(() => Parser().ParseAsync(content, "resume.txt", Token));

        exception.Rejection.ShouldBe(ResumeRejection.UnsupportedContent);
        exception.Message.ShouldStartWith("resume.txt: ");
        exception.Message.ShouldContain(mention);
    }

    [Fact]
    public async Task A_zip_that_is_not_a_word_document_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            writer.Write("hello");
        }

        var exception = await Should.ThrowAsync<ResumeFormatException>(() => Parser().ParseAsync(buffer.ToArray(), "resume.docx", Token));

        exception.Rejection.ShouldBe(ResumeRejection.UnsupportedContent);
        exception.Message.ShouldContain("ZIP archive");
    }

    [Theory]
    [InlineData("word/document.xml", 80, "unpacks")]
    [InlineData("word/media/image1.png", 200, "a ZIP bomb")]
    public async Task A_word_document_that_unpacks_to_far_more_than_it_holds_is_refused_without_unpacking_it(string part, int mebibytes, string says)
    {
        // Spaces pack about a thousand to one: a few hundred KiB on disk that would unpack to tens or hundreds of MiB.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open()))
            {
                writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
                if (part == "word/document.xml")
                {
                    writer.Write(new string(' ', mebibytes * 1024 * 1024));
                }
            }

            if (part != "word/document.xml")
            {
                using var stream = zip.CreateEntry(part, CompressionLevel.SmallestSize).Open();
                var zeros = new byte[1024 * 1024];
                for (var i = 0; i < mebibytes; i++)
                {
                    stream.Write(zeros);
                }
            }
        }

        buffer.Length.ShouldBeLessThan(2L * 1024 * 1024);
        var exception = await Should.ThrowAsync<ResumeFormatException>(() => Parser(maxBytes: 4L * 1024 * 1024).ParseAsync(buffer.ToArray(), "resume.docx", Token));

        exception.Rejection.ShouldBe(ResumeRejection.TooLarge);
        exception.Message.ShouldContain(says);
    }

    [Fact]
    public async Task A_word_document_whose_parts_lie_about_their_size_is_read_only_as_far_as_declared_and_refused()
    {
        // 100 MiB of text in one run, declared in both ZIP headers as 4 KiB: the size checks pass, the unpacking must not.
        using var buffer = new MemoryStream();
        buffer.Write(Docx(body => body.Append(Paragraph("Robin Park"))));
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>");
            var chunk = new string('a', 1024 * 1024);
            for (var i = 0; i < 100; i++)
            {
                writer.Write(chunk);
            }

            writer.Write("</w:t></w:r></w:p></w:body></w:document>");
        }

        var docx = DeclareSize(buffer.ToArray(), "word/document.xml", 4096);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var exception = await Should.ThrowAsync<ResumeFormatException>(() => Parser().ParseAsync(docx, "resume.docx", Token));

        // The unpacking stops at the declared size, so the part reads as cut-off XML: refused, and only 4 KiB read.
        exception.Message.ShouldContain("malformed XML");
        exception.Rejection.ShouldBe(ResumeRejection.Unreadable);
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(64L * 1024 * 1024);
    }

    /// <summary>Writes <paramref name="declared"/> as the unpacked size of one entry in its local and central ZIP headers.</summary>
    private static byte[] DeclareSize(byte[] zip, string entryName, uint declared)
    {
        var name = Encoding.ASCII.GetBytes(entryName);
        var patched = 0;
        for (var at = 0; at + 46 < zip.Length; at++)
        {
            var signature = BitConverter.ToUInt32(zip, at);
            var (sizeOffset, nameOffset) = signature switch
            {
                0x04034b50 => (22, 30),
                0x02014b50 => (24, 46),
                _ => (-1, -1),
            };
            if (sizeOffset > 0 && zip.AsSpan(at + nameOffset).StartsWith(name))
            {
                BitConverter.GetBytes(declared).CopyTo(zip, at + sizeOffset);
                patched++;
            }
        }

        patched.ShouldBe(2);
        return zip;
    }

    [Fact]
    public async Task A_pdf_that_expands_to_millions_of_characters_is_refused_without_reading_them_all()
    {
        Assert.SkipUnless(PdfToTextInstalled(), "pdftotext (poppler-utils) is not installed here; CI installs it.");

        // 153 KiB: one packed page of text shown on 1,000 pages, 6.3 million characters once extracted.
        var pdf = RepeatedPagePdf(pages: 1_000);
        pdf.Length.ShouldBeLessThan(200 * 1024);

        var exception = await Should.ThrowAsync<ResumeFormatException>(() => Parser().ParseAsync(pdf, "resume.pdf", Token));

        exception.Rejection.ShouldBe(ResumeRejection.TooLarge);
        exception.Message.ShouldContain("million characters");
    }

    /// <summary>A PDF whose pages all show the same packed content stream of 70 lines of 90 characters.</summary>
    private static byte[] RepeatedPagePdf(int pages)
    {
        var content = new StringBuilder("BT /F1 8 Tf 20 780 Td 10 TL ");
        for (var line = 0; line < 70; line++)
        {
            content.Append('(').Append('a', 90).Append(") Tj T* ");
        }

        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(Encoding.ASCII.GetBytes(content.Append("ET").ToString()));
        }

        var objects = new SortedDictionary<int, byte[]>
        {
            [1] = Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            [2] = Encoding.ASCII.GetBytes($"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(5, pages).Select(n => $"{n} 0 R"))}] /Count {pages} >>"),
            [3] = [.. Encoding.ASCII.GetBytes($"<< /Length {packed.Length} /Filter /FlateDecode >>\nstream\n"), .. packed.ToArray(), .. "\nendstream"u8],
            [4] = Encoding.ASCII.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>"),
        };
        for (var page = 0; page < pages; page++)
        {
            objects[5 + page] = Encoding.ASCII.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>");
        }

        using var pdf = new MemoryStream();
        pdf.Write("%PDF-1.4\n"u8);
        var offsets = new List<long>();
        foreach (var (number, body) in objects)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.ASCII.GetBytes($"{number} 0 obj\n"));
            pdf.Write(body);
            pdf.Write("\nendobj\n"u8);
        }

        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return pdf.ToArray();
    }

    [Fact]
    public async Task Oversize_files_are_refused_before_parsing()
    {
        var content = Encoding.UTF8.GetBytes(ResumeTextParsingTests.JaneDoe);

        var fromBytes = await Should.ThrowAsync<ResumeFormatException>(() => Parser(maxBytes: 100).ParseAsync(content, "big.txt", Token));
        var fromStream = await Should.ThrowAsync<ResumeFormatException>(() => Parser(maxBytes: 100).ParseAsync(new MemoryStream(content), "big.txt", Token));

        fromBytes.Rejection.ShouldBe(ResumeRejection.TooLarge);
        fromBytes.Message.ShouldContain("over the limit of 100 bytes");
        fromStream.Rejection.ShouldBe(ResumeRejection.TooLarge);
    }

    [Fact]
    public async Task An_empty_file_has_no_text()
    {
        var exception = await Should.ThrowAsync<ResumeFormatException>(() => Parser().ParseAsync(Encoding.UTF8.GetBytes("  \n\t"), "blank.txt", Token));

        exception.Rejection.ShouldBe(ResumeRejection.NoText);
    }

    internal static bool PdfToTextInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, "pdftotext")));

    internal static byte[] Docx(Action<Body> fill)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            fill(body);
            main.Document = new Document(body);
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
            main.Document.Save();
        }

        return buffer.ToArray();
    }

    internal static Paragraph Paragraph(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)));

    internal static Paragraph ListItem(string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })), new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)));

    internal static Table Table(string[] cells) =>
        new(new TableRow(cells.Select(c => (OpenXmlElement)new TableCell(Paragraph(c))).ToArray()));
}
