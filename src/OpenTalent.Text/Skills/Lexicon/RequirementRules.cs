namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>
/// Whether a job ad requires a skill or only prefers it: a cue in the same sentence ("must", "required" against
/// "nice", "a plus", "preferably") decides, the nearest one winning; otherwise the section the match sits under
/// ("Requirements", "What you bring" against "Nice to have", "Bonus points"); otherwise nothing is said.
/// </summary>
internal sealed class RequirementRules(CueWords cues)
{
    private const int SentenceReach = 40;
    private const int MaxHeadingWords = 8;
    private const int MaxUnpunctuatedHeadingWords = 5;

    /// <summary>What the current section says; carried from chunk to chunk of one text.</summary>
    public bool? Section { get; private set; }

    /// <summary>Reads the line that starts at <paramref name="lineStart"/>; a heading changes <see cref="Section"/>.</summary>
    public void ReadLine(TokenTable table, int lineStart)
    {
        var words = 0;
        var end = lineStart;
        var colon = false;
        var sentenceEnd = false;
        var comma = false;
        var cue = Cue.None;
        while (end < table.Count && (end == lineStart || (table.Shapes[end] & TokenShape.LineStart) == 0))
        {
            var symbol = table.Symbols[end];
            if (symbol == '\0')
            {
                words++;
                cue |= cues.Of(table.Terms[end]);
            }
            else
            {
                colon |= symbol == ':';
                comma |= symbol == ',';
                sentenceEnd |= symbol is '.' or '!' or '?' && words > 0;
            }

            if (words > MaxHeadingWords)
            {
                return;
            }

            end++;
        }

        var heading = words > 0 && !comma && ((colon && table.Symbols[end - 1] == ':') || (!sentenceEnd && words <= MaxUnpunctuatedHeadingWords && (cue & (Cue.RequiredHeading | Cue.PreferredHeading | Cue.NeutralHeading)) != 0));
        if (!heading)
        {
            return;
        }

        Section = (cue & Cue.PreferredHeading) != 0 ? false : (cue & Cue.RequiredHeading) != 0 ? true : null;
    }

    /// <summary>Required (true), preferred (false) or unsaid (null) for a match at tokens [start, end).</summary>
    public bool? For(TokenTable table, int start, int end)
    {
        var sentence = table.Sentences[start];
        for (var distance = 1; distance <= SentenceReach; distance++)
        {
            var before = start - distance;
            var after = end - 1 + distance;
            var inBefore = before >= 0 && table.Sentences[before] == sentence;
            var inAfter = after < table.Count && table.Sentences[after] == sentence;
            if (!inBefore && !inAfter)
            {
                break;
            }

            var cue = (inBefore ? cues.Of(table.Terms[before]) : Cue.None) | (inAfter ? cues.Of(table.Terms[after]) : Cue.None);
            if ((cue & Cue.Preferred) != 0)
            {
                return false;
            }

            if ((cue & Cue.Required) != 0)
            {
                return true;
            }
        }

        return Section;
    }
}
