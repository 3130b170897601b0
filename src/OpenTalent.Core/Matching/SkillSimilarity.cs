namespace OpenTalent.Core.Matching;

/// <summary>A skill close to another, with a similarity in (0, 1].</summary>
public readonly record struct RelatedSkill(string SkillId, double Similarity);

/// <summary>
/// For each skill, the few skills most like it, learned from data (skills that occur together in occupations and
/// postings). A wanted skill the person lacks earns partial credit through the most similar skill they have.
/// </summary>
public sealed class SkillSimilarity
{
    private readonly Dictionary<string, RelatedSkill[]> _related;

    public SkillSimilarity(IReadOnlyDictionary<string, IReadOnlyList<RelatedSkill>> related)
    {
        ArgumentNullException.ThrowIfNull(related);
        _related = new Dictionary<string, RelatedSkill[]>(related.Count, StringComparer.Ordinal);
        foreach (var (skill, neighbours) in related)
        {
            foreach (var neighbour in neighbours)
            {
                if (!(neighbour.Similarity > 0 && neighbour.Similarity <= 1))
                {
                    throw new ArgumentOutOfRangeException(nameof(related), neighbour.Similarity, $"Similarity of '{skill}' to '{neighbour.SkillId}' must be in (0, 1].");
                }

                if (neighbour.SkillId == skill)
                {
                    throw new ArgumentException($"Skill '{skill}' cannot be related to itself.", nameof(related));
                }
            }

            _related[skill] = [.. neighbours.OrderByDescending(n => n.Similarity).ThenBy(n => n.SkillId, StringComparer.Ordinal)];
        }
    }

    public static SkillSimilarity Empty { get; } = new(new Dictionary<string, IReadOnlyList<RelatedSkill>>());

    public int Count => _related.Count;

    public IEnumerable<string> Skills => _related.Keys;

    /// <summary>Most similar first; empty for an unknown skill.</summary>
    public IReadOnlyList<RelatedSkill> Related(string skillId) => _related.GetValueOrDefault(skillId, []);
}
