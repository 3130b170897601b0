using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using OpenTalent.Formats.Csv;
using OpenTalent.Formats.Esco;
using OpenTalent.Formats.Oews;
using OpenTalent.Formats.Onet;
using OpenTalent.Formats.Postings;
using OpenTalent.Formats.Resumes;
using OpenTalent.Formats.Resumes.Parsing;
using OpenTalent.Formats.Tests.Esco;
using OpenTalent.Formats.Tests.Oews;
using OpenTalent.Formats.Tests.Onet;
using OpenTalent.Formats.Tests.Postings;
using OpenTalent.Formats.Tests.Resumes;
using OpenTalent.Formats.Tests.Resumes.Parsing;
using OpenTalent.Testing;
using OpenTalent.Testing.Fuzzing;
using static OpenTalent.Formats.Tests.Resumes.Parsing.ResumeFileParsingTests;

namespace OpenTalent.Formats.Tests.Fuzzing;

/// <summary>
/// Every reader of outside input, fed damaged copies of valid files: it must read them or refuse them with its own
/// error (which says where), never crash, take over 5 s or allocate without bound. A few hundred inputs per reader
/// here; <c>OPENTALENT_FUZZ_CASES=20000</c> runs a long campaign (see docs/RELIABILITY.md).
/// </summary>
public class ParserFuzzTests(StarterModelsFixture fixture) : IClassFixture<StarterModelsFixture>
{
    /// <summary>Generous for what a parser needs, far below what a runaway one takes.</summary>
    private static long AllocationLimit(int inputLength) => (256L * 1024 * 1024) + (400L * inputLength);

    private static bool IsResumeRefusal(Exception exception) => exception is ResumeFormatException;

    private static bool IsSourceRefusal(Exception exception) => exception is SourceDataException;

    private static void NoFailures(FuzzReport report) =>
        report.Failures.ShouldBeEmpty(report + Environment.NewLine + string.Join(Environment.NewLine, report.Failures));

    private ResumeParser Parser() => new(fixture.Models, new ResumeParserOptions());

    [Fact]
    public void Resume_text()
    {
        var parser = Parser();
        var seeds = new[] { ResumeTextParsingTests.JaneDoe, "Sam Lee\nsam@example.com | +44 20 7946 0958\nSkills: Python, SQL, Go\nExperience\nData Engineer, Contoso  2020 – present\n• Built pipelines in Spark" }
            .Select(Encoding.UTF8.GetBytes).ToArray();
        NoFailures(ParserFuzzer.Run("resume text", seeds, input => parser.ParseAsync(input, "cv.txt", CancellationToken.None).GetAwaiter().GetResult(),
            IsResumeRefusal, ParserFuzzer.Cases(400), AllocationLimit));
    }

    [Fact]
    public void Json_resume_upload_and_json_lines()
    {
        var parser = Parser();
        var seeds = new[] { Encoding.UTF8.GetBytes(ResumeReaderTests.Full.ReplaceLineEndings(" ")) };
        NoFailures(ParserFuzzer.Run("JSON Resume upload", seeds, input => parser.ParseAsync(input, "resume.json", CancellationToken.None).GetAwaiter().GetResult(),
            IsResumeRefusal, ParserFuzzer.Cases(400), AllocationLimit));
        NoFailures(ParserFuzzer.Run("JSON Resume lines", seeds, input => Drain(ResumeReader.Read(new MemoryStream(input))),
            _ => false, ParserFuzzer.Cases(400), AllocationLimit));
    }

    [Fact]
    public void Job_postings_as_json_ld_lines()
    {
        var seeds = new[] { JobPostingReaderTests.GoogleStyle.ReplaceLineEndings(" ") + "\n" + JobPostingReaderTests.GoogleStyle.ReplaceLineEndings(" ").Replace("1234567", "89", StringComparison.Ordinal) }
            .Select(Encoding.UTF8.GetBytes).ToArray();
        NoFailures(ParserFuzzer.Run("JSON-LD postings", seeds, input => Drain(JobPostingReader.Read(new MemoryStream(input))),
            _ => false, ParserFuzzer.Cases(500), AllocationLimit));
    }

    [Fact]
    public void Word_files_damaged_as_bytes()
    {
        var parser = Parser();
        var seeds = new[] { SampleDocx() };
        NoFailures(ParserFuzzer.Run("Word file bytes", seeds, input => parser.ParseAsync(input, "cv.docx", CancellationToken.None).GetAwaiter().GetResult(),
            IsResumeRefusal, ParserFuzzer.Cases(300), AllocationLimit));
    }

    [Fact]
    public void Word_files_with_a_damaged_document_part()
    {
        var parser = Parser();
        var seeds = new[] { DocumentPart(SampleDocx()) };
        NoFailures(ParserFuzzer.Run("Word document XML", seeds, input => parser.ParseAsync(WithDocumentPart(SampleDocx(), input), "cv.docx", CancellationToken.None).GetAwaiter().GetResult(),
            IsResumeRefusal, ParserFuzzer.Cases(300), AllocationLimit));
    }

