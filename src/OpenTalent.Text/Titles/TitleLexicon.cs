using System.Collections.Frozen;

namespace OpenTalent.Text.Titles;

/// <summary>
/// The small hand-written vocabulary of job-title conventions: abbreviations, words that only say how
/// senior a role is, and the words of job-board noise (work mode, contract type, hiring calls). General
/// knowledge of how titles are written, not tied to any taxonomy or evaluation set.
/// </summary>
internal static class TitleLexicon
{
    /// <summary>Folded abbreviation → the words it stands for, in title order.</summary>
    public static readonly FrozenDictionary<string, string[]> Abbreviations = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["sr"] = ["senior"], ["snr"] = ["senior"], ["jr"] = ["junior"], ["jnr"] = ["junior"],
        ["mgr"] = ["manager"], ["mngr"] = ["manager"], ["mgmt"] = ["management"],
        ["eng"] = ["engineer"], ["engr"] = ["engineer"], ["engg"] = ["engineering"],
        ["dev"] = ["developer"], ["devs"] = ["developer"],
        ["admin"] = ["administrator"], ["sysadmin"] = ["system", "administrator"],
        ["exec"] = ["executive"], ["asst"] = ["assistant"], ["assoc"] = ["associate"],
        ["coord"] = ["coordinator"], ["rep"] = ["representative"], ["reps"] = ["representative"],
        ["spec"] = ["specialist"], ["supv"] = ["supervisor"], ["supvr"] = ["supervisor"],
        ["tech"] = ["technician"], ["techs"] = ["technician"],
        ["ml"] = ["machine", "learning"], ["ai"] = ["artificial", "intelligence"], ["nlp"] = ["natural", "language", "processing"],
        ["qa"] = ["quality", "assurance"], ["qc"] = ["quality", "control"], ["hr"] = ["human", "resources"],
        ["pm"] = ["project", "manager"], ["ba"] = ["business", "analyst"], ["bd"] = ["business", "development"],
        ["bdm"] = ["business", "development", "manager"], ["bde"] = ["business", "development", "executive"],
        ["swe"] = ["software", "engineer"], ["sde"] = ["software", "development", "engineer"], ["sre"] = ["site", "reliability", "engineer"],
        ["ux"] = ["user", "experience"], ["ui"] = ["user", "interface"],
        ["ops"] = ["operations"], ["mktg"] = ["marketing"], ["mkt"] = ["marketing"], ["acct"] = ["accountant"],
        ["svc"] = ["service"], ["svcs"] = ["services"], ["cust"] = ["customer"], ["mfg"] = ["manufacturing"],
        ["maint"] = ["maintenance"], ["mech"] = ["mechanical"], ["elec"] = ["electrical"], ["dir"] = ["director"],
        ["vp"] = ["vice", "president"], ["svp"] = ["vice", "president"], ["evp"] = ["vice", "president"],
        ["ceo"] = ["chief", "executive", "officer"], ["cto"] = ["chief", "technology", "officer"], ["cfo"] = ["chief", "financial", "officer"],
        ["coo"] = ["chief", "operating", "officer"], ["cio"] = ["chief", "information", "officer"], ["cmo"] = ["chief", "marketing", "officer"],
        ["rn"] = ["registered", "nurse"], ["lpn"] = ["licensed", "practical", "nurse"], ["cna"] = ["nursing", "assistant"],
        ["gm"] = ["general", "manager"], ["sw"] = ["software"], ["hw"] = ["hardware"],
        ["frontend"] = ["front", "end"], ["backend"] = ["back", "end"], ["fullstack"] = ["full", "stack"],
        ["js"] = ["javascript"], ["dba"] = ["database", "administrator"], ["sys"] = ["system"], ["infra"] = ["infrastructure"],
        ["biz"] = ["business"], ["csr"] = ["customer", "service", "representative"], ["sdr"] = ["sales", "development", "representative"],
        ["pr"] = ["public", "relations"], ["hse"] = ["health", "safety"], ["ehs"] = ["health", "safety"],
        ["pa"] = ["personal", "assistant"], ["ea"] = ["executive", "assistant"], ["hgv"] = ["heavy", "goods", "vehicle"],
        ["cdl"] = ["truck"], ["ta"] = ["teaching", "assistant"], ["mts"] = ["technical", "staff"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Abbreviations that are common English words in lower case, so they expand only when written in capitals.</summary>
    public static readonly FrozenDictionary<string, string[]> CapitalAbbreviations = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["IT"] = ["information", "technology"], ["AM"] = ["assistant", "manager"], ["PR"] = ["public", "relations"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that only say how senior a role is: dropped before matching when the title has other words.</summary>
    public static readonly FrozenSet<string> SeniorityModifiers = FrozenSet.ToFrozenSet(
        ["senior", "junior", "mid", "entry", "level", "intern", "internship", "trainee", "graduate", "grad", "apprentice", "apprenticeship",
         "experienced", "intermediate", "ii", "iii", "iv"],
        StringComparer.Ordinal);

    /// <summary>Seniority words that are also the head of real titles ("school principal", "staff nurse", "team lead"): dropped only before another word.</summary>
    public static readonly FrozenSet<string> WeakSeniorityModifiers = FrozenSet.ToFrozenSet(
        ["lead", "principal", "staff", "distinguished"],
        StringComparer.Ordinal);

    /// <summary>Head nouns that, after a function word, only give a rank on job boards ("Marketing Executive").</summary>
    public static readonly FrozenSet<string> RankHeads = FrozenSet.ToFrozenSet(["executive", "exec"], StringComparer.Ordinal);

    /// <summary>Words before a rank head that make it a real role ("chief executive", "account executive").</summary>
    public static readonly FrozenSet<string> RankHeadOwners = FrozenSet.ToFrozenSet(["chief", "account", "accounts"], StringComparer.Ordinal);

    /// <summary>Job-board words that say nothing about the occupation: work mode, contract, hiring calls.</summary>
    public static readonly FrozenSet<string> NoiseWords = FrozenSet.ToFrozenSet(
        ["remote", "remotely", "hybrid", "onsite", "wfh", "homeoffice", "telecommute", "anywhere", "worldwide",
         "fulltime", "parttime", "ft", "pt", "temporary", "temp", "permanent", "perm", "freelance", "casual", "seasonal",
         "urgent", "urgently", "hiring", "immediate", "immediately", "start", "asap", "new", "needed", "wanted", "required", "vacancy",
         "vacancies", "opening", "openings", "opportunity", "position", "job", "jobs", "role", "apply", "now", "weekly",
         "monthly", "yearly", "hourly", "salary", "bonus", "benefits", "negotiable", "based", "location", "locations", "multiple", "various", "all", "genders",
         "gn", "mfd", "mwd", "fmd", "hf", "ref", "req", "id", "no", "usd", "eur", "gbp", "rm", "sgd", "inr", "k", "plus", "ote"],
        StringComparer.Ordinal);

    /// <summary>Letters of gender markers such as (m/f/d), (m/w/d), (h/f), (f/m/x).</summary>
    public static bool IsGenderLetter(ReadOnlySpan<char> folded) =>
        folded.Length == 1 && folded[0] is 'm' or 'f' or 'w' or 'd' or 'x' or 'h' or 'n' or 'i' or 'v';

    /// <summary>Words that join the head of a title to what it is about: "head of marketing", "nurse for pediatrics".</summary>
    public static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["of", "for", "in", "at", "with", "to", "on", "within", "from", "and", "the", "a", "an", "cum", "or", "by", "de", "und", "y", "et"],
        StringComparer.Ordinal);

    /// <summary>Connectors after which the rest of a title names a place or an employer, not the work.</summary>
    public static readonly FrozenSet<string> PlaceConnectors = FrozenSet.ToFrozenSet(["at", "@"], StringComparer.Ordinal);
}
