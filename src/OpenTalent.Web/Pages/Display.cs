using System.Globalization;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Web.Pages;

/// <summary>How the seeker pages write values people read: pay, dates, arrangements, statuses, scores.</summary>
public static class Display
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"$120,000–$150,000 a year", "EUR 70,000–90,000 a year", "$95,000 a year".</summary>
    public static string Pay(decimal min, decimal max, string currency)
    {
        var range = min == max ? Amount(min, currency) : $"{Amount(min, currency)}–{(currency == "USD" ? Amount(max, currency) : max.ToString("#,0", Invariant))}";
        return range + " a year";
    }

    public static string? Pay(SalaryView? salary) => salary is null ? null : Pay(salary.Min, salary.Max, salary.Currency);

    public static string? Pay(PayRange? salary) => salary is null ? null : Pay(salary.Min, salary.Max, salary.Currency);

    /// <summary>"$170,000" or "EUR 70,000".</summary>
    public static string Amount(decimal amount, string currency) =>
        currency == "USD" ? "$" + amount.ToString("#,0", Invariant) : currency + " " + amount.ToString("#,0", Invariant);

    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", Invariant);

    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy", Invariant);

    /// <summary>The ISO date for a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string IsoDay(DateOnly day) => day.ToString("yyyy-MM-dd", Invariant);

    public static string? Arrangement(WorkArrangement arrangement) => arrangement switch
    {
        WorkArrangement.Remote => "Remote",
        WorkArrangement.Hybrid => "Hybrid",
        WorkArrangement.OnSite => "On-site",
        _ => null,
    };

    public static string? Employment(EmploymentType type) => type == EmploymentType.Unspecified ? null : Words(type.ToString());

    public static string? Seniority(Seniority level) => level == Core.Understanding.Seniority.Unspecified ? null : Words(level.ToString());

    public static string Status(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Applied => "Applied",
        ApplicationStatus.Screening => "In screening",
        ApplicationStatus.Interview => "Interviewing",
        ApplicationStatus.Offer => "Offer made",
        ApplicationStatus.Hired => "Hired",
        ApplicationStatus.Rejected => "Not selected",
        ApplicationStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };

    /// <summary>The badge style of a status: good news, bad news, or neither.</summary>
    public static string StatusBadge(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Offer or ApplicationStatus.Hired => "badge good",
        ApplicationStatus.Rejected => "badge bad",
        ApplicationStatus.Withdrawn => "badge warn",
        _ => "badge",
    };

    /// <summary>A score in [0, 1] as a whole percentage, "82%".</summary>
    public static string Percent(double score) => Math.Round(Math.Clamp(score, 0, 1) * 100).ToString("0", Invariant) + "%";

    /// <summary>A score in [0, 1] as the width of a 0-100 SVG bar (pages may not use inline styles).</summary>
    public static string BarWidth(double score) => Math.Round(Math.Clamp(score, 0, 1) * 100, 1).ToString("0.#", Invariant);

    public static string Fit(double score) => score switch
    {
        >= 0.75 => "Strong fit",
        >= 0.55 => "Good fit",
        >= 0.35 => "Partial fit",
        _ => "Weak fit",
    };

    public static string Factor(MatchFactor factor) => factor switch
    {
        MatchFactor.Skills => "Skills",
        MatchFactor.Occupation => "Occupation",
        MatchFactor.Seniority => "Seniority",
        MatchFactor.Location => "Location",
        MatchFactor.Salary => "Pay",
        MatchFactor.Recency => "Freshness",
        _ => factor.ToString(),
    };

    /// <summary>"Pay is above your expectation ($170,000)."</summary>
    public static string SalaryVerdict(SalaryComparison salary)
    {
        ArgumentNullException.ThrowIfNull(salary);
        var expected = salary.Expected is { } want ? $" ({Amount(want.Amount, want.Currency)} a year)" : "";
        return salary.Verdict switch
        {
            Core.Matching.SalaryVerdict.AboveExpectation => $"The pay is above your expectation{expected}.",
            Core.Matching.SalaryVerdict.MeetsExpectation => $"The pay meets your expectation{expected}.",
            Core.Matching.SalaryVerdict.BelowExpectation => $"The pay is below your expectation{expected}.",
            _ when salary.Offered is null => "The posting does not state its pay.",
            _ when salary.Expected is null => "Add a salary expectation to your profile to compare pay.",
            _ => "The pay is in another currency than your expectation, so it is not compared.",
        };
    }

    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
