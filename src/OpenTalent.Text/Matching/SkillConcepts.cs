using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Skills;

namespace OpenTalent.Text.Matching;

/// <summary>
/// One canonical skill per concept, whatever taxonomy names it: the starter taxonomy, O*NET and ESCO often name the
/// same skill ("Python", "Kubernetes", "project management"), and matching must count it once. Skills are grouped by
/// the <see cref="TextKey"/> of their preferred label; a skill also joins another group when one of its alternative
/// labels is that group's preferred label, but only when that is unambiguous (see <see cref="Build"/>).
/// </summary>
/// <remarks>
/// Building folds every preferred and alternative label (some 130 thousand on the full taxonomy); it can be built at
/// load or stored with <see cref="Write"/>. Lookups by label are built on first use either way.
/// </remarks>
public sealed class SkillConcepts
{
    private const string Magic = "OTCONCEPTS";
    private const int FormatVersion = 1;

    private readonly SkillCatalog catalog;
    private readonly int[] conceptOfSkill;
    private readonly int[] representative;

    // Built on first lookup by label: grouping needs only preferred keys, and a loaded copy needs no keys at all.
    private readonly Lazy<(Dictionary<string, int> Preferred, Dictionary<string, int> Alternative)> byKey;

    private SkillConcepts(SkillCatalog catalog, int[] conceptOfSkill, int[] representative)
    {
        this.catalog = catalog;
        this.conceptOfSkill = conceptOfSkill;
        this.representative = representative;
        byKey = new(BuildLookups);
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
        var groupOfKey = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var group = new int[count];
        var groupSize = new List<int>();
        for (var skill = 0; skill < count; skill++)
        {
            var key = TextKey.Of(catalog.Label(skill));
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

        var target = new int[count];
        var moving = new bool[groupSize.Count];
        for (var skill = 0; skill < count; skill++)
        {
            target[skill] = groupSize[group[skill]] == 1 ? AltTarget(skill) : -1;
            if (target[skill] >= 0)
            {
                moving[group[skill]] = true;
            }
        }

        // No chains: a skill joins a group only if that group stays where it is.
        var merged = (int[])group.Clone();
        for (var skill = 0; skill < count; skill++)
        {
            if (target[skill] >= 0 && !moving[target[skill]])
            {
                merged[skill] = target[skill];
            }
        }

        return Compact(catalog, merged);

        int AltTarget(int skill)
        {
            var found = -1;
            foreach (var alt in catalog.AltLabels(skill))
            {
                var altKey = TextKey.Of(alt);
                if (altKey.Length > 0 && groupOfKey.TryGetValue(altKey, out var other) && other != group[skill])
                {
                    if (found >= 0 && found != other)
                    {
                        return -1;
                    }

                    found = other;
                }
            }

            return found >= 0 && !groupSources.Contains((found, catalog.Source(skill))) ? found : -1;
        }
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
        var (byPreferredKey, byAltKey) = byKey.Value;
        if (key.Length > 0 && (byPreferredKey.TryGetValue(key, out var concept) || byAltKey.TryGetValue(key, out concept)))
        {
            return catalog.PublicId(representative[concept]);
        }

        return null;
    }

    /// <summary>Stores the grouping; <see cref="Read"/> gives it back for the same catalog.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(conceptOfSkill.Length);
        writer.Write(representative.Length);
        foreach (var concept in conceptOfSkill)
        {
            writer.Write(concept);
        }

        foreach (var skill in representative)
        {
            writer.Write(skill);
        }
    }

    /// <summary>Reads what <see cref="Write"/> stored, for <paramref name="catalog"/>; anything inconsistent is <see cref="InvalidDataException"/>.</summary>
    public static SkillConcepts Read(BinaryReader reader, SkillCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(catalog);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("The stored data are not OpenTalent skill concepts.");
        }

        var version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"The stored skill concepts have format {version}; this build reads format {FormatVersion}.");
        }

        var skills = reader.ReadInt32();
        var concepts = reader.ReadInt32();
        if (skills != catalog.Count || concepts < 0 || concepts > skills)
        {
            throw new InvalidDataException($"The stored skill concepts cover {skills} skills; the catalog has {catalog.Count}.");
        }

        var conceptOfSkill = new int[skills];
        for (var i = 0; i < skills; i++)
        {
            conceptOfSkill[i] = reader.ReadInt32();
            if ((uint)conceptOfSkill[i] >= (uint)concepts)
            {
                throw new InvalidDataException($"Stored skill {i} names concept {conceptOfSkill[i]} of {concepts}.");
            }
        }

        var representative = new int[concepts];
        for (var i = 0; i < concepts; i++)
        {
            representative[i] = reader.ReadInt32();
            if ((uint)representative[i] >= (uint)skills || conceptOfSkill[representative[i]] != i)
            {
                throw new InvalidDataException($"The stored representative of concept {i} is not one of its skills.");
            }
        }

        return new SkillConcepts(catalog, conceptOfSkill, representative);
    }

    private static SkillConcepts Compact(SkillCatalog catalog, int[] groupOfSkill)
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

        return new SkillConcepts(catalog, conceptOfSkill, [.. representative]);
    }

    private (Dictionary<string, int> Preferred, Dictionary<string, int> Alternative) BuildLookups()
    {
        // Skills sharing a preferred key share a group, and only a group of one moves, so every key has one concept.
        var byPreferredKey = new Dictionary<string, int>(conceptOfSkill.Length, StringComparer.Ordinal);
        for (var skill = 0; skill < conceptOfSkill.Length; skill++)
        {
            var key = TextKey.Of(catalog.Label(skill));
            if (key.Length > 0)
            {
                byPreferredKey[key] = conceptOfSkill[skill];
            }
        }

        // An alternative label finds a concept only when every skill that carries it is in that one concept.
        var byAltKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        for (var skill = 0; skill < conceptOfSkill.Length; skill++)
        {
            foreach (var alt in catalog.AltLabels(skill))
            {
                var key = TextKey.Of(alt);
                if (key.Length == 0 || byPreferredKey.ContainsKey(key))
                {
                    continue;
                }

                if (byAltKey.TryGetValue(key, out var known) && known != conceptOfSkill[skill])
                {
                    ambiguous.Add(key);
                }
                else
                {
                    byAltKey[key] = conceptOfSkill[skill];
                }
            }
        }

        foreach (var key in ambiguous)
        {
            byAltKey.Remove(key);
        }

        return (byPreferredKey, byAltKey);
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
