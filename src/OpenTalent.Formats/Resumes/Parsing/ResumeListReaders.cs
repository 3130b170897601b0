using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenTalent.Formats.Matching;

namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>Skills, certificates and languages: lists of short items, one per line or separated by commas.</summary>
internal static partial class ResumeListReaders
{
    [GeneratedRegex(@"\s*\((?<level>beginner|basic|elementary|intermediate|advanced|expert|proficient|fluent|native|conversational|professional|working|limited|bilingual|mother tongue|[ABC][12])\)\s*$|\s*[-–:]\s*(?<level>beginner|basic|elementary|intermediate|advanced|expert|proficient|fluent|native|conversational|professional|bilingual|[ABC][12])\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Level();

    [GeneratedRegex(@"\s*(?:,\s*)?(?:issued\s+)?by\s+(?<issuer>[^,;()]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Issuer();

    /// <summary>
    /// Each listed item read as a skill of the taxonomy and written under its canonical label ("k8s" → "Kubernetes").
    /// Items the taxonomy does not know are kept as written and reported, since the person named them.
    /// </summary>
    public static JsonArray Skills(IReadOnlyList<ResumeLine> lines, SkillEvidenceReader skills, List<ResumeParseWarning> warnings)
    {
        var result = new JsonArray();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Where(l => l.Text.Length > 0))
        {
            var text = line.Text;
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            // "Languages: Python, Go": the group name is not a skill.
            if (colon > 0 && colon < 40 && text[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4)
            {
                text = text[(colon + 1)..];
            }

            foreach (var raw in SplitItems(text))
            {
                var item = raw;
                string? level = null;
                if (Level().Match(item) is { Success: true } found)
                {
                    level = found.Groups["level"].Value;
                    item = item[..found.Index].Trim();
                }

                if (item.Length == 0)
                {
                    continue;
                }

                if (item.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 5)
                {
                    // A sentence in the list: take the skills it names outright.
                    foreach (var (id, label, mention) in skills.FromText(item))
                    {
                        if (mention.Explicit && seen.Add(id))
                        {
                            result.Add(Skill(label, null));
                        }
                    }

                    continue;
                }

                if (skills.FromName(item) is { } known)
                {
                    if (seen.Add(known.SkillId))
                    {
                        result.Add(Skill(known.Label, level));
                    }
                }
                else if (seen.Add("text:" + item))
                {
                    warnings.Add(new ResumeParseWarning($"skills[{result.Count}].name", $"'{item}' is not a skill the taxonomy knows; kept as written"));
                    result.Add(Skill(item, level));
                }
            }
        }

        return result;
    }

    /// <summary>Skills a resume without a skills section names outright elsewhere (roles, projects, summary).</summary>
    public static JsonArray SkillsNamedIn(string text, SkillEvidenceReader skills)
    {
        var result = new JsonArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, label, mention) in skills.FromText(text))
        {
            if (mention.Explicit && seen.Add(id))
            {
                result.Add(Skill(label, null));
            }
        }

        return result;
    }

    public static JsonArray Certificates(IReadOnlyList<ResumeLine> lines)
    {
        var result = new JsonArray();
        foreach (var line in lines.Where(l => l.Text.Length > 0))
        {
            var text = line.Text;
            var certificate = new JsonObject();
            if (ResumeDates.Find(text) is { } dates)
            {
                certificate["date"] = (dates.End ?? dates.Start).Iso;
                text = ResumeDates.Without(text, dates);
            }

            var columns = ResumeLines.SplitColumns(text);
            var name = columns.Count > 0 ? columns[0] : "";
            string? issuer = columns.Count > 1 ? columns[1] : null;
            if (issuer is null && Issuer().Match(name) is { Success: true } by)
            {
                issuer = ResumeLines.Clean(by.Groups["issuer"].Value);
                name = ResumeLines.Clean(name[..by.Index]);
            }

            if (name.Length == 0)
            {
                continue;
            }

            var item = new JsonObject { ["name"] = name };
            if (certificate["date"] is { } date)
            {
                item["date"] = date.DeepClone();
            }

            if (!string.IsNullOrWhiteSpace(issuer))
            {
                item["issuer"] = issuer;
            }

            result.Add(item);
        }

        return result;
    }

    public static JsonArray Languages(IReadOnlyList<ResumeLine> lines)
    {
        var result = new JsonArray();
        foreach (var line in lines.Where(l => l.Text.Length > 0))
        {
            foreach (var raw in SplitItems(line.Text))
            {
                var item = raw;
                string? fluency = null;
                if (Level().Match(item) is { Success: true } found)
                {
                    fluency = found.Groups["level"].Value;
                    item = item[..found.Index].Trim();
                }

                if (item.Length is 0 or > 40 || item.Any(char.IsDigit))
                {
                    continue;
                }

                var language = new JsonObject { ["language"] = item };
                if (fluency is not null)
                {
                    language["fluency"] = fluency;
                }

                result.Add(language);
            }
        }

        return result;
    }

    private static JsonObject Skill(string name, string? level)
    {
        var skill = new JsonObject { ["name"] = name };
        if (level is not null)
        {
            skill["level"] = level;
        }

        return skill;
    }

    // Commas, semicolons, bullets and pipes separate items; slashes do not ("CI/CD", "TCP/IP"), nor commas in brackets.
    private static IEnumerable<string> SplitItems(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ',';
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if ((depth <= 0 && c is ',' or ';' or '•' or '·' or '|' or '◦' or '▪') || (i < text.Length && c == '\t') || i == text.Length)
            {
                var item = ResumeLines.Clean(text[start..Math.Min(i, text.Length)]);
                if (item.Length > 0)
                {
                    yield return item;
                }

                start = i + 1;
            }
        }
    }
}
