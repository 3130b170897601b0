using System.Text.Json;
using OpenTalent.Formats.Json;

namespace OpenTalent.Formats.Postings;

/// <summary>The JobPosting properties that schema.org lets be text or a typed object: each reduced to plain values.</summary>
internal static class PostingTerms
{
    public const string EmploymentTypeList = "FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER";

    private static readonly string[] KnownEmploymentTypes =
        ["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"];

    private static readonly char[] SkillSeparators = [',', ';', '\n'];

    /// <summary>
    /// <c>@type</c>, when given, must name JobPosting (also as <c>schema:JobPosting</c> or the full schema.org IRI,
    /// or in an array of types, as JSON-LD allows).
    /// </summary>
    public static void CheckType(JsonFields fields, JsonElement posting)
    {
        if (!JsonFields.TryGet(posting, "@type", out var type))
        {
            return;
        }

        var found = false;
        foreach (var (value, _) in PostingPlaces.OneOrMany(posting, "@type"))
        {
            if (value.ValueKind == JsonValueKind.String && IsJobPosting(value.GetString()!))
            {
                found = true;
            }
        }

        if (!found)
        {
            fields.Error("@type", type.ValueKind == JsonValueKind.String
                ? $"is '{JsonFields.Clip(type.GetString()!)}', expected 'JobPosting'"
                : $"expected 'JobPosting', found {JsonFields.Describe(type.ValueKind)}");
        }
    }

    /// <summary>A string, a number (kept as written), or a PropertyValue whose <c>value</c> is either.</summary>
    public static string? Identifier(JsonFields fields, JsonElement posting)
    {
        if (!JsonFields.TryGet(posting, "identifier", out var identifier))
        {
            fields.Required("identifier", "is required (a string, a number or a PropertyValue)");
            return null;
        }

        var path = "identifier";
        if (identifier.ValueKind == JsonValueKind.Object)
        {
            path = "identifier.value";
            if (!JsonFields.TryGet(identifier, "value", out identifier))
            {
                fields.Required(path, "is required in a PropertyValue identifier");
                return null;
            }
        }

        switch (identifier.ValueKind)
        {
            case JsonValueKind.String:
                var text = identifier.GetString()!.Trim();
                if (text.Length == 0)
                {
                    fields.Required(path, "is empty");
                    return null;
                }

                return text;
            case JsonValueKind.Number:
                return identifier.GetRawText();
            default:
                fields.WrongType(path, path == "identifier" ? "a string, a number or a PropertyValue object" : "a string or a number", identifier);
                return null;
        }
    }

    /// <summary>
    /// One value or an array, each upper-cased with spaces and hyphens as underscores ("full-time" is FULL_TIME);
    /// a comma-separated string is split, as some boards write several types in one.
    /// </summary>
    public static IReadOnlyList<string> EmploymentTypes(JsonFields fields, JsonElement posting)
    {
        var types = new List<string>();
        foreach (var (value, path) in PostingPlaces.OneOrMany(posting, "employmentType"))
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                fields.WrongType(path, "a string", value);
                continue;
            }

