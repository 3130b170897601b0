using System.Text.Json;
using OpenTalent.Formats.Json;

namespace OpenTalent.Formats.Resumes;

/// <summary>The list sections of a JSON Resume: work, education, skills, projects, certificates, languages.</summary>
internal static class ResumeSections
{
    public static IReadOnlyList<ResumeWork> Work(JsonFields fields, JsonElement resume) =>
        Entries(fields, resume, "work", (entry, path) =>
        {
            // "company" is the field's name before schema v1; old exports still use it.
            var organization = fields.String(entry, path, "name") ?? fields.String(entry, path, "company");
            var position = fields.String(entry, path, "position");
            var (start, end) = DateRange(fields, entry, path);
            var summary = fields.String(entry, path, "summary");
            var highlights = fields.StringArray(entry, path, "highlights");
            return new ResumeWork(organization, position, start, end, summary, highlights);
        });

    public static IReadOnlyList<ResumeEducation> Education(JsonFields fields, JsonElement resume) =>
        Entries(fields, resume, "education", (entry, path) =>
        {
            var institution = fields.String(entry, path, "institution");
            var area = fields.String(entry, path, "area");
            var studyType = fields.String(entry, path, "studyType");
            var (start, end) = DateRange(fields, entry, path);
            return new ResumeEducation(institution, area, studyType, start, end);
        });

    public static IReadOnlyList<ResumeSkill> Skills(JsonFields fields, JsonElement resume) =>
        Entries(fields, resume, "skills", (entry, path) =>
        {
            var name = fields.RequiredString(entry, path, "name");
            var level = fields.String(entry, path, "level");
            var keywords = fields.StringArray(entry, path, "keywords");
            return name is null ? null : new ResumeSkill(name, level, keywords);
        });

    public static IReadOnlyList<ResumeProject> Projects(JsonFields fields, JsonElement resume) =>
        Entries(fields, resume, "projects", (entry, path) =>
        {
            var name = fields.String(entry, path, "name");
            var description = fields.String(entry, path, "description");
            var highlights = fields.StringArray(entry, path, "highlights");
            var keywords = fields.StringArray(entry, path, "keywords");
            var (start, end) = DateRange(fields, entry, path);
            return new ResumeProject(name, description, highlights, keywords, start, end);
        });

    public static IReadOnlyList<string> Certificates(JsonFields fields, JsonElement resume) =>
        Entries(fields, resume, "certificates", (entry, path) => fields.RequiredString(entry, path, "name"));

    public static IReadOnlyList<string> Languages(JsonFields fields, JsonElement resume) =>
        Entries(fields, resume, "languages", (entry, path) => fields.RequiredString(entry, path, "language"));

    /// <summary>
    /// <c>startDate</c> and <c>endDate</c> as partial ISO 8601 dates; an end before the start is an error at endDate.
    /// Partial dates compare by their first day, so "2021-05" to "2021-05-20" is fine.
    /// </summary>
    public static (DateOnly? Start, DateOnly? End) DateRange(JsonFields fields, JsonElement entry, string path)
    {
        var start = PartialDate(fields, entry, path, "startDate");
        var end = PartialDate(fields, entry, path, "endDate");
        if (start is { } from && end is { } until && until < from)
        {
            fields.Error(JsonFields.Path(path, "endDate"), $"{Text(entry, "endDate")} is before startDate {Text(entry, "startDate")}");
        }

        return (start, end);
    }

    public static DateOnly? PartialDate(JsonFields fields, JsonElement entry, string path, string name)
    {
        var text = fields.String(entry, path, name);
        if (text is null)
        {
            return null;
        }

        if (IsoDates.TryParsePartial(text, out var date))
        {
            return date;
        }

        var hint = text.Equals("present", StringComparison.OrdinalIgnoreCase) || text.Equals("current", StringComparison.OrdinalIgnoreCase)
            ? $"; leave {name} out for an entry that is still going on"
            : "";
        fields.Error(JsonFields.Path(path, name), $"'{JsonFields.Clip(text)}' is not an ISO 8601 date ({IsoDates.PartialFormats}){hint}");
        return null;
    }

    /// <summary>Reads each object of an optional array section; a non-object item is an error at its index.</summary>
    private static List<T> Entries<T>(JsonFields fields, JsonElement resume, string section, Func<JsonElement, string, T?> read)
        where T : class
    {
        var entries = new List<T>();
        if (!fields.Array(resume, "", section, out var array))
        {
            return entries;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = JsonFields.Item(section, index++);
            if (item.ValueKind == JsonValueKind.Object)
            {
                if (read(item, path) is { } entry)
                {
                    entries.Add(entry);
                }
            }
            else if (item.ValueKind != JsonValueKind.Null)
            {
                fields.WrongType(path, "an object", item);
            }
        }

        return entries;
    }

    private static string Text(JsonElement entry, string name) => entry.GetProperty(name).GetString()!.Trim();
}