    [Fact]
    public void Pdf_files()
    {
        Assert.SkipUnless(PdfToTextInstalled(), "pdftotext (poppler-utils) is not installed here; CI installs it.");

        // The product gives pdftotext 4 s; 3 s here leaves the 5 s limit room for a busy test machine's process start and kill.
        var parser = new ResumeParser(fixture.Models, new ResumeParserOptions { PdfTimeout = TimeSpan.FromSeconds(3) });
        var seeds = new[] { File.ReadAllBytes(Fixture("resume.pdf")) };

        // Each input starts a pdftotext process, so fewer of them.
        NoFailures(ParserFuzzer.Run("PDF", seeds, input => parser.ParseAsync(input, "cv.pdf", CancellationToken.None).GetAwaiter().GetResult(),
            IsResumeRefusal, ParserFuzzer.Cases(120) / 2, AllocationLimit));
    }

    [Fact]
    public void Csv_records()
    {
        var seeds = new[] { "a,b,c\n1,\"two, with \"\"quotes\"\"\",3\n\"multi\nline\",x,\n" }.Select(Encoding.UTF8.GetBytes).ToArray();
        NoFailures(ParserFuzzer.Run("CSV", seeds, input =>
        {
            using var reader = new CsvReader(new StreamReader(new MemoryStream(input)), "fuzz.csv", ownsText: true);
            while (reader.Read())
            {
                _ = reader.FieldCount;
            }
        }, IsSourceRefusal, ParserFuzzer.Cases(500), AllocationLimit));
    }

    public static TheoryData<string> OnetFiles()
    {
        using var onet = OnetFixture.Complete();
        return new(Directory.GetFiles(onet.Path).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OnetFiles))]
    public void Onet_database_files(string fileName)
    {
        using var onet = OnetFixture.Complete();
        FuzzFileInFolder($"O*NET {fileName}", onet.Path, fileName, () => OnetReader.Read(onet.Path), ParserFuzzer.Cases(60));
    }

    [Theory]
    [InlineData("occupations_en.csv")]
    [InlineData("skills_en.csv")]
    [InlineData("occupationSkillRelations_en.csv")]
    public void Esco_csv_files(string fileName)
    {
        using var folder = new TempDirectory();
        var esco = EscoFixture.WriteOfficial(folder);
        FuzzFileInFolder($"ESCO {fileName}", esco, fileName, () => EscoReader.Read(esco), ParserFuzzer.Cases(150));
    }

    [Fact]
    public void Oews_csv_and_xlsx()
    {
        using var folder = new TempDirectory();
        var csv = OewsFixture.WriteCsv(folder.File("national_M2024_dl.csv"));
        FuzzFileInFolder("OEWS .csv", folder.Path, Path.GetFileName(csv), () => OewsReader.Read(csv), ParserFuzzer.Cases(300));
        var xlsx = OewsFixture.WriteXlsx(folder.File("national_M2024_dl.xlsx"));
        FuzzFileInFolder("OEWS .xlsx", folder.Path, Path.GetFileName(xlsx), () => OewsReader.Read(xlsx), ParserFuzzer.Cases(300));
    }

    private static void Drain<T>(IEnumerable<T> lines)
    {
        foreach (var line in lines)
        {
            GC.KeepAlive(line);
        }
    }

    private static void FuzzFileInFolder(string name, string folder, string fileName, Action read, int cases)
    {
        var path = Path.Combine(folder, fileName);
        var seeds = new[] { File.ReadAllBytes(path) };
        NoFailures(ParserFuzzer.Run(name, seeds, input =>
        {
            File.WriteAllBytes(path, input);
            read();
        }, IsSourceRefusal, cases, AllocationLimit));
    }

    private static byte[] SampleDocx() => Docx(body =>
    {
        body.Append(Paragraph("Robin Park"), Paragraph("Customer Support Specialist"), Paragraph("robin@example.net"), Paragraph("Work Experience"));
        body.Append(Table(["Support Specialist, Fabrikam", "Apr 2019 – Present"]));
        body.Append(ListItem("Answered customer questions by chat and email"), ListItem("Documented solutions in Zendesk"));
        body.Append(Paragraph("Skills"), Paragraph("Zendesk, customer service, Salesforce"));
    });

    private static byte[] DocumentPart(byte[] docx)
    {
        using var archive = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var part = archive.GetEntry("word/document.xml")!.Open();
        using var copy = new MemoryStream();
        part.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] WithDocumentPart(byte[] docx, byte[] documentXml)
    {
        var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry("word/document.xml")!.Delete();
            using var part = archive.CreateEntry("word/document.xml").Open();
            part.Write(documentXml);
        }

        return buffer.ToArray();
    }

    private static string Fixture(string name, [CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "..", "Resumes", "Parsing", "Fixtures", name);
}
