using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenTalent.Text.JobAds;

/// <summary>
/// The minimum years of experience asked for: "5+ years", "3-5 years of experience" (3), "at least two
/// years", "minimum of 7 years". Figures about the company ("founded 10 years ago", "over the past 20
/// years") or degrees ("4-year degree") are not requirements. Several requirements give the largest
/// minimum among the required ones, since the general requirement ("7+ years of engineering") usually
/// bounds the per-skill ones ("3+ years of Go").
/// </summary>
internal static partial class ExperienceExtractor
{
    private const string Count = @"(?:\d{1,2}(?:\.5)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)";

    [GeneratedRegex(
        @"\b(?<n>" + Count + @")\s*(?<plus>\+)?\s*(?:(?:-|–|to)\s*(?<hi>" + Count + @")\s*\+?\s*)?(?<unit>years?|yrs?)\b(?!\s*old)(?=(?<tail>[^\n.;]{0,70}))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Years();

    // Words that make "N years" a requirement: "of experience", "in a similar role", "building APIs",
    // "supporting executives" (a gerund right after the figure).
    [GeneratedRegex(@"\b(?:experience|exp|background|track\s+record|working|professional|hands-on|industry|in\s+(?:a|an|the)\s+(?:similar|related|\w+)|with|of\s+\w+)\b|^\s*(?:of\s+)?\p{L}+ing\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExperienceWord();

    // Words before a figure that make it about the company: "over the past 10 years", "founded 5 years ago".
    [GeneratedRegex(@"\b(?:past|last|founded|since|history|anniversary|company|we've|we\s+have|been\s+around)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotRequirementBefore();

    [GeneratedRegex(@"\b(?:ago|old|history|anniversary|warranty|vesting|cliff|we've|we\s+have|company)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotRequirementAfter();

    [GeneratedRegex(@"^[\s-]*(?:degree|college|university|program|programme|course|contract|plan|warranty|old)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotRequirementTail();

    // Read backwards from the figure, so the main pattern can start at the number itself.
    [GeneratedRegex(@"\b(?:at\s+least|(?:a\s+)?minimum(?:\s+of)?|min\.?|over|more\s+than|no\s+less\s+than)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex AtLeast();

    [GeneratedRegex(@"\b(?:preferred|a\s+plus|is\s+a\s+bonus|nice[ -]to[ -]have|desir(?:ed|able)|ideally|advantageous)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreferredCue();

    public static double? Extract(string text, SectionMap sections)
    {
        double? required = null;
        double? preferred = null;
        for (var match = Years().Match(text); match.Success; match = match.NextMatch())
        {
            if (Read(text, match) is not { } years)
            {
                continue;
            }

            var tail = match.Groups["tail"].Value;
            if (PreferredCue().IsMatch(tail) || sections.IsPreferred(match.Index))
            {
                preferred = preferred is null ? years : Math.Min(preferred.Value, years);
            }
            else
            {
                required = required is null ? years : Math.Max(required.Value, years);
            }
        }

        return required ?? preferred;
    }

    private static double? Read(string text, Match match)
    {
        // "1.5.2 years" or "$5 years" is no count.
        if (match.Index > 0 && text[match.Index - 1] is '.' or '$' or '£' or '€' or ',')
        {
            return null;
        }

        if (!TryCount(match.Groups["n"].Value, out var years) || years > Core.Understanding.JobAdFacts.MaxYearsExperience)
        {
            return null;
        }

        var tail = match.Groups["tail"].Value;
        var before = text.AsSpan(Math.Max(0, match.Index - 40), Math.Min(40, match.Index));
        // Only the sentence the figure sits in speaks about it.
        var clauseStart = before.LastIndexOfAny(ClauseBreaks);
        if (clauseStart >= 0)
        {
            before = before[(clauseStart + 1)..];
        }

        if (NotRequirementTail().IsMatch(tail) || NotRequirementBefore().IsMatch(before) || (NotRequirementAfter().IsMatch(FirstWords(tail)) && !ExperienceWord().IsMatch(FirstWords(tail))))
        {
            return null;
        }

        // "5+ years", "3-5 years" and "at least 2 years" read as requirements on their own; a bare
        // "10 years" needs the word experience (or a like word) next to it.
        var strong = match.Groups["plus"].Success || match.Groups["hi"].Success || AtLeast().IsMatch(before);
        var experienceNear = ExperienceWord().IsMatch(FirstWords(tail)) || before.Contains("experience", StringComparison.OrdinalIgnoreCase);
        if (!strong && !experienceNear)
        {
            return null;
        }

        if (match.Groups["hi"].Success && TryCount(match.Groups["hi"].Value, out var high) && high < years)
        {
            return null;
        }

        return years;
    }

    private static readonly char[] ClauseBreaks = ['\n', '.', ';', '•', ','];

    // The words right after "years", up to the end of the clause: "years in operations, and a degree…"
    // is about operations, not the degree.
    private static string FirstWords(string tail)
    {
        var cut = tail.IndexOfAny(ClauseBreaks);
        var clause = cut < 0 ? tail : tail[..cut];
        return clause.Length <= 40 ? clause : clause[..40];
    }

    private static bool TryCount(string value, out double count)
    {
        count = value.ToLowerInvariant() switch
        {
            "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "fifteen" => 15,
            "twenty" => 20,
            _ => double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1,
        };

        return count >= 0;
    }
}
