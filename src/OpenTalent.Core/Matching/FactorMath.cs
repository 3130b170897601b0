using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Matching;

/// <summary>How a person's place compares with a posting's, coarsest agreement that holds.</summary>
internal enum PlaceMatch
{
    /// <summary>No part (city, region, country) is known on both sides.</summary>
    Unknown,
    Different,
    SameCountry,
    SameRegion,
    SameCity,
}

/// <summary>
/// The formulas of the relevance model on plain numbers, shared by <see cref="RelevanceModel"/> and the index's
/// bounds so both compute the same values. Every result is in [0, 1]; documented in docs/MATCHING.md.
/// </summary>
internal static class FactorMath
{
    /// <summary>The value of a factor that cannot be judged (unknown on one side): neither helps nor hurts much.</summary>
    public const double Neutral = 0.5;

    public const double PostingHalfLifeDays = 30;
    public const double ProfileHalfLifeDays = 180;

    /// <summary>Skills used within this many years count fully; older ones lose <see cref="StalenessPerYear"/> a year.</summary>
    public const double FreshSkillYears = 2;
    public const double StalenessPerYear = 0.05;
    public const double StalenessFloor = 0.7;

    /// <summary>The most a shortfall in years of use takes off a held skill's credit (at zero years).</summary>
    public const double YearsShortfallPenalty = 0.3;

    /// <summary>Offered pay at or below this share of the expectation scores 0 on salary.</summary>
    public const double SalaryFloorRatio = 0.6;
    public const double SalaryAboveRatio = 1.05;

    private static readonly double[] SeniorityByDistance = [1, 0.75, 0.45, 0.2];

    /// <summary>
    /// The score from the six factors. The index computes scores from its columns through this same method, so
    /// both add in the same order and agree to the last bit.
    /// </summary>
    public static double Combine(MatchWeights weights, double skills, double occupation, double seniority, double location, double salary, double recency) =>
        Math.Min(1, (weights.Skills * skills) + (weights.Occupation * occupation) + (weights.Seniority * seniority)
            + (weights.Location * location) + (weights.Salary * salary) + (weights.Recency * recency));

    /// <summary>Credit multiplier for a skill last used on <paramref name="lastUsedDay"/> (a DayNumber), 1 when undated.</summary>
    public static double Staleness(int? lastUsedDay, int todayDay)
    {
        if (lastUsedDay is not { } day)
        {
            return 1;
        }

        var years = (todayDay - day) / 365.25;
        return years <= FreshSkillYears ? 1 : Math.Max(StalenessFloor, 1 - (StalenessPerYear * (years - FreshSkillYears)));
    }

    /// <summary>Credit multiplier when the person has used a skill fewer years than asked; 1 when either is unknown.</summary>
    public static double YearsShortfall(double? minYears, double? years) =>
        minYears is > 0 && years is { } held && held < minYears
            ? 1 - (YearsShortfallPenalty * (1 - (held / minYears.Value)))
            : 1;

    public static double Seniority(Seniority wanted, Seniority held)
    {
        if (wanted == Understanding.Seniority.Unspecified || held == Understanding.Seniority.Unspecified)
        {
            return Neutral;
        }

        var distance = Math.Abs((int)wanted - (int)held);
        return distance < SeniorityByDistance.Length ? SeniorityByDistance[distance] : 0;
    }

    /// <summary>Offered top of range against the expectation, both in one currency.</summary>
    public static double Salary(double offeredMax, double expected)
    {
        if (expected <= 0)
        {
            return 1;
        }

        var ratio = offeredMax / expected;
        return ratio >= 1 ? 1 : Math.Max(0, (ratio - SalaryFloorRatio) / (1 - SalaryFloorRatio));
    }

    /// <summary>Exponential decay by age with the given half-life; dated in the future counts as new.</summary>
    public static double Recency(int? dateDay, int todayDay, double halfLifeDays) =>
        dateDay is { } day ? Math.Pow(0.5, Math.Max(0, todayDay - day) / halfLifeDays) : Neutral;

    public static double Place(PlaceMatch match) => match switch
    {
        PlaceMatch.SameCity => 1,
        PlaceMatch.SameRegion => 0.7,
        PlaceMatch.SameCountry => 0.4,
        PlaceMatch.Different => 0,
        _ => Neutral,
    };

    /// <summary>
    /// Location fit: a remote posting fits anyone who accepts remote work; otherwise the place fit (neutral when
    /// unknown) scaled down when the arrangement is not what the person accepts.
    /// </summary>
    public static double Location(WorkArrangement arrangement, RemotePreference preference, PlaceMatch place)
    {
        if (arrangement == WorkArrangement.Remote)
        {
            return preference == RemotePreference.OnSite ? Neutral : 1;
        }

        return Place(place) * ArrangementFit(arrangement, preference);
    }

    public static double ArrangementFit(WorkArrangement arrangement, RemotePreference preference) => preference switch
    {
        RemotePreference.RemoteOnly => arrangement == WorkArrangement.OnSite ? 0.2 : 0.5,
        RemotePreference.RemoteOrHybrid => arrangement == WorkArrangement.OnSite ? 0.5 : 1,
        _ => 1,
    };

    /// <summary>Compares places part by part; a part known on both sides and different rules out the finer ones.</summary>
    public static PlaceMatch ComparePlaces(int cityA, int regionA, int countryA, int cityB, int regionB, int countryB)
    {
        // Ids are interned case-insensitively; 0 means the part is unknown.
        var anyKnown = (cityA != 0 && cityB != 0) || (regionA != 0 && regionB != 0) || (countryA != 0 && countryB != 0);
        if (!anyKnown)
        {
            return PlaceMatch.Unknown;
        }

        if (countryA != 0 && countryB != 0 && countryA != countryB)
        {
            return PlaceMatch.Different;
        }

        var regionsAgree = regionA == 0 || regionB == 0 || regionA == regionB;
        if (cityA != 0 && cityA == cityB && regionsAgree)
        {
            return PlaceMatch.SameCity;
        }

        if (regionA != 0 && regionA == regionB)
        {
            return PlaceMatch.SameRegion;
        }

        return countryA != 0 && countryA == countryB ? PlaceMatch.SameCountry : PlaceMatch.Different;
    }

    public static PlaceMatch ComparePlaces(Place a, Place b) =>
        ComparePlaces(Id(a.City), Id(a.Region), Id(a.Country), Id(b.City), Id(b.Region), Id(b.Country), a, b);

    /// <summary>True when <paramref name="place"/> lies in <paramref name="filter"/>: every part the filter gives is equal.</summary>
    public static bool IsIn(Place place, Place filter) =>
        PartIn(place.City, filter.City) && PartIn(place.Region, filter.Region) && PartIn(place.Country, filter.Country);

    public static bool SamePart(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool PartIn(string? part, string? filter) => filter is null || SamePart(part, filter);

    // Strings compare without interning here: equal parts get the same stand-in id, unequal ones different ids.
    private static int Id(string? part) => part is null ? 0 : 1;

    private static PlaceMatch ComparePlaces(int cityA, int regionA, int countryA, int cityB, int regionB, int countryB, Place a, Place b)
    {
        var city = Pair(cityA, cityB, a.City, b.City);
        var region = Pair(regionA, regionB, a.Region, b.Region);
        var country = Pair(countryA, countryB, a.Country, b.Country);
        return ComparePlaces(city.A, region.A, country.A, city.B, region.B, country.B);
    }

    private static (int A, int B) Pair(int a, int b, string? partA, string? partB) =>
        a == 0 || b == 0 ? (a, b) : SamePart(partA, partB) ? (1, 1) : (1, 2);
}
