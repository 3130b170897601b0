using System.Globalization;
using System.Text;

namespace OpenTalent.Text;

/// <summary>
/// Folds a label or title to the form used for exact lookups: lower case, no diacritics,
/// every run of punctuation and white space one space. "Sr. Data-Scientist (Remote)" → "sr data scientist remote".
/// Characters that join words in technical names (+ # .) are kept inside a word, so "C++", "C#" and "Node.js" survive.
/// </summary>
public static class TextKey
{
    public static string Of(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || (IsWordJoiner(c) && builder.Length > 0 && !pendingSpace && JoinsWord(text, i)))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                AppendFolded(builder, c);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    private static bool IsWordJoiner(char c) => c is '+' or '#' or '.';

    // "C++" and "C#" end a word; "Node.js" and "ASP.NET" join two. A sentence's full stop does neither.
    private static bool JoinsWord(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        var next = index + 1 < text.Length ? text[index + 1] : ' ';
        return c == '.' ? char.IsLetterOrDigit(next) : !char.IsLetterOrDigit(next);
    }

    private static void AppendFolded(StringBuilder builder, char c)
    {
        if (c < 128)
        {
            builder.Append(char.ToLowerInvariant(c));
            return;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(part));
            }
        }
    }
}
