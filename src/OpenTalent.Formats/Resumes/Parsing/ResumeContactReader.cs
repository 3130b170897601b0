using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenTalent.Text.JobAds;

namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>
/// The <c>basics</c> of a resume from its header (the lines before the first section, and any contact section): name,
/// headline, email, phone, location, website and social profiles. Email, phone and links are also looked for in the
/// rest of the text, since some templates put them at the foot.
/// </summary>
internal static partial class ResumeContactReader
{
    [GeneratedRegex(@"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\w+])(?:\+|00)?\(?\d[\d\s().\-/]{5,20}\d(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s|,;<>()""']+|(?<![\w.@/])(?:[a-z]{2,3}\.)?(?:linkedin\.com|github\.com|gitlab\.com|twitter\.com|x\.com|stackoverflow\.com|medium\.com|behance\.net|dribbble\.com|kaggle\.com|huggingface\.co)/[^\s|,;<>()""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"^(?:phone|tel|telephone|mobile|cell|email|e-mail|mail|address|location|based in|linkedin|github|web|website|portfolio)\s*[:.]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FieldLabel();

    private static readonly (string Domain, string Network)[] Networks =
    [
        ("linkedin.com", "LinkedIn"), ("github.com", "GitHub"), ("gitlab.com", "GitLab"), ("twitter.com", "Twitter"), ("x.com", "X"),
        ("stackoverflow.com", "Stack Overflow"), ("medium.com", "Medium"), ("behance.net", "Behance"), ("dribbble.com", "Dribbble"),
        ("kaggle.com", "Kaggle"), ("huggingface.co", "Hugging Face"),
    ];

    public static JsonObject Read(IReadOnlyList<ResumeLine> header, string wholeText, List<ResumeParseWarning> warnings)
    {
        var basics = new JsonObject();
        var headerText = string.Join('\n', header.Select(l => l.Text));
        var (name, label) = NameAndLabel(header);
        Set(basics, "name", name);
        Set(basics, "label", label);

        var email = Email().Match(headerText) is { Success: true } inHeader ? inHeader.Value : Email().Match(wholeText) is { Success: true } anywhere ? anywhere.Value : null;
        Set(basics, "email", email);
        Set(basics, "phone", PhoneIn(headerText) ?? LabelledPhone(wholeText));

        var (website, profiles) = Links(headerText, wholeText);
        Set(basics, "url", website);
        if (LocationIn(header) is { } location)
        {
            basics["location"] = location;
        }

        if (profiles.Count > 0)
        {
            basics["profiles"] = new JsonArray([.. profiles]);
        }

        if (name is null)
        {
            warnings.Add(new ResumeParseWarning("basics.name", "no name found at the top of the resume"));
        }

        if (email is null)
        {
            warnings.Add(new ResumeParseWarning("basics.email", "no email address found"));
        }

        if (basics["phone"] is null)
        {
            warnings.Add(new ResumeParseWarning("basics.phone", "no phone number found"));
        }

        if (basics["location"] is null)
        {
            warnings.Add(new ResumeParseWarning("basics.location", "no city, region or country found in the header"));
        }

        return basics;
    }

    private static (string? Name, string? Label) NameAndLabel(IReadOnlyList<ResumeLine> header)
    {
        for (var i = 0; i < header.Count; i++)
        {
            var parts = Segments(header[i].Text);
            if (parts.Count == 0 || !IsName(parts[0]))
            {
                continue;
            }

            var name = AllCaps(parts[0]) ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(parts[0].ToLowerInvariant()) : parts[0];
            // "Jane Doe | Data Engineer" or the next line, "Senior Data Engineer".
            var label = parts.Skip(1).FirstOrDefault(IsLabel);
            if (label is null)
            {
                var next = header.Skip(i + 1).FirstOrDefault(l => l.Text.Length > 0);
                var nextParts = next is null ? [] : Segments(next.Text);
                label = nextParts.Count > 0 && IsLabel(nextParts[0]) ? nextParts[0] : null;
            }

            return (name, label);
        }

        return (null, null);
    }

    private static bool IsName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && text.Length <= 60
            && text.All(c => char.IsLetter(c) || c is ' ' or '.' or '-' or '\'' or '’')
            && words.All(w => char.IsUpper(w[0]))
            && ResumeHeadings.Match(text) is null && !IsPlace(text);
    }

    private static bool IsLabel(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 10 && text.Length <= 90 && !text.Any(char.IsDigit) && !text.Contains('@', StringComparison.Ordinal)
            && !Url().IsMatch(text) && !text.EndsWith('.') && ResumeHeadings.Match(text) is null && !IsPlace(text) && FieldLabel().Match(text).Length == 0;
    }

    private static bool AllCaps(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static List<string> Segments(string line)
    {
        var segments = new List<string>();
        foreach (var column in ResumeLines.SplitColumns(line))
        {
            foreach (var part in column.Split(['•', '·', '◦', '|', '–', '—', '⋅', '✉', '☎'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var clean = ResumeLines.Clean(part);
                if (clean.Length > 0)
                {
                    segments.Add(clean);
                }
            }
        }

        return segments;
    }

    private static string? PhoneIn(string text)
    {
        foreach (Match match in Phone().Matches(text))
        {
            var value = match.Value.Trim();
            var digits = value.Count(char.IsAsciiDigit);
            // "2019 - 2021" has eight digits too; a number that is mostly a date range is not a phone number.
            var isDates = ResumeDates.Find(value) is { } range && range.Length >= value.Length - 2;
            if (digits is >= 7 and <= 15 && !isDates)
            {
                return ResumeLines.Clean(value);
            }
        }

        return null;
    }

    // Below the header only a labelled number counts ("Phone: ..."), or years and figures would pass for one.
    private static string? LabelledPhone(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var label = FieldLabel().Match(line.Trim());
            if (label.Length > 0 && label.Value.Trim().TrimEnd(':', '.').ToLowerInvariant() is "phone" or "tel" or "telephone" or "mobile" or "cell")
            {
                return PhoneIn(line.Trim()[label.Length..]);
            }
        }

        return null;
    }

    private static (string? Website, List<JsonNode> Profiles) Links(string headerText, string wholeText)
    {
        string? website = null;
        var profiles = new List<JsonNode>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in Url().Matches(headerText + "\n" + wholeText))
        {
            var url = match.Value.TrimEnd('.', ')', ']');
            var absolute = url.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? url : "https://" + url;
            if (!Uri.TryCreate(absolute, UriKind.Absolute, out var uri) || !seen.Add(uri.Host + uri.AbsolutePath.TrimEnd('/')))
            {
                continue;
            }

            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            var network = Networks.FirstOrDefault(n => host.Equals(n.Domain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + n.Domain, StringComparison.OrdinalIgnoreCase));
            if (network.Network is null)
            {
                website ??= absolute;
                continue;
            }

            var path = uri.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
            var username = path.Length switch
            {
                0 => null,
                _ when path[0] is "in" or "u" or "users" or "company" && path.Length > 1 => path[^1],
                _ => path[0].TrimStart('@'),
            };
            var profile = new JsonObject { ["network"] = network.Network };
            Set(profile, "username", username);
            profile["url"] = absolute;
            profiles.Add(profile);
        }

        return (website, profiles);
    }

    private static JsonObject? LocationIn(IReadOnlyList<ResumeLine> header)
    {
        foreach (var line in header)
        {
            var labelled = FieldLabel().Match(line.Text);
            var text = labelled.Length > 0 && labelled.Value.Trim().TrimEnd(':', '.').ToLowerInvariant() is "address" or "location" or "based in"
                ? line.Text[labelled.Length..]
                : line.Text;
            foreach (var segment in Segments(text).Prepend(text))
            {
                if (segment.Contains('@', StringComparison.Ordinal) || Url().IsMatch(segment) || segment.Count(char.IsAsciiDigit) > 5)
                {
                    continue;
                }

                if (Place(segment) is { } place)
                {
                    return place.ToJson();
                }
            }
        }

        return null;
    }

    private static bool IsPlace(string text) => ResumePlaces.Read(text) is not null;

    private static ResumePlace? Place(string text) => ResumePlaces.Read(text);

    private static void Set(JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            target[name] = value;
        }
    }
}
