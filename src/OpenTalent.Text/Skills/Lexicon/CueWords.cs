using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>What a word signals to the context rules.</summary>
[Flags]
internal enum Cue
{
    None = 0,
    Negator = 1 << 0,
    NegatingPredicate = 1 << 1,
    Required = 1 << 2,
    Preferred = 1 << 3,
    RequiredHeading = 1 << 4,
    PreferredHeading = 1 << 5,
    NeutralHeading = 1 << 6,
    TechContext = 1 << 7,
    VerbBefore = 1 << 8,
    VerbAfter = 1 << 9,
    NameBefore = 1 << 10,
    Year = 1 << 11,
    ClauseBreak = 1 << 12,
    NegationException = 1 << 13,
    NameAfter = 1 << 14,
}

/// <summary>
/// The small closed lists of English words the context rules look for, resolved to term ids once per lexicon
/// so that the hot path compares integers.
/// </summary>
internal sealed class CueWords
{
    private static readonly (Cue Cue, string[] Words)[] Lists =
    [
        (Cue.Negator, ["no", "not", "without", "never", "nor", "neither", "non", "t"]),
        (Cue.NegatingPredicate, ["unnecessary", "needed", "required", "necessary", "essential", "mandatory", "expected", "requirement", "must", "prerequisite"]),
        (Cue.NegationException, ["only", "just", "less", "limited", "least", "later", "problem", "matter", "doubt"]),
        (Cue.Required, ["must", "required", "require", "requires", "requirement", "requirements", "essential", "mandatory", "necessary", "minimum", "prerequisite"]),
        (Cue.Preferred, ["nice", "plus", "pluses", "prefer", "preferred", "preferably", "preference", "desirable", "desired", "ideally", "ideal", "bonus", "advantage", "advantageous", "beneficial", "optional", "asset"]),
        (Cue.RequiredHeading, ["requirements", "required", "requirement", "qualifications", "qualification", "must", "essential", "mandatory", "bring", "need", "expect", "looking", "minimum", "basic"]),
        (Cue.PreferredHeading, ["nice", "preferred", "bonus", "plus", "pluses", "desirable", "desired", "ideal", "ideally", "optional", "advantage", "extra", "additional"]),
        (Cue.NeutralHeading, ["responsibilities", "responsibility", "duties", "do", "offer", "benefits", "perks", "about", "company", "role", "description", "overview", "summary", "apply", "compensation", "salary", "we", "mission", "culture", "team", "location", "position", "tasks", "why"]),
        (Cue.TechContext, [
            "programming", "program", "language", "languages", "lang", "developer", "developers", "development", "engineer", "engineers", "code", "coding",
            "script", "scripting", "apache", "jobs", "cluster", "clusters", "streaming", "framework", "frameworks", "library", "libraries", "sdk", "api",
            "microsoft", "ms", "spreadsheet", "spreadsheets", "vba", "macros", "pivot", "formulas", "workbook", "studio", "golang", "rstudio", "cran",
            "tidyverse", "ggplot", "pyspark", "hadoop", "databricks", "ios", "xcode", "gems", "cargo", "compiler", "backend", "frontend", "software",
            "stack", "modules", "packages", "applications", "app", "apps", "pipelines", "dataframes", "routines", "goroutines", "concurrency", "web",
        ]),
        (Cue.VerbBefore, ["to", "will", "ll", "can", "could", "would", "should", "may", "might", "you", "we", "they", "i", "let", "who", "and", "s", "ready"]),
        (Cue.VerbAfter, ["at", "ahead", "beyond", "above", "through", "forward", "back", "out", "off", "away", "over", "into"]),
        (Cue.NameAfter, ["skills", "skill", "experience", "knowledge", "proficiency", "expertise", "expert", "user", "certification"]),
        (Cue.NameBefore, ["in", "with", "using", "of", "on", "and", "or"]),
        (Cue.Year, ["year", "years", "yr", "yrs"]),
        (Cue.ClauseBreak, ["but", "however", "although", "though", "whereas", "except", "yet"]),
    ];

    private readonly Cue[] _cues;

    public CueWords(TermSpellings vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _cues = new Cue[vocabulary.Count];
        foreach (var (cue, words) in Lists)
        {
            foreach (var word in words)
            {
                var id = vocabulary.FindTerm(Terms.Of(word));
                if (id >= 0)
                {
                    _cues[id] |= cue;
                }
            }
        }
    }

    /// <summary>Every cue word, so the builder gives each a term id.</summary>
    public static IEnumerable<string> AllWords
    {
        get
        {
            foreach (var (_, words) in Lists)
            {
                foreach (var word in words)
                {
                    yield return word;
                }
            }
        }
    }

    public Cue Of(int term) => term >= 0 && term < _cues.Length ? _cues[term] : Cue.None;

    public bool Is(int term, Cue cue) => (Of(term) & cue) != 0;
}
