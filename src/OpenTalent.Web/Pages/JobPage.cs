using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Web;

/// <summary>
/// The schema.org <c>JobPosting</c> JSON-LD of the public job page (<c>/jobs/{id}</c>, <c>Pages/Jobs/Show.cshtml</c>)
/// for search engines. It escapes &lt; so no text can close the script element it sits in.
/// </summary>
public static class JobPage
{
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
}
