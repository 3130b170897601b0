using System.Text;
using OpenTalent.Text.Search;

namespace OpenTalent.Storage.Search;

/// <summary>What a result shows of why it matched: the skills the query named, and a passage around a query word.</summary>
internal static class HitText
{
    private const int SnippetLength = 180;

    public static IReadOnlyList<string> MatchedSkills(string skillsColumn, ISet<string> skillIds, IReadOnlyCollection<string> words)
    {
        var matched = new List<string>();
        foreach (var (id, label) in SkillColumn.Read(skillsColumn))
        {
            if (skillIds.Contains(id) || (words.Count > 0 && SearchText.Words(label).Any(words.Contains)))
            {
                matched.Add(label);
            }
        }

        return matched;
    }

    public static string? Snippet(string? description, IReadOnlyCollection<string> words)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return null;
        }

        var text = Collapse(description);
        var at = -1;
        foreach (var word in words)
        {
            var found = FindWord(text, word);
            if (found >= 0 && (at < 0 || found < at))
            {
                at = found;
            }
        }

        var start = at < 0 ? 0 : Math.Max(0, at - (SnippetLength / 3));
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < at ? space + 1 : start;
        }

        var end = Math.Min(text.Length, start + SnippetLength);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > start ? space : end;
        }

        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }

    private static int FindWord(string text, string word)
    {
        var from = 0;
        while (from < text.Length)
        {
            var found = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return -1;
            }

            if (found == 0 || !char.IsLetterOrDigit(text[found - 1]))
            {
                return found;
            }

            from = found + 1;
        }

        return -1;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, 20_000));
        var space = false;
        foreach (var c in text.Length > 20_000 ? text[..20_000] : text)
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

        return builder.ToString();
    }
}
