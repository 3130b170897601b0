using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Titles;

/// <summary>One content word of a title, after abbreviations are expanded.</summary>
/// <param name="Word">Folded, not stemmed.</param>
/// <param name="Main">True in the title's main part; false in brackets or after a separator ("- Payments").</param>
internal readonly record struct TitleWord(string Word, bool Main, bool Head);

/// <summary>
/// Reads a title the same way for taxonomy labels and for queries: splits it into its main part and
/// qualifiers (brackets, " - ", ",", "|"), expands abbreviations, drops seniority words and, for queries,
/// job-board noise (gender markers, work mode, numbers, codes), and marks the head noun
/// ("engineer" in "software engineer for payments", "head" in "head of marketing").
/// </summary>
internal static class TitleAnalyzer
{
    /// <summary>Titles are short; anything longer is cut so a 50 MB line costs no more than a long title.</summary>
    public const int MaxQueryLength = 256;

    private readonly record struct RawWord(string Word, int Segment, bool Connector, bool Seniority, bool WeakSeniority, bool RankHead = false);

    public static List<TitleWord> Analyze(ReadOnlySpan<char> title, bool query)
    {
        if (query && title.Length > MaxQueryLength)
        {
            title = title[..MaxQueryLength];
        }

        var raw = ReadWords(title, query);
        if (query)
        {
            MarkRankHeads(raw);
        }

        return Select(raw);
    }

    private static List<RawWord> ReadWords(ReadOnlySpan<char> title, bool query)
    {
        var tokens = Tokenizer.Tokenize(title);
        var words = new List<RawWord>(tokens.Count + 4);
        var segment = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var text = token.In(title);
            if (token.Kind == TokenKind.Symbol)
            {
                if (SeparatesSegments(title, token))
                {
                    segment++;
                }

                continue;
            }

            if (token.Kind == TokenKind.Number)
            {
                continue;
            }

            var folded = Terms.Fold(text);
            if (query && (IsNoise(folded) || IsWorkingTime(title, tokens, i)))
            {
                continue;
            }

            if (TitleLexicon.PlaceConnectors.Contains(folded))
            {
                // "Engineer at Acme": what follows is the employer or the place.
                segment++;
                continue;
            }

            if (TitleLexicon.CapitalAbbreviations.TryGetValue(text.ToString(), out var capital) || TitleLexicon.Abbreviations.TryGetValue(folded, out capital))
            {
                foreach (var part in capital)
                {
                    words.Add(Classify(part, segment));
                }
            }
            else
            {
                words.Add(Classify(folded, segment));
            }
        }

