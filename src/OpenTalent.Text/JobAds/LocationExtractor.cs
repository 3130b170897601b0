using System.Text.RegularExpressions;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Text.JobAds;

/// <summary>
/// Where the job is. Tried in order of trust: a "Location:" field, the title line ("Data Engineer - London
/// (hybrid)"), a qualified remote ("Remote (US)", "Remote - EMEA"), a "City, ST" pair, then phrases such as
/// "based in Berlin". Only places the gazetteer knows, or a city vouched for by a known state or country,
/// are reported; otherwise the answer is null.
/// </summary>
internal static partial class LocationExtractor
{
    private const int MaxPhraseScan = 4_000;

    [GeneratedRegex(@"(?im)^[ \t*•\-]*(?:(?:job|work|office|primary|role)\s+)?(?:locations?|based\s+in|where|city)(?:\s*\(s\))?[ \t]*[:\-–|][ \t]*(?<v>[^\n]{1,120})")]
    private static partial Regex Field();

    [GeneratedRegex(@"\b(?:Remote(?:ly)?|work(?:ing)?\s+from\s+home|WFH|home[ -]based)\b(?:[ \t]+(?:from[ \t]+)?anywhere)?[ \t]*(?:\([ \t]*(?<v>[^)\n]{2,40})\)|[-–—,:|][ \t]*(?<v>[^\n,.;()]{2,40})|[ \t]+(?:in|within|from|across)[ \t]+(?:the[ \t]+)?(?<v>[^\n,.;()]{2,40}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedRemote();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<v>\p{Lu}[\p{L}.'’-]{1,30}(?:[ ]\p{Lu}[\p{L}.'’-]{1,30}){0,3},[ ]?(?:[A-Z]{2}(?:[ ]\d{5}(?:-\d{4})?)?|\p{Lu}[\p{L}.]{1,30}(?:[ ]\p{Lu}[\p{L}.]{1,30}){0,2}))(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePair();

    [GeneratedRegex(@"\b(?:based|located|position|role|office|offices|team|job|work|working|join\s+us|hiring)\s+(?:is\s+|will\s+be\s+)?(?:in|at)\s+(?:our\s+)?(?<v>\p{Lu}[\p{L}.'’-]{1,30}(?:[ ]\p{Lu}[\p{L}.'’-]{1,30}){0,2}(?:,[ ]?\p{Lu}[\p{L}.'’-]{1,30}(?:[ ]\p{Lu}[\p{L}.'’-]{1,30}){0,2})?)", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePhrase();

    public static JobLocation? Extract(string text, string? titleLine, int titleStart)
    {
        var gazetteer = Gazetteer.Default;
        for (var field = Field().Match(text); field.Success; field = field.NextMatch())
        {
            if (Locate(text, field.Groups["v"], gazetteer, trustUnknownCity: true) is { } labelled)
            {
                return labelled;
            }
        }

        if (titleLine is not null && LocateInTitle(titleLine, titleStart, gazetteer) is { } inTitle)
        {
            return inTitle;
        }

        if (LocateInHeader(text, gazetteer) is { } inHeader)
        {
            return inHeader;
        }

        for (var remote = QualifiedRemote().Match(text); remote.Success; remote = remote.NextMatch())
        {
            var place = LocationResolver.Resolve(remote.Groups["v"].ValueSpan, gazetteer, trustUnknownCity: false);
            if (!place.IsEmpty)
            {
                return Build(place, remote.Value.Trim(), remote.Index, remote.Index + remote.Length);
            }
        }

        var head = text.Length <= MaxPhraseScan ? text : text[..MaxPhraseScan];
        for (var pair = PlacePair().Match(head); pair.Success; pair = pair.NextMatch())
        {
            if (PairPlace(pair.Groups["v"], gazetteer) is { } paired)
            {
                return paired;
            }
        }

        for (var phrase = PlacePhrase().Match(head); phrase.Success; phrase = phrase.NextMatch())
        {
            if (Locate(text, phrase.Groups["v"], gazetteer, trustUnknownCity: false) is { } stated)
            {
                return stated;
            }
        }

        return null;
    }

    private static JobLocation? Locate(string text, Group value, Gazetteer gazetteer, bool trustUnknownCity)
    {
        var raw = value.ValueSpan;
        var trimmed = raw.TrimEnd();
        var place = LocationResolver.Resolve(trimmed, gazetteer, trustUnknownCity);
        if (place.IsEmpty)
        {
            return null;
        }

        var start = value.Index + (raw.Length - raw.TrimStart().Length);
        return Build(place, text.Substring(start, value.Index + trimmed.Length - start), start, value.Index + trimmed.Length);
    }

    // In a title only the segments after the role can be places: "Senior Engineer - Berlin, Germany",
    // "Data Engineer (London)", "Staff Engineer | Remote (US)".
    private static JobLocation? LocateInTitle(string title, int titleStart, Gazetteer gazetteer)
    {
        var remote = QualifiedRemote().Match(title);
        if (remote.Success && LocationResolver.Resolve(remote.Groups["v"].ValueSpan, gazetteer, trustUnknownCity: false) is { IsEmpty: false } remotePlace)
        {
            return Build(remotePlace, remote.Value.Trim(), titleStart + remote.Index, titleStart + remote.Index + remote.Length);
        }

        var start = NextSegment(title, 0);
        while (start >= 0)
        {
            var end = title.IndexOfAny(SegmentBreaks, start);
            var segment = title.AsSpan(start, (end < 0 ? title.Length : end) - start);
            var place = LocationResolver.Resolve(segment, gazetteer, trustUnknownCity: false);
            if (!place.IsEmpty)
            {
                var text = segment.Trim();
                var offset = titleStart + start + (segment.Length - segment.TrimStart().Length);
                return Build(place, text.ToString(), offset, offset + text.Length);
            }

            start = end < 0 ? -1 : NextSegment(title, end);
        }

        return null;
    }

    private static readonly char[] SegmentBreaks = ['-', '–', '—', '|', '(', ')', '@', '·', '•', ':'];

    private static int NextSegment(string title, int from)
    {
        var cut = title.IndexOfAny(SegmentBreaks, from);
        // A hyphen inside a word ("Full-Stack", "Cluj-Napoca") is no separator.
        while (cut > 0 && title[cut] == '-' && cut + 1 < title.Length && char.IsLetter(title[cut - 1]) && char.IsLetter(title[cut + 1]))
        {
            cut = title.IndexOfAny(SegmentBreaks, cut + 1);
        }

        return cut < 0 ? -1 : cut + 1;
    }

    // Ads often give the place on a line of its own under the title: "Singapore", "Sydney NSW".
    private static JobLocation? LocateInHeader(string text, Gazetteer gazetteer)
    {
        var lineStart = 0;
        for (var line = 0; line < HeaderLines && lineStart < text.Length; line++)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var span = text.AsSpan(lineStart, lineEnd - lineStart);
            var trimmed = span.Trim();
            if (!trimmed.IsEmpty && trimmed.Length <= MaxHeaderPlaceLength && LocationResolver.ResolveWhole(trimmed, gazetteer) is { IsEmpty: false } place)
            {
                var start = lineStart + (span.Length - span.TrimStart().Length);
                return Build(place, trimmed.ToString(), start, start + trimmed.Length);
            }

            // "Austin, TX or Remote (US)": a place pair opening a header line.
            var pair = PlacePair().Match(text, lineStart, lineEnd - lineStart);
            if (pair.Success && pair.Index == lineStart + (span.Length - span.TrimStart().Length) && PairPlace(pair.Groups["v"], gazetteer) is { } paired)
            {
                return paired;
            }

            lineStart = lineEnd + 1;
        }

        return null;
    }

    private const int HeaderLines = 4;
    private const int MaxHeaderPlaceLength = 60;

    // "City, ST" or "City, Country": a pair counts when the city is known or a US or Canadian code vouches for it.
    private static JobLocation? PairPlace(Group value, Gazetteer gazetteer)
    {
        var stateCode = IsStateCodePair(value.ValueSpan, gazetteer);
        var place = LocationResolver.Resolve(value.ValueSpan, gazetteer, trustUnknownCity: stateCode);
        return !place.IsEmpty && (place.City is not null || stateCode) ? Build(place, value.Value, value.Index, value.Index + value.Length) : null;
    }

    private static bool IsStateCodePair(ReadOnlySpan<char> pair, Gazetteer gazetteer)
    {
        var comma = pair.LastIndexOf(',');
        var second = pair[(comma + 1)..].Trim();
        var space = second.IndexOf(' ');
        var code = space < 0 ? second : second[..space];
        foreach (var region in gazetteer.RegionsByCode(code))
        {
            if (region.Country is "US" or "CA")
            {
                return true;
            }
        }

        return false;
    }

    private static JobLocation Build(ResolvedPlace place, string text, int start, int end) =>
        new(place.City, place.Region, place.Country, text.Length <= 300 ? text : text[..300], new TextSpan(start, end));
}
