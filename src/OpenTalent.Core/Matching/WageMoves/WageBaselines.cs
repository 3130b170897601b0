using System.Globalization;

namespace OpenTalent.Core.Matching.WageMoves;

/// <summary>Picks the wage raises are measured against: what the person asks, else earns, else their occupation's median.</summary>
internal static class WageBaselines
{
    public static WageBaseline Resolve(CandidateProfile profile, OccupationGraph occupations, List<string> notes)
    {
        if (Usable(profile.ExpectedSalary, "expected salary", notes) is { } expected)
        {
            return new WageBaseline(WageBaselineSource.ExpectedSalary, expected);
        }

        if (Usable(profile.CurrentSalary, "current salary", notes) is { } current)
        {
            return new WageBaseline(WageBaselineSource.CurrentSalary, current);
        }

        foreach (var fit in profile.Occupations)
        {
            if (occupations.Find(fit.Code) is { MedianAnnualWage: > 0 and var median } node)
            {
                notes.Add($"No salary on the profile: raises are measured against the OEWS national median of {node.Title} ({node.Code}), USD {median.ToString("#,0", CultureInfo.InvariantCulture)}.");
                return new WageBaseline(WageBaselineSource.OccupationMedian, new AnnualPay(median, "USD"), node.Code);
            }
        }

        notes.Add(profile.Occupations.Count == 0
            ? "No baseline wage: the profile states no expected or current salary and names no occupation, so better-paid postings, occupations and skill bundles cannot be measured."
            : $"No baseline wage: the profile states no expected or current salary and none of its occupations ({string.Join(", ", profile.Occupations.Select(o => o.Code))}) has an OEWS median wage, so better-paid postings, occupations and skill bundles cannot be measured.");
        return WageBaseline.None;
    }

    /// <summary>The top of the range over the baseline, minus one.</summary>
    public static double Raise(decimal pay, AnnualPay baseline) => (double)(pay / baseline.Amount) - 1;

    /// <summary>The least annual pay that is <paramref name="minRaise"/> above the baseline.</summary>
    public static AnnualPay Threshold(AnnualPay baseline, double minRaise) =>
        new(baseline.Amount * (1 + (decimal)minRaise), baseline.Currency);

    private static AnnualPay? Usable(AnnualPay? pay, string what, List<string> notes)
    {
        if (pay is not { } value)
        {
            return null;
        }

        if (value.Amount > 0)
        {
            return value;
        }

        notes.Add($"The profile's {what} is zero and is not used as a baseline.");
        return null;
    }
}
