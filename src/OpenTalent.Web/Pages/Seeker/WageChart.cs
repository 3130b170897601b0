using System.Globalization;
using OpenTalent.Core.Matching.WageMoves;

namespace OpenTalent.Web.Pages.Seeker;

/// <summary>One bar of the wage chart: a pay figure, or a range drawn solid to its bottom and lighter to its top.</summary>
/// <param name="Bottom">Where the solid part ends, as a fraction of the chart's widest figure.</param>
/// <param name="Top">Where the bar ends, as a fraction of the chart's widest figure.</param>
public sealed record WageBar(string Label, string? Detail, string? Href, string Value, double Bottom, double Top, bool IsCurrent);

/// <summary>
/// The wage-moves chart: the person's pay now against the better-paid postings and occupations they fit, all in the
/// baseline's currency (a figure in another currency cannot share the axis, so it is left to the tables).
/// </summary>
public static class WageChart
{
    /// <summary>The width the SVG bars are drawn in; the browser scales it to the track.</summary>
    public const int Width = 1000;

    private const int MaxPostings = 6;
    private const int MaxOccupations = 4;

    public static IReadOnlyList<WageBar> Build(WageMovesReport report, string baselineLabel)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Baseline.Pay is not { } baseline)
        {
            return [];
        }

        var rows = new List<(string Label, string? Detail, string? Href, decimal Low, decimal High, double? Raise, bool Current)>
        {
            (baselineLabel, null, null, baseline.Amount, baseline.Amount, null, true),
        };
        foreach (var posting in report.Postings.Where(p => p.Offered.Currency == baseline.Currency).Take(MaxPostings))
        {
            rows.Add((posting.Match.Title, posting.Match.Employer, JobView.PageUrl(posting.Match.Identifier), posting.Offered.Min, posting.Offered.Max, posting.Raise, false));
        }

        // OEWS medians are US dollars: they share the axis only with a dollar baseline.
        if (baseline.Currency == "USD")
        {
            foreach (var occupation in report.Occupations.Take(MaxOccupations))
            {
                rows.Add((occupation.Title, "typical pay (US median)", null, occupation.MedianAnnualWage, occupation.MedianAnnualWage, occupation.Raise, false));
            }
        }

        var widest = rows.Max(r => r.High);
        return [.. rows.Select(r => new WageBar(
            r.Label,
            r.Detail,
            r.Href,
            (r.Low == r.High ? Pay(r.High, baseline.Currency) : $"{Pay(r.Low, baseline.Currency)}–{Pay(r.High, baseline.Currency)}")
                + (r.Raise is { } raise ? $" ({(r.Low == r.High ? "" : "up to ")}{Percent(raise)})" : ""),
            widest == 0 ? 0 : (double)(r.Low / widest),
            widest == 0 ? 0 : (double)(r.High / widest),
            r.Current))];
    }

    /// <summary>An SVG length for a fraction of <see cref="Width"/>.</summary>
    public static string Length(double fraction) => Math.Round(Math.Clamp(fraction, 0, 1) * Width, 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>"$182,000", "€64,000", or "CHF 120,000" for currencies without a common symbol.</summary>
    public static string Pay(decimal amount, string currency)
    {
        var figure = Math.Round(amount, 0).ToString("#,0", CultureInfo.InvariantCulture);
        return currency switch
        {
            "USD" => "$" + figure,
            "EUR" => "€" + figure,
            "GBP" => "£" + figure,
            _ => currency + " " + figure,
        };
    }

    /// <summary>A raise as "+18%".</summary>
    public static string Percent(double raise) =>
        (raise >= 0 ? "+" : "−") + Math.Abs(Math.Round(raise * 100)).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };
    }
}
