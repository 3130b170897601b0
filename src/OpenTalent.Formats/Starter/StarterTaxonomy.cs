using System.Text.Json;
using System.Text.RegularExpressions;
using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Formats.Starter;

/// <summary>
/// OpenTalent's own built-in taxonomy, so that a fresh install is useful before anyone imports O*NET, ESCO or OEWS.
/// The occupations, descriptions, titles, skills and aliases are written by the project; the wage figures are
/// BLS OEWS May 2024 national estimates (public domain). The data ships inside this assembly as
/// <see cref="FileName"/> and is read once, on first use.
/// </summary>
public static partial class StarterTaxonomy
{
    /// <summary>The embedded file's name, which also starts every error message about it.</summary>
    public const string FileName = "starter-taxonomy.json";

    /// <summary>The <see cref="Skill.Scheme"/> of every starter skill.</summary>
    public const string SkillScheme = "starter";

    private static readonly Lazy<TaxonomyRelease> Embedded = new(LoadEmbedded);

    private static readonly (string Name, SkillKind Value)[] SkillKinds =
    [
        ("technology", SkillKind.Technology),
        ("tool", SkillKind.Tool),
        ("skill", SkillKind.Skill),
        ("knowledge", SkillKind.Knowledge),
    ];

    private static readonly (string Name, SkillRelation Value)[] Relations =
    [
        ("essential", SkillRelation.Essential),
        ("optional", SkillRelation.Optional),
    ];

    private static readonly (string Name, SocGroupLevel Value)[] Levels =
    [
        ("total", SocGroupLevel.Total),
        ("major", SocGroupLevel.Major),
        ("minor", SocGroupLevel.Minor),
        ("broad", SocGroupLevel.Broad),
        ("detailed", SocGroupLevel.Detailed),
    ];

    /// <summary>The starter taxonomy. The release is immutable, so every call returns the same instance.</summary>
    /// <exception cref="InvalidTaxonomyException">The embedded file is malformed (a build defect, never user data).</exception>
    public static TaxonomyRelease Load() => Embedded.Value;

