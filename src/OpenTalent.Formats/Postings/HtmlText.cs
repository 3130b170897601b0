using System.Net;
using System.Text;

namespace OpenTalent.Formats.Postings;

/// <summary>
/// Turns the HTML that job boards put in descriptions into plain text in one linear pass. Tags are dropped; block
/// elements and <c>&lt;br&gt;</c> become line breaks (adjacent ones a single break); whitespace alone between tags
/// counts as a space, while line breaks inside text are kept, as many "HTML" descriptions are plain text. Script and
/// style contents and comments vanish, entities are decoded, runs of spaces collapse and at most one blank line is
/// kept. No regular expressions: a 4 MB description costs one walk over it. A '&lt;' that does not open a tag
/// (<c>a &lt; b</c>) stays as text.
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

    private static string StripTags(string html) => new TagStripper(html).Run();

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

    /// <summary>
    /// One pass over the markup. The position of the next '&gt;' is remembered, so text full of '&lt;' without a
    /// closing '&gt;' is not searched again for every one of them (which would be quadratic).
    /// </summary>
    private sealed class TagStripper(string html)
    {
        private readonly StringBuilder _output = new(html.Length);
        private int _nextClose = -1;
        private bool _breakPending;

        public string Run()
        {
            var at = 0;
            while (at < html.Length)
            {
                var open = html.IndexOf('<', at);
                var end = open < 0 ? html.Length : open;
                AppendText(at, end);
                if (open < 0)
                {
                    break;
                }

                at = SkipMarkup(open);
            }

            return _output.ToString();
        }

        private void AppendText(int from, int to)
        {
            if (to <= from)
            {
                return;
            }

            // Whitespace alone between tags is the markup's layout, not the text's: its line breaks are not kept.
            if (!html.AsSpan(from, to - from).ContainsAnyExcept(" \t\r\n"))
            {
                _output.Append(' ');
                return;
            }

            _output.Append(html, from, to - from);
            _breakPending = false;
        }

        /// <summary>Handles the markup starting at the '&lt;' at <paramref name="open"/>; returns where text resumes.</summary>
        private int SkipMarkup(int open)
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
            var close = opensTag ? NextClose(nameStart) : -1;
            if (close < 0)
            {
                _output.Append('<');
                _breakPending = false;
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
                return SkipElementContent(name, close);
            }

            if (!BlockTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                _output.Append(' ');
            }
            else if (!_breakPending)
            {
                // Adjacent block tags (</li><li>, </p><div>) make one line break, not a blank line per tag.
                _output.Append('\n');
                _breakPending = true;
            }

            return close + 1;
        }

        private int NextClose(int from)
        {
            if (_nextClose == int.MaxValue || (_nextClose >= from))
            {
                return _nextClose == int.MaxValue ? -1 : _nextClose;
            }

            var found = html.IndexOf('>', from);
            _nextClose = found < 0 ? int.MaxValue : found;
            return found;
        }

        private int SkipElementContent(ReadOnlySpan<char> name, int close)
        {
            _output.Append(' ');
            var end = html.IndexOf(string.Concat("</", name), close + 1, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
            {
                return html.Length;
            }

            var endClose = html.IndexOf('>', end);
            return endClose < 0 ? html.Length : endClose + 1;
        }
    }
}
