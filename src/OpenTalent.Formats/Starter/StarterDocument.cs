using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenTalent.Formats.Starter;

// The shape of starter-taxonomy.json. Every field is nullable so that a missing one is reported by
// StarterTaxonomy with the item it belongs to, rather than by the serializer with a JSON path.

internal sealed record StarterDocument(
    string? Release,
    string? About,
    IReadOnlyList<StarterSkillDto>? Skills,
    IReadOnlyList<StarterWageDto>? Wages,
    IReadOnlyList<StarterOccupationDto>? Occupations);

internal sealed record StarterSkillDto(
    string? Key,
    string? Label,
    string? Kind,
    IReadOnlyList<string>? Aliases,
    bool Hot,
    bool InDemand,
    string? Description);

internal sealed record StarterWageDto(
    string? Soc,
    string? Title,
    string? Level,
    int? Year,
    string? Source,
    long? Employment,
    StarterWageFiguresDto? Annual,
    StarterWageFiguresDto? Hourly);

/// <summary>Each figure is a number, <c>{"atLeast": n}</c> for a top-coded value, or absent when unpublished.</summary>
internal sealed record StarterWageFiguresDto(
    JsonElement? P10,
    JsonElement? P25,
    JsonElement? Median,
    JsonElement? P75,
    JsonElement? P90,
    JsonElement? Mean);

internal sealed record StarterOccupationDto(
    string? Key,
    string? Title,
    string? Description,
    string? Soc,
    string? OnetSoc,
    string? Isco,
    int? JobZone,
    IReadOnlyList<string>? Titles,
    IReadOnlyList<StarterSkillLinkDto>? Skills,
    IReadOnlyList<string>? Related);

internal sealed record StarterSkillLinkDto(string? Key, string? Relation, double? Importance);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(StarterDocument))]
internal sealed partial class StarterJsonContext : JsonSerializerContext;
