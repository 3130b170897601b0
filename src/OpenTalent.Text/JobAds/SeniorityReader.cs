using OpenTalent.Core.Understanding;
using OpenTalent.Text.Titles;

namespace OpenTalent.Text.JobAds;

/// <summary>
/// How senior the advertised role is: what the title says (read by the title <see cref="SeniorityParser"/>),
/// else what the years of experience asked for suggest.
/// </summary>
internal static class SeniorityReader
{
    public static Seniority Read(string? titleLine, double? minYearsExperience)
    {
        if (titleLine is not null && SeniorityParser.Parse(titleLine).Level is var stated && stated != Seniority.Unspecified)
        {
            return stated;
        }

        return FromYears(minYearsExperience);
    }

    // 0 → entry, 1 → junior, 2–4 → mid, 5–7 → senior, 8+ → lead: common ladder bands, coarse on purpose.
    public static Seniority FromYears(double? years) => years switch
    {
        null => Seniority.Unspecified,
        < 1 => Seniority.Entry,
        < 2 => Seniority.Junior,
        < 5 => Seniority.Mid,
        < 8 => Seniority.Senior,
        _ => Seniority.Lead,
    };
}
