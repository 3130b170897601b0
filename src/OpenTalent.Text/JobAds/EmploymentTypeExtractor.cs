using System.Text.RegularExpressions;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Text.JobAds;

/// <summary>
/// Full-time, part-time, contract and the rest. A labelled field ("Employment type: Contract") decides, then
/// the title line, then the body. Where several types appear the most specific wins ("Internship, full-time"
/// is an internship; "contract, full-time hours" a contract), because full-time often only describes the hours.
/// </summary>
internal static partial class EmploymentTypeExtractor
{
    [GeneratedRegex(
        @"(?im)^[ \t*•\-]*(?:employment|job|position|(?<contract>contract)|role|work|engagement|schedule)[ \t]*(?:type|status|basis|length|duration)?[ \t]*[:\-–|][ \t]*(?<v>[^\n]{1,60})")]
    private static partial Regex Field();

    // In running text only phrases that describe the role itself count: "mentor our interns" or "work with
    // contractors" says nothing about this job.
    [GeneratedRegex(
        @"\b(?:(?<volunteer>unpaid\s+volunteer|volunteer\s+(?:position|role|opportunity)|this\s+is\s+a\s+volunteer)" +
        @"|(?<apprentice>apprenticeships?|apprentice\s+(?:role|position|programme|program))" +
        @"|(?<intern>internships?|intern\s+(?:role|position|program|programme)|as\s+an?\s+intern|co-?op\s+(?:student|position|term|placement)|placement\s+year)" +
        @"|(?<freelance>freelance|as\s+a\s+freelancer|self-employed)" +
        @"|(?<temporary>(?:temporary|temp)\s+(?:role|position|job|assignment|basis|contract|cover|to\s+perm)|fixed[ -]term|seasonal\s+(?:role|position|job|work)|maternity\s+(?:cover|leave\s+cover))" +
        @"|(?<contract>contract(?:or)?\s+(?:role|position|job|basis|assignment|opportunity|engagement|length|duration|period|rate)|contract[ -]to[ -](?:hire|perm)|(?:independent|as\s+a)\s+contractor|1099|C2C|corp[ -]to[ -]corp|B2B\s+contract|W-?2\s+contract|on\s+a\s+contract)" +
        @"|(?<part>part[ -]?time)(?![ -](?:students?|MBA|study|degree)\b)" +
        @"|(?<full>full[ -]?time|permanent\s+(?:role|position|job|contract|employment|opportunity|basis))(?![ -](?:equivalent|students?|employees?\s+(?:are|receive|get)|MBA)\b))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Cue();

    // Matched backwards from "contract", so long digit runs cost nothing.
    [GeneratedRegex(@"(?<!\d)\d{1,3}[ -](?:month|week)s?\s{1,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContractLength();

    private static bool HasContractLength(string text)
    {
        foreach (var word in (ReadOnlySpan<string>)["contract", "engagement"])
        {
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var from = Math.Max(0, at - 16);
                if (ContractLength().IsMatch(text.AsSpan(from, at - from)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A labelled value or a title names the type in a word: "Contract", "Intern", "Temp", "Permanent".
    [GeneratedRegex(
        @"\b(?:(?<volunteer>volunteer)|(?<apprentice>apprentice(?:ship)?)|(?<intern>intern(?:ship)?|co-?op|trainee)|(?<freelance>freelance(?:r)?)|(?<contract>contract(?:or)?|contract[ -]to[ -]hire)|(?<temporary>temporary|temp|fixed[ -]term|seasonal|interim)|(?<part>part[ -]?time)|(?<full>full[ -]?time|permanent|regular))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Word();

    private static readonly (string Group, EmploymentType Type)[] BySpecificity =
    [
        ("volunteer", EmploymentType.Volunteer),
        ("apprentice", EmploymentType.Apprenticeship),
        ("intern", EmploymentType.Internship),
        ("freelance", EmploymentType.Freelance),
        ("temporary", EmploymentType.Temporary),
        ("contract", EmploymentType.Contract),
        ("part", EmploymentType.PartTime),
        ("full", EmploymentType.FullTime),
    ];

    public static EmploymentType Extract(string text, string? titleLine)
    {
        var field = Field().Match(text);
        while (field.Success)
        {
            var labelled = MostSpecific(field.Groups["v"].Value, bare: true);
            if (labelled != EmploymentType.Unspecified)
            {
                return labelled;
            }

            // "Contract: 3 months" names the type in its label.
            if (field.Groups["contract"].Success)
            {
                return EmploymentType.Contract;
            }

            field = field.NextMatch();
        }

        if (titleLine is not null && MostSpecific(titleLine, bare: true) is var fromTitle && fromTitle != EmploymentType.Unspecified)
        {
            return fromTitle;
        }

        // "a 6-month contract" starts with a digit, so it has a pattern of its own (kept out of the word
        // pattern, whose speed depends on starting at letters).
        var body = MostSpecific(text, bare: false);
        return Rank(EmploymentType.Contract) < Rank(body) && HasContractLength(text) ? EmploymentType.Contract : body;
    }

    private static EmploymentType MostSpecific(string text, bool bare)
    {
        var best = int.MaxValue;
        for (var match = (bare ? Word() : Cue()).Match(text); match.Success; match = match.NextMatch())
        {
            for (var i = 0; i < BySpecificity.Length && i < best; i++)
            {
                if (match.Groups[BySpecificity[i].Group].Success)
                {
                    best = i;
                    break;
                }
            }
        }

        return best == int.MaxValue ? EmploymentType.Unspecified : BySpecificity[best].Type;
    }

    private static int Rank(EmploymentType type)
    {
        for (var i = 0; i < BySpecificity.Length; i++)
        {
            if (BySpecificity[i].Type == type)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
