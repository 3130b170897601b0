using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace OpenTalent.Formats.Demo;

/// <summary>Where and how a generated job is done.</summary>
internal enum DemoArrangement
{
    OnSite,
    Hybrid,
    Remote,
}

/// <summary>Everything drawn for one posting before it is written out.</summary>
internal sealed record DemoPostingPlan(
    string Identifier, DemoEmployerPlan Employer, DemoTeam Team, DemoOccupation Occupation, string Title, DemoLevel Level, DemoCity City,
    DemoArrangement Arrangement, string EmploymentType, IReadOnlyList<string> Required, IReadOnlyList<string> Preferred, (decimal Min, decimal Max, string Unit)? Pay,
    DateOnly DatePosted, DateOnly? ValidThrough);

/// <summary>
/// Writes a posting as a schema.org JobPosting in the shape Google for Jobs documents: HTML description naming the
/// required and preferred skills and years, base salary, place or TELECOMMUTE, dates and the O*NET-SOC category.
/// </summary>
internal static class DemoPostingWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(DemoPostingPlan plan)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org/");
            json.WriteString("@type", "JobPosting");
            json.WriteStartObject("identifier");
            json.WriteString("@type", "PropertyValue");
            json.WriteString("name", plan.Employer.Name);
            json.WriteString("value", plan.Identifier);
            json.WriteEndObject();
            json.WriteString("title", plan.Title);
            json.WriteString("description", Description(plan));
            json.WriteString("datePosted", Iso(plan.DatePosted));
            if (plan.ValidThrough is { } until)
            {
                json.WriteString("validThrough", Iso(until));
            }

            json.WriteString("employmentType", plan.EmploymentType);
            json.WriteStartObject("hiringOrganization");
            json.WriteString("@type", "Organization");
            json.WriteString("name", plan.Employer.Name);
            json.WriteString("sameAs", "https://" + plan.Employer.Domain);
            json.WriteEndObject();
            if (plan.Arrangement == DemoArrangement.Remote)
            {
                json.WriteString("jobLocationType", "TELECOMMUTE");
                json.WriteStartObject("applicantLocationRequirements");
                json.WriteString("@type", "Country");
                json.WriteString("name", plan.City.CountryName);
                json.WriteEndObject();
            }
            else
            {
                json.WriteStartObject("jobLocation");
                json.WriteString("@type", "Place");
                json.WriteStartObject("address");
                json.WriteString("@type", "PostalAddress");
                json.WriteString("addressLocality", plan.City.City);
                json.WriteString("addressRegion", plan.City.Region);
                json.WriteString("addressCountry", plan.City.Country);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            if (plan.Pay is { } pay)
            {
                json.WriteStartObject("baseSalary");
                json.WriteString("@type", "MonetaryAmount");
                json.WriteString("currency", plan.City.Currency);
                json.WriteStartObject("value");
                json.WriteString("@type", "QuantitativeValue");
                json.WriteNumber("minValue", pay.Min);
                json.WriteNumber("maxValue", pay.Max);
                json.WriteString("unitText", pay.Unit);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteString("skills", string.Join(", ", plan.Required));
            var years = DemoLevels.MinYears(plan.Level);
            if (years > 0)
            {
                json.WriteStartObject("experienceRequirements");
                json.WriteString("@type", "OccupationalExperienceRequirements");
                json.WriteNumber("monthsOfExperience", years * 12);
                json.WriteEndObject();
            }

            if (plan.Occupation.OnetSoc is { } code)
            {
                json.WriteString("occupationalCategory", code);
            }

            json.WriteString("industry", plan.Employer.Industry);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Description(DemoPostingPlan plan)
    {
        var html = new StringBuilder(1200);
        var where = plan.Arrangement switch
        {
            DemoArrangement.Remote => $"fully remote within {plan.City.CountryName}",
            DemoArrangement.Hybrid => $"hybrid, three days a week in our {plan.City.City} office",
            _ => $"on site in {plan.City.City}, {plan.City.Region}",
        };
        Paragraph(html, $"{plan.Employer.Name} is hiring a {plan.Title} for the {plan.Team.Name} team. {plan.Team.Description} This role is {where}.");
        if (plan.Occupation.Description is { } about)
        {
            Paragraph(html, "About the work: " + about);
        }

        html.Append("<h3>What you will need</h3><ul>");
        var years = DemoLevels.MinYears(plan.Level);
        Item(html, years > 0 ? $"{years}+ years of experience as a {plan.Occupation.Title} or in a similar role" : $"A strong interest in working as a {plan.Occupation.Title}; new graduates are welcome");
        foreach (var skill in plan.Required)
        {
            Item(html, $"Experience with {skill} (required)");
        }

        html.Append("</ul>");
        if (plan.Preferred.Count > 0)
        {
            html.Append("<h3>Nice to have</h3><ul>");
            foreach (var skill in plan.Preferred)
            {
                Item(html, $"{skill} is a plus");
            }

            html.Append("</ul>");
        }

        if (plan.Pay is { } pay)
        {
            var period = pay.Unit == "HOUR" ? "per hour" : "per year";
            Paragraph(html, $"Pay: {Money(pay.Min, plan.City.Currency)} to {Money(pay.Max, plan.City.Currency)} {period}, plus benefits.");
        }

        return html.ToString();
    }

    private static void Paragraph(StringBuilder html, string text) => html.Append("<p>").Append(WebUtility.HtmlEncode(text)).Append("</p>");

    private static void Item(StringBuilder html, string text) => html.Append("<li>").Append(WebUtility.HtmlEncode(text)).Append("</li>");

    private static string Money(decimal amount, string currency) =>
        currency + " " + amount.ToString(amount % 1 == 0 ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
