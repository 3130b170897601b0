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

    private static bool PdfToTextInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, "pdftotext")));

    private static byte[] Docx(Action<Body> fill)
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

    private static Paragraph Paragraph(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)));

    private static Paragraph ListItem(string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })), new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)));

    private static Table Table(string[] cells) =>
        new(new TableRow(cells.Select(c => (OpenXmlElement)new TableCell(Paragraph(c))).ToArray()));
}
