using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Skills.Retrieval;

/// <summary>A content word of a text: its term id (-1 when the vocabulary lacks it) and where it stands.</summary>
public readonly record struct TermOccurrence(int Term, int Start, int Length);

/// <summary>Turns text into content-word terms: tokenised, stop words and numbers dropped, folded and stemmed.</summary>
public static class TextTerms
{
    /// <summary>The stemmed content words of <paramref name="text"/>, as strings (for building).</summary>
    public static List<string> Strings(string text)
    {
        var result = new List<string>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Word && Content(token.In(text)) is { } term)
            {
                result.Add(term);
            }
        }

        return result;
    }

    /// <summary>Appends the content words of <paramref name="text"/> with their ids in <paramref name="vocabulary"/>.</summary>
    public static void Analyze(ReadOnlySpan<char> text, TermVocabulary vocabulary, List<Token> scratch, List<TermOccurrence> output)
    {
        scratch.Clear();
        Tokenizer.Tokenize(text, scratch);
        Span<char> buffer = stackalloc char[64];
        foreach (var token in scratch)
        {
            if (token.Kind != TokenKind.Word || token.Length > 48)
            {
                continue;
            }

            var word = token.In(text);
            var ascii = true;
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                ascii &= c < 128;
                buffer[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }

            var folded = buffer[..word.Length];
            if (ascii && StopWords.Contains(folded))
            {
                continue;
            }

            var term = ascii && folded.Length <= 3 ? folded : Terms.Of(word).AsSpan();
            if (!ascii && StopWords.Contains(Terms.Fold(word)))
            {
                continue;
            }

            output.Add(new TermOccurrence(vocabulary.Find(term), token.Start, token.Length));
        }
    }

    private static string? Content(ReadOnlySpan<char> word)
    {
        var folded = Terms.Fold(word);
        return StopWords.Contains(folded) ? null : Terms.Stem(folded);
    }
}
