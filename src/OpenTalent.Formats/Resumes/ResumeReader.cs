using System.Text.Json;
using OpenTalent.Formats.Json;

namespace OpenTalent.Formats.Resumes;

/// <summary>
/// Reads JSON Resume documents (jsonresume.org schema v1), one per line, plus the <c>meta.opentalent</c> preferences
/// extension. Unknown properties are ignored, as the schema allows. A resume must give something to match on:
/// skills, work, <c>basics.label</c> or <c>basics.summary</c>. Field rules are in docs/FORMATS.md.
/// </summary>
public static class ResumeReader
{
    /// <summary>Streams the resumes of a JSON Lines file; see <see cref="JsonLinesFile.Read{T}"/>.</summary>
    public static IEnumerable<DocumentLine<ResumeDocument>> Read(Stream jsonLines) => JsonLinesFile.Read(jsonLines, Parse);

    /// <summary>
    /// One resume object. Every problem is added to <paramref name="errors"/> with its field path; the result is
    /// <c>null</c> when there was any.
    /// </summary>
    public static ResumeDocument? Parse(JsonElement resume, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var fields = new JsonFields(errors);
        if (resume.ValueKind != JsonValueKind.Object)
        {
            fields.WrongType("", "a JSON Resume object", resume);
            return null;
        }

        var hasBasics = fields.Object(resume, "", "basics", out var basics);
        var name = hasBasics ? fields.String(basics, "basics", "name") : null;
        var label = hasBasics ? fields.String(basics, "basics", "label") : null;
        var email = hasBasics ? Email(fields, basics) : null;
        var summary = hasBasics ? fields.String(basics, "basics", "summary") : null;
        var location = hasBasics ? Location(fields, basics) : null;

        var work = ResumeSections.Work(fields, resume);
        var education = ResumeSections.Education(fields, resume);
        var skills = ResumeSections.Skills(fields, resume);
        var projects = ResumeSections.Projects(fields, resume);
        var certificates = ResumeSections.Certificates(fields, resume);
        var languages = ResumeSections.Languages(fields, resume);

        var hasMeta = fields.Object(resume, "", "meta", out var meta);
        var id = hasMeta ? Id(fields, meta) : null;
        var lastModified = hasMeta ? LastModified(fields, meta) : null;
        var preferences = hasMeta ? ResumePreferencesReader.Read(fields, meta) : ResumePreferences.None;

        if (!HasSomethingToMatch(resume))
        {
            fields.Error("", "nothing to match on: the resume has no skills, no work, no basics.label and no basics.summary");
        }

        if (fields.HasErrors)
        {
            return null;
        }

        var identifier = id ?? email?.ToLowerInvariant();
        return new ResumeDocument(
            identifier, name, label, email, summary, location, work, education, skills, projects, certificates, languages,
            preferences, lastModified);
    }

    // Judged on the raw document, so a section that is present but broken reports its own errors, not this one.
    private static bool HasSomethingToMatch(JsonElement resume) =>
        NonEmptyArray(resume, "skills") || NonEmptyArray(resume, "work")
        || (JsonFields.TryGet(resume, "basics", out var basics)
            && (basics.ValueKind != JsonValueKind.Object || IsGiven(basics, "label") || IsGiven(basics, "summary")));

    private static bool NonEmptyArray(JsonElement resume, string name) =>
        JsonFields.TryGet(resume, name, out var value) && (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > 0);

    private static bool IsGiven(JsonElement basics, string name) =>
        JsonFields.TryGet(basics, name, out var value) && (value.ValueKind != JsonValueKind.String || value.GetString()!.Trim().Length > 0);

    private static string? Email(JsonFields fields, JsonElement basics)
    {
        var email = fields.String(basics, "basics", "email");
        if (email is null)
        {
            return null;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        var plausible = at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.')
            && !email.Any(char.IsWhiteSpace);
        if (!plausible)
        {
            fields.Error("basics.email", $"'{JsonFields.Clip(email)}' is not an email address");
            return null;
        }

        return email;
    }

    private static ResumeLocation? Location(JsonFields fields, JsonElement basics)
    {
        const string Path = "basics.location";
        if (!fields.Object(basics, "basics", "location", out var location))
        {
            return null;
        }

        var city = fields.String(location, Path, "city");
        var region = fields.String(location, Path, "region");
        var postalCode = fields.String(location, Path, "postalCode");
        var countryCode = fields.String(location, Path, "countryCode");
        if (countryCode is not null)
        {
            if (countryCode.Length == 2 && char.IsAsciiLetter(countryCode[0]) && char.IsAsciiLetter(countryCode[1]))
            {
                countryCode = countryCode.ToUpperInvariant();
            }
            else
            {
                fields.Error(JsonFields.Path(Path, "countryCode"), $"'{JsonFields.Clip(countryCode)}' is not an ISO 3166-1 alpha-2 country code (such as US or DE)");
                countryCode = null;
            }
        }

        return city is null && region is null && postalCode is null && countryCode is null
            ? null
            : new ResumeLocation(city, region, postalCode, countryCode);
    }

    private static string? Id(JsonFields fields, JsonElement meta) =>
        JsonFields.TryGet(meta, "id", out var id) && id.ValueKind == JsonValueKind.Number
            ? id.GetRawText()
            : fields.String(meta, "meta", "id");

    private static DateOnly? LastModified(JsonFields fields, JsonElement meta)
    {
        var text = fields.String(meta, "meta", "lastModified");
        if (text is null)
        {
            return null;
        }

        // The schema shows a date-time ("2017-12-24T15:53:00"); a partial date is accepted too.
        if (IsoDates.TryParseDateOrDateTime(text, out var date) || IsoDates.TryParsePartial(text, out date))
        {
            return date;
        }

        fields.Error("meta.lastModified", $"'{JsonFields.Clip(text)}' is not an ISO 8601 date or date-time");
        return null;
    }
}
