using System.Text.Json;

namespace OpenTalent.Text.JobAds;

/// <summary>A city the gazetteer knows, with its country and, where one is usual, its state or province code.</summary>
internal sealed record GazetteerCity(string Name, string Country, string? Region);

/// <summary>A state or province: its country and its usual code ("US", "CA").</summary>
internal sealed record GazetteerRegion(string Country, string Code, string Name);

/// <summary>
/// The small built-in list of places job ads name most (embedded <c>gazetteer.json</c>, written by hand).
/// Names compare case-insensitively; two- and three-letter codes are looked up only as written in capitals,
/// so "in", "or" and "me" are never read as Indiana, Oregon or Maine.
/// </summary>
internal sealed class Gazetteer
{
    private readonly Dictionary<string, GazetteerCity> cities = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> countryNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> countryCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerRegion> regionNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<GazetteerRegion>> regionCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> areas = new(StringComparer.OrdinalIgnoreCase);

    public static Gazetteer Default { get; } = Load();

    public int CityCount => cities.Count;

    public GazetteerCity? City(ReadOnlySpan<char> name) =>
        cities.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var city) ? city : null;

    /// <summary>An ISO code for a country name ("Germany") or an upper-case code ("DE", "UK", "USA").</summary>
    public string? Country(ReadOnlySpan<char> nameOrCode)
    {
        if (IsUpperCode(nameOrCode) && countryCodes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nameOrCode))
        {
            return nameOrCode.ToString();
        }

        if (countryNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(nameOrCode, out var code))
        {
            // "UK" and "USA" are names too, but only in capitals: "usa" in running text is no country.
            return nameOrCode.Length <= 3 && !IsUpperCode(nameOrCode) ? null : code;
        }

        return null;
    }

    /// <summary>A state or province by full name ("Ontario").</summary>
    public GazetteerRegion? RegionByName(ReadOnlySpan<char> name) =>
        regionNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var region) ? region : null;

    /// <summary>States and provinces with this upper-case code, US first, then Canada, then Australia.</summary>
    public IReadOnlyList<GazetteerRegion> RegionsByCode(ReadOnlySpan<char> code) =>
        IsUpperCode(code) && regionCodes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out var list) ? list : [];

    /// <summary>The canonical spelling of a wider area ("EMEA", "Europe"), or null.</summary>
    public string? Area(ReadOnlySpan<char> name) =>
        areas.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var area) ? area : null;

    public static bool IsUpperCode(ReadOnlySpan<char> text)
    {
        if (text.Length is < 2 or > 3)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    private static Gazetteer Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("OpenTalent.Text.JobAds.gazetteer.json")
            ?? throw new InvalidOperationException("The embedded gazetteer.json is missing from OpenTalent.Text.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var gazetteer = new Gazetteer();
        foreach (var row in root.GetProperty("countries").EnumerateArray())
        {
            var code = row[0].GetString()!;
            gazetteer.countryCodes.Add(code);
            for (var i = 1; i < row.GetArrayLength(); i++)
            {
                gazetteer.countryNames.TryAdd(row[i].GetString()!, code);
            }
        }

        foreach (var row in root.GetProperty("regions").EnumerateArray())
        {
            var region = new GazetteerRegion(row[0].GetString()!, row[1].GetString()!, row[2].GetString()!);
            if (!gazetteer.regionCodes.TryGetValue(region.Code, out var list))
            {
                gazetteer.regionCodes[region.Code] = list = [];
            }

            list.Add(region);
            for (var i = 2; i < row.GetArrayLength(); i++)
            {
                gazetteer.regionNames.TryAdd(row[i].GetString()!, region);
            }
        }

        foreach (var row in root.GetProperty("cities").EnumerateArray())
        {
            var region = row[2].GetString();
            var city = new GazetteerCity(row[0].GetString()!, row[1].GetString()!, string.IsNullOrEmpty(region) ? null : region);
            for (var i = 0; i < row.GetArrayLength(); i++)
            {
                if (i is not (1 or 2))
                {
                    gazetteer.cities.TryAdd(row[i].GetString()!, city);
                }
            }
        }

        foreach (var area in root.GetProperty("areas").EnumerateArray())
        {
            var name = area.GetString()!;
            gazetteer.areas.TryAdd(name, name);
        }

        return gazetteer;
    }
}
