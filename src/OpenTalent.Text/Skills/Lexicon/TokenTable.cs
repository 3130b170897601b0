using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>How a token looks, for the rules that care about case and punctuation.</summary>
[Flags]
internal enum TokenShape : byte
{
    None = 0,
    Word = 1,
    Number = 2,
    Capitalized = 4,
    AllUpper = 8,

    /// <summary>A hyphen, slash or apostrophe inside a name ("full-stack", "CI/CD"): walked over, not a break.</summary>
    Joiner = 16,

    /// <summary>Full stop, question or exclamation mark, semicolon, bullet: ends a sentence.</summary>
    SentenceEnd = 32,

    /// <summary>The first token on its line.</summary>
    LineStart = 64,
}

/// <summary>One chunk of text as tokens with their term ids, shapes and sentence numbers, reused chunk after chunk.</summary>
internal sealed class TokenTable
{
    private readonly List<Token> _tokens = new(4096);

    public int Count => _tokens.Count;

    public Token[] Tokens { get; private set; } = new Token[4096];

    public int[] Terms { get; private set; } = new int[4096];

    public TokenShape[] Shapes { get; private set; } = new TokenShape[4096];

    /// <summary>The sentence each token belongs to; a new one starts after sentence-ending punctuation and at each line.</summary>
    public int[] Sentences { get; private set; } = new int[4096];

    /// <summary>The symbol's character, for symbol tokens; '\0' for words and numbers.</summary>
    public char[] Symbols { get; private set; } = new char[4096];

    public void Load(string text, int start, int length, TermSpellings vocabulary)
    {
        _tokens.Clear();
        var chunk = text.AsSpan(start, length);
        Tokenizer.Tokenize(chunk, _tokens);
        Ensure(_tokens.Count);
        var sentence = 0;
        var previousEnd = 0;
        for (var i = 0; i < _tokens.Count; i++)
        {
            var local = _tokens[i];
            var token = new Token(local.Start + start, local.Length, local.Kind);
            var surface = chunk.Slice(local.Start, local.Length);
            var lineStart = i == 0 || chunk[previousEnd..local.Start].Contains('\n');
            if (lineStart && i > 0 && (Shapes[i - 1] & TokenShape.SentenceEnd) == 0)
            {
                sentence++;
            }

            Tokens[i] = token;
            Sentences[i] = sentence;
            Symbols[i] = local.Kind == TokenKind.Symbol ? surface[0] : '\0';
            Terms[i] = local.Kind == TokenKind.Symbol ? SymbolTerm(surface[0], vocabulary) : vocabulary.Lookup(surface);
            var shape = ShapeOf(surface, local.Kind);
            if (lineStart)
            {
                shape |= TokenShape.LineStart;
            }

            Shapes[i] = shape;
            if ((shape & TokenShape.SentenceEnd) != 0)
            {
                sentence++;
            }

            previousEnd = local.Start + local.Length;
        }
    }

    private static int SymbolTerm(char symbol, TermSpellings vocabulary) => symbol == '&' ? vocabulary.Lookup("and") : TermSpellings.Unknown;

    private static TokenShape ShapeOf(ReadOnlySpan<char> surface, TokenKind kind)
    {
        if (kind == TokenKind.Symbol)
        {
            return surface[0] switch
            {
                '-' or '/' or '\'' or '\u2019' => TokenShape.Joiner,
                '.' or '!' or '?' or ';' or '\u2022' or '\u00b7' or '|' => TokenShape.SentenceEnd,
                _ => TokenShape.None,
            };
        }

        var shape = kind == TokenKind.Number ? TokenShape.Number : TokenShape.Word;
        if (char.IsUpper(surface[0]))
        {
            shape |= TokenShape.Capitalized;
            var allUpper = true;
            foreach (var c in surface)
            {
                allUpper &= !char.IsLower(c);
            }

            if (allUpper)
            {
                shape |= TokenShape.AllUpper;
            }
        }

        return shape;
    }

    private void Ensure(int count)
    {
        if (count <= Tokens.Length)
        {
            return;
        }

        var size = Math.Max(count, Tokens.Length * 2);
        Tokens = new Token[size];
        Terms = new int[size];
        Shapes = new TokenShape[size];
        Sentences = new int[size];
        Symbols = new char[size];
    }
}
