namespace OpenTalent.Text.Tokens;

public enum TokenKind
{
    Word,
    Number,
    Symbol,
}

/// <summary>A token: a range of the input, [Start, Start + Length).</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> In(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}

/// <summary>
/// Splits text into words, numbers and single symbols, keeping the characters that belong to technical
/// names inside a word: "C++", "C#", ".NET", "Node.js", "ASP.NET", "3.5". Hyphens, slashes and apostrophes
/// separate words ("full-stack" → full, stack; "CI/CD" → CI, CD), so labels and texts split the same way.
/// Allocation-free: tokens are ranges of the input.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<Token>(text.Length / 5 + 1);
        Tokenize(text, tokens);
        return tokens;
    }

    public static void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || (c == '.' && StartsDotWord(text, i)))
            {
                var start = i;
                var allDigits = true;
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if (d == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i++;
                    }
                    else if (d is '+' or '#' && EndsTechnicalName(text, start, i))
                    {
                        while (i < text.Length && text[i] is '+' or '#')
                        {
                            i++;
                        }

                        break;
                    }
                    else
                    {
                        break;
                    }
                }

                for (var k = start; k < i && allDigits; k++)
                {
                    allDigits = char.IsDigit(text[k]) || text[k] is '.';
                }

                tokens.Add(new Token(start, i - start, allDigits ? TokenKind.Number : TokenKind.Word));
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                // Surrogate pairs (emoji) stay one symbol, so a span never splits a character.
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(i, length, TokenKind.Symbol));
                i += length;
            }
        }
    }

    // ".NET" starts a word; a full stop after a word does not.
    private static bool StartsDotWord(ReadOnlySpan<char> text, int index) =>
        index + 1 < text.Length && char.IsLetter(text[index + 1]) && (index == 0 || !char.IsLetterOrDigit(text[index - 1]));

    // "C++", "C#", "F#", "Notepad++": short names that start with a letter; "5+ years" stays a number and a symbol.
    private static bool EndsTechnicalName(ReadOnlySpan<char> text, int start, int index) =>
        char.IsLetter(text[start]) && index - start <= 10 && (index + 1 >= text.Length || !char.IsLetterOrDigit(text[index + 1]) || text[index] == '+');
}
