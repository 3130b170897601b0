using System.Globalization;

namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>A stated number of years in a text: where it is, and whether it looks ahead ("5 years of Java") or back ("Java (5 years)").</summary>
internal readonly record struct YearsMention(int Position, int Sentence, double Years, bool LooksAhead);

/// <summary>
/// Reads years of experience: "5+ years of Python", "3-5 years experience with Java", "at least two years of SQL",
/// "two (2) years", "Python: 3 yrs". A range gives its lower bound.
/// </summary>
internal static class YearsRules
{
    private const int LookAheadReach = 15;
    private const int LookBackReach = 4;

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWordLookup = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(string text, TokenTable table, CueWords cues, List<YearsMention> mentions)
    {
        mentions.Clear();
        for (var i = 1; i < table.Count; i++)
        {
            if (!cues.Is(table.Terms[i], Cue.Year) || NumberBefore(text, table, i) is not { } years)
            {
                continue;
            }

            var next = i + 1;
            if (next < table.Count && table.Symbols[next] is '\'' or '\u2019')
            {
                next++;
            }

            var looksAhead = next < table.Count && table.Symbols[next] == '\0' && table.Sentences[next] == table.Sentences[i];
            mentions.Add(new YearsMention(i, table.Sentences[i], years, looksAhead));
        }
    }

    /// <summary>The years that apply to a match: a mention right after it, else the nearest one before it that looks ahead.</summary>
    public static double? For(List<YearsMention> mentions, TokenTable table, int start, int end)
    {
        if (mentions.Count == 0)
        {
            return null;
        }

        var sentence = table.Sentences[start];
        var index = FirstAtOrAfter(mentions, end);
        for (var k = index; k < mentions.Count && mentions[k].Position - end <= LookBackReach + 2; k++)
        {
            if (!mentions[k].LooksAhead && mentions[k].Sentence == sentence)
            {
                return mentions[k].Years;
            }
        }

        for (var k = index - 1; k >= 0 && start - mentions[k].Position <= LookAheadReach; k--)
        {
            if (mentions[k].Position < start && mentions[k].LooksAhead && mentions[k].Sentence == sentence)
            {
                return mentions[k].Years;
            }
        }

        return null;
    }

    private static int FirstAtOrAfter(List<YearsMention> mentions, int position)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (mentions[mid].Position < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static double? NumberBefore(string text, TokenTable table, int yearToken)
    {
        var k = yearToken - 1;
        if (k >= 0 && table.Symbols[k] is '-')
        {
            k--; // "5-year experience"
        }

        if (k >= 0 && table.Symbols[k] is '+')
        {
            k--;
        }
        else if (k >= 2 && IsWord(text, table, k, "more") && IsWord(text, table, k - 1, "or"))
        {
            k -= 2; // "3 or more years"
        }

        // "two (2) years": the figure in brackets repeats the word before it.
        if (k >= 2 && table.Symbols[k] == ')' && table.Symbols[k - 2] == '(')
        {
            k -= 3;
        }

        if (k < 0 || NumberAt(text, table, k) is not { } value)
        {
            return null;
        }

        // "3-5 years", "3 to 5 years", "3 or more years" keep the lower bound.
        if (k >= 2 && (table.Symbols[k - 1] is '-' or '\u2013' || IsWord(text, table, k - 1, "to")) && NumberAt(text, table, k - 2) is { } lower && lower < value)
        {
            value = lower;
        }

        return value is > 0 and <= 50 ? value : null;
    }

    private static double? NumberAt(string text, TokenTable table, int k)
    {
        if (table.Symbols[k] != '\0')
        {
            return null;
        }

        var token = table.Tokens[k];
        var surface = text.AsSpan(token.Start, token.Length);
        if ((table.Shapes[k] & TokenShape.Number) != 0)
        {
            return double.TryParse(surface, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
        }

        return NumberWordLookup.TryGetValue(surface, out var word) ? word : null;
    }

    private static bool IsWord(string text, TokenTable table, int k, string word)
    {
        var token = table.Tokens[k];
        return text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
