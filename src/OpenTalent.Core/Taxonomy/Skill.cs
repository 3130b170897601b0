namespace OpenTalent.Core.Taxonomy;

public enum SkillKind
{
    Technology,
    Tool,
    Skill,
    Knowledge,
}

/// <summary>
/// A skill as one source describes it. <see cref="Key"/> identifies it within its source;
/// <see cref="Scheme"/> and <see cref="Code"/> say how the source itself names it (an ESCO URI, an O*NET element id,
/// a UNSPSC commodity code).
/// </summary>
public sealed class Skill
{
    public Skill(
        string key,
        string preferredLabel,
        SkillKind kind,
        string scheme,
        string? code = null,
        IEnumerable<string>? altLabels = null,
        bool hot = false,
        bool inDemand = false,
        string? description = null)
    {
        Key = Guard.NotBlank(key, nameof(key), maxLength: 300);
        PreferredLabel = Guard.NotBlank(preferredLabel, nameof(preferredLabel), maxLength: 500);
        Kind = kind;
        Scheme = Guard.NotBlank(scheme, nameof(scheme), maxLength: 50);
        Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        AltLabels = (altLabels ?? [])
            .Select(a => a?.Trim() ?? string.Empty)
            .Where(a => a.Length > 0 && !string.Equals(a, PreferredLabel, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        Hot = hot;
        InDemand = inDemand;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    public string Key { get; }

    public string PreferredLabel { get; }

    public SkillKind Kind { get; }

    public string Scheme { get; }

    public string? Code { get; }

    public IReadOnlyList<string> AltLabels { get; }

    public bool Hot { get; }

    public bool InDemand { get; }

    public string? Description { get; }
}

public enum SkillRelation
{
    Unspecified,
    Essential,
    Optional,
}

/// <summary>
/// That an occupation uses a skill. Importance and level are on the source's own scale
/// (O*NET: importance 1–5, level 0–7) and absent where the source gives none.
/// </summary>
public sealed record OccupationSkill
{
    public OccupationSkill(
        string occupationKey,
        string skillKey,
        SkillRelation relation = SkillRelation.Unspecified,
        double? importance = null,
        double? level = null,
        bool hot = false,
        bool inDemand = false)
    {
        OccupationKey = Guard.NotBlank(occupationKey, nameof(occupationKey), maxLength: 300);
        SkillKey = Guard.NotBlank(skillKey, nameof(skillKey), maxLength: 300);
        if (importance is { } i && (double.IsNaN(i) || i < 0 || i > 100))
        {
            throw new ArgumentOutOfRangeException(nameof(importance), importance, "Importance must be a number from 0 to 100.");
        }

        if (level is { } l && (double.IsNaN(l) || l < 0 || l > 100))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Level must be a number from 0 to 100.");
        }

        Relation = relation;
        Importance = importance;
        Level = level;
        Hot = hot;
        InDemand = inDemand;
    }

    public string OccupationKey { get; }

    public string SkillKey { get; }

    public SkillRelation Relation { get; }

    public double? Importance { get; }

    public double? Level { get; }

    public bool Hot { get; }

    public bool InDemand { get; }
}

public sealed record RelatedOccupation
{
    public RelatedOccupation(string occupationKey, string relatedKey, string? tier = null, int? rank = null)
    {
        OccupationKey = Guard.NotBlank(occupationKey, nameof(occupationKey), maxLength: 300);
        RelatedKey = Guard.NotBlank(relatedKey, nameof(relatedKey), maxLength: 300);
        if (string.Equals(OccupationKey, RelatedKey, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Occupation '{occupationKey}' cannot be related to itself.", nameof(relatedKey));
        }

        if (rank is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rank), rank, "Rank starts at 1.");
        }

        Tier = string.IsNullOrWhiteSpace(tier) ? null : tier.Trim();
        Rank = rank;
    }

    public string OccupationKey { get; }

    public string RelatedKey { get; }

    public string? Tier { get; }

    public int? Rank { get; }
}
