using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Skills;

namespace OpenTalent.Text.Matching;

/// <summary>
/// One canonical skill per concept, whatever taxonomy names it: the starter taxonomy, O*NET and ESCO often name the
/// same skill ("Python", "Kubernetes", "project management"), and matching must count it once. Skills are grouped by
/// the <see cref="TextKey"/> of their preferred label; a skill also joins another group when one of its alternative
/// labels is that group's preferred label, but only when that is unambiguous (see <see cref="Build"/>).
/// </summary>
/// <remarks>Cheap enough to build at load (a few hundred thousand label keys), so it is never stored.</remarks>
public sealed class SkillConcepts
{
    private readonly SkillCatalog catalog;
    private readonly int[] conceptOfSkill;
    private readonly int[] representative;
    private readonly Dictionary<string, int> byPreferredKey;
    private readonly Dictionary<string, int> byAltKey;

    private SkillConcepts(SkillCatalog catalog, int[] conceptOfSkill, int[] representative, Dictionary<string, int> byPreferredKey, Dictionary<string, int> byAltKey)
    {
        this.catalog = catalog;
        this.conceptOfSkill = conceptOfSkill;
        this.representative = representative;
        this.byPreferredKey = byPreferredKey;
        this.byAltKey = byAltKey;
    }

    /// <summary>The number of concepts.</summary>
    public int Count => representative.Length;

    /// <summary>The number of catalog skills the concepts cover.</summary>
    public int SkillCount => conceptOfSkill.Length;

    /// <summary>
    /// Groups the catalog's skills. A skill joins another group through an alternative label only when (1) no other
    /// skill shares its own preferred label, (2) its alternative labels point to exactly one group, and (3) that group
    /// holds no skill of the same source: a source that keeps two concepts apart is trusted to mean it.
    /// </summary>
    public static SkillConcepts Build(SkillCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var count = catalog.Count;
        var preferredKeys = new string[count];
        var groupOfKey = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var group = new int[count];
        var groupSize = new List<int>();
        for (var skill = 0; skill < count; skill++)
        {
            var key = TextKey.Of(catalog.Label(skill));
            preferredKeys[skill] = key;
            if (key.Length == 0)
            {
                // A label of punctuation only: its own concept, never found by label.
                group[skill] = groupSize.Count;
                groupSize.Add(1);
                continue;
            }

            if (!groupOfKey.TryGetValue(key, out var existing))
            {
                existing = groupSize.Count;
                groupOfKey.Add(key, existing);
                groupSize.Add(0);
            }

            group[skill] = existing;
            groupSize[existing]++;
        }

        var groupSources = new HashSet<(int Group, TaxonomySource Source)>();
        for (var skill = 0; skill < count; skill++)
        {
            groupSources.Add((group[skill], catalog.Source(skill)));
        }

        var merged = (int[])group.Clone();
        var altKeys = new List<(string Key, int Skill)>();
        for (var skill = 0; skill < count; skill++)
        {
            var target = -1;
            var unique = true;
            foreach (var alt in catalog.AltLabels(skill))
            {
                var altKey = TextKey.Of(alt);
                if (altKey.Length == 0)
                {
                    continue;
                }

                altKeys.Add((altKey, skill));
                if (groupOfKey.TryGetValue(altKey, out var other) && other != group[skill])
                {
                    unique &= target < 0 || target == other;
                    target = other;
                }
            }

            if (target >= 0 && unique && groupSize[group[skill]] == 1 && !groupSources.Contains((target, catalog.Source(skill))))
            {
                merged[skill] = target;
            }
        }

        return Compact(catalog, merged, preferredKeys, altKeys);
    }

    /// <summary>The concept a catalog skill belongs to, in [0, <see cref="Count"/>).</summary>
    public int ConceptOf(int skillIndex) => conceptOfSkill[skillIndex];

