using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>
/// Work, education and project entries to JSON Resume objects. What an entry does not say stays out and is reported
/// at its field path; nothing is filled in by guessing.
/// </summary>
internal static partial class ResumeEntryReaders
{
    [GeneratedRegex(
        @"^(?<type>high\s+school(?:\s+diploma)?|GED|associate(?:'s)?(?:\s+(?:degree|of\s+(?:arts|science|applied\s+science)))?|A\.?A\.?S?\.?|bachelor(?:'s)?(?:\s+(?:degree|of\s+(?:science|arts|engineering|applied\s+science|fine\s+arts|business\s+administration|technology|laws|commerce)))?|B\.?\s?Sc?\.?|B\.?A\.?|B\.?Eng\.?|B\.?Tech\.?|B\.?Com\.?|master(?:'s)?(?:\s+(?:degree|of\s+(?:science|arts|engineering|fine\s+arts|technology|laws|public\s+health|commerce)))?|M\.?\s?Sc?\.?|M\.?A\.?|M\.?Eng\.?|M\.?Tech\.?|LL\.?M\.?|MBA|Master\s+of\s+Business\s+Administration|Ph\.?\s?D\.?|doctor(?:ate|\s+of\s+philosophy)?|D\.?Phil\.?|M\.?D\.?|J\.?D\.?|diploma|certificate|postgraduate\s+diploma)(?![\w])(?:\s+degree)?(?:\s*(?:,|in|of|-|–|:)\s*|\s+)?(?<area>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Degree();

    [GeneratedRegex(@"^(?:technologies|tech(?:\s+stack)?|stack|tools|built\s+with|skills)\s*:\s*(?<list>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeywordLine();

    /// <summary>"Technologies: React, Firebase": the tools of one entry, not its heading.</summary>
    public static bool IsKeywordLine(string text) => KeywordLine().IsMatch(text);

    public static JsonArray Work(IReadOnlyList<ResumeEntry> entries, Func<string, double> titleScore, List<ResumeParseWarning> warnings)
    {
        var work = new JsonArray();
        foreach (var entry in entries)
        {
            var path = $"work[{work.Count}]";
            var parts = entry.HeaderParts().ToList();
            var location = TakePlace(parts);
            var position = Take(parts, ResumeFragments.HasRoleWord) ?? (parts.Count > 1 && !ResumeFragments.HasCompanyWord(parts[0]) ? TakeBestTitle(parts, titleScore) : null);
            var company = Take(parts, ResumeFragments.HasCompanyWord) ?? (parts.Count > 0 ? Pop(parts, 0) : null);
            if (position is null && parts.Count > 0)
            {
                position = Pop(parts, 0);
            }

            if (position is null && company is null && !entry.HasBody)
            {
                continue;
            }

            var item = new JsonObject();
            Set(item, "name", company);
            Set(item, "position", position);
            Set(item, "location", location?.Text);
            AddDates(item, entry.Dates, path, warnings, singleIsEnd: false);
            Set(item, "summary", entry.Paragraphs.Count > 0 ? string.Join(" ", entry.Paragraphs) : null);
            item["highlights"] = new JsonArray([.. entry.Highlights.Select(h => (JsonNode)h)]);
            Missing(item, "name", path, "no employer found in this entry", warnings);
            Missing(item, "position", path, "no job title found in this entry", warnings);
            work.Add(item);
        }

        return work;
    }

    public static JsonArray Education(IReadOnlyList<ResumeEntry> entries, List<ResumeParseWarning> warnings)
    {
        var education = new JsonArray();
        foreach (var entry in entries)
        {
            var path = $"education[{education.Count}]";
            var parts = entry.HeaderParts().Concat(entry.Highlights.Take(1)).ToList();
            TakePlace(parts);
            var institution = Take(parts, ResumeFragments.HasInstitutionWord);
            string? studyType = null;
            string? area = null;
            for (var i = 0; i < parts.Count && studyType is null; i++)
            {
                if (Degree().Match(parts[i]) is { Success: true } degree)
                {
                    studyType = StudyType(degree.Groups["type"].Value);
                    area = ResumeLines.Clean(degree.Groups["area"].Value) is { Length: > 0 } named && !named.Any(char.IsDigit) ? named : null;
                    parts.RemoveAt(i);
                    // "BSc, Computer Science" split at the comma: the subject is the next part.
                    if (area is null && i < parts.Count && !ResumeFragments.HasInstitutionWord(parts[i]) && !parts[i].Any(char.IsDigit))
                    {
                        area = Pop(parts, i);
                    }
                }
            }

            institution ??= parts.Count > 0 && studyType is not null ? Pop(parts, 0) : null;
            if (institution is null && studyType is null)
            {
                continue;
            }

            var item = new JsonObject();
            Set(item, "institution", institution);
            Set(item, "area", area);
            Set(item, "studyType", studyType);
            AddDates(item, entry.Dates, path, warnings, singleIsEnd: true);
            Missing(item, "institution", path, "no school or university found in this entry", warnings);
            Missing(item, "studyType", path, "no degree found in this entry", warnings);
            education.Add(item);
        }

        return education;
    }

    public static JsonArray Projects(IReadOnlyList<ResumeEntry> entries, List<ResumeParseWarning> warnings)
    {
        var projects = new JsonArray();
        foreach (var entry in entries)
        {
            var path = $"projects[{projects.Count}]";
            var parts = entry.HeaderParts().ToList();
            var keywords = new List<string>();
            var highlights = new List<string>();
            foreach (var line in entry.Highlights.Concat(entry.Paragraphs))
            {
                if (KeywordLine().Match(line) is { Success: true } list)
                {
                    keywords.AddRange(list.Groups["list"].Value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
                else if (entry.Highlights.Contains(line))
                {
                    highlights.Add(line);
                }
            }

            if (parts.Count == 0 && !entry.HasBody)
            {
                continue;
            }

            var item = new JsonObject();
            Set(item, "name", parts.Count > 0 ? parts[0] : null);
            var description = string.Join(" ", entry.Paragraphs.Where(p => !KeywordLine().IsMatch(p)).Concat(parts.Skip(1)));
            Set(item, "description", description);
            item["highlights"] = new JsonArray([.. highlights.Select(h => (JsonNode)h)]);
            if (keywords.Count > 0)
            {
                item["keywords"] = new JsonArray([.. keywords.Select(k => (JsonNode)k)]);
            }

            AddDates(item, entry.Dates, path, warnings, singleIsEnd: false, warnMissing: false);
            Missing(item, "name", path, "no project name found in this entry", warnings);
            projects.Add(item);
        }

        return projects;
    }

    private static void AddDates(JsonObject item, ResumeDateRange? dates, string path, List<ResumeParseWarning> warnings, bool singleIsEnd, bool warnMissing = true)
    {
        if (dates is null)
        {
            if (warnMissing)
            {
                warnings.Add(new ResumeParseWarning($"{path}.startDate", "no dates found in this entry"));
            }

            return;
        }

        if (dates.End is null && !dates.Ongoing)
        {
            item[singleIsEnd ? "endDate" : "startDate"] = dates.Start.Iso;
            if (!singleIsEnd)
            {
                warnings.Add(new ResumeParseWarning($"{path}.endDate", $"only one date ({dates.Start.Iso}) found; it was taken as the start"));
            }

            return;
        }

        item["startDate"] = dates.Start.Iso;
        if (dates.End is { } end)
        {
            if (end.SortKey < dates.Start.SortKey)
            {
                warnings.Add(new ResumeParseWarning($"{path}.endDate", $"the end {end.Iso} is before the start {dates.Start.Iso}; the end was left out"));
                return;
            }

            item["endDate"] = end.Iso;
        }
    }

    private static string StudyType(string degree)
    {
        var key = new string(degree.Where(char.IsLetter).ToArray()).ToLowerInvariant();
        return key switch
        {
            _ when key.StartsWith("highschool", StringComparison.Ordinal) || key == "ged" => "High School",
            _ when key.StartsWith("associate", StringComparison.Ordinal) || key is "aa" or "aas" => "Associate",
            _ when key.StartsWith("bachelor", StringComparison.Ordinal) || key is "bs" or "bsc" or "ba" or "beng" or "btech" or "bcom" => "Bachelor",
            _ when key is "mba" || key.Contains("businessadministration", StringComparison.Ordinal) && key.StartsWith("master", StringComparison.Ordinal) => "MBA",
            _ when key.StartsWith("master", StringComparison.Ordinal) || key is "ms" or "msc" or "ma" or "meng" or "mtech" or "llm" => "Master",
            _ when key is "phd" or "dphil" || key.StartsWith("doctor", StringComparison.Ordinal) => "PhD",
            "md" => "MD",
            "jd" => "JD",
            _ when key.Contains("diploma", StringComparison.Ordinal) => "Diploma",
            _ => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(degree.Trim().ToLowerInvariant()),
        };
    }

    private static ResumePlace? TakePlace(List<string> parts)
    {
        // "San Francisco, CA" was split at its comma: try each neighbouring pair before single parts.
        for (var i = 0; i + 1 < parts.Count; i++)
        {
            if (ResumePlaces.Read(parts[i] + ", " + parts[i + 1]) is { } pair && !ResumeFragments.HasRoleWord(parts[i]) && !ResumeFragments.HasCompanyWord(parts[i]))
            {
                parts.RemoveRange(i, 2);
                return pair;
            }
        }

        for (var i = parts.Count - 1; i >= 0; i--)
        {
            if (parts.Count > 1 && !ResumeFragments.HasRoleWord(parts[i]) && !ResumeFragments.HasInstitutionWord(parts[i]) && ResumePlaces.Read(parts[i]) is { } place)
            {
                parts.RemoveAt(i);
                return place;
            }
        }

        return null;
    }

    private static string? Take(List<string> parts, Func<string, bool> test)
    {
        var index = parts.FindIndex(p => test(p));
        return index < 0 ? null : Pop(parts, index);
    }

    private static string? TakeBestTitle(List<string> parts, Func<string, double> titleScore)
    {
        var best = -1;
        var bestScore = 0.0;
        for (var i = 0; i < parts.Count; i++)
        {
            var score = titleScore(parts[i]);
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best < 0 ? null : Pop(parts, best);
    }

    private static string Pop(List<string> parts, int index)
    {
        var part = parts[index];
        parts.RemoveAt(index);
        return part;
    }

    private static void Set(JsonObject item, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            item[name] = value;
        }
    }

    private static void Missing(JsonObject item, string name, string path, string message, List<ResumeParseWarning> warnings)
    {
        if (item[name] is null)
        {
            warnings.Add(new ResumeParseWarning($"{path}.{name}", message));
        }
    }
}
