namespace OpenTalent.Formats.Oews;

/// <summary>The wage a top-coded ("#") OEWS figure is at least, for one survey year.</summary>
public readonly record struct OewsTopCode(int Year, decimal Hourly, decimal Annual);

/// <summary>
/// BLS replaces wages at or above a ceiling with "#" and states the ceiling in the field descriptions that come
/// with each release ("# = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year",
/// May 2024). The ceiling is fixed per release, so it is kept here, one entry per year whose notes we have read.
/// Add the next release's figures from its field descriptions when importing it.
/// </summary>
public static class OewsTopCodes
{
    private static readonly OewsTopCode[] Known =
    [
        new(2024, 115.00m, 239_200m),
    ];

    /// <summary>The years this table has figures for.</summary>
    public static IReadOnlyList<int> Years { get; } = Known.Select(k => k.Year).ToArray();

    /// <summary>
    /// The ceiling for <paramref name="year"/>. For a year the table lacks, the nearest earlier year's
    /// (else the earliest known), with <paramref name="exact"/> false so the caller can say it assumed so.
    /// </summary>
    public static OewsTopCode For(int year, out bool exact)
    {
        foreach (var known in Known)
        {
            if (known.Year == year)
            {
                exact = true;
                return known;
            }
        }

        exact = false;
        return Known.Where(k => k.Year < year).MaxBy(k => k.Year) is { Year: > 0 } earlier ? earlier : Known.MinBy(k => k.Year);
    }
}
