using System.Text;

namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>One line of a resume's text: trimmed, with its indentation and whether it was a bullet point.</summary>
internal sealed record ResumeLine(int Number, string Text, int Indent, bool IsBullet)
{
    /// <summary>The parts of a line laid out in columns (tabs, runs of spaces, pipes): "Engineer | Acme | 2020".</summary>
    public IReadOnlyList<string> Columns => ResumeLines.SplitColumns(Text);
}

/// <summary>Splits extracted text into clean lines: page breaks removed, bullets recognised and stripped.</summary>
internal static class ResumeLines
{
    private const string BulletMarks = "•◦●▪■□◆◇○►▸‣⁃∙·➢➤✓✔*-–—>";

    public static List<ResumeLine> Split(string text)
    {
        var lines = new List<ResumeLine>();
        var number = 0;
        foreach (var raw in text.ReplaceLineEndings("\n").Replace('\f', '\n').Replace('\v', '\n').Split('\n'))
        {
            number++;
            var expanded = raw.Replace('\u00A0', ' ').Replace('\u2007', ' ').Replace('\u202F', ' ').TrimEnd();
            var indent = 0;
            while (indent < expanded.Length && char.IsWhiteSpace(expanded[indent]))
            {
                indent++;
            }

            var content = expanded[indent..];
            if (content.Length == 0)
            {
                lines.Add(new ResumeLine(number, "", 0, false));
                continue;
            }

            var isBullet = IsBullet(content);
            if (isBullet)
            {
                content = StripBullet(content);
            }

            lines.Add(new ResumeLine(number, content, indent, isBullet));
        }

        return lines;
    }

    /// <summary>A bullet mark followed by a space ("• Led", "- Led", "o Led"); "-5%" or "->" are not bullets.</summary>
    public static bool IsBullet(string line) =>
        line.Length >= 2 && (BulletMarks.Contains(line[0], StringComparison.Ordinal) || line[0] is 'o' or '\uF0B7' or '\uF0A7')
        && char.IsWhiteSpace(line[1]) && line.AsSpan(2).Trim().Length > 0;

    public static string StripBullet(string line) => line[1..].Trim();

    /// <summary>Splits at tabs, runs of three or more spaces and pipes, the ways layouts separate columns.</summary>
    public static IReadOnlyList<string> SplitColumns(string text)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var spaces = 0;
            while (i + spaces < text.Length && text[i + spaces] == ' ')
            {
                spaces++;
            }

            if (c == '\t' || c == '|' || spaces >= 3)
            {
                Flush(parts, current);
                i += Math.Max(0, spaces - 1);
                continue;
            }

            current.Append(c);
        }

        Flush(parts, current);
        return parts;
    }

    /// <summary>Collapses white space and trims separators left at the ends after a part was cut out.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        var cleaned = builder.ToString().Trim(' ', ',', ';', '|', '-', '–', '—', ':', '·', '•', '/');
        var opens = cleaned.Count(c => c == '(');
        var closes = cleaned.Count(c => c == ')');
        if (opens == 1 && closes == 1 && cleaned.StartsWith('(') && cleaned.EndsWith(')'))
        {
            return Clean(cleaned[1..^1]);
        }

        // A cut may leave half a bracket behind: "Acme (" or ") Berlin".
        return opens > closes && cleaned.EndsWith('(') ? Clean(cleaned[..^1])
            : closes > opens && cleaned.StartsWith(')') ? Clean(cleaned[1..])
            : opens > closes && cleaned.StartsWith('(') ? Clean(cleaned[1..])
            : closes > opens && cleaned.EndsWith(')') ? Clean(cleaned[..^1])
            : cleaned;
    }

    private static void Flush(List<string> parts, StringBuilder current)
    {
        var part = Clean(current.ToString());
        if (part.Length > 0)
        {
            parts.Add(part);
        }

        current.Clear();
    }
}
