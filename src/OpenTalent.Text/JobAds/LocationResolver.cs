namespace OpenTalent.Text.JobAds;

/// <summary>A place read from a short location text: any part may be missing.</summary>
internal readonly record struct ResolvedPlace(string? City, string? Region, string? Country)
{
    public bool IsEmpty => City is null && Region is null && Country is null;
}

/// <summary>
/// Reads a location text ("San Francisco, CA", "Berlin, Germany (Hybrid)", "Remote - EMEA", "New York, NY
/// 10001") part by part against the gazetteer. An explicit state or country beats what the gazetteer
/// assumes of a city, so "London, ON" is in Canada and "Birmingham, AL" in Alabama.
/// </summary>
internal static class LocationResolver
{
    private static readonly char[] Separators = [',', '(', ')', '/', '|', ';', '–', '—', '·', '•', '[', ']'];

    /// <param name="trustUnknownCity">Whether an unlisted first part may be a city when a state or country follows.</param>
    public static ResolvedPlace Resolve(ReadOnlySpan<char> text, Gazetteer gazetteer, bool trustUnknownCity) =>
        Resolve(text, gazetteer, trustUnknownCity, out _);

    /// <summary>Resolves only a text that is all place ("Sydney NSW", "Edinburgh"), so a sentence never counts.</summary>
    public static ResolvedPlace ResolveWhole(ReadOnlySpan<char> text, Gazetteer gazetteer)
    {
        var place = Resolve(text, gazetteer, trustUnknownCity: false, out var unresolved);
        return unresolved == 0 ? place : default;
    }

    private static ResolvedPlace Resolve(ReadOnlySpan<char> text, Gazetteer gazetteer, bool trustUnknownCity, out int unresolved)
    {
        unresolved = 0;
        GazetteerCity? city = null;
        string? unknownCity = null;
        GazetteerRegion? region = null;
        string? area = null;
        string? country = null;
        var partIndex = 0;
        foreach (var range in Split(text, gazetteer))
        {
            var part = Clean(text[range]);
            if (part.IsEmpty)
            {
                continue;
            }

            partIndex++;
            if (city is null && gazetteer.City(part) is { } knownCity)
            {
                city = knownCity;
            }
            else if (country is null && gazetteer.Country(part) is { } code && !(Gazetteer.IsUpperCode(part) && RegionCodeFits(part, city, gazetteer)))
            {
                country = code;
            }
            else if (region is null && RegionOf(part, city, gazetteer) is { } knownRegion)
            {
                region = knownRegion;
            }
            else if (area is null && gazetteer.Area(part) is { } knownArea)
            {
                area = knownArea;
            }
            else if (trustUnknownCity && partIndex == 1 && city is null && LooksLikePlaceName(part))
            {
                unknownCity = part.ToString();
            }
            else
            {
                unresolved++;
            }
        }

        // A city nobody lists counts only when a state or country vouches for it: "Wilmington, DE".
        var cityName = city?.Name ?? (region is not null || country is not null ? unknownCity : null);
        var resolvedCountry = country ?? region?.Country ?? city?.Country;
        var regionName = region?.Code ?? area ?? (city is not null && city.Country == resolvedCountry ? city.Region : null);
        return new ResolvedPlace(cityName, regionName, resolvedCountry);
    }

    // "Berlin, DE" is Germany, not Delaware: an upper-case code is a state only where the city is not known
    // to be in the country it names.
    private static bool RegionCodeFits(ReadOnlySpan<char> code, GazetteerCity? city, Gazetteer gazetteer)
    {
        var regions = gazetteer.RegionsByCode(code);
        if (regions.Count == 0)
        {
            return false;
        }

        return city is null ? code is not "UK" : city.Country != code.ToString() && (city.Country is "US" or "CA" or "AU" || city.Region is not null);
    }

    private static GazetteerRegion? RegionOf(ReadOnlySpan<char> part, GazetteerCity? city, Gazetteer gazetteer)
    {
        if (gazetteer.RegionByName(part) is { } named)
        {
            return named;
        }

        var regions = gazetteer.RegionsByCode(part);
        if (regions.Count == 0)
        {
            return null;
        }

        foreach (var region in regions)
        {
            if (city is not null && region.Country == city.Country)
            {
                return region;
            }
        }

        return regions[0];
    }

    private static List<Range> Split(ReadOnlySpan<char> text, Gazetteer gazetteer)
    {
        var parts = new List<Range>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var isBreak = i == text.Length || Array.IndexOf(Separators, text[i]) >= 0 || (text[i] == '-' && i > 0 && text[i - 1] == ' ');
            if (isBreak)
            {
                if (i > start)
                {
                    AddPart(text, start, i, parts, gazetteer);
                }

                start = i + 1;
            }
        }

        return parts;
    }

    // "Sydney NSW" and "Austin TX 78701" name a state without a comma: the code becomes a part of its own.
    private static void AddPart(ReadOnlySpan<char> text, int start, int end, List<Range> parts, Gazetteer gazetteer)
    {
        var part = text[start..end].TrimEnd();
        var trimmedEnd = start + part.Length;
        var lastSpace = part.LastIndexOf(' ');
        if (lastSpace > 0 && IsZip(part[(lastSpace + 1)..]))
        {
            part = part[..lastSpace].TrimEnd();
            lastSpace = part.LastIndexOf(' ');
        }

        if (lastSpace > 0 && part[..lastSpace].Trim().Length > 0 && gazetteer.RegionsByCode(part[(lastSpace + 1)..]).Count > 0)
        {
            parts.Add(start..(start + lastSpace));
            parts.Add((start + lastSpace + 1)..trimmedEnd);
            return;
        }

        parts.Add(start..end);
    }

    // Drops what is no place: "Remote", "Hybrid", "HQ", "Greater", "Area", a ZIP code.
    private static ReadOnlySpan<char> Clean(ReadOnlySpan<char> part)
    {
        part = part.Trim().Trim("-:.* ");
        ReadOnlySpan<string> noise = ["Remote", "Hybrid", "On-site", "Onsite", "On site", "Office", "HQ", "Headquarters", "Greater", "Metropolitan Area", "Metro Area", "Area", "Region", "Only", "based", "or", "in", "from", "within", "the", "and"];
        var changed = true;
        while (changed && !part.IsEmpty)
        {
            changed = false;
            foreach (var word in noise)
            {
                if (part.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase) || part.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    part = part[Math.Min(part.Length, word.Length)..].Trim();
                    changed = true;
                }
                else if (part.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase))
                {
                    part = part[..^word.Length].Trim();
                    changed = true;
                }
            }
        }

        // "NY 10001", "SW1A 1AA" is beyond us; a trailing US ZIP is dropped.
        var lastSpace = part.LastIndexOf(' ');
        if (lastSpace > 0 && IsZip(part[(lastSpace + 1)..]))
        {
            part = part[..lastSpace].Trim();
        }

        return IsZip(part) ? [] : part;
    }

    private static bool IsZip(ReadOnlySpan<char> token)
    {
        if (token.Length is not (5 or 10))
        {
            return false;
        }

        for (var i = 0; i < token.Length; i++)
        {
            if (!(char.IsAsciiDigit(token[i]) || (i == 5 && token[i] == '-')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool LooksLikePlaceName(ReadOnlySpan<char> part)
    {
        if (part.Length is < 3 or > 40 || !char.IsUpper(part[0]))
        {
            return false;
        }

        var words = 1;
        foreach (var c in part)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (!char.IsLetter(c) && c is not ('.' or '\'' or '-'))
            {
                return false;
            }
        }

        return words <= 4;
    }
}
