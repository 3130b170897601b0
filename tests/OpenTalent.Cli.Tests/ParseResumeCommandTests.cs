using System.Text.Json;
using OpenTalent.Testing;

namespace OpenTalent.Cli.Tests;

/// <summary>parse-resume on the built-in starter taxonomy.</summary>
public class ParseResumeCommandTests
{
    private const string Resume = """
        Sam Rivera
        Site Reliability Engineer
        sam.rivera@example.com | Denver, CO

        Experience
        Site Reliability Engineer, Contoso Cloud   2019 – Present
        • Ran Kubernetes clusters on AWS with Terraform

        Skills
        k8s, Terraform, Python
        """;

    [Fact]
    public async Task Prints_the_json_resume_and_warns_about_missing_fields_on_stderr()
    {
        using var directory = new TempDirectory();
        directory.Write("cv.txt", Resume);
        var cli = CliRunner.ForSqlite(directory);

        var result = (await cli.RunAsync("parse-resume", directory.File("cv.txt"))).ShouldSucceed();

        var resume = JsonDocument.Parse(result.Output).RootElement;
        resume.GetProperty("basics").GetProperty("email").GetString().ShouldBe("sam.rivera@example.com");
        resume.GetProperty("work")[0].GetProperty("name").GetString().ShouldBe("Contoso Cloud");
        resume.GetProperty("skills").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldContain("Kubernetes");
        result.Error.ShouldContain("warning: basics.phone: no phone number found");
        result.Error.ShouldContain("warning: education: no education found");
    }

    [Fact]
    public async Task Refuses_an_image_with_one_clear_error_line()
    {
        using var directory = new TempDirectory();
        var path = directory.File("cv.txt");
        await File.WriteAllBytesAsync(path, [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F'], TestContext.Current.CancellationToken);
        var cli = CliRunner.ForSqlite(directory);

        (await cli.RunAsync("parse-resume", path)).ShouldFailWithOneErrorLine("cv.txt: ", "JPEG image");
    }

    [Fact]
    public async Task Refuses_a_file_over_the_size_limit()
    {
        using var directory = new TempDirectory();
        directory.Write("cv.txt", Resume);
        var cli = CliRunner.ForSqlite(directory);

        (await cli.RunAsync("parse-resume", directory.File("cv.txt"), "--max-bytes", "50")).ShouldFailWithOneErrorLine("cv.txt: ", "over the limit of 50 bytes");
    }

    [Fact]
    public async Task Names_a_missing_file()
    {
        using var directory = new TempDirectory();
        var cli = CliRunner.ForSqlite(directory);

        (await cli.RunAsync("parse-resume", directory.File("missing.pdf"))).ShouldFailWithOneErrorLine("missing.pdf", "no such file");
    }
}
