using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;
using OpenTalent.Formats.Json;
using OpenTalent.Formats.Postings;
using OpenTalent.Text.JobAds;
using OpenTalent.Web.Matching;
using OpenTalent.Web.Problems;

namespace OpenTalent.Web;

public sealed record PlaceDraft(string? City, string? Region, string? Country);

/// <param name="Period">year, month, week, day or hour: the pay as posted; it is shown annualised.</param>
public sealed record SalaryDraft(decimal? Min, decimal? Max, string? Currency, string? Period);

public sealed record SkillDraft(string? Name, bool? Required);

/// <summary>
/// A job as an employer writes it. <see cref="Skills"/> left out means "the skills extracted from the text"; given,
/// it is the final list (preview first with <c>POST /api/v1/employer/jobs/preview</c> to see what was extracted).
/// </summary>
/// <param name="Arrangement">onSite, hybrid or remote.</param>
/// <param name="EmploymentType">fullTime, partTime, contract, temporary, internship or volunteer.</param>
/// <param name="ValidThrough">The last day to apply, yyyy-MM-dd.</param>
public sealed record JobDraft(
    string? Title,
    string? Description,
    IReadOnlyList<PlaceDraft>? Locations,
    string? Arrangement,
    string? EmploymentType,
    SalaryDraft? Salary,
    IReadOnlyList<SkillDraft>? Skills,
    string? ValidThrough);

