using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Text.Matching;

/// <summary>
/// Every occupation's skills as a set of canonical skill ids, the taxonomy's half of what
/// <see cref="SkillSimilarityLearner"/> learns from (stored postings are the other half). O*NET links rated below
/// <see cref="OccupationGraphBuilder.MinOnetImportance"/> are left out, so that the basic skills O*NET rates for
/// every occupation do not make everything alike.
/// </summary>
public static class OccupationSkillSets
{
    /// <param name="include">Which occupations to use; all when null (an evaluation leaves some out).</param>
    public static IEnumerable<IReadOnlyList<string>> From(TaxonomySnapshot snapshot, SkillConcepts concepts, Func<SnapshotOccupation, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(concepts);
        return Enumerate(snapshot, concepts, include);
    }

    private static IEnumerable<IReadOnlyList<string>> Enumerate(TaxonomySnapshot snapshot, SkillConcepts concepts, Func<SnapshotOccupation, bool>? include)
    {
        foreach (var occupation in snapshot.Occupations)
        {
            if (occupation.Source == TaxonomySource.Oews || (include is not null && !include(occupation)))
            {
                continue;
            }

            var set = new List<string>(occupation.Skills.Count);
            foreach (var link in occupation.Skills)
            {
                if (OccupationGraphBuilder.Rating(occupation.Source, link, snapshot.Skills[link.Skill]) is not null)
                {
                    set.Add(concepts.CanonicalId(link.Skill));
                }
            }

            if (set.Count > 0)
            {
                yield return set;
            }
        }
    }
}