        return words;
    }

    // Job-board convention (Commonwealth and Asian boards): "Marketing Executive", "HR Executive" name a
    // professional of that function, not a company executive; after a function word the noun only says rank.
    private static void MarkRankHeads(List<RawWord> raw)
    {
        for (var i = 1; i < raw.Count; i++)
        {
            var previous = raw[i - 1];
            if (TitleLexicon.RankHeads.Contains(raw[i].Word) && previous.Segment == raw[i].Segment && !previous.Connector
                && !TitleLexicon.RankHeadOwners.Contains(previous.Word))
            {
                raw[i] = raw[i] with { RankHead = true, Seniority = true };
            }
        }
    }

    private static RawWord Classify(string word, int segment) => new(
        word,
        segment,
        TitleLexicon.Connectors.Contains(word),
        TitleLexicon.SeniorityModifiers.Contains(word),
        TitleLexicon.WeakSeniorityModifiers.Contains(word));

    /// <summary>"full-time", "part time": either word of the pair (alone, "part" and "full" name work: "parts clerk", "full stack").</summary>
    internal static bool IsWorkingTime(ReadOnlySpan<char> title, List<Token> tokens, int index)
    {
        var word = tokens[index].In(title);
        if (word.Equals("time", StringComparison.OrdinalIgnoreCase))
        {
            var previous = PreviousWord(title, tokens, index);
            return previous.Equals("full", StringComparison.OrdinalIgnoreCase) || previous.Equals("part", StringComparison.OrdinalIgnoreCase);
        }

        if (word.Equals("full", StringComparison.OrdinalIgnoreCase) || word.Equals("part", StringComparison.OrdinalIgnoreCase))
        {
            var next = index + 1;
            while (next < tokens.Count && tokens[next].Kind == TokenKind.Symbol && title[tokens[next].Start] == '-')
            {
                next++;
            }

            return next < tokens.Count && tokens[next].In(title).Equals("time", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    private static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> title, List<Token> tokens, int index)
    {
        var previous = index - 1;
        while (previous >= 0 && tokens[previous].Kind == TokenKind.Symbol && title[tokens[previous].Start] == '-')
        {
            previous--;
        }

        return previous >= 0 ? tokens[previous].In(title) : [];
    }

    internal static bool IsNoise(string folded)
    {
        if (folded.Length == 1)
        {
            // Gender markers (m/f/d) and stray letters; single letters never identify an occupation.
            return true;
        }

        if (TitleLexicon.NoiseWords.Contains(folded))
        {
            return true;
        }

        // Job codes and references: letters mixed with digits ("req12345", "rm1000").
        foreach (var c in folded)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool SeparatesSegments(ReadOnlySpan<char> title, Token token)
    {
        var c = title[token.Start];
        switch (c)
        {
            case '(' or ')' or '[' or ']' or '{' or '}' or '|' or ',' or ':' or ';' or '–' or '—' or '•' or '·' or '@' or '!' or '*':
                return true;
            case '-':
                // "full-stack" joins; "Engineer - Payments" separates.
                var spaceBefore = token.Start == 0 || char.IsWhiteSpace(title[token.Start - 1]);
                var spaceAfter = token.End >= title.Length || char.IsWhiteSpace(title[token.End]);
                return spaceBefore || spaceAfter;
            default:
                return false;
        }
    }

    private static List<TitleWord> Select(List<RawWord> raw)
    {
        var result = new List<TitleWord>(raw.Count);
        if (raw.Count == 0)
        {
            return result;
        }

        var main = MainSegment(raw);
        var headIndex = HeadIndex(raw, main);
        var promoted = PromotedSegment(raw, main);
        for (var i = 0; i < raw.Count; i++)
        {
            var word = raw[i];
            if (word.Connector || Dropped(raw, i))
            {
                continue;
            }

            result.Add(new TitleWord(word.Word, word.Segment == main || word.Segment == promoted, i == headIndex));
        }

        if (promoted >= 0)
        {
            // "Executive - Human Resources" reads as "Human Resources Executive": the qualifier first, then the head.
            var head = result.FindIndex(w => w.Head);
            if (head >= 0)
            {
                var word = result[head];
                result.RemoveAt(head);
                var last = result.FindLastIndex(w => w.Main);
                result.Insert(last + 1, word);
            }
        }

        return result;
    }

    // A main part that is a lone role noun ("Executive, Human Resources", "Engineer (Process)") is named by
    // the qualifier that follows it: that segment counts as main too.
    private static int PromotedSegment(List<RawWord> raw, int main)
    {
        var mainWords = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            if (raw[i].Segment == main && !raw[i].Connector && !Dropped(raw, i))
            {
                mainWords++;
            }
        }

        if (mainWords != 1)
        {
            return -1;
        }

        for (var i = 0; i < raw.Count; i++)
        {
            if (raw[i].Segment > main && !raw[i].Connector && !Dropped(raw, i))
            {
                return raw[i].Segment;
            }
        }

        return -1;
    }

    // The first segment with a word that names work, so "(Remote) - Nurse" still finds "nurse".
    private static int MainSegment(List<RawWord> raw)
    {
        foreach (var word in raw)
        {
            if (!word.Connector && !word.Seniority)
            {
                return word.Segment;
            }
        }

        return raw[0].Segment;
    }

    private static int HeadIndex(List<RawWord> raw, int main)
    {
        // The head is the last content word before the first connector ("manager" in "manager of sales"),
        // or the last content word of the main segment.
        var lastContent = -1;
        for (var i = 0; i < raw.Count; i++)
        {
            var word = raw[i];
            if (word.Segment != main)
            {
                if (lastContent >= 0)
                {
                    break;
                }

                continue;
            }

            if (word.Connector)
            {
                if (lastContent >= 0 && word.Word is "of" or "for" or "in" or "at" or "with" or "on" or "to")
                {
                    break;
                }

                continue;
            }

            if (!Dropped(raw, i))
            {
                lastContent = i;
            }
        }

        return lastContent;
    }

    // Seniority words go when the segment has another word; the weak ones ("lead", "principal") only before another word.
    private static bool Dropped(List<RawWord> raw, int index)
    {
        var word = raw[index];
        if (!word.Seniority && !word.WeakSeniority)
        {
            return false;
        }

        for (var i = 0; i < raw.Count; i++)
        {
            var other = raw[i];
            if (i == index || other.Segment != word.Segment || other.Connector || other.Seniority || other.WeakSeniority)
            {
                continue;
            }

            if (word.Seniority || i > index)
            {
                return true;
            }
        }

        return false;
    }
}
