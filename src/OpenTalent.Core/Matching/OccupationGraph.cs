namespace OpenTalent.Core.Matching;

/// <summary>One occupation as matching and career paths see it.</summary>
/// <param name="Code">The O*NET-SOC code (or the scheme's code) that postings and profiles are normalised to.</param>
/// <param name="MedianAnnualWage">The OEWS national median, in USD, where known.</param>
/// <param name="Skills">The occupation's skills by canonical skill id, with importance in (0, 1].</param>
public sealed record OccupationNode(
    string Code,
    string Title,
    decimal? MedianAnnualWage,
    IReadOnlyList<string> Related,
    IReadOnlyList<OccupationSkillWeight> Skills);

public readonly record struct OccupationSkillWeight(string SkillId, string Label, double Importance);

/// <summary>
/// Occupations with their wages, skills and the related-occupation links the source gives (O*NET "Related
/// Occupations"). Answers how alike two occupations are, for the occupation factor of the relevance model.
/// </summary>
public sealed class OccupationGraph
{
    public const double SameOccupation = 1.0;
    public const double RelatedOccupation = 0.6;
    public const double SameBroadGroup = 0.4;
    public const double SameMinorGroup = 0.2;

    private readonly Dictionary<string, OccupationNode> _nodes;
    private readonly HashSet<(string, string)> _related;

    public OccupationGraph(IEnumerable<OccupationNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        _nodes = new Dictionary<string, OccupationNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (!_nodes.TryAdd(node.Code, node))
            {
                throw new ArgumentException($"Occupation '{node.Code}' is listed twice.", nameof(nodes));
            }
        }

        _related = [];
        foreach (var node in _nodes.Values)
        {
            foreach (var other in node.Related)
            {
                _related.Add((node.Code, other));
                _related.Add((other, node.Code));
            }
        }
    }

    public static OccupationGraph Empty { get; } = new([]);

    public int Count => _nodes.Count;

    public IEnumerable<OccupationNode> Occupations => _nodes.Values;

    public OccupationNode? Find(string code) => _nodes.GetValueOrDefault(code);

    /// <summary>
    /// 1 for the same occupation, then related occupations, then the same SOC broad group ("15-1252.00" and
    /// "15-1253.00" share "15-125") and minor group ("15-12"); 0 otherwise.
    /// </summary>
    public double Similarity(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return SameOccupation;
        }

        if (_related.Contains((a, b)))
        {
            return RelatedOccupation;
        }

        if (IsSoc(a) && IsSoc(b))
        {
            if (a.AsSpan(0, 6).SequenceEqual(b.AsSpan(0, 6)))
            {
                return SameBroadGroup;
            }

            if (a.AsSpan(0, 5).SequenceEqual(b.AsSpan(0, 5)))
            {
                return SameMinorGroup;
            }
        }

        return 0;
    }

    private static bool IsSoc(string code) => code.Length >= 7 && code[2] == '-' && char.IsAsciiDigit(code[0]);
}
