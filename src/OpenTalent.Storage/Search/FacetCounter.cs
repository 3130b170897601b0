using System.Globalization;
using OpenTalent.Core.Search;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Storage.Search;

/// <summary>Counts facets over a set of matches (all of them, or the newest <see cref="JobSearchLimits.FacetSample"/>).</summary>
internal static class FacetCounter
{
    private const int TopValues = 10;
    private static readonly int[] SalaryFloors = [40_000, 60_000, 80_000, 100_000, 150_000, 200_000];
    private static readonly int[] PeriodsInDays = [1, 7, 14, 30];

    public static JobSearchFacets Count(IReadOnlyList<StoredHit> rows, string currency, DateOnly today)
    {
        var occupations = new Dictionary<string, (string Label, int Count)>(StringComparer.Ordinal);
        var skills = new Dictionary<string, (string Label, int Count)>(StringComparer.Ordinal);
        var places = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var arrangements = new int[Enum.GetValues<WorkArrangement>().Length];
        var seniorities = new int[Enum.GetValues<Seniority>().Length];
        var salaries = new int[SalaryFloors.Length];
        var periods = new int[PeriodsInDays.Length];
        foreach (var row in rows)
        {
            if (row.OccupationCode is { } code)
            {
                var current = occupations.GetValueOrDefault(code, (row.OccupationLabel ?? code, 0));
                occupations[code] = (current.Item1, current.Item2 + 1);
            }

            foreach (var (id, label) in SkillColumn.Read(row.Skills))
            {
                var current = skills.GetValueOrDefault(id, (label, 0));
                skills[id] = (current.Item1, current.Item2 + 1);
            }

            foreach (var place in (row.Places ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                places[place] = places.GetValueOrDefault(place) + 1;
            }

            arrangements[(int)row.ArrangementValue]++;
            seniorities[(int)row.SeniorityValue]++;
            if (row.SalaryCurrency == currency && row.SalaryMax is { } top)
            {
                for (var i = 0; i < SalaryFloors.Length; i++)
                {
                    salaries[i] += top >= SalaryFloors[i] ? 1 : 0;
                }
            }

            for (var i = 0; i < PeriodsInDays.Length; i++)
            {
                periods[i] += row.Day >= today.DayNumber - PeriodsInDays[i] ? 1 : 0;
            }
        }

        return new JobSearchFacets(
            Top(occupations.Select(p => new FacetCount(p.Key, p.Value.Label, p.Value.Count))),
            NonZero(
                new FacetCount(nameof(RemoteFilter.RemoteOnly), "Remote", arrangements[(int)WorkArrangement.Remote]),
                new FacetCount(nameof(RemoteFilter.Hybrid), "Hybrid", arrangements[(int)WorkArrangement.Hybrid]),
                new FacetCount(nameof(RemoteFilter.OnSite), "On-site", arrangements[(int)WorkArrangement.OnSite])),
            [.. Enum.GetValues<Seniority>().Where(s => s != Seniority.Unspecified && seniorities[(int)s] > 0)
                .Select(s => new FacetCount(s.ToString(), s.ToString(), seniorities[(int)s])).OrderByDescending(f => f.Count)],
            Top(places.Select(p => new FacetCount(p.Key, p.Key, p.Value))),
            Top(skills.Select(p => new FacetCount(p.Key, p.Value.Label, p.Value.Count))),
            NonZero([.. SalaryFloors.Select((floor, i) => new FacetCount(
                floor.ToString(CultureInfo.InvariantCulture), $"{currency} {floor:#,0}+", salaries[i]))]),
            NonZero([.. PeriodsInDays.Select((days, i) => new FacetCount(
                days.ToString(CultureInfo.InvariantCulture), days == 1 ? "Last 24 hours" : $"Last {days} days", periods[i]))]));
    }

    private static FacetCount[] Top(IEnumerable<FacetCount> counts) =>
        [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.OrdinalIgnoreCase).Take(TopValues)];

    private static FacetCount[] NonZero(params FacetCount[] counts) => [.. counts.Where(c => c.Count > 0)];
}
