using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Formats.Reading;

/// <summary>Related-occupation pairs in file order, each pair once.</summary>
internal sealed class RelatedOccupationList
{
    private readonly HashSet<(string, string)> _pairs = [];
    private readonly List<RelatedOccupation> _items = [];

    public IReadOnlyList<RelatedOccupation> Items => _items;

    /// <summary>False when the pair is already there.</summary>
    public bool TryAdd(RelatedOccupation related)
    {
        if (!_pairs.Add((related.OccupationKey, related.RelatedKey)))
        {
            return false;
        }

        _items.Add(related);
        return true;
    }
}
