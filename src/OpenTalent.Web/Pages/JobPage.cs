using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Web;

/// <summary>
/// The public page of one posting at <c>/jobs/{id}</c>: readable, accessible HTML with schema.org <c>JobPosting</c>
/// JSON-LD for search engines. Every piece of user text is HTML-encoded; the JSON-LD escapes &lt; so no text can
/// close the script element.
/// </summary>
public static class JobPage
{
    public static IEndpointRouteBuilder MapJobPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/jobs/{id}", RenderAsync).WithTags("Pages").ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static async Task<IResult> RenderAsync(string id, IMatchingStore store, CancellationToken cancellationToken)
    {
        if (await store.FindPostingAsync(id, cancellationToken) is not { } record)
        {
            return Results.Content(Layout("Job not found", "<main><h1>Job not found</h1><p>No posting has this id. It may have been removed.</p><p><a href=\"/\">Back to OpenTalent</a></p></main>", null), "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);
        }

        return Results.Content(Render(record), "text/html; charset=utf-8", Encoding.UTF8);
    }

    public static string Render(PostingRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var posting = record.Posting;
        var html = HtmlEncoder.Default;
        var body = new StringBuilder();
        body.Append("<main><article>");
        body.Append("<h1>").Append(html.Encode(posting.Title)).Append("</h1>");
        body.Append("<dl class=\"facts\">");
        Fact(body, "Employer", posting.Employer);
        Fact(body, "Location", posting.Locations.Count > 0 ? string.Join("; ", posting.Locations) : null);
        Fact(body, "Work arrangement", posting.Arrangement == WorkArrangement.Unspecified ? null : Words(posting.Arrangement.ToString()));
        Fact(body, "Employment", posting.EmploymentType == EmploymentType.Unspecified ? null : Words(posting.EmploymentType.ToString()));
        Fact(body, "Salary", posting.Salary is { } pay ? string.Create(CultureInfo.InvariantCulture, $"{pay.Currency} {pay.Min:#,0}–{pay.Max:#,0} a year") : null);
        Fact(body, "Posted", posting.DatePosted?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        Fact(body, "Apply by", posting.ValidThrough?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        Fact(body, "Status", posting.Status == PostingStatus.Open ? "Open" : "Closed: no longer taking applications");
        body.Append("</dl>");
        if (posting.Skills.Count > 0)
        {
            body.Append("<section aria-labelledby=\"skills\"><h2 id=\"skills\">Skills</h2><ul class=\"skills\">");
            foreach (var skill in posting.Skills)
            {
                body.Append("<li>").Append(html.Encode(skill.Label)).Append(skill.Required ? "" : " <span class=\"nice\">(nice to have)</span>").Append("</li>");
            }

            body.Append("</ul></section>");
        }

        body.Append("<section aria-labelledby=\"about\"><h2 id=\"about\">About the job</h2>");
        foreach (var paragraph in record.Description.Split(["\n\n", "\r\n\r\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            body.Append("<p>").Append(html.Encode(paragraph).Replace("&#xA;", "<br>", StringComparison.Ordinal)).Append("</p>");
        }

        body.Append("</section></article></main>");
        return Layout(posting.Title, body.ToString(), JsonLd(record));
    }

    /// <summary>schema.org JobPosting for this posting, safe to place inside a script element.</summary>
    public static string JsonLd(PostingRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var posting = record.Posting;
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org/",
            ["@type"] = "JobPosting",
            ["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["name"] = posting.Employer ?? "OpenTalent", ["value"] = posting.Identifier },
            ["title"] = posting.Title,
            ["description"] = record.Description,
        };
        if (posting.DatePosted is { } posted)
        {
            json["datePosted"] = posted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (posting.ValidThrough is { } until)
        {
            json["validThrough"] = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (posting.Employer is { } employer)
        {
            json["hiringOrganization"] = new JsonObject { ["@type"] = "Organization", ["name"] = employer };
        }

        if (posting.Arrangement == WorkArrangement.Remote)
        {
            json["jobLocationType"] = "TELECOMMUTE";
        }

        if (posting.Locations.Count > 0)
        {
            json["jobLocation"] = new JsonArray([.. posting.Locations.Select(l => (JsonNode)new JsonObject
            {
                ["@type"] = "Place",
                ["address"] = new JsonObject
                {
                    ["@type"] = "PostalAddress",
                    ["addressLocality"] = l.City,
                    ["addressRegion"] = l.Region,
                    ["addressCountry"] = l.Country,
                },
            })]);
        }

        if (posting.Salary is { } pay)
        {
            json["baseSalary"] = new JsonObject
            {
                ["@type"] = "MonetaryAmount",
                ["currency"] = pay.Currency,
                ["value"] = new JsonObject { ["@type"] = "QuantitativeValue", ["minValue"] = pay.Min, ["maxValue"] = pay.Max, ["unitText"] = "YEAR" },
            };
        }

        if (SchemaEmploymentType(posting.EmploymentType) is { } type)
        {
            json["employmentType"] = type;
        }

        if (posting.Skills.Count > 0)
        {
            json["skills"] = string.Join(", ", posting.Skills.Select(s => s.Label));
        }

        if (posting.Occupations.Count > 0)
        {
            json["occupationalCategory"] = posting.Occupations[0].Code;
        }

        // The default encoder writes <, > and & as \u003C, \u003E and \u0026, so "</script>" cannot appear.
        return json.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default, WriteIndented = false });
    }

    private static string? SchemaEmploymentType(EmploymentType type) => type switch
    {
        EmploymentType.FullTime => "FULL_TIME",
        EmploymentType.PartTime => "PART_TIME",
        EmploymentType.Contract => "CONTRACTOR",
        EmploymentType.Temporary => "TEMPORARY",
        EmploymentType.Internship => "INTERN",
        EmploymentType.Volunteer => "VOLUNTEER",
        _ => null,
    };

    private static void Fact(StringBuilder body, string label, string? value)
    {
        if (value is not null)
        {
            body.Append("<dt>").Append(label).Append("</dt><dd>").Append(HtmlEncoder.Default.Encode(value)).Append("</dd>");
        }
    }

    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    private static string Layout(string title, string main, string? jsonLd)
    {
        var page = new StringBuilder();
        page.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        page.Append("<title>").Append(HtmlEncoder.Default.Encode(title)).Append(" · OpenTalent</title>");
        page.Append("<link rel=\"stylesheet\" href=\"/assets/css/site.css\">");
        if (jsonLd is not null)
        {
            page.Append("<script type=\"application/ld+json\">").Append(jsonLd).Append("</script>");
        }

        page.Append("</head><body>").Append(main).Append("</body></html>");
        return page.ToString();
    }
}
