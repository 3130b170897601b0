using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Text.Matching;

/// <summary>
/// How specific a skill concept is to few occupations of one source, in [0, 1]: 1 - ln(df) / ln(N), where df counts
/// the source's occupations that link the concept (O*NET links rated below the threshold not counted) and N is the
/// number of the source's occupations. A skill of one occupation is 1; a skill of every occupation is 0.
/// </summary>
internal sealed class SkillSpecificity
{
    private readonly Dictionary<TaxonomySource, (int Occupations, Dictionary<int, int> Frequency)> bySource = [];

    public SkillSpecificity(TaxonomySnapshot snapshot, SkillConcepts concepts)
    {
        var seen = new HashSet<int>();
        foreach (var occupation in snapshot.Occupations)
        {
            if (!bySource.TryGetValue(occupation.Source, out var entry))
            {
                entry = (0, []);
            }

            seen.Clear();
            foreach (var link in occupation.Skills)
            {
                var concept = concepts.ConceptOf(link.Skill);
                if (OccupationGraphBuilder.Rating(occupation.Source, link, snapshot.Skills[link.Skill]) is not null && seen.Add(concept))
                {
                    entry.Frequency[concept] = entry.Frequency.GetValueOrDefault(concept) + 1;
                }
            }

            bySource[occupation.Source] = (entry.Occupations + 1, entry.Frequency);
        }
    }

    public double Of(TaxonomySource source, int concept)
    {
        if (!bySource.TryGetValue(source, out var entry) || entry.Occupations < 2)
        {
            return 1;
        }

        var frequency = Math.Max(1, entry.Frequency.GetValueOrDefault(concept));
        return Math.Clamp(1 - (Math.Log(frequency) / Math.Log(entry.Occupations)), 0, 1);
    }
}
