namespace OpenTalent.Core.Taxonomy;

/// <summary>
/// One wage figure. BLS top-codes high wages ("#": at least $115.00 an hour or $239,200 a year);
/// such a figure is kept as a lower bound, never as an exact number.
/// </summary>
public readonly record struct WageEstimate
{
    public WageEstimate(decimal amount, bool isLowerBound = false)
    {
        if (amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A wage cannot be negative.");
        }

        Amount = amount;
        IsLowerBound = isLowerBound;
    }

    public decimal Amount { get; }

    public bool IsLowerBound { get; }

    public override string ToString() => IsLowerBound ? $"≥{Amount:0.##}" : $"{Amount:0.##}";
}

/// <summary>A wage distribution for one pay period. Any figure may be unavailable.</summary>
public sealed record WageDistribution(
    WageEstimate? P10,
    WageEstimate? P25,
    WageEstimate? Median,
    WageEstimate? P75,
    WageEstimate? P90,
    WageEstimate? Mean)
{
    public static WageDistribution Unavailable { get; } = new(null, null, null, null, null, null);

    public IEnumerable<WageEstimate?> Percentiles => [P10, P25, Median, P75, P90];
}

public enum SocGroupLevel
{
    Total,
    Major,
    Minor,
    Broad,
    Detailed,
}

/// <summary>Wages of one SOC occupation or group, in one survey year, from one source.</summary>
public sealed class OccupationWage
{
    public OccupationWage(
        string socCode,
        string title,
        SocGroupLevel level,
        int year,
        long? employment,
        WageDistribution annual,
        WageDistribution hourly,
        string? sourceNote = null)
    {
        if (!OccupationCode.IsValid(CodeScheme.Soc, socCode))
        {
            throw new ArgumentException($"'{socCode}' is not a valid SOC code.", nameof(socCode));
        }

        if (year is < 1990 or > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The survey year must be between 1990 and 2100.");
        }

        if (employment is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(employment), employment, "Employment cannot be negative.");
        }

        SocCode = socCode;
        Title = Guard.NotBlank(title, nameof(title), maxLength: 500);
        Level = level;
        Year = year;
        Employment = employment;
        Annual = annual ?? throw new ArgumentNullException(nameof(annual));
        Hourly = hourly ?? throw new ArgumentNullException(nameof(hourly));
        SourceNote = string.IsNullOrWhiteSpace(sourceNote) ? null : sourceNote.Trim();
    }

    public string SocCode { get; }

    public string Title { get; }

    public SocGroupLevel Level { get; }

    public int Year { get; }

    public long? Employment { get; }

    public WageDistribution Annual { get; }

    public WageDistribution Hourly { get; }

    /// <summary>A human-readable citation, for example "BLS OEWS May 2024, national".</summary>
    public string? SourceNote { get; }
}
