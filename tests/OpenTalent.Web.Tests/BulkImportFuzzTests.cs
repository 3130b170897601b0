using System.Net.Http.Headers;
using System.Text;
using OpenTalent.Storage;
using OpenTalent.Testing.Fuzzing;

namespace OpenTalent.Web.Tests;

/// <summary>
/// The bulk import endpoint, the one parser employers feed whole files, fed damaged CSV and JSON-LD through HTTP:
/// every answer must be a success or a 4xx problem, within 5 s; a 5xx is a crash.
/// </summary>
public class BulkImportFuzzTests
{
    private const string Csv = "title,description,datePosted,employmentType,location,remote,salaryMin,salaryMax,currency,unit,identifier\r\n"
        + "Data Engineer,\"Build pipelines in Spark and SQL, with Airflow.\",2026-11-01,FULL_TIME,\"Austin, TX\",false,120000,150000,USD,YEAR,fz-1\r\n"
        + "Support Specialist,Answer customers by chat and email,2026-11-02,PART_TIME,Remote,true,25,30,USD,HOUR,fz-2\r\n";

    private const string JsonLd = """
        {"@context":"https://schema.org/","@type":"JobPosting","identifier":"fz-3","title":"ML Engineer","description":"<p>Train and ship models in PyTorch.</p>","datePosted":"2026-11-03","employmentType":["FULL_TIME","CONTRACTOR"],"jobLocationType":"TELECOMMUTE","applicantLocationRequirements":{"@type":"Country","name":"US"},"baseSalary":{"@type":"MonetaryAmount","currency":"USD","value":{"@type":"QuantitativeValue","minValue":180000,"maxValue":240000,"unitText":"YEAR"}}}
        {"title":"Nurse","description":"Ward care.","jobLocation":{"address":{"addressLocality":"Portland","addressRegion":"OR","addressCountry":"US"}}}
        """;

    [Theory]
    [InlineData("text/csv", Csv)]
    [InlineData("application/x-ndjson", JsonLd)]
    [InlineData("application/json", "[" + "{\"title\":\"Chip Designer\",\"description\":\"Verilog and timing closure.\",\"identifier\":\"fz-4\"}" + "]")]
    public async Task Damaged_uploads_are_answered_with_a_result_or_a_problem_never_a_server_error(string mediaType, string seed)
    {
        await using var app = await WebTestApp.StartAsync(DatabaseProvider.Sqlite);
        using var owner = await app.Browser().SignUpAsync("employer", "owner@fuzz.example", "Fuzz Labs");
        var key = await (await owner.PostAsync("/api/v1/employer/api-keys", new { name = "ATS" })).ReadJsonAsync();
        using var program = app.WithApiKey(key.GetProperty("secret").GetString()!);

        void Import(byte[] input)
        {
            using var body = new ByteArrayContent(input);
            body.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            using var response = program.PostAsync("/api/v1/employer/jobs/import?skipInvalid=true", body).GetAwaiter().GetResult();
            if ((int)response.StatusCode >= 500)
            {
                throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
            }
        }

        // The first import builds the text models the analysis needs (seconds on a busy machine): once, before the clock runs.
        Import(Encoding.UTF8.GetBytes(seed));
        var report = ParserFuzzer.Run($"bulk import {mediaType}", [Encoding.UTF8.GetBytes(seed)], Import, _ => false, ParserFuzzer.Cases(120), _ => long.MaxValue);

        report.Failures.ShouldBeEmpty(report + Environment.NewLine + string.Join(Environment.NewLine, report.Failures));
    }
}
