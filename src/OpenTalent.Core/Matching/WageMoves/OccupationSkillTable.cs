namespace OpenTalent.Core.Matching.WageMoves;

/// <summary>
/// Every occupation's skills in the two shapes the wage moves need: as wanted skills for the relevance model's
/// coverage, and as a sparse importance vector (skill numbers ascending) for weighted Jaccard overlap. Built once
/// per advisor because the graph never changes.
/// </summary>
internal sealed class OccupationSkillTable
{
    private readonly Dictionary<string, OccupationSkills> _byCode;

    public OccupationSkillTable(OccupationGraph graph)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        _byCode = new Dictionary<string, OccupationSkills>(graph.Count, StringComparer.Ordinal);
        foreach (var node in graph.Occupations)
        {
            var importance = new Dictionary<int, double>();
            var labels = new Dictionary<string, OccupationSkillWeight>(StringComparer.Ordinal);
            foreach (var skill in node.Skills)
            {
                // Importance is documented as (0, 1]; a zero says "not needed" and anything above one is capped.
                if (!(skill.Importance > 0))
                {
                    continue;
                }

                var weight = skill with { Importance = Math.Min(1, skill.Importance) };
                if (labels.TryGetValue(weight.SkillId, out var seen) && seen.Importance >= weight.Importance)
                {
                    continue;
                }

                labels[weight.SkillId] = weight;
                if (!numbers.TryGetValue(weight.SkillId, out var number))
                {
                    number = numbers.Count;
                    numbers.Add(weight.SkillId, number);
                }

                importance[number] = weight.Importance;
            }

            var ids = importance.Keys.Order().ToArray();
            var values = Array.ConvertAll(ids, id => importance[id]);
            var byImportance = labels.Values
                .OrderByDescending(s => s.Importance)
                .ThenBy(s => s.SkillId, StringComparer.Ordinal)
                .ToArray();
            var wanted = Array.ConvertAll(byImportance, s => new PostingSkill(s.SkillId, s.Label, s.Importance, required: true));
            var byId = byImportance.ToDictionary(s => s.SkillId, s => s.Importance, StringComparer.Ordinal);
            _byCode.Add(node.Code, new OccupationSkills(node, ids, values, byImportance, wanted, byId));
        }
    }

    public OccupationSkills? Find(string code) => _byCode.GetValueOrDefault(code);

    public IEnumerable<OccupationSkills> All => _byCode.Values;

    /// <summary>Σ min(a, b) / Σ max(a, b) over the union of both occupations' skills; 0 when neither has any.</summary>
    public static double WeightedJaccard(OccupationSkills a, OccupationSkills b)
    {
        ReadOnlySpan<int> aIds = a.SkillNumbers, bIds = b.SkillNumbers;
        ReadOnlySpan<double> aValues = a.Importances, bValues = b.Importances;
        double shared = 0, union = 0;
        int i = 0, j = 0;
        while (i < aIds.Length && j < bIds.Length)
        {
            if (aIds[i] == bIds[j])
            {
                shared += Math.Min(aValues[i], bValues[j]);
                union += Math.Max(aValues[i], bValues[j]);
                i++;
                j++;
            }
            else if (aIds[i] < bIds[j])
            {
                union += aValues[i++];
            }
            else
            {
                union += bValues[j++];
            }
        }

        for (; i < aIds.Length; i++)
        {
            union += aValues[i];
        }

        for (; j < bIds.Length; j++)
        {
            union += bValues[j];
        }

        return union > 0 ? shared / union : 0;
    }
}

/// <summary>One occupation's skills, precomputed.</summary>
/// <param name="ByImportance">Distinct skills, most important first.</param>
/// <param name="Wanted">The same skills as required posting skills weighted by importance, for skill coverage.</param>
internal sealed record OccupationSkills(
    OccupationNode Node,
    int[] SkillNumbers,
    double[] Importances,
    OccupationSkillWeight[] ByImportance,
    PostingSkill[] Wanted,
    Dictionary<string, double> ImportanceById)
{
    public double ImportanceOf(string skillId) => ImportanceById.GetValueOrDefault(skillId);
}
