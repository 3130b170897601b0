using System.Text.RegularExpressions;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Text.JobAds;

/// <summary>
/// The education a posting asks for. Each degree mention is read with the cues of its own clause
/// ("required", "preferred", "or equivalent experience") and of the section it sits in ("Nice to have:").
/// The answer is the lowest level that is required, else the lowest that is preferred: "BS/MS" asks for a
/// bachelor's, "Bachelor's required, Master's preferred" too.
/// </summary>
internal static partial class EducationExtractor
{
    // Abbreviations that are also ordinary words ("MS Office", "BA" the role, "MA" the state) count only
    // next to another degree or the word degree: "BS/MS", "MS in Statistics", "BA degree".
    [GeneratedRegex(
        @"\b(?:(?<doctorate>Ph\.?\s?D\b\.?|doctorate\b|doctoral\s+degree\b|D\.?Phil\b)" +
        @"|(?<master>master'?s?\b(?:'|’s)?(?:\s+(?:degree|of\s+science|of\s+arts|of\s+engineering|in\b))|masters?\s+degree\b|M\.?Sc\b\.?|M\.S\.|MEng\b|M\.Eng\b\.?|M\.?Tech\b\.?|MBA\b|postgraduate\s+degree\b|graduate\s+degree\b|M\.?S\b(?=\s?/\s?Ph\.?D|\s+(?:in|degree)\b|\s+or\s+Ph)|MA\b(?=\s+(?:in|degree)\b))" +
        @"|(?<bachelor>bachelor'?s?\b(?:'|’s)?(?:\s+(?:degree|of\s+science|of\s+arts|of\s+engineering|in\b))?|B\.?Sc\b\.?|B\.S\.|B\.?Eng\b\.?|B\.?Tech\b\.?|(?:undergraduate|university|college|4[- ]year|four[- ]year)\s+degree\b|B\.?[SA]\b\.?(?=\s?/\s?M|\s+(?:in|degree)\b|\s+or\s+(?:M|equivalent|higher))|degree\s+in\b)" +
        @"|(?<associate>associate'?s?\b(?:'|’s)?\s+degree\b|A\.?A\.?S\.?\s+degree\b|two[- ]year\s+degree\b)" +
        @"|(?<vocational>vocational\s+(?:training|qualification|certificate|diploma|school)\b|trade\s+(?:school|qualification|certificate)\b|technical\s+(?:school|college)\b|NVQ\b|journeyman\b)" +
        @"|(?<highschool>high[ -]school\b|GED\b|secondary\s+(?:school|education)\b|A[ -]levels?\b|GCSEs?\b)" +
        @"|(?<none>no\s+(?:college\s+|university\s+|formal\s+)?(?:degree|diploma|formal\s+education)\s+(?:is\s+)?(?:required|needed|necessary)|degree\s+(?:is\s+)?not\s+(?:required|necessary|needed)|without\s+a\s+degree\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Degree();

    [GeneratedRegex(@"\b(?:preferred|preferably|a\s+plus|is\s+a\s+bonus|bonus\s+points?|nice[ -]to[ -]have|desir(?:ed|able)|ideally|advantageous|an?\s+advantage|beneficial|would\s+be\s+great)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreferredCue();

    [GeneratedRegex(@"\b(?:required|requires?|must|mandatory|essential|minimum|need|needed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequiredCue();

    [GeneratedRegex(@"\bor\s+(?:an?\s+)?(?:equivalent|comparable|relevant)\b(?:\s+(?:practical|professional|work|industry|combination\s+of\s+education\s+and)?\s*experience)?|\bequivalent\s+(?:practical\s+|work\s+|professional\s+)?experience\b|\bor\s+equivalent\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EquivalentCue();

    // "degree in Computer Science, Mathematics or a related field": the subject runs to "or related", a
    // clause break or another cue.
    [GeneratedRegex(@"^\s*(?:degree\s+)?(?:\([^)]{0,20}\)\s+)?(?:in|of)\s+(?!a\s+related|related|an?\s+relevant|relevant|equivalent|the\b|a\b)(?<f>[\p{L}][\p{L}\s,&/'’-]{1,80}?)(?=\s*(?:,?\s*or\s+(?:a\s+|an?other\s+)?(?:closely\s+)?(?:related|relevant|similar|equivalent)|,?\s+(?:is|are|required|preferred|desired|or\s+equivalent|from|with|and\s+\d|plus)\b|[.;:()\n]|$))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FieldAfter();

    private static readonly (string Group, EducationLevel Level)[] Levels =
    [
        ("none", EducationLevel.None),
        ("highschool", EducationLevel.HighSchool),
        ("vocational", EducationLevel.Vocational),
        ("associate", EducationLevel.Associate),
        ("bachelor", EducationLevel.Bachelor),
        ("master", EducationLevel.Master),
        ("doctorate", EducationLevel.Doctorate),
    ];

    public static EducationRequirement? Extract(string text, SectionMap sections)
    {
        EducationRequirement? bestRequired = null;
        EducationRequirement? bestPreferred = null;
        var groups = Groups(text);
        for (var g = 0; g < groups.Count; g++)
        {
            var (start, end, level) = groups[g];
            var clause = Clause(text, start, end);
            var before = text[Math.Max(clause.Start, g > 0 ? groups[g - 1].End : 0)..start];
            var after = text[end..Math.Max(end, Math.Min(clause.End, g + 1 < groups.Count ? groups[g + 1].Start : text.Length))];
            var preferred = level != EducationLevel.None && (PreferredCue().IsMatch(after) || (!RequiredCue().IsMatch(after) && (PreferredCue().IsMatch(before) || sections.IsPreferred(start))));
            var equivalent = EquivalentCue().IsMatch(after) || EquivalentCue().IsMatch(before);
            var field = level is EducationLevel.None or EducationLevel.HighSchool ? null : FieldOf(text[(end - EndingIn(text, end))..clause.End]);
            var requirement = new EducationRequirement(level, !preferred && !equivalent && level != EducationLevel.None, field, new TextSpan(start, end), equivalent);
            if (preferred)
            {
                bestPreferred = Lower(bestPreferred, requirement);
            }
            else
            {
                bestRequired = Lower(bestRequired, requirement);
            }
        }

        return bestRequired ?? bestPreferred;
    }

    // Degrees joined by "/", "or" or a comma ("BS/MS", "Bachelor's or Master's degree") share their cues and
    // their subject, and ask for the lowest of them.
    private static List<(int Start, int End, EducationLevel Level)> Groups(string text)
    {
        var groups = new List<(int Start, int End, EducationLevel Level)>();
        for (var match = Degree().Match(text); match.Success; match = match.NextMatch())
        {
            var level = LevelOf(match);
            var end = match.Index + match.Length;
            if (groups.Count > 0 && groups[^1] is var last && last.Level != EducationLevel.None && level != EducationLevel.None && IsOnlyJoiners(text.AsSpan(last.End, match.Index - last.End)))
            {
                groups[^1] = (last.Start, end, level < last.Level ? level : last.Level);
            }
            else
            {
                groups.Add((match.Index, end, level));
            }
        }

        return groups;
    }

    // A match that swallowed its "in" ("Bachelor's in", "degree in") gives it back to the subject pattern.
    private static int EndingIn(string text, int end) =>
        end >= 2 && text.AsSpan(end - 2, 2).Equals("in", StringComparison.OrdinalIgnoreCase) && (end < 3 || !char.IsLetter(text[end - 3])) ? 2 : 0;

    private static EducationRequirement Lower(EducationRequirement? current, EducationRequirement candidate)
    {
        if (current is null || candidate.Level < current.Level)
        {
            return candidate;
        }

        // Same level mentioned twice ("BS/MS in CS" then "Bachelor's"): keep whatever says more.
        return candidate.Level == current.Level && current.Field is null && candidate.Field is not null ? candidate : current;
    }

    private static EducationLevel LevelOf(Match match)
    {
        foreach (var (group, level) in Levels)
        {
            if (match.Groups[group].Success)
            {
                return level;
            }
        }

        return EducationLevel.None;
    }

    private static string? FieldOf(string after)
    {
        var match = FieldAfter().Match(after);
        if (!match.Success)
        {
            return null;
        }

        var field = match.Groups["f"].Value.Trim().TrimEnd(',', '/', '&', '-').Trim();
        if (field.EndsWith(" or", StringComparison.OrdinalIgnoreCase) || field.EndsWith(" and", StringComparison.OrdinalIgnoreCase))
        {
            field = field[..field.LastIndexOf(' ')].TrimEnd(',').Trim();
        }

        return field.Length >= 2 ? field : null;
    }

    private static bool IsOnlyJoiners(ReadOnlySpan<char> between)
    {
        var trimmed = between.Trim().Trim("/,()'’").Trim();
        return trimmed.IsEmpty || trimmed.Equals("or", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("and", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("or a", StringComparison.OrdinalIgnoreCase);
    }

    private static TextSpan Clause(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && start - from < 150 && !IsClauseBreak(text, from - 1))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && to - end < 150 && !IsClauseBreak(text, to))
        {
            to++;
        }

        return new TextSpan(from, to);
    }

    // A full stop ends a clause only before a space and a capital, so "Ph.D." and "B.S." do not.
    private static bool IsClauseBreak(string text, int i) => text[i] switch
    {
        '\n' or ';' or '•' => true,
        '.' => i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && (i < 2 || !char.IsUpper(text[i - 1]) || char.IsLetter(text[i - 2])),
        _ => false,
    };
}
