namespace OpenTalent.Web.Pages;

/// <summary>A piece of text to show, marked when it is one of the searched terms.</summary>
public readonly record struct TextPiece(string Text, bool Marked);

/// <summary>
/// Splits plain text into pieces so a page can wrap the searched terms in <c>&lt;mark&gt;</c> while every piece is
/// still HTML-encoded by Razor: the text itself never becomes markup.
/// </summary>
public static class Highlighter
{
    /// <param name="terms">Longest first, so "machine learning" wins over "machine" where both occur.</param>
    public static IReadOnlyList<TextPiece> Pieces(string text, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var pieces = new List<TextPiece>();
        var plainFrom = 0;
        var at = 0;
        while (at < text.Length)
        {
            var length = WordStart(text, at) ? MatchAt(text, at, terms) : 0;
            if (length == 0)
            {
                at++;
                continue;
            }

            if (at > plainFrom)
            {
                pieces.Add(new TextPiece(text[plainFrom..at], false));
            }

            pieces.Add(new TextPiece(text.Substring(at, length), true));
            at += length;
            plainFrom = at;
        }

        if (plainFrom < text.Length)
        {
            pieces.Add(new TextPiece(text[plainFrom..], false));
        }

        return pieces;
    }

    private static bool WordStart(string text, int at) => char.IsLetterOrDigit(text[at]) && (at == 0 || !char.IsLetterOrDigit(text[at - 1]));

    private static int MatchAt(string text, int at, IReadOnlyList<string> terms)
    {
        foreach (var term in terms)
        {
            if (term.Length > 0 && at + term.Length <= text.Length && string.Compare(text, at, term, 0, term.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                // A term marks whole words and their endings ("engineer" in "engineers"), never the middle of a word.
                var end = at + term.Length;
                while (end < text.Length && char.IsLetter(text[end]) && end - at < term.Length + 3)
                {
                    end++;
                }

                if (end == text.Length || !char.IsLetter(text[end]))
                {
                    return end - at;
                }
            }
        }

        return 0;
    }
}
