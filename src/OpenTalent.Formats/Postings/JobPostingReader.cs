using System.Globalization;
using System.Text.Json;
using OpenTalent.Formats.Json;

namespace OpenTalent.Formats.Postings;

/// <summary>
/// Reads schema.org <c>JobPosting</c> objects as Google for Jobs uses them, one per line. Required: identifier,
/// title, description; everything else is optional, and unknown properties are ignored (JSON-LD allows extensions).
/// Field rules are in docs/FORMATS.md.
/// </summary>
public static class JobPostingReader
{
    /// <summary>Streams the postings of a JSON Lines file; see <see cref="JsonLinesFile.Read{T}"/>.</summary>
    public static IEnumerable<DocumentLine<JobPostingDocument>> Read(Stream jsonLines) => JsonLinesFile.Read(jsonLines, Parse);

    /// <summary>
    /// One posting object. Every problem is added to <paramref name="errors"/> with its field path; the result is
    /// <c>null</c> when there was any.
    /// </summary>
    public static JobPostingDocument? Parse(JsonElement posting, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var fields = new JsonFields(errors);
        if (posting.ValueKind != JsonValueKind.Object)
        {
            fields.WrongType("", "a JobPosting object", posting);
            return null;
        }

        PostingTerms.CheckType(fields, posting);
        var identifier = PostingTerms.Identifier(fields, posting);
        var title = Title(fields, posting);
        var description = Description(fields, posting);
        var (datePosted, validThrough) = Dates(fields, posting);
        var employmentTypes = PostingTerms.EmploymentTypes(fields, posting);
        var organization = Organization(fields, posting);
        var locations = PostingPlaces.Locations(fields, posting);
        var telecommute = PostingPlaces.Telecommute(fields, posting);
        var applicantCountries = PostingPlaces.ApplicantCountries(fields, posting);
        var salary = PostingSalary.Read(fields, posting);
        var skills = PostingTerms.Skills(fields, posting);
        var qualifications = PostingTerms.Credentials(fields, posting, "qualifications");
        var responsibilities = HtmlField(fields, posting, "responsibilities");
        var (experienceText, months) = PostingTerms.Experience(fields, posting);
        var education = PostingTerms.Credentials(fields, posting, "educationRequirements");
        var occupationalCategory = PostingTerms.CodedText(fields, posting, "occupationalCategory");
        var industry = PostingTerms.CodedText(fields, posting, "industry");

        if (fields.HasErrors || identifier is null || title is null || description is null)
        {
            return null;
        }

        return new JobPostingDocument(
            identifier, title, description, datePosted, validThrough, employmentTypes, organization, locations, telecommute,
            applicantCountries, salary, skills, qualifications, responsibilities, experienceText, months, education,
            occupationalCategory, industry);
    }

    // Titles should be plain text, but boards do send "Senior&nbsp;Engineer" or a stray <b>.
    private static string? Title(JsonFields fields, JsonElement posting)
    {
        var title = fields.RequiredString(posting, "", "title");
        if (title is null)
        {
            return null;
        }

        var plain = PostingTerms.PlainText(title);
        if (plain is null)
        {
            fields.Required("title", "has no text once HTML is removed");
        }

        return plain?.ReplaceLineEndings(" ");
    }

    private static string? Description(JsonFields fields, JsonElement posting)
    {
        var html = fields.RequiredString(posting, "", "description");
        if (html is null)
        {
            return null;
        }

        var text = PostingTerms.PlainText(html);
        if (text is null)
        {
            fields.Required("description", "has no text once HTML is removed");
        }

        return text;
    }

    private static string? HtmlField(JsonFields fields, JsonElement posting, string name) =>
        fields.String(posting, "", name) is { } html ? PostingTerms.PlainText(html) : null;

    private static (DateOnly? Posted, DateOnly? ValidThrough) Dates(JsonFields fields, JsonElement posting)
    {
        var posted = Date(fields, posting, "datePosted");
        var validThrough = Date(fields, posting, "validThrough");
        if (posted is { } from && validThrough is { } until && until < from)
        {
            fields.Error("validThrough", string.Create(CultureInfo.InvariantCulture, $"{until:yyyy-MM-dd} is before datePosted {from:yyyy-MM-dd}"));
        }

        return (posted, validThrough);
    }

    private static DateOnly? Date(JsonFields fields, JsonElement posting, string name)
    {
        var text = fields.String(posting, "", name);
        if (text is null)
        {
            return null;
        }

        if (IsoDates.TryParseDateOrDateTime(text, out var date))
        {
            return date;
        }

        fields.Error(name, $"'{JsonFields.Clip(text)}' is not an ISO 8601 date or date-time (YYYY-MM-DD or YYYY-MM-DDThh:mm:ss)");
        return null;
    }

    private static string? Organization(JsonFields fields, JsonElement posting) =>
        JsonFields.TryGet(posting, "hiringOrganization", out var organization)
            ? PostingPlaces.NamedThing(fields, organization, "hiringOrganization", "an Organization object")
            : null;
}
