using System.Globalization;

namespace OpenTalent.Web.Pages.Employer.Hiring;

/// <summary>One row of a horizontal bar chart: a solid part, a lighter part beyond it, and an optional marker line, as fractions of the widest figure.</summary>
public sealed record ChartBar(string Label, string Value, double Solid, double Light, double? Marker, string? Href = null, string Tone = "");

/// <summary>Server-drawn SVG bar charts for the hiring pages (no script, so they render for everyone and print).</summary>
public static class HiringChart
{
    public const int Width = 1000;

    public static string Length(double fraction) => (Math.Clamp(fraction, 0, 1) * Width).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Per department: headcount now (solid), expected by the target date (light), and the target (marker).</summary>
    public static IReadOnlyList<ChartBar> Headcount(IEnumerable<(string Name, int Current, double Expected, int Target, double OnTime)> departments)
    {
        var rows = departments.ToArray();
        var widest = rows.Length == 0 ? 0 : rows.Max(r => Math.Max(r.Target, r.Expected));
        return
        [
            .. rows.Select(r => new ChartBar(
                r.Name,
                string.Create(CultureInfo.InvariantCulture, $"{r.Current:N0} → {r.Expected:N0} of {r.Target:N0} ({r.OnTime:P0} on time)"),
                widest == 0 ? 0 : r.Current / widest,
                widest == 0 ? 0 : r.Expected / widest,
                widest == 0 ? null : r.Target / widest,
                Tone: r.OnTime >= 0.8 ? "good" : r.OnTime >= 0.5 ? "warn" : "bad")),
        ];
    }

    /// <summary>Per stage: the share of decided candidates that moved on.</summary>
    public static IReadOnlyList<ChartBar> PassThrough(IEnumerable<(string Stage, double? Rate, int Decided)> stages) =>
        [
            .. stages.Select(s => new ChartBar(
                s.Stage,
                s.Rate is { } rate ? string.Create(CultureInfo.InvariantCulture, $"{rate:P0} of {s.Decided:N0}") : "no decisions yet",
                s.Rate ?? 0,
                s.Rate ?? 0,
                null)),
        ];
}
