using System.Net;
using System.Text;

namespace OpenTalent.Formats.Postings;

/// <summary>
/// Turns the HTML that job boards put in descriptions into plain text in one linear pass: tags are dropped,
/// block elements and <c>&lt;br&gt;</c> become line breaks, script and style contents and comments vanish, entities
/// are decoded, runs of spaces collapse and at most one blank line is kept. No regular expressions, so a 4 MB
/// description costs one walk over it. A '&lt;' that does not open a tag (<c>a &lt; b</c>) stays as text.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    public static string ToPlainText(string html)
    {
        var text = html.Contains('<', StringComparison.Ordinal) ? StripTags(html) : html;
        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = WebUtility.HtmlDecode(text);
        }

        return NormalizeWhitespace(text);
    }

    private static string StripTags(string html)
    {
        var output = new StringBuilder(html.Length);
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            if (open < 0)
            {
                output.Append(html, at, html.Length - at);
                break;
            }

            output.Append(html, at, open - at);
            at = SkipMarkup(html, open, output);
        }

        return output.ToString();
    }

    /// <summary>Handles the markup starting at the '&lt;' at <paramref name="open"/>; returns where text resumes.</summary>
    private static int SkipMarkup(string html, int open, StringBuilder output)
    {
        if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
        {
            var endOfComment = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
            return endOfComment < 0 ? html.Length : endOfComment + 3;
        }

        var nameStart = open + 1;
        var closing = nameStart < html.Length && html[nameStart] == '/';
        if (closing)
        {
            nameStart++;
        }

        var opensTag = nameStart < html.Length && (char.IsAsciiLetter(html[nameStart]) || (!closing && html[nameStart] is '!' or '?'));
        var close = opensTag ? html.IndexOf('>', nameStart) : -1;
        if (close < 0)
        {
            output.Append('<');
            return open + 1;
        }

        var nameEnd = nameStart;
        while (nameEnd < close && char.IsAsciiLetterOrDigit(html[nameEnd]))
        {
            nameEnd++;
        }

        var name = html.AsSpan(nameStart, nameEnd - nameStart);
        if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
        {
            var end = html.IndexOf(string.Concat("</", name), close + 1, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
            {
                return html.Length;
            }

            var endClose = html.IndexOf('>', end);
            return endClose < 0 ? html.Length : endClose + 1;
        }

        var lookup = BlockTags.GetAlternateLookup<ReadOnlySpan<char>>();
        output.Append(lookup.Contains(name) ? '\n' : ' ');
        return close + 1;
    }

    private static string NormalizeWhitespace(string text)
    {
        var output = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingNewlines = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                pendingNewlines++;
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = true;
            }
            else
            {
                if (output.Length > 0)
                {
                    if (pendingNewlines > 0)
                    {
                        output.Append(pendingNewlines > 1 ? "\n\n" : "\n");
                    }
                    else if (pendingSpace)
                    {
                        output.Append(' ');
                    }
                }

                output.Append(c);
                pendingSpace = false;
                pendingNewlines = 0;
            }
        }

        return output.ToString();
    }
}