            foreach (var part in value.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var type = part.ToUpperInvariant().Replace(' ', '_').Replace('-', '_');
                if (Array.IndexOf(KnownEmploymentTypes, type) < 0)
                {
                    fields.Error(path, $"'{JsonFields.Clip(part)}' is not an employment type; use {EmploymentTypeList}");
                }
                else if (!types.Contains(type))
                {
                    types.Add(type);
                }
            }
        }

        return types;
    }

    /// <summary>Text split at commas, semicolons and line breaks, DefinedTerm names, or an array of either; duplicates dropped.</summary>
    public static IReadOnlyList<string> Skills(JsonFields fields, JsonElement posting)
    {
        var skills = new List<string>();
        foreach (var (value, path) in PostingPlaces.OneOrMany(posting, "skills"))
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                foreach (var part in HtmlText.ToPlainText(value.GetString()!).Split(SkillSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    AddDistinct(skills, part);
                }
            }
            else if (PostingPlaces.NamedThing(fields, value, path, "a DefinedTerm object") is { } name)
            {
                AddDistinct(skills, name);
            }
        }

        return skills;
    }

    /// <summary>Text, or OccupationalExperienceRequirements with <c>monthsOfExperience</c> (and an optional <c>description</c>).</summary>
    public static (string? Text, int? Months) Experience(JsonFields fields, JsonElement posting)
    {
        if (!JsonFields.TryGet(posting, "experienceRequirements", out var value))
        {
            return (null, null);
        }

        const string Path = "experienceRequirements";
        if (value.ValueKind == JsonValueKind.String)
        {
            return (PlainText(value.GetString()!), null);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            fields.WrongType(Path, "a string or an OccupationalExperienceRequirements object", value);
            return (null, null);
        }

        var description = fields.String(value, Path, "description") is { } text ? PlainText(text) : null;
        int? months = null;
        if (JsonFields.TryGet(value, "monthsOfExperience", out var monthsValue))
        {
            var field = JsonFields.Path(Path, "monthsOfExperience");
            var number = fields.Number(monthsValue, field);
            if (number is < 0 or > 1200)
            {
                fields.Error(field, $"{JsonFields.Invariant(number.Value)} is not a number of months between 0 and 1200");
            }
            else if (number is { } whole)
            {
                months = (int)Math.Round(whole, MidpointRounding.AwayFromZero);
            }
        }

        return (description, months);
    }

    /// <summary>
    /// Text, or EducationalOccupationalCredential objects (their <c>credentialCategory</c>, else <c>name</c>), one or
    /// several; several are joined with "; ". Used for educationRequirements and the credential form of qualifications.
    /// </summary>
    public static string? Credentials(JsonFields fields, JsonElement posting, string name)
    {
        var parts = new List<string>();
        foreach (var (value, path) in PostingPlaces.OneOrMany(posting, name))
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String when PlainText(value.GetString()!) is { } text:
                    parts.Add(text);
                    break;
                case JsonValueKind.String:
                    break;
                case JsonValueKind.Object:
                    var errorsBefore = fields.Count;
                    var category = CredentialCategory(fields, value, path) ?? fields.String(value, path, "name");
                    if (category is null && fields.Count == errorsBefore)
                    {
                        fields.Required(JsonFields.Path(path, "credentialCategory"), "is required in an EducationalOccupationalCredential");
                    }
                    else if (category is not null)
                    {
                        parts.Add(category);
                    }

                    break;
                default:
                    fields.WrongType(path, "a string or an EducationalOccupationalCredential object", value);
                    break;
            }
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>Text, or a CategoryCode (<c>codeValue</c> and <c>name</c>, e.g. "15-1252.00 Software Developers").</summary>
    public static string? CodedText(JsonFields fields, JsonElement posting, string name)
    {
        if (!JsonFields.TryGet(posting, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var code = fields.String(value, name, "codeValue");
            var label = fields.String(value, name, "name");
            if (code is null && label is null)
            {
                fields.Required(JsonFields.Path(name, "name"), "is required when there is no codeValue");
                return null;
            }

            return code is null ? label : label is null ? code : $"{code} {label}";
        }

        return fields.Text(value, "", name);
    }

    /// <summary>HTML-bearing text reduced to plain text; <c>null</c> when nothing is left.</summary>
    public static string? PlainText(string html)
    {
        var text = HtmlText.ToPlainText(html);
        return text.Length == 0 ? null : text;
    }

    private static string? CredentialCategory(JsonFields fields, JsonElement credential, string path)
    {
        if (!JsonFields.TryGet(credential, "credentialCategory", out var category))
        {
            return null;
        }

        // Google's examples give the category as text; schema.org also allows a DefinedTerm.
        return category.ValueKind == JsonValueKind.Object
            ? PostingPlaces.NamedThing(fields, category, JsonFields.Path(path, "credentialCategory"), "a DefinedTerm object")
            : fields.Text(category, path, "credentialCategory");
    }

    private static bool IsJobPosting(string type)
    {
        var span = type.AsSpan().Trim();
        var slash = span.LastIndexOfAny('/', ':');
        return span[(slash + 1)..].Equals("JobPosting", StringComparison.Ordinal);
    }

    private static void AddDistinct(List<string> items, string item)
    {
        foreach (var existing in items)
        {
            if (existing.Equals(item, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        items.Add(item);
    }
}
