using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Formats.Demo;

/// <summary>How senior a generated role is, with the words, years and pay percentile that go with it.</summary>
internal enum DemoLevel
{
    Junior,
    Mid,
    Senior,
    Staff,
    Principal,
}

internal static class DemoLevels
{
    private static readonly string[] ManagerWords = ["Manager", "Director", "Head", "Lead", "Executive", "Representative", "Partner", "Chef", "Teacher", "Nurse", "Driver", "Associate", "Assistant", "Cook"];

    /// <summary>Most openings are mid-level or senior; principal roles are rare.</summary>
    public static DemoLevel Pick(Random random, int jobZone)
    {
        var roll = random.NextDouble();
        if (jobZone <= 2)
        {
            return roll < 0.75 ? DemoLevel.Mid : DemoLevel.Senior;
        }

        return roll switch
        {
            < 0.15 => DemoLevel.Junior,
            < 0.5 => DemoLevel.Mid,
            < 0.82 => DemoLevel.Senior,
            < 0.95 => DemoLevel.Staff,
            _ => DemoLevel.Principal,
        };
    }

    /// <summary>"Senior Data Engineer", "Staff Backend Engineer"; roles whose titles carry no such prefix keep theirs.</summary>
    public static string Title(string title, DemoLevel level, int jobZone)
    {
        var managerial = ManagerWords.Any(w => title.Contains(w, StringComparison.Ordinal));
        var prefix = level switch
        {
            DemoLevel.Junior => jobZone >= 3 && !managerial ? "Junior " : "",
            DemoLevel.Senior => "Senior ",
            DemoLevel.Staff => managerial || jobZone <= 3 ? "Senior " : "Staff ",
            DemoLevel.Principal => managerial || jobZone <= 3 ? "Lead " : "Principal ",
            _ => "",
        };
        return title.StartsWith("Senior", StringComparison.Ordinal) || title.StartsWith("Lead", StringComparison.Ordinal) ? title : prefix + title;
    }

    public static int MinYears(DemoLevel level) => level switch
    {
        DemoLevel.Junior => 0,
        DemoLevel.Mid => 2,
        DemoLevel.Senior => 5,
        DemoLevel.Staff => 8,
        _ => 10,
    };

    /// <summary>
    /// A pay range grounded in the occupation's national OEWS wages: the level picks a span of percentiles, the city
    /// scales it to local pay and currency. Returns <c>null</c> where the taxonomy has no wages.
    /// </summary>
    public static (decimal Min, decimal Max, string Unit)? Pay(DemoOccupation occupation, DemoLevel level, DemoCity city, Random random)
    {
        var hourly = occupation.PaidHourly;
        var wages = hourly ? occupation.Hourly : occupation.Annual;
        if (wages.Median is null)
        {
            return null;
        }

        var (low, high) = level switch
        {
            DemoLevel.Junior => (wages.P10, wages.P25),
            DemoLevel.Mid => (wages.P25, wages.Median),
            DemoLevel.Senior => (wages.Median, wages.P75),
            DemoLevel.Staff => (wages.P75, wages.P90),
            _ => (wages.P75, wages.P90),
        };
        var from = Amount(low, wages.Median.Value.Amount);
        var to = Amount(high, from * 1.2m);
        if (level == DemoLevel.Principal)
        {
            (from, to) = (to, to * 1.25m);
        }

        var jitter = (decimal)(0.94 + (random.NextDouble() * 0.12) * 1);
        var factor = (decimal)city.PayFactor * jitter;
        var min = from * factor;
        var max = Math.Max(to * factor, min * 1.08m);
        return hourly
            ? (Math.Round(min * 2, MidpointRounding.AwayFromZero) / 2, Math.Round(max * 2, MidpointRounding.AwayFromZero) / 2, "HOUR")
            : (Math.Round(min / 1000, MidpointRounding.AwayFromZero) * 1000, Math.Round(max / 1000, MidpointRounding.AwayFromZero) * 1000, "YEAR");
    }

    private static decimal Amount(WageEstimate? estimate, decimal fallback) => estimate?.Amount ?? fallback;
}
