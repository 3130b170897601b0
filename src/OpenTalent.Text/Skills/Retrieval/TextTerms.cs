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
    public static void Analyze(ReadOnlySpan<char> text, TermTable vocabulary, List<Token> scratch, List<TermOccurrence> output) =>
        Analyze(text, new SpellingCache(vocabulary), scratch, output);

    /// <summary>As <see cref="Analyze(ReadOnlySpan{char}, TermTable, List{Token}, List{TermOccurrence})"/>, through a cache of spellings seen before.</summary>
    internal static void Analyze(ReadOnlySpan<char> text, SpellingCache cache, List<Token> scratch, List<TermOccurrence> output)
    {
        scratch.Clear();
        Tokenizer.Tokenize(text, scratch);
        foreach (var token in scratch)
        {
            if (token.Kind == TokenKind.Word && cache.TermOf(token.In(text)) is var term and not SpellingCache.Skip)
            {
                output.Add(new TermOccurrence(term, token.Start, token.Length));
            }
        }
    }

    /// <summary>The term id of one word: -1 for a content word <paramref name="vocabulary"/> lacks, <see cref="SpellingCache.Skip"/> for a stop word or an overlong token.</summary>
    internal static int TermOf(ReadOnlySpan<char> word, TermTable vocabulary)
    {
        if (word.Length > 48)
        {
            return SpellingCache.Skip;
        }

        Span<char> buffer = stackalloc char[48];
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
            return SpellingCache.Skip;
        }

        if (!ascii && StopWords.Contains(Terms.Fold(word)))
        {
            return SpellingCache.Skip;
        }

        return vocabulary.Find(ascii && folded.Length <= 3 ? folded : Terms.Of(word).AsSpan());
    }

    private static string? Content(ReadOnlySpan<char> word)
    {
        var folded = Terms.Fold(word);
        return StopWords.Contains(folded) ? null : Terms.Stem(folded);
    }
}
