using OpenTalent.Core.Matching;
using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Text.Matching;

/// <summary>
/// Builds the matching domain's <see cref="OccupationGraph"/> from the taxonomy: one node per O*NET occupation
/// (keyed by its O*NET-SOC code, with the OEWS median wage), starter occupations that carry an O*NET-SOC code merged
/// into that node, other starter occupations as "starter:&lt;key&gt;", and ESCO occupations keyed by concept URI.
/// </summary>
/// <remarks>
/// A node's skill importance is how central the skill is to the occupation (the source's rating, mapped to (0, 1])
/// times how specific it is to few occupations: O*NET rates its 35 basic skills and 33 knowledge areas for every
/// occupation, and "Reading Comprehension" at 4 of 5 says far less about a nurse than "Patient Care" at 4 does.
/// </remarks>
public static class OccupationGraphBuilder
{
    /// <summary>The most skills a node keeps, most important first.</summary>
    public const int MaxSkillsPerOccupation = 40;

    /// <summary>O*NET ratings below this (on its 1-5 importance scale) are not part of the occupation.</summary>
    public const double MinOnetImportance = 3.0;

    private const double TopOfScale = 5.0;
    private const double UnratedTechnology = 0.7;
    private const double UnratedHotTechnology = 0.85;
    private const double UnratedTool = 0.6;
    private const double EssentialSkill = 1.0;
    private const double OptionalSkill = 0.6;
    private const double UnspecifiedSkill = 0.8;

    public static OccupationGraph Build(TaxonomySnapshot snapshot, SkillConcepts concepts)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(concepts);
        if (concepts.SkillCount != snapshot.Skills.Count)
        {
            throw new ArgumentException($"The skill concepts cover {concepts.SkillCount} skills but the snapshot has {snapshot.Skills.Count}; build them from the same taxonomy.", nameof(concepts));
        }

        var specificity = new SkillSpecificity(snapshot, concepts);
        var drafts = new Dictionary<string, NodeDraft>(StringComparer.Ordinal);
        var order = new List<NodeDraft>();

        // O*NET first, so a starter occupation merges into the O*NET node rather than founding it.
        foreach (var occupation in snapshot.Occupations.OrderBy(o => o.Source == TaxonomySource.Onet ? 0 : 1).ThenBy(o => o.Index))
        {
            if (occupation.Source == TaxonomySource.Oews)
            {
                continue;
            }

            var code = NodeCode(occupation);
            if (!drafts.TryGetValue(code, out var draft))
            {
                draft = new NodeDraft(code, occupation.Title, occupation.MedianAnnualWage);
                drafts.Add(code, draft);
                order.Add(draft);
            }

            draft.Wage ??= occupation.MedianAnnualWage;
            foreach (var related in occupation.Related)
            {
                draft.Related.Add(NodeCode(snapshot.Occupations[related]));
            }

            foreach (var link in occupation.Skills)
            {
                var rating = Rating(occupation.Source, link, snapshot.Skills[link.Skill]);
                if (rating is not { } raw)
                {
                    continue;
                }

                var importance = occupation.Source == TaxonomySource.Starter
                    ? raw
                    : raw * (0.5 + (0.5 * specificity.Of(occupation.Source, concepts.ConceptOf(link.Skill))));
                draft.Add(concepts.CanonicalId(link.Skill), concepts.CanonicalLabel(link.Skill), importance);
            }
        }

        return new OccupationGraph(order.Select(d => d.ToNode(drafts)));
    }

    /// <summary>
    /// The graph code of an occupation: its O*NET-SOC code for O*NET and for starter occupations that carry one,
    /// the concept URI for ESCO, else "starter:&lt;key&gt;" (the title normaliser's code for a starter occupation).
    /// </summary>
    public static string NodeCode(SnapshotOccupation occupation)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        var scheme = occupation.Source == TaxonomySource.Esco ? CodeScheme.EscoUri : CodeScheme.OnetSoc;
        foreach (var code in occupation.Codes)
        {
            if (code.Scheme == scheme)
            {
                return code.Value;
            }
        }

        return occupation.Source == TaxonomySource.Onet || occupation.Source == TaxonomySource.Esco
            ? occupation.Key
            : $"{occupation.Source.Key()}:{occupation.Key}";
    }

    /// <summary>The source's own weight of a link mapped to (0, 1], or null when the link is too weak to keep.</summary>
    internal static double? Rating(TaxonomySource source, SnapshotLink link, SnapshotSkill skill)
    {
        if (link.Importance is { } importance)
        {
            if (source == TaxonomySource.Onet && importance < MinOnetImportance)
            {
                return null;
            }

            return importance > 0 ? Math.Min(1.0, importance / TopOfScale) : null;
        }

        return link.Relation switch
        {
            SkillRelation.Essential => EssentialSkill,
            SkillRelation.Optional => OptionalSkill,
            _ when source != TaxonomySource.Onet => UnspecifiedSkill,
            _ when skill.Kind == SkillKind.Tool => UnratedTool,
            _ when skill.Hot || skill.InDemand => UnratedHotTechnology,
            _ => UnratedTechnology,
        };
    }

    private sealed class NodeDraft(string code, string title, decimal? wage)
    {
        private readonly Dictionary<string, (string Label, double Importance)> skills = new(StringComparer.Ordinal);

        public decimal? Wage { get; set; } = wage;

        public HashSet<string> Related { get; } = new(StringComparer.Ordinal);

        public void Add(string skillId, string label, double importance)
        {
            if (!skills.TryGetValue(skillId, out var known) || known.Importance < importance)
            {
                skills[skillId] = (label, importance);
            }
        }

        public OccupationNode ToNode(Dictionary<string, NodeDraft> all)
        {
            var kept = skills
                .OrderByDescending(s => s.Value.Importance)
                .ThenBy(s => s.Key, StringComparer.Ordinal)
                .Take(MaxSkillsPerOccupation)
                .Select(s => new OccupationSkillWeight(s.Key, s.Value.Label, s.Value.Importance))
                .ToArray();
            var related = Related.Where(r => r != code && all.ContainsKey(r)).Order(StringComparer.Ordinal).ToArray();
            return new OccupationNode(code, title, Wage, related, kept);
        }
    }
}
