using System.Globalization;
using OpenTalent.Core.Search;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Storage.Search;

/// <summary>Counts facets over a set of matches (all of them, or the newest <see cref="JobSearchLimits.FacetSample"/>).</summary>
/// <remarks>
/// Every search runs this over up to a thousand rows, so it reads the skills and places columns as spans and looks
/// values up without making a string per value: only a value seen for the first time allocates.
/// </remarks>
internal static class FacetCounter
{
    private const int TopValues = 10;
    private const string PlaceSeparator = "; ";
    private static readonly int[] SalaryFloors = [40_000, 60_000, 80_000, 100_000, 150_000, 200_000];
    private static readonly int[] PeriodsInDays = [1, 7, 14, 30];

    public static JobSearchFacets Count(IReadOnlyList<StoredHit> rows, string currency, DateOnly today)
    {
        var occupations = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var skills = new Tallies(StringComparer.Ordinal);
        var places = new Tallies(StringComparer.OrdinalIgnoreCase);
        var arrangements = new int[Enum.GetValues<WorkArrangement>().Length];
        var seniorities = new int[Enum.GetValues<Seniority>().Length];
        var salaries = new int[SalaryFloors.Length];
        var periods = new int[PeriodsInDays.Length];
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.OccupationCode is { } code)
            {
                if (!occupations.TryGetValue(code, out var tally))
                {
                    occupations[code] = tally = new Tally(row.OccupationLabel ?? code);
                }

                tally.Count++;
            }

            CountSkills(row.Skills, skills);
            CountPlaces(row.Places, places);
            arrangements[(int)row.ArrangementValue]++;
            seniorities[(int)row.SeniorityValue]++;
            if (row.SalaryCurrency == currency && row.SalaryMax is { } top)
            {
                for (var i = 0; i < SalaryFloors.Length; i++)
                {
                    salaries[i] += top >= SalaryFloors[i] ? 1 : 0;
                }
            }

            var day = row.Day;
            for (var i = 0; i < PeriodsInDays.Length; i++)
            {
                periods[i] += day >= today.DayNumber - PeriodsInDays[i] ? 1 : 0;
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
            Top(places.Values.Select(p => new FacetCount(p.Key, p.Key, p.Value.Count))),
            Top(skills.Values.Select(p => new FacetCount(p.Key, p.Value.Label, p.Value.Count))),
            NonZero([.. SalaryFloors.Select((floor, i) => new FacetCount(
                floor.ToString(CultureInfo.InvariantCulture), $"{currency} {floor:#,0}+", salaries[i]))]),
            NonZero([.. PeriodsInDays.Select((days, i) => new FacetCount(
                days.ToString(CultureInfo.InvariantCulture), days == 1 ? "Last 24 hours" : $"Last {days} days", periods[i]))]));
    }

    /// <summary>Each line of the skills column ("id\tlabel", see <see cref="SkillColumn"/>) once.</summary>
    private static void CountSkills(string? column, Tallies skills)
    {
        var rest = column.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            var tab = line.IndexOf('\t');
            if (tab > 0)
            {
                skills.Add(line[..tab], line[(tab + 1)..]);
            }
        }
    }

    /// <summary>Each distinct place of a row ("Berlin, DE; Munich, DE") once, whatever its case.</summary>
    private static void CountPlaces(string? column, Tallies places)
    {
        var rest = column.AsSpan();
        Span<Range> seen = stackalloc Range[8];
        var seenCount = 0;
        var start = 0;
        while (start < rest.Length)
        {
            var length = rest[start..].IndexOf(PlaceSeparator, StringComparison.Ordinal);
            var end = length < 0 ? rest.Length : start + length;
            var place = rest[start..end];
            start = end + PlaceSeparator.Length;
            if (place.IsEmpty || Seen(rest, seen[..Math.Min(seenCount, seen.Length)], place))
            {
                continue;
            }

            if (seenCount < seen.Length)
            {
                seen[seenCount] = new Range(end - place.Length, end);
            }

            seenCount++;
            places.Add(place, place);
        }
    }

    private static bool Seen(ReadOnlySpan<char> column, ReadOnlySpan<Range> seen, ReadOnlySpan<char> place)
    {
        foreach (var range in seen)
        {
            if (column[range].Equals(place, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static FacetCount[] Top(IEnumerable<FacetCount> counts) =>
        [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.OrdinalIgnoreCase).Take(TopValues)];

    private static FacetCount[] NonZero(params FacetCount[] counts) => [.. counts.Where(c => c.Count > 0)];

    private sealed class Tally(string label)
    {
        public string Label { get; } = label;

        public int Count { get; set; }
    }

    /// <summary>Counts by key, looked up by span; the key and label strings are made once per distinct key.</summary>
    private sealed class Tallies(StringComparer comparer)
    {
        private readonly Dictionary<string, Tally> byKey = new(comparer);

        public IEnumerable<KeyValuePair<string, Tally>> Values => byKey;

        public void Add(ReadOnlySpan<char> key, ReadOnlySpan<char> label)
        {
            var lookup = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(key, out var tally))
            {
                var keyText = key.ToString();
                tally = new Tally(label.SequenceEqual(key) ? keyText : label.ToString());
                byKey[keyText] = tally;
            }

            tally.Count++;
        }
    }
}
