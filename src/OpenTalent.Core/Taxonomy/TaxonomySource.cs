namespace OpenTalent.Core.Taxonomy;

/// <summary>Where a piece of reference data came from. Each source holds one release at a time.</summary>
public enum TaxonomySource
{
    Starter,
    Onet,
    Esco,
    Oews,
}

public static class TaxonomySourceNames
{
    public static string Key(this TaxonomySource source) => source switch
    {
        TaxonomySource.Starter => "starter",
        TaxonomySource.Onet => "onet",
        TaxonomySource.Esco => "esco",
        TaxonomySource.Oews => "oews",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown taxonomy source."),
    };

    public static IReadOnlyList<TaxonomySource> All { get; } = Enum.GetValues<TaxonomySource>();

    public static TaxonomySource Parse(string key)
    {
        foreach (var source in All)
        {
            if (string.Equals(source.Key(), key, StringComparison.OrdinalIgnoreCase))
            {
                return source;
            }
        }

        throw new ArgumentException($"Unknown taxonomy source '{key}'. Expected one of: {string.Join(", ", All.Select(s => s.Key()))}.", nameof(key));
    }
}