    /// <summary>The public id of the concept's representative: a starter skill first, then O*NET, then ESCO.</summary>
    public string CanonicalId(int skillIndex) => catalog.PublicId(representative[conceptOfSkill[skillIndex]]);

    /// <summary>The preferred label of the concept's representative.</summary>
    public string CanonicalLabel(int skillIndex) => catalog.Label(representative[conceptOfSkill[skillIndex]]);

    /// <summary>The catalog index of the concept's representative skill.</summary>
    public int RepresentativeOf(int concept) => representative[concept];

    /// <summary>
    /// The canonical id for a public skill id (any member of a concept) or a label (preferred, else an alternative
    /// label that names one concept only; case, accents and punctuation ignored); null when nothing matches.
    /// </summary>
    public string? FindCanonicalId(string publicIdOrLabel)
    {
        ArgumentNullException.ThrowIfNull(publicIdOrLabel);
        var text = publicIdOrLabel.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var skill = catalog.FindByPublicId(text);
        if (skill >= 0)
        {
            return CanonicalId(skill);
        }

        var key = TextKey.Of(text);
        if (key.Length > 0 && (byPreferredKey.TryGetValue(key, out var concept) || byAltKey.TryGetValue(key, out concept)))
        {
            return catalog.PublicId(representative[concept]);
        }

        return null;
    }

    private static SkillConcepts Compact(SkillCatalog catalog, int[] groupOfSkill, string[] preferredKeys, List<(string Key, int Skill)> altKeys)
    {
        // Renumber groups densely in the order of their first skill, so concept numbers are stable for a given catalog.
        var conceptOfGroup = new Dictionary<int, int>();
        var conceptOfSkill = new int[groupOfSkill.Length];
        var representative = new List<int>();
        for (var skill = 0; skill < groupOfSkill.Length; skill++)
        {
            if (!conceptOfGroup.TryGetValue(groupOfSkill[skill], out var concept))
            {
                concept = representative.Count;
                conceptOfGroup.Add(groupOfSkill[skill], concept);
                representative.Add(skill);
            }
            else if (Preferred(catalog, skill, representative[concept]))
            {
                representative[concept] = skill;
            }

            conceptOfSkill[skill] = concept;
        }

        // Skills sharing a preferred key share a group, and only a group of one moves, so every key has one concept.
        var byPreferredKey = new Dictionary<string, int>(groupOfSkill.Length, StringComparer.Ordinal);
        for (var skill = 0; skill < groupOfSkill.Length; skill++)
        {
            if (preferredKeys[skill].Length > 0)
            {
                byPreferredKey[preferredKeys[skill]] = conceptOfSkill[skill];
            }
        }

        // An alternative label finds a concept only when every skill that carries it is in that one concept.
        var byAltKey = new Dictionary<string, int>(altKeys.Count, StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, skill) in altKeys)
        {
            if (byPreferredKey.ContainsKey(key))
            {
                continue;
            }

            var concept = conceptOfSkill[skill];
            if (byAltKey.TryGetValue(key, out var known) && known != concept)
            {
                ambiguous.Add(key);
            }
            else
            {
                byAltKey[key] = concept;
            }
        }

        foreach (var key in ambiguous)
        {
            byAltKey.Remove(key);
        }

        return new SkillConcepts(catalog, conceptOfSkill, [.. representative], byPreferredKey, byAltKey);
    }

    private static bool Preferred(SkillCatalog catalog, int candidate, int current)
    {
        var bySource = SourceRank(catalog.Source(candidate)).CompareTo(SourceRank(catalog.Source(current)));
        return bySource != 0 ? bySource < 0 : string.CompareOrdinal(catalog.PublicId(candidate), catalog.PublicId(current)) < 0;
    }

    private static int SourceRank(TaxonomySource source) => source switch
    {
        TaxonomySource.Starter => 0,
        TaxonomySource.Onet => 1,
        TaxonomySource.Esco => 2,
        _ => 3,
    };
}
