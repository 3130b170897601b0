namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>
/// Whether the clause around a match rules the skill out: a negator shortly before it ("no Java experience
/// needed", "without SQL", "does not require Go") or a negated requirement after it ("Java not required").
/// The scope ends at commas, sentence ends and contrastive words ("but", "however").
/// </summary>
internal static class NegationRules
{
    private const int WindowBefore = 5;
    private const int WindowAfter = 6;

    public static bool IsNegated(TokenTable table, CueWords cues, int start, int end)
    {
        var sentence = table.Sentences[start];
        for (var i = start - 1; i >= 0 && i >= start - WindowBefore; i--)
        {
            if (EndsScope(table, cues, i, sentence))
            {
                break;
            }

            if (IsNegator(table, cues, i))
            {
                return true;
            }
        }

        var last = Math.Min(table.Count, end + WindowAfter);
        for (var i = end; i < last; i++)
        {
            if (EndsScope(table, cues, i, sentence))
            {
                break;
            }

            if (IsNegator(table, cues, i) && PredicateFollows(table, cues, i, sentence))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsScope(TokenTable table, CueWords cues, int i, int sentence) =>
        table.Sentences[i] != sentence || table.Symbols[i] is ',' || cues.Is(table.Terms[i], Cue.ClauseBreak);

    private static bool IsNegator(TokenTable table, CueWords cues, int i)
    {
        if (!cues.Is(table.Terms[i], Cue.Negator))
        {
            return false;
        }

        // "don't", "isn't": the tokenizer leaves a lone "t" after the apostrophe; elsewhere "t" is no negator.
        var surface = table.Tokens[i];
        if (surface.Length == 1 && (i == 0 || table.Symbols[i - 1] is not ('\'' or '\u2019')))
        {
            return false;
        }

        // "not only", "no less than", "no later than", "No. 5".
        if (i + 1 < table.Count && (cues.Is(table.Terms[i + 1], Cue.NegationException) || table.Symbols[i + 1] == '.'))
        {
            return false;
        }

        return true;
    }

    private static bool PredicateFollows(TokenTable table, CueWords cues, int negator, int sentence)
    {
        var last = Math.Min(table.Count, negator + 4);
        for (var i = negator; i < last && table.Sentences[i] == sentence; i++)
        {
            if (cues.Is(table.Terms[i], Cue.NegatingPredicate))
            {
                return true;
            }
        }

        return false;
    }
}
