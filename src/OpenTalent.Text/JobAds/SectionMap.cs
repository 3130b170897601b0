using System.Text.RegularExpressions;

namespace OpenTalent.Text.JobAds;

/// <summary>
/// Which parts of an ad list nice-to-haves: the lines under a short heading such as "Preferred
/// qualifications" or "Bonus points:", up to the next heading.
/// </summary>
internal sealed partial class SectionMap
{
    private const int MaxHeadingLength = 60;

    private readonly List<(int Start, bool Preferred)> headings = [];

    [GeneratedRegex(@"\b(?:preferred|nice[ -]to[ -]have|bonus|pluses|plus|desired|desirable|good[ -]to[ -]have|extra\s+credit|ideally|would\s+be\s+nice)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreferredHeading();

    private SectionMap()
    {
    }

    public static SectionMap Of(string text)
    {
        var map = new SectionMap();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var raw = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            var line = raw.TrimStart("#* ").TrimEnd("*# ");
            if (!IsBullet(raw) && IsHeading(line))
            {
                map.headings.Add((lineStart, PreferredHeading().IsMatch(line)));
            }

            lineStart = lineEnd + 1;
        }

        return map;
    }

    public bool IsPreferred(int position)
    {
        var preferred = false;
        foreach (var (start, isPreferred) in headings)
        {
            if (start > position)
            {
                break;
            }

            preferred = isPreferred;
        }

        return preferred;
    }

    // A heading is a short line that ends with a colon, or a short line without punctuation that uses a
    // heading word ("Requirements", "Preferred Qualifications", "What you bring").
    private static bool IsHeading(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > MaxHeadingLength)
        {
            return false;
        }

        if (line[^1] == ':')
        {
            return true;
        }

        return line.IndexOfAny('.', ',', ';') < 0 && line.Count(' ') < 5 && char.IsUpper(line[0]) && HeadingWord().IsMatch(line);
    }

    private static bool IsBullet(ReadOnlySpan<char> line) => !line.IsEmpty && line[0] is '-' or '•' or '–' or '·' or '▪' or '○' or '◦' || (line.Length > 1 && line[0] == '*' && line[1] == ' ');

    [GeneratedRegex(@"\b(?:requirements?|required|qualifications?|responsibilities|skills|experience|preferred|nice|bonus|plus|pluses|desired|desirable|benefits|perks|offer|about|who|what|you|role|must|education|ideal|bring)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingWord();
}
