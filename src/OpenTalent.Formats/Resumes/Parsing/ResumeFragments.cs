using System.Text.RegularExpressions;

namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>
/// Tells the parts of an entry's heading apart by their words: a job title ("Senior Data Engineer"), an employer
/// ("Acme Corp"), a school ("University of Leeds"), or a place ("Berlin, Germany").
/// </summary>
internal static partial class ResumeFragments
{
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "engineer", "developer", "programmer", "architect", "scientist", "researcher", "analyst", "manager", "director", "lead", "head", "officer",
        "designer", "consultant", "specialist", "administrator", "technician", "intern", "internship", "assistant", "associate", "coordinator",
        "executive", "representative", "advocate", "evangelist", "ambassador", "writer", "editor", "recruiter", "partner", "nurse", "teacher",
        "professor", "lecturer", "instructor", "tutor", "accountant", "bookkeeper", "clerk", "cashier", "driver", "cook", "chef", "electrician",
        "plumber", "mechanic", "operator", "supervisor", "founder", "co-founder", "cofounder", "owner", "president", "vp", "cto", "ceo", "cfo", "coo",
        "staff", "member", "fellow", "postdoc", "student", "trainee", "apprentice", "contractor", "freelancer", "agent", "strategist", "marketer",
        "paralegal", "attorney", "lawyer", "physician", "therapist", "pharmacist", "auditor", "controller", "planner", "buyer", "producer", "owner",
        "sre", "devops", "swe", "sde", "qa", "tester", "support", "success", "sales", "salesperson", "associate", "generalist", "steward", "worker",
    };

    private static readonly HashSet<string> CompanyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "inc.", "llc", "ltd", "ltd.", "limited", "corp", "corp.", "corporation", "company", "co", "co.", "gmbh", "ag", "sa", "s.a.", "plc",
        "bv", "b.v.", "srl", "oy", "ab", "pty", "group", "holdings", "technologies", "technology", "labs", "lab", "systems", "solutions",
        "software", "studio", "studios", "partners", "consulting", "bank", "hospital", "clinic", "agency", "foundation", "ventures", "capital",
        "networks", "media", "health", "healthcare", "industries", "enterprises", "services", "ai", "analytics", "institute", "university", "college",
    };

    private static readonly HashSet<string> InstitutionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "university", "college", "school", "institute", "academy", "polytechnic", "universität", "universitat", "université", "universite",
        "universidad", "università", "hochschule", "conservatory", "seminary", "lyceum", "gymnasium", "ecole", "école", "iit", "mit", "eth", "epfl", "ucla", "nyu",
    };

    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "inc.", "llc", "ltd", "ltd.", "limited", "corp", "corp.", "co.", "gmbh", "ag", "sa", "s.a.", "plc", "bv", "b.v.", "srl", "oy", "ab", "pty ltd", "l.p.", "lp",
    };

    [GeneratedRegex(@"^(?<position>.+?)\s+(?:at|@)\s+(?<company>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositionAtCompany();

    [GeneratedRegex(@"\s+(?:[|–—]|-(?=\s))\s+|,\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    /// <summary>Splits a heading column; "Position at Company" becomes its two parts in that order.</summary>
    public static IEnumerable<string> Split(string column)
    {
        var parts = new List<string>();
        foreach (var piece in Separator().Split(column))
        {
            var clean = ResumeLines.Clean(piece);
            if (clean.Length == 0)
            {
                continue;
            }

            // "Acme, Inc." splits at the comma; the suffix belongs to the name before it.
            if (parts.Count > 0 && (CompanySuffixes.Contains(clean) || CompanySuffixes.Contains(clean.TrimEnd('.'))))
            {
                parts[^1] = parts[^1] + ", " + clean;
                continue;
            }

            var at = PositionAtCompany().Match(clean);
            if (at.Success && HasRoleWord(at.Groups["position"].Value))
            {
                parts.Add(ResumeLines.Clean(at.Groups["position"].Value));
                parts.Add(ResumeLines.Clean(at.Groups["company"].Value));
                continue;
            }

            parts.Add(clean);
        }

        return parts;
    }

    public static bool HasRoleWord(string text) => Words(text).Any(RoleWords.Contains);

    public static bool HasCompanyWord(string text) => Words(text).Any(CompanyWords.Contains) || CompanySuffixes.Any(s => text.EndsWith(" " + s, StringComparison.OrdinalIgnoreCase));

    public static bool HasInstitutionWord(string text) => Words(text).Any(InstitutionWords.Contains);

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', '(', ')', '/', '&'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ';', ':'));
}