    /// <summary>
    /// Reads a document in the starter schema. Every problem is reported as an <see cref="InvalidTaxonomyException"/>
    /// whose message names the file and the item: <c>starter-taxonomy.json: occupation 'ml-engineer': unknown skill 'pytorh'</c>.
    /// </summary>
    internal static TaxonomyRelease Parse(string json)
    {
        StarterDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, StarterJsonContext.Default.StarterDocument);
        }
        catch (JsonException ex)
        {
            throw Error(ex.Message);
        }

        if (document is null)
        {
            throw Error("the document is empty.");
        }

        if (string.IsNullOrWhiteSpace(document.Release))
        {
            throw Error("the document has no release.");
        }

        var skills = ReadSkills(document.Skills ?? []);
        var wages = ReadWages(document.Wages ?? []);
        var (occupations, links, related) = ReadOccupations(document.Occupations ?? [], skills, wages);

        try
        {
            return new TaxonomyRelease(TaxonomySource.Starter, document.Release, occupations, skills.Values, links, related, wages);
        }
        catch (Exception ex) when (ex is InvalidTaxonomyException or ArgumentException)
        {
            throw Error(ex.Message);
        }
    }

    private static TaxonomyRelease LoadEmbedded()
    {
        var assembly = typeof(StarterTaxonomy).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + FileName, StringComparison.Ordinal))
            ?? throw Error($"the embedded resource is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw Error($"the embedded resource {resource} cannot be opened.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private static Dictionary<string, Skill> ReadSkills(IReadOnlyList<StarterSkillDto?> dtos)
    {
        var skills = new Dictionary<string, Skill>(StringComparer.Ordinal);
        for (var i = 0; i < dtos.Count; i++)
        {
            var dto = dtos[i];
            var key = RequireKey(dto?.Key, $"skill #{i + 1}");
            var what = $"skill '{key}'";
            if (skills.ContainsKey(key))
            {
                throw Error($"{what} appears twice.");
            }

            if (string.IsNullOrWhiteSpace(dto!.Label))
            {
                throw Error($"{what} has no label.");
            }

            var kind = ParseName(dto.Kind, SkillKinds, what, "kind");
            if (dto.Aliases?.Any(string.IsNullOrWhiteSpace) == true)
            {
                throw Error($"{what} has an empty alias.");
            }

            skills.Add(key, Build(what, () => new Skill(
                key, dto.Label, kind, SkillScheme, code: null, dto.Aliases, dto.Hot, dto.InDemand, dto.Description)));
        }

        return skills;
    }

    private static List<OccupationWage> ReadWages(IReadOnlyList<StarterWageDto?> dtos)
    {
        var wages = new List<OccupationWage>(dtos.Count);
        var seen = new HashSet<(string, SocGroupLevel, int)>();
        for (var i = 0; i < dtos.Count; i++)
        {
            var dto = dtos[i];
            if (string.IsNullOrWhiteSpace(dto?.Soc))
            {
                throw Error($"wage #{i + 1} has no SOC code.");
            }

            var what = $"wage '{dto.Soc}'";
            if (!OccupationCode.IsValid(CodeScheme.Soc, dto.Soc))
            {
                throw Error($"{what}: '{dto.Soc}' is not a valid SOC code.");
            }

            var level = dto.Level is null ? SocGroupLevel.Detailed : ParseName(dto.Level, Levels, what, "level");
            var year = dto.Year ?? throw Error($"{what} has no year.");
            if (!seen.Add((dto.Soc, level, year)))
            {
                throw Error($"{what} appears twice for {year}.");
            }

            var annual = ReadDistribution(dto.Annual, what, "annual");
            var hourly = ReadDistribution(dto.Hourly, what, "hourly");
            wages.Add(Build(what, () => new OccupationWage(dto.Soc, dto.Title!, level, year, dto.Employment, annual, hourly, dto.Source)));
        }

        return wages;
    }

    private static WageDistribution ReadDistribution(StarterWageFiguresDto? dto, string what, string period) =>
        dto is null
            ? WageDistribution.Unavailable
            : new WageDistribution(
                ReadFigure(dto.P10, what, period, "p10"),
                ReadFigure(dto.P25, what, period, "p25"),
                ReadFigure(dto.Median, what, period, "median"),
                ReadFigure(dto.P75, what, period, "p75"),
                ReadFigure(dto.P90, what, period, "p90"),
                ReadFigure(dto.Mean, what, period, "mean"));

    /// <summary>A number is an exact figure; <c>{"atLeast": n}</c> is a top-coded one (BLS "#"); absent or null is unpublished.</summary>
    private static WageEstimate? ReadFigure(JsonElement? element, string what, string period, string field)
    {
        if (element is not { } value || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var isLowerBound = false;
        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = value.EnumerateObject().ToArray();
            if (properties is not [{ Name: "atLeast" } only])
            {
                throw Error($"{what}: {period} {field} must be a number or {{\"atLeast\": number}}.");
            }

            value = only.Value;
            isLowerBound = true;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var amount) || amount < 0)
        {
            throw Error($"{what}: {period} {field} must be a number of zero or more, or {{\"atLeast\": number}}.");
        }

        return new WageEstimate(amount, isLowerBound);
    }

    private static (List<Occupation> Occupations, List<OccupationSkill> Links, List<RelatedOccupation> Related) ReadOccupations(
        IReadOnlyList<StarterOccupationDto?> dtos,
        Dictionary<string, Skill> skills,
        List<OccupationWage> wages)
    {
        var occupations = new List<Occupation>(dtos.Count);
        var links = new List<OccupationSkill>();
        var wageSocs = wages.Select(w => w.SocCode).ToHashSet(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < dtos.Count; i++)
        {
            var dto = dtos[i];
            var key = RequireKey(dto?.Key, $"occupation #{i + 1}");
            var what = $"occupation '{key}'";
            if (!keys.Add(key))
            {
                throw Error($"{what} appears twice.");
            }

            if (string.IsNullOrWhiteSpace(dto!.Title))
            {
                throw Error($"{what} has no title.");
            }

            if (string.IsNullOrWhiteSpace(dto.Description))
            {
                throw Error($"{what} has no description.");
            }

            if (dto.JobZone is < 1 or > 5)
            {
                throw Error($"{what}: job zone {dto.JobZone} is outside 1 to 5.");
            }

            var codes = ReadCodes(dto, key, what);
            if (!wageSocs.Contains(dto.Soc!))
            {
                throw Error($"{what}: no wage is given for SOC {dto.Soc}.");
            }

            if (dto.Titles?.Any(string.IsNullOrWhiteSpace) == true)
            {
                throw Error($"{what} has an empty alternate title.");
            }

            var titles = (dto.Titles ?? []).Select(t => Build(what, () => new OccupationTitle(t, TitleKind.Alternate))).ToArray();
            occupations.Add(Build(what, () => new Occupation(key, dto.Title, dto.Description, codes, titles, tasks: null, dto.JobZone)));
            links.AddRange(ReadSkillLinks(dto.Skills ?? [], key, what, skills));
        }

        var related = new List<RelatedOccupation>();
        foreach (var dto in dtos)
        {
            var what = $"occupation '{dto!.Key}'";
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var rank = 0;
            foreach (var relatedKey in dto.Related ?? [])
            {
                if (string.IsNullOrWhiteSpace(relatedKey) || !keys.Contains(relatedKey))
                {
                    throw Error($"{what}: unknown related occupation '{relatedKey}'.");
                }

                if (relatedKey == dto.Key)
                {
                    throw Error($"{what} is related to itself.");
                }

                if (!seen.Add(relatedKey))
                {
                    throw Error($"{what} names related occupation '{relatedKey}' twice.");
                }

                related.Add(new RelatedOccupation(dto.Key!, relatedKey, tier: null, rank: ++rank));
            }
        }

        return (occupations, links, related);
    }

    private static List<OccupationCode> ReadCodes(StarterOccupationDto dto, string key, string what)
    {
        if (string.IsNullOrWhiteSpace(dto.Soc))
        {
            throw Error($"{what} has no SOC code.");
        }

        var codes = new List<OccupationCode>
        {
            Build(what, () => new OccupationCode(CodeScheme.Local, key)),
            Build(what, () => new OccupationCode(CodeScheme.Soc, dto.Soc)),
        };
        if (dto.OnetSoc is not null)
        {
            var onet = Build(what, () => new OccupationCode(CodeScheme.OnetSoc, dto.OnetSoc));
            if (OccupationCode.SocOfOnetSoc(onet.Value) != codes[1].Value)
            {
                throw Error($"{what}: O*NET-SOC {onet.Value} does not belong to SOC {codes[1].Value}.");
            }

            codes.Add(onet);
        }

        if (dto.Isco is not null)
        {
            codes.Add(Build(what, () => new OccupationCode(CodeScheme.Isco, dto.Isco)));
        }

        return codes;
    }

    private static List<OccupationSkill> ReadSkillLinks(
        IReadOnlyList<StarterSkillLinkDto?> dtos, string occupationKey, string what, Dictionary<string, Skill> skills)
    {
        var links = new List<OccupationSkill>(dtos.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dto in dtos)
        {
            if (string.IsNullOrWhiteSpace(dto?.Key))
            {
                throw Error($"{what} links a skill without a key.");
            }

            if (!skills.TryGetValue(dto.Key, out var skill))
            {
                throw Error($"{what}: unknown skill '{dto.Key}'.");
            }

            if (!seen.Add(dto.Key))
            {
                throw Error($"{what} links skill '{dto.Key}' twice.");
            }

            var relation = ParseName(dto.Relation, Relations, $"{what}, skill '{dto.Key}'", "relation");
            if (dto.Importance is { } importance && importance is < 1 or > 5)
            {
                throw Error($"{what}, skill '{dto.Key}': importance {importance} is outside 1 to 5.");
            }

            links.Add(new OccupationSkill(occupationKey, skill.Key, relation, dto.Importance, level: null, skill.Hot, skill.InDemand));
        }

        return links;
    }

    private static string RequireKey(string? key, string position)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw Error($"{position} has no key.");
        }

        return SlugPattern().IsMatch(key)
            ? key
            : throw Error($"{position}: the key '{key}' must be lower-case letters and digits in words joined by single hyphens.");
    }

    private static T ParseName<T>(string? text, (string Name, T Value)[] names, string what, string field)
    {
        foreach (var (name, value) in names)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw Error($"{what}: unknown {field} '{text}'; expected {string.Join(", ", names.Select(n => n.Name))}.");
    }

    /// <summary>Runs a Core constructor, reporting its validation failure against the item being read.</summary>
    private static T Build<T>(string what, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            throw Error($"{what}: {ex.Message}");
        }
    }

    private static InvalidTaxonomyException Error(string detail) => new($"{FileName}: {detail}");

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
