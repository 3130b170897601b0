namespace OpenTalent.Core.Taxonomy;

/// <summary>One occupation as the text models see it: stable id, its codes, every title, and its skills.</summary>
public sealed record SnapshotOccupation(
    int Index,
    TaxonomySource Source,
    string Key,
    string Title,
    string? Description,
    IReadOnlyList<OccupationCode> Codes,
    IReadOnlyList<OccupationTitle> Titles,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<SnapshotLink> Skills,
    IReadOnlyList<int> Related,
    decimal? MedianAnnualWage);

/// <summary>A link from an occupation to <see cref="SnapshotSkill.Index"/>, with the weight the source gives it.</summary>
public readonly record struct SnapshotLink(int Skill, SkillRelation Relation, double? Importance);

/// <summary>One skill as the text models see it.</summary>
public sealed record SnapshotSkill(
    int Index,
    TaxonomySource Source,
    string Key,
    string Label,
    SkillKind Kind,
    string Scheme,
    string? Code,
    IReadOnlyList<string> AltLabels,
    string? Description,
    bool Hot,
    bool InDemand)
{
    /// <summary>The id a caller sees: the ESCO URI for ESCO skills, else "source:key".</summary>
    public string PublicId => Source == TaxonomySource.Esco && Code is { Length: > 0 } uri ? uri : $"{Source.Key()}:{Key}";
}

/// <summary>
/// Everything the text models learn from, read from the store in one go. Indexes are positions in
/// <see cref="Skills"/> and <see cref="Occupations"/>, so models can use plain arrays.
/// </summary>
public sealed class TaxonomySnapshot(IReadOnlyList<SnapshotOccupation> occupations, IReadOnlyList<SnapshotSkill> skills)
{
    public IReadOnlyList<SnapshotOccupation> Occupations { get; } = occupations;

    public IReadOnlyList<SnapshotSkill> Skills { get; } = skills;

    /// <summary>A short fingerprint of the data, stored with models so a stale model can be recognised.</summary>
    public string Fingerprint { get; } = $"o{occupations.Count}-s{skills.Count}-l{occupations.Sum(o => o.Skills.Count)}-t{occupations.Sum(o => o.Titles.Count)}";
}
