using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenTalent.Storage;

namespace OpenTalent.Web.Tests;

public class ResumeUploadTests
{
    private const string TextResume = """
        Dana Rivera
        Data Engineer
        dana.rivera@example.org | Portland, OR

        Experience
        Data Engineer, Contoso Analytics, 2019 - Present
        - Built batch pipelines in Python and SQL on Apache Spark
        - Ran jobs on Kubernetes with Docker

        Education
        B.S. Computer Science, Oregon State University, 2018

        Skills
        Python, SQL, Apache Spark, Docker, Kubernetes
        """;

    [Fact]
    public async Task A_text_upload_is_read_for_review_and_nothing_is_saved()
    {
        await using var app = await WebTestApp.StartAsync();
        using var seeker = await app.Browser().SignUpAsync("seeker", "dana@example.org");

        var response = await seeker.PostAsync("/api/v1/me/resume", File(Encoding.UTF8.GetBytes(TextResume), "resume.txt", "text/plain"));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var view = await response.ReadJsonAsync();
        view.GetProperty("format").GetString().ShouldBe("plainText");
        view.GetProperty("resume").GetProperty("basics").GetProperty("name").GetString().ShouldBe("Dana Rivera");
        Names(view.GetProperty("resume").GetProperty("skills")).ShouldContain("Python");
        view.GetProperty("text").GetString()!.ShouldContain("Contoso Analytics");
        view.GetProperty("saved").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        await (await seeker.GetAsync("/api/v1/me/profile")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_docx_sent_as_the_raw_body_with_save_becomes_the_profile()
    {
        await using var app = await WebTestApp.StartAsync();
        using var seeker = await app.Browser().SignUpAsync("seeker", "dana@example.org");
        var docx = new ByteArrayContent(Docx(TextResume.Split('\n')));
        docx.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        var response = await seeker.PostAsync("/api/v1/me/resume?save=true", docx);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var view = await response.ReadJsonAsync();
        view.GetProperty("format").GetString().ShouldBe("docx");
        var saved = view.GetProperty("saved");
        saved.GetProperty("resume").GetProperty("basics").GetProperty("name").GetString().ShouldBe("Dana Rivera");
        var profile = await (await seeker.GetAsync("/api/v1/me/profile")).ReadJsonAsync();
        profile.GetProperty("id").GetString().ShouldBe(saved.GetProperty("id").GetString());
        Names(profile.GetProperty("resume").GetProperty("skills")).ShouldContain("Python");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_json_resume_upload_is_given_back_as_uploaded_and_saved_through_the_profile_path(DatabaseProvider provider)
    {
        await using var app = await WebTestApp.StartAsync(provider);
        using var seeker = await app.Browser().SignUpAsync("seeker", "sam@example.org");

        var response = await seeker.PostAsync("/api/v1/me/resume?save=true", File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(Fixtures.Resume(), Json.Options), "cv.json", "application/json"));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var view = await response.ReadJsonAsync();
        view.GetProperty("format").GetString().ShouldBe("jsonResume");
        view.GetProperty("resume").GetProperty("basics").GetProperty("label").GetString().ShouldBe("Machine Learning Engineer");
        var profile = await (await seeker.GetAsync("/api/v1/me/profile")).ReadJsonAsync();
        profile.GetProperty("resume").GetProperty("work")[0].GetProperty("name").GetString().ShouldBe("Tailspin");
        profile.GetProperty("understood").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Object);
    }

    [Theory]
    [InlineData("png")]
    [InlineData("zip")]
    public async Task A_file_that_is_not_a_resume_is_refused_whatever_its_name(string kind)
    {
        await using var app = await WebTestApp.StartAsync();
        using var seeker = await app.Browser().SignUpAsync("seeker", "dana@example.org");
        var content = kind == "png" ? Png() : Zip();

        var response = await seeker.PostAsync("/api/v1/me/resume", File(content, "resume.pdf", "application/pdf"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        problem.GetProperty("detail").GetString()!.ShouldStartWith("resume.pdf:");
        await (await seeker.GetAsync("/api/v1/me/profile")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_resume_over_5_MB_is_refused_with_413_by_the_parser_naming_the_file()
    {
        // The upload endpoint takes bodies above the app's general limit, so the parser's own check answers.
        await using var app = await WebTestApp.StartAsync();
        using var seeker = await app.Browser().SignUpAsync("seeker", "dana@example.org");
        var large = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(TextResume + "\n", (5632 * 1024 / TextResume.Length) + 1)));

        var response = await seeker.PostAsync("/api/v1/me/resume", File(large, "resume.txt", "text/plain"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("detail").GetString()!.ShouldContain("resume.txt");
    }

    [Fact]
    public async Task A_body_over_the_upload_limit_is_refused_with_413()
    {
        await using var app = await WebTestApp.StartAsync();
        using var seeker = await app.Browser().SignUpAsync("seeker", "dana@example.org");

        var response = await seeker.PostAsync("/api/v1/me/resume", File(new byte[7 * 1024 * 1024], "resume.txt", "text/plain"));

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Only_a_signed_in_seeker_with_an_anti_forgery_token_may_upload()
    {
        await using var app = await WebTestApp.StartAsync();
        var text = Encoding.UTF8.GetBytes(TextResume);
        using var anonymous = app.Anonymous();
        await (await anonymous.PostAsync("/api/v1/me/resume", File(text, "cv.txt", "text/plain"), TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        using var employer = await app.Browser().SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        await (await employer.PostAsync("/api/v1/me/resume", File(text, "cv.txt", "text/plain"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        using var seeker = await app.Browser().SignUpAsync("seeker", "dana@example.org");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/resume") { Content = File(text, "cv.txt", "text/plain") };
        await (await seeker.Client.SendAsync(request, TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_form_without_the_file_field_and_a_bad_save_flag_name_what_is_wrong()
    {
        await using var app = await WebTestApp.StartAsync();
        using var seeker = await app.Browser().SignUpAsync("seeker", "dana@example.org");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(TextResume)), "cv", "cv.txt" } };

        (await (await seeker.PostAsync("/api/v1/me/resume", form)).ShouldNameFieldAsync("file")).Single().ShouldContain("'cv'");
        await (await seeker.PostAsync("/api/v1/me/resume?save=maybe", File(Encoding.UTF8.GetBytes(TextResume), "cv.txt", "text/plain"))).ShouldNameFieldAsync("save");
    }

    private static MultipartFormDataContent File(byte[] content, string name, string mediaType)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private static string?[] Names(System.Text.Json.JsonElement skills) => [.. skills.EnumerateArray().Select(s => s.GetProperty("name").GetString())];

    private static byte[] Docx(IEnumerable<string> lines)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(line => new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line.TrimEnd('\r')))))));
            main.Document.Save();
        }

        return buffer.ToArray();
    }

    private static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

    private static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("notes.txt").Open());
            writer.Write("not a resume");
        }

        return buffer.ToArray();
    }
}
