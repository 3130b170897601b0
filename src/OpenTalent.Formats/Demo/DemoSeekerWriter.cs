using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OpenTalent.Formats.Demo;

/// <summary>One role in a generated work history; <paramref name="End"/> is null for the current one.</summary>
internal sealed record DemoJob(string Company, string Position, DemoOccupation Occupation, DateOnly Start, DateOnly? End, IReadOnlyList<string> Highlights);

/// <summary>Everything drawn for one seeker before it is written out.</summary>
internal sealed record DemoSeekerPlan(
    string Identifier, string Name, string Email, string Phone, DemoCity City, string Label, string Summary, IReadOnlyList<DemoJob> Work,
    (string Institution, string StudyType, string Area, int EndYear)? Education, IReadOnlyList<(string Skill, string Level)> Skills,
    string Remote, (string Currency, decimal Amount, string Period)? ExpectedSalary, DateOnly LastModified);

/// <summary>Writes a seeker as a JSON Resume (schema v1) with the <c>meta.opentalent</c> preferences extension.</summary>
internal static class DemoSeekerWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(DemoSeekerPlan plan)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("basics");
            json.WriteString("name", plan.Name);
            json.WriteString("label", plan.Label);
            json.WriteString("email", plan.Email);
            json.WriteString("phone", plan.Phone);
            json.WriteString("summary", plan.Summary);
            json.WriteStartObject("location");
            json.WriteString("city", plan.City.City);
            json.WriteString("region", plan.City.Region);
            json.WriteString("countryCode", plan.City.Country);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("work");
            foreach (var role in plan.Work)
            {
                json.WriteStartObject();
                json.WriteString("name", role.Company);
                json.WriteString("position", role.Position);
                json.WriteString("startDate", Month(role.Start));
                if (role.End is { } end)
                {
                    json.WriteString("endDate", Month(end));
                }

                json.WriteStartArray("highlights");
                foreach (var highlight in role.Highlights)
                {
                    json.WriteStringValue(highlight);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("education");
            if (plan.Education is { } education)
            {
                json.WriteStartObject();
                json.WriteString("institution", education.Institution);
                json.WriteString("area", education.Area);
                json.WriteString("studyType", education.StudyType);
                json.WriteString("endDate", education.EndYear.ToString("0000", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("skills");
            foreach (var (skill, level) in plan.Skills)
            {
                json.WriteStartObject();
                json.WriteString("name", skill);
                json.WriteString("level", level);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("meta");
            json.WriteString("id", plan.Identifier);
            json.WriteString("lastModified", plan.LastModified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteStartObject("opentalent");
            json.WriteString("remote", plan.Remote);
            if (plan.ExpectedSalary is { } salary)
            {
                json.WriteStartObject("expectedSalary");
                json.WriteString("currency", salary.Currency);
                json.WriteNumber("amount", salary.Amount);
                json.WriteString("period", salary.Period);
                json.WriteEndObject();
            }

            json.WriteStartArray("locations");
            json.WriteStringValue($"{plan.City.City}, {plan.City.Region}");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
