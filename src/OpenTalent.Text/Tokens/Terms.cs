using System.Globalization;
using System.Text;

namespace OpenTalent.Text.Tokens;

/// <summary>
/// Turns a token into the term that lookups compare: lower case, accents folded, and light English
/// inflections removed ("databases" → "databas", "managing" → "manag", "analyses" → "analys").
/// Labels and texts pass through the same function, so the stems only need to be consistent, not words.
/// </summary>
public static class Terms
{
    /// <summary>Lower case and accents folded, no stemming: for case-sensitive decisions made elsewhere.</summary>
    public static string Fold(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length <= 128 ? stackalloc char[token.Length] : new char[token.Length];
        var ascii = true;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            ascii &= c < 128;
            buffer[i] = c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c + 32 : c) : char.ToLowerInvariant(c);
        }

        return ascii ? new string(buffer) : RemoveMarks(buffer);
    }

    /// <summary>The folded and stemmed term.</summary>
    public static string Of(ReadOnlySpan<char> token) => Stem(Fold(token));

    public static string Stem(string word)
    {
        // Technical names ("c++", "node.js", "3.5") and short words are left alone.
        if (word.Length <= 3 || !IsPlainWord(word))
        {
            return word;
        }

        var stem = StripPlural(word);
        if (stem.EndsWith("ing", StringComparison.Ordinal) && stem.Length > 5 && HasVowel(stem.AsSpan(0, stem.Length - 3)))
        {
            stem = Undouble(stem[..^3]);
        }
        else if (stem.EndsWith("ed", StringComparison.Ordinal) && stem.Length > 4 && HasVowel(stem.AsSpan(0, stem.Length - 2)) && !stem.EndsWith("eed", StringComparison.Ordinal))
        {
            stem = Undouble(stem[..^2]);
        }

        // A final silent "e" goes too, so "manage", "manages", "managed" and "managing" meet at "manag".
        return stem.Length > 4 && stem[^1] == 'e' && stem[^2] != 'e' ? stem[..^1] : stem;
    }

    private static string StripPlural(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            ? word[..^1]
            : word;
    }

    private static string Undouble(string stem)
    {
        // "running" → "run", "planned" → "plan"; a silent "e" is dropped on the other side too ("manage" → "manag").
        if (stem.Length >= 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z'))
        {
            return stem[..^1];
        }

        return stem;
    }

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");

    private static bool HasVowel(ReadOnlySpan<char> span) => span.IndexOfAny(Vowels) >= 0;

    private static bool IsPlainWord(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static string RemoveMarks(ReadOnlySpan<char> lowered)
    {
        var decomposed = lowered.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
