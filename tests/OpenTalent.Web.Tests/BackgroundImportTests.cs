using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OpenTalent.Web.Tests;

public class BackgroundImportTests
{
    private const string Imports = "/api/v1/employer/imports";

    private const string Csv = "title,description,salaryMin,currency,identifier\n"
        + "Data Engineer,Pipelines in Python and SQL.,120000,USD,acme-de-1\n"
        + "Analyst,Dashboards in SQL.,lots,USD,acme-an-1\n"
        + "Support Specialist,Help customers by chat.,,,acme-su-1\n";

    [Fact]
    public async Task A_file_is_accepted_at_once_and_its_report_names_the_bad_row_while_nothing_is_saved()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = await app.Browser().SignUpAsync("employer", "owner@acme.example", "Acme Labs");

        var started = await owner.PostAsync(Imports, File(Csv, "postings.csv"));

        await started.ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        var location = started.Headers.Location!.ToString();
        location.ShouldStartWith(Imports + "/");
        var accepted = await started.ReadJsonAsync();
        accepted.GetProperty("fileName").GetString().ShouldBe("postings.csv");
        accepted.GetProperty("url").GetString().ShouldBe(location);

        var done = await FinishedAsync(owner, location);
        done.GetProperty("status").GetString().ShouldBe("rejected");
        done.GetProperty("total").GetInt32().ShouldBe(3);
        done.GetProperty("read").GetInt32().ShouldBe(3);
        done.GetProperty("analysed").GetInt32().ShouldBe(3);
        done.GetProperty("invalidRows").GetInt32().ShouldBe(1);
        var error = done.GetProperty("errors").EnumerateArray().Single();
        error.GetProperty("row").GetInt32().ShouldBe(3);
        error.GetProperty("field").GetString().ShouldBe("salaryMin");
        error.GetProperty("message").GetString()!.ShouldContain("lots");
        done.GetProperty("result").ValueKind.ShouldBe(JsonValueKind.Null);
        done.GetProperty("detail").GetString()!.ShouldContain("nothing was imported");
        (await (await owner.GetAsync("/api/v1/employer/jobs")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);

        var listed = await (await owner.GetAsync(Imports)).ReadJsonAsync();
        listed.EnumerateArray().Select(i => i.GetProperty("url").GetString()).ShouldBe([location]);
    }

    [Fact]
    public async Task Skip_invalid_saves_the_good_rows_in_one_go_and_reports_their_ids()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = await app.Browser().SignUpAsync("employer", "owner@acme.example", "Acme Labs");

        var started = await owner.PostAsync(Imports + "?skipInvalid=true", new StringContent(Csv, Encoding.UTF8, new MediaTypeHeaderValue("text/csv")));
        await started.ShouldHaveStatusAsync(HttpStatusCode.Accepted);

        var done = await FinishedAsync(owner, started.Headers.Location!.ToString());
        done.GetProperty("status").GetString().ShouldBe("succeeded");
        var result = done.GetProperty("result");
        result.GetProperty("added").GetInt32().ShouldBe(2);
        result.GetProperty("skipped").GetInt32().ShouldBe(1);
        result.GetProperty("ids").EnumerateArray().Select(i => i.GetString()).ShouldBe(["acme-de-1", "acme-su-1"]);
        (await (await owner.GetAsync("/api/v1/employer/jobs")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task JSON_is_recognised_by_its_content_whatever_the_file_is_called()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = await app.Browser().SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        const string lines = """
            {"@type":"JobPosting","identifier":"acme-pm-1","title":"Product Manager","description":"Own the roadmap."}
            {"@type":"JobPosting","identifier":"acme-ux-1","title":"Product Designer","description":"Design in Figma."}
            """;

        var started = await owner.PostAsync(Imports, File(lines, "export.csv"));

        var done = await FinishedAsync(owner, started.Headers.Location!.ToString());
        done.GetProperty("status").GetString().ShouldBe("succeeded");
        done.GetProperty("result").GetProperty("added").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task A_binary_file_or_an_empty_one_is_refused_before_anything_runs()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = await app.Browser().SignUpAsync("employer", "owner@acme.example", "Acme Labs");

        var binary = new ByteArrayContent([0x25, 0x50, 0x44, 0x46, 0x00, 0xFF, 0xFE, 0x00]);
        using var form = new MultipartFormDataContent { { binary, "file", "jobs.pdf" } };
        var refused = await owner.PostAsync(Imports, form);
        (await refused.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType)).GetProperty("detail").GetString()!.ShouldContain("jobs.pdf");

        await (await owner.PostAsync(Imports, File("  \n", "empty.csv"))).ShouldNameFieldAsync("file");
        await (await owner.PostAsync(Imports + "?skipInvalid=maybe", File(Csv, "postings.csv"))).ShouldNameFieldAsync("skipInvalid");
        (await (await owner.GetAsync(Imports)).ReadJsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Only_the_organisations_members_and_keys_see_its_imports()
    {
        await using var app = await WebTestApp.StartAsync();
        using var owner = await app.Browser().SignUpAsync("employer", "owner@acme.example", "Acme Labs");
        using var manager = await app.Browser().SignUpAsync("employer", "manager@acme.example");
        await (await owner.PostAsync("/api/v1/employer/members", new { email = "manager@acme.example", role = "hiringManager" })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        using var other = await app.Browser().SignUpAsync("employer", "owner@globex.example", "Globex");
        using var seeker = await app.Browser().SignUpAsync("seeker", "sam@example.org");
        var location = (await owner.PostAsync(Imports, File(Csv, "postings.csv"))).Headers.Location!.ToString();

        (await (await manager.GetAsync(location)).ReadJsonAsync()).GetProperty("fileName").GetString().ShouldBe("postings.csv");
        await (await manager.PostAsync(Imports, File(Csv, "postings.csv"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await other.GetAsync(location)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await other.GetAsync(Imports)).ReadJsonAsync()).GetArrayLength().ShouldBe(0);
        await (await seeker.GetAsync(location)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await app.Anonymous().GetAsync(location, TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await FinishedAsync(owner, location);
    }

    private static MultipartFormDataContent File(string text, string name) =>
        new() { { new StringContent(text, Encoding.UTF8, new MediaTypeHeaderValue("application/octet-stream")), "file", name } };

    /// <summary>Polls the import until it has finished (the test fails on the test timeout, never on a clock).</summary>
    private static async Task<JsonElement> FinishedAsync(Session session, string location)
    {
        while (true)
        {
            var view = await (await session.GetAsync(location)).ReadJsonAsync();
            if (view.GetProperty("finishedAt").ValueKind != JsonValueKind.Null)
            {
                return view;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
