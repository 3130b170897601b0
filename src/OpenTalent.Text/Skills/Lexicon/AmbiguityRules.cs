namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>
/// Decides whether an ambiguous one-word label ("Go", "R", "Spark", "Excel") names the technology here: it must
/// look like a name (capitalised, or next to a word that only a technology takes) and sit in a technical context.
/// </summary>
internal static class AmbiguityRules
{
    // Technology names that are also English words or names but rare in the taxonomy's prose, so the data alone
    // does not flag them.
    private static readonly HashSet<string> KnownAmbiguous = new(StringComparer.Ordinal)
    {
        "go", "r", "c", "d", "swift", "rust", "spark", "excel", "express", "chef", "puppet", "ruby", "julia", "dart",
        "crystal", "pascal", "ada", "logo", "delphi", "salt", "elm", "ember", "meteor", "access", "word", "outlook",
        "teams", "project", "office", "slack", "box", "notes", "zoom", "shell", "unity", "make", "basic", "spring",
        "react", "node", "flask", "rails", "helm", "jest", "mocha", "gulp", "grunt", "hive", "pig", "storm", "beam",
        "flux", "sketch", "linear", "notion", "monday", "sage", "oracle",
    };

    public static bool IsKnownAmbiguous(string term) => KnownAmbiguous.Contains(term);

    private const int CueReach = 2;
    private const int TechReach = 5;

    /// <summary>Whether the ambiguous one-token match at <paramref name="index"/> names the technology.</summary>
    /// <param name="technical">Tokens covered by unambiguous technology matches.</param>
    public static bool Accept(TokenTable table, CueWords cues, ReadOnlySpan<bool> technical, int index)
    {
        var previous = index - 1;
        var next = index + 1;
        var sameSentenceBefore = previous >= 0 && table.Sentences[previous] == table.Sentences[index];
        var sameSentenceAfter = next < table.Count && table.Sentences[next] == table.Sentences[index];

        // "to go", "you will excel", "excel at", "go ahead": the word is a verb here.
        if ((sameSentenceBefore && cues.Is(table.Terms[previous], Cue.VerbBefore)) || (sameSentenceAfter && cues.Is(table.Terms[next], Cue.VerbAfter)))
        {
            return false;
        }

        var shape = table.Shapes[index];
        var capitalized = (shape & TokenShape.Capitalized) != 0;
        var oneLetter = table.Tokens[index].Length == 1;

        // "R&D", "C. Smith", "R's": a letter that is part of something else.
        if (oneLetter && ((sameSentenceAfter && table.Symbols[next] is '&' or '.' or '\'' or '\u2019') || (sameSentenceBefore && table.Symbols[previous] is '&' or '.')))
        {
            return false;
        }

        var cueNear = CueNear(table, cues, index);
        if (!capitalized)
        {
            // Lower case counts only when a technical word or another technology sits right beside it ("apache spark", "python, go").
            return !oneLetter && (AdjacentCue(table, cues, index) || ListNeighbour(table, technical, index));
        }

        var midSentence = sameSentenceBefore && (shape & TokenShape.LineStart) == 0;
        var afterPreposition = midSentence && cues.Is(table.Terms[previous], Cue.NameBefore) && table.Symbols[previous] == '\0';
        var beforeNoun = sameSentenceAfter && cues.Is(table.Terms[next], Cue.NameAfter);
        return cueNear || TechnologyNear(table, technical, index) || (midSentence && (afterPreposition || beforeNoun));
    }

    private static bool CueNear(TokenTable table, CueWords cues, int index)
    {
        var sentence = table.Sentences[index];
        var first = Math.Max(0, index - CueReach);
        var last = Math.Min(table.Count - 1, index + CueReach);
        for (var i = first; i <= last; i++)
        {
            if (i != index && table.Sentences[i] == sentence && cues.Is(table.Terms[i], Cue.TechContext))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AdjacentCue(TokenTable table, CueWords cues, int index) =>
        (index > 0 && table.Sentences[index - 1] == table.Sentences[index] && cues.Is(table.Terms[index - 1], Cue.TechContext))
        || (index + 1 < table.Count && table.Sentences[index + 1] == table.Sentences[index] && cues.Is(table.Terms[index + 1], Cue.TechContext));

    // Lists of technologies run over line breaks (one per bullet) but not over full stops.
    private static bool TechnologyNear(TokenTable table, ReadOnlySpan<bool> technical, int index)
    {
        for (var i = index - 1; i >= 0 && i >= index - TechReach && !EndsSentence(table, i); i--)
        {
            if (technical[i])
            {
                return true;
            }
        }

        for (var i = index + 1; i < table.Count && i <= index + TechReach && !EndsSentence(table, i); i++)
        {
            if (technical[i])
            {
                return true;
            }
        }

        return false;
    }

    // The nearest item before or after, across list separators (",", "/", "and", "or"), is a technology.
    private static bool ListNeighbour(TokenTable table, ReadOnlySpan<bool> technical, int index) =>
        ListNeighbourOnSide(table, technical, index, -1) || ListNeighbourOnSide(table, technical, index, 1);

    private static bool ListNeighbourOnSide(TokenTable table, ReadOnlySpan<bool> technical, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < table.Count && Math.Abs(i - index) <= 3; i += step)
        {
            if (technical[i])
            {
                return true;
            }

            if (table.Symbols[i] is not (',' or '/' or '(' or ')') && (table.Shapes[i] & TokenShape.Word) == 0)
            {
                return false;
            }

            if (table.Symbols[i] == '\0' && table.Tokens[i].Length > 3)
            {
                return false;
            }
        }

        return false;
    }

    private static bool EndsSentence(TokenTable table, int i) => (table.Shapes[i] & TokenShape.SentenceEnd) != 0;
}
