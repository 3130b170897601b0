namespace OpenTalent.Core.Taxonomy;

/// <summary>
/// Everything one source says in one release, read completely before anything is stored,
/// so that a store can replace the source's previous release in a single transaction.
/// </summary>
public sealed class TaxonomyRelease
{
    public TaxonomyRelease(
        TaxonomySource source,
        string release,
        IEnumerable<Occupation>? occupations = null,
        IEnumerable<Skill>? skills = null,
        IEnumerable<OccupationSkill>? occupationSkills = null,
        IEnumerable<RelatedOccupation>? relatedOccupations = null,
        IEnumerable<OccupationWage>? wages = null)
    {
        Source = source;
        Release = Guard.NotBlank(release, nameof(release), maxLength: 100);
        Occupations = occupations?.ToArray() ?? [];
        Skills = skills?.ToArray() ?? [];
        OccupationSkills = occupationSkills?.ToArray() ?? [];
        RelatedOccupations = relatedOccupations?.ToArray() ?? [];
        Wages = wages?.ToArray() ?? [];
        EnsureConsistent();
    }

    public TaxonomySource Source { get; }

    /// <summary>The release as the source names it, such as "29.3" or "v1.1.1".</summary>
    public string Release { get; }

    public IReadOnlyList<Occupation> Occupations { get; }

    public IReadOnlyList<Skill> Skills { get; }

    public IReadOnlyList<OccupationSkill> OccupationSkills { get; }

    public IReadOnlyList<RelatedOccupation> RelatedOccupations { get; }

    public IReadOnlyList<OccupationWage> Wages { get; }

    public int TitleCount => Occupations.Sum(o => o.Titles.Count);

    /// <summary>Keys are unique and every link points at something in this release.</summary>
    private void EnsureConsistent()
    {
        var occupationKeys = UniqueKeys(Occupations.Select(o => o.Key), "occupation");
        var skillKeys = UniqueKeys(Skills.Select(s => s.Key), "skill");
        var linked = new HashSet<(string, string)>();
        foreach (var link in OccupationSkills)
        {
            if (!linked.Add((link.OccupationKey, link.SkillKey)))
            {
                throw new InvalidTaxonomyException($"Occupation '{link.OccupationKey}' links to skill '{link.SkillKey}' twice.");
            }

            if (!occupationKeys.Contains(link.OccupationKey))
            {
                throw new InvalidTaxonomyException($"A skill link names occupation '{link.OccupationKey}', which this release does not contain.");
            }

            if (!skillKeys.Contains(link.SkillKey))
            {
                throw new InvalidTaxonomyException($"Occupation '{link.OccupationKey}' links to skill '{link.SkillKey}', which this release does not contain.");
            }
        }

        var relatedPairs = new HashSet<(string, string)>();
        foreach (var related in RelatedOccupations)
        {
            if (!relatedPairs.Add((related.OccupationKey, related.RelatedKey)))
            {
                throw new InvalidTaxonomyException($"Occupation '{related.OccupationKey}' is related to '{related.RelatedKey}' twice.");
            }

            if (!occupationKeys.Contains(related.OccupationKey) || !occupationKeys.Contains(related.RelatedKey))
            {
                throw new InvalidTaxonomyException($"Related occupations '{related.OccupationKey}' → '{related.RelatedKey}' name an occupation this release does not contain.");
            }
        }

        var wageKeys = new HashSet<(string, SocGroupLevel, int)>();
        foreach (var wage in Wages)
        {
            if (!wageKeys.Add((wage.SocCode, wage.Level, wage.Year)))
            {
                throw new InvalidTaxonomyException($"Wages for SOC {wage.SocCode} ({wage.Level}, {wage.Year}) appear twice.");
            }
        }
    }

    private static HashSet<string> UniqueKeys(IEnumerable<string> keys, string what)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!set.Add(key))
            {
                throw new InvalidTaxonomyException($"The {what} key '{key}' appears twice.");
            }
        }

        return set;
    }
}

/// <summary>Reference data that contradicts itself: a duplicate key or a link to nothing.</summary>
public sealed class InvalidTaxonomyException(string message) : Exception(message);