/// <summary>
/// Turns a draft into a stored posting the same way an import does: the draft becomes a schema.org JobPosting
/// document (kept as the posting's document), which the posting reader and analyzer understand; then the
/// employer's own choices (arrangement, skill list) override what the text suggested.
/// </summary>
internal static class JobDrafts
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 50_000;
    public const int MaxSkills = 50;
    public const int MaxLocations = 20;

    public static async Task<(PostingRecord? Record, Validation Validation)> BuildAsync(
        JobDraft? draft, string identifier, string organisationName, DateOnly datePosted, PostingStatus status, MatchingHost matching, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        if (draft is null)
        {
            validation.Add("$", "A job needs a JSON body with at least a title and a description.");
            return (null, validation);
        }

        var title = validation.Required("title", draft.Title, MaxTitleLength);
        var description = validation.Required("description", draft.Description, MaxDescriptionLength);
        var arrangement = Arrangement(validation, draft.Arrangement);
        var employment = Employment(validation, draft.EmploymentType);
        var validThrough = Date(validation, draft.ValidThrough, datePosted);
        var places = Places(validation, draft.Locations);
        var salary = Salary(validation, draft.Salary);
        if (draft.Skills is { Count: > MaxSkills })
        {
            validation.Add("skills", $"lists {draft.Skills.Count} skills; at most {MaxSkills} are allowed.");
        }

        if (!validation.IsValid)
        {
            return (null, validation);
        }

        var document = Document(identifier, title!, description!, organisationName, datePosted, validThrough, places, arrangement, employment, salary, draft.Skills);
        var json = document.ToJsonString();
        using var parsed = JsonDocument.Parse(json);
        var errors = new List<FieldError>();
        var read = JobPostingReader.Parse(parsed.RootElement, errors);
        if (read is null)
        {
            foreach (var error in errors)
            {
                validation.Add(error.Field.Length == 0 ? "$" : error.Field, error.Message);
            }

            return (null, validation);
        }

        var analyzers = await matching.AnalyzersAsync(cancellationToken);
        var analysed = analyzers.Postings.Analyze(read);
        var skills = analysed.Skills;
        if (draft.Skills is { } chosen)
        {
            skills = Skills(validation, chosen, analysed.Skills, analyzers);
            if (!validation.IsValid)
            {
                return (null, validation);
            }
        }

        var posting = new JobPosting(
            analysed.Identifier, analysed.Title, analysed.Employer, analysed.Occupations, skills, analysed.Seniority, analysed.Locations,
            arrangement ?? analysed.Arrangement, analysed.Salary, analysed.DatePosted, analysed.ValidThrough, status, employment ?? analysed.EmploymentType);
        return (new PostingRecord(posting, read.Description, json), validation);
    }

    private static List<PostingSkill> Skills(Validation validation, IReadOnlyList<SkillDraft> chosen, IReadOnlyList<PostingSkill> extracted, DocumentAnalyzers analyzers)
    {
        var skills = new List<PostingSkill>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < chosen.Count; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"skills[{i}].name");
            var name = validation.Required(field, chosen[i]?.Name, 100);
            if (name is null)
            {
                continue;
            }

            if (analyzers.Skills.FromName(name) is not { } skill)
            {
                validation.Add(field, $"'{name}' is not a skill the taxonomy knows; check the spelling or choose one of the extracted skills.");
                continue;
            }

            if (!seen.Add(skill.SkillId))
            {
                continue;
            }

            var required = chosen[i]!.Required ?? true;
            var found = extracted.FirstOrDefault(s => s.SkillId == skill.SkillId);
            skills.Add(new PostingSkill(skill.SkillId, found?.Label ?? skill.Label, found?.Weight ?? 1, required, found?.MinYears));
        }

        return skills;
    }

    private static JsonObject Document(
        string identifier, string title, string description, string organisationName, DateOnly datePosted, DateOnly? validThrough, List<PlaceDraft> places,
        WorkArrangement? arrangement, EmploymentType? employment, SalaryDraft? salary, IReadOnlyList<SkillDraft>? skills)
    {
        var document = new JsonObject
        {
            ["@context"] = "https://schema.org/",
            ["@type"] = "JobPosting",
            ["identifier"] = identifier,
            ["title"] = title,
            ["description"] = description,
            ["datePosted"] = datePosted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["hiringOrganization"] = new JsonObject { ["@type"] = "Organization", ["name"] = organisationName },
        };
        if (validThrough is { } until)
        {
            document["validThrough"] = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (places.Count > 0)
        {
            document["jobLocation"] = new JsonArray([.. places.Select(p => (JsonNode)new JsonObject
            {
                ["@type"] = "Place",
                ["address"] = new JsonObject { ["@type"] = "PostalAddress", ["addressLocality"] = p.City, ["addressRegion"] = p.Region, ["addressCountry"] = p.Country },
            })]);
        }

        if (arrangement == WorkArrangement.Remote)
        {
            document["jobLocationType"] = "TELECOMMUTE";
        }

        if (employment is { } type && SchemaEmploymentType(type) is { } schemaType)
        {
            document["employmentType"] = schemaType;
        }

        if (salary is { Min: { } min, Currency: { } currency })
        {
            document["baseSalary"] = new JsonObject
            {
                ["@type"] = "MonetaryAmount",
                ["currency"] = currency.Trim().ToUpperInvariant(),
                ["value"] = new JsonObject { ["@type"] = "QuantitativeValue", ["minValue"] = min, ["maxValue"] = salary.Max ?? min, ["unitText"] = (salary.Period ?? "year").Trim().ToUpperInvariant() },
            };
        }

        if (skills is { Count: > 0 })
        {
            document["skills"] = string.Join(", ", skills.Select(s => s?.Name?.Trim()).Where(n => !string.IsNullOrEmpty(n)));
        }

        return document;
    }

    private static WorkArrangement? Arrangement(Validation validation, string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "onsite" or "on-site" => WorkArrangement.OnSite,
        "hybrid" => WorkArrangement.Hybrid,
        "remote" => WorkArrangement.Remote,
        _ => Invalid<WorkArrangement?>(validation, "arrangement", "must be onSite, hybrid or remote.", null),
    };

    private static EmploymentType? Employment(Validation validation, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Enum.TryParse<EmploymentType>(text.Trim(), ignoreCase: true, out var type) && type != Core.Understanding.EmploymentType.Unspecified && Enum.IsDefined(type)
            ? type
            : Invalid<EmploymentType?>(validation, "employmentType", "must be fullTime, partTime, contract, temporary, internship or volunteer.", null);
    }

    private static string? SchemaEmploymentType(EmploymentType type) => type switch
    {
        Core.Understanding.EmploymentType.FullTime => "FULL_TIME",
        Core.Understanding.EmploymentType.PartTime => "PART_TIME",
        Core.Understanding.EmploymentType.Contract => "CONTRACTOR",
        Core.Understanding.EmploymentType.Temporary => "TEMPORARY",
        Core.Understanding.EmploymentType.Internship => "INTERN",
        Core.Understanding.EmploymentType.Volunteer => "VOLUNTEER",
        _ => null,
    };

    private static DateOnly? Date(Validation validation, string? text, DateOnly datePosted)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Invalid<DateOnly?>(validation, "validThrough", "must be a date such as 2026-12-31.", null);
        }

        return date < datePosted ? Invalid<DateOnly?>(validation, "validThrough", "must not be before the day the job is posted.", null) : date;
    }

    private static List<PlaceDraft> Places(Validation validation, IReadOnlyList<PlaceDraft>? drafts)
    {
        var places = new List<PlaceDraft>();
        if (drafts is null)
        {
            return places;
        }

        if (drafts.Count > MaxLocations)
        {
            validation.Add("locations", $"lists {drafts.Count} places; at most {MaxLocations} are allowed.");
            return places;
        }

        for (var i = 0; i < drafts.Count; i++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"locations[{i}]");
            var city = validation.Optional(prefix + ".city", drafts[i]?.City, 100);
            var region = validation.Optional(prefix + ".region", drafts[i]?.Region, 100);
            var country = validation.Optional(prefix + ".country", drafts[i]?.Country, 100);
            if (city is null && region is null && country is null)
            {
                validation.Add(prefix, "needs a city, a region or a country.");
                continue;
            }

            places.Add(new PlaceDraft(city, region, country is null ? null : CountryCodes.Find(country) ?? country));
        }

        return places;
    }

    private static SalaryDraft? Salary(Validation validation, SalaryDraft? salary)
    {
        if (salary is null)
        {
            return null;
        }

        if (salary.Min is not { } min || min <= 0)
        {
            validation.Add("salary.min", "is required and must be above zero.");
        }
        else if (salary.Max is { } max && max < min)
        {
            validation.Add("salary.max", "must not be below salary.min.");
        }

        if (salary.Currency?.Trim() is not { Length: 3 } currency || !currency.All(char.IsAsciiLetter))
        {
            validation.Add("salary.currency", "must be an ISO 4217 currency code such as USD.");
        }

        if (salary.Period is { } period && period.Trim().ToLowerInvariant() is not ("year" or "month" or "week" or "day" or "hour"))
        {
            validation.Add("salary.period", "must be year, month, week, day or hour.");
        }

        return salary;
    }

    private static T Invalid<T>(Validation validation, string field, string message, T fallback)
    {
        validation.Add(field, message);
        return fallback;
    }
}
