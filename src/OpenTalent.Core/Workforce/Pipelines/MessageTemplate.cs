using System.Text;

namespace OpenTalent.Core.Workforce;

/// <summary>
/// A message with placeholders such as <c>{candidateName}</c>, checked when written: an unknown placeholder or an
/// unmatched brace is an error naming it and its position. <c>{{</c> and <c>}}</c> write literal braces.
/// </summary>
public sealed class MessageTemplate
{
    public const int MaxLength = 20_000;

    private readonly (string Text, string? Placeholder)[] parts;

    public MessageTemplate(string text)
    {
        Text = Guard.NotBlank(text, nameof(text), MaxLength);
        var found = new List<(string, string?)>();
        var unknown = new List<string>();
        var literal = new StringBuilder();
        for (var i = 0; i < Text.Length; i++)
        {
            var c = Text[i];
            if ((c == '{' || c == '}') && i + 1 < Text.Length && Text[i + 1] == c)
            {
                literal.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var end = Text.IndexOf('}', i + 1);
                if (end < 0)
                {
                    throw new ArgumentException($"The '{{' at character {i + 1} is never closed; write '{{{{' for a literal brace.", nameof(text));
                }

                var name = Text[(i + 1)..end].Trim();
                var known = KnownPlaceholders.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
                if (known is null)
                {
                    unknown.Add($"{{{name}}} at character {i + 1}");
                }

                found.Add((literal.ToString(), known ?? name));
                literal.Clear();
                i = end;
            }
            else if (c == '}')
            {
                throw new ArgumentException($"The '}}' at character {i + 1} closes nothing; write '}}}}' for a literal brace.", nameof(text));
            }
            else
            {
                literal.Append(c);
            }
        }

        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown placeholders: {string.Join(", ", unknown)}. Known: {string.Join(", ", KnownPlaceholders.Select(k => "{" + k + "}"))}.", nameof(text));
        }

        found.Add((literal.ToString(), null));
        parts = [.. found];
    }

    /// <summary>The placeholders a hiring message may use.</summary>
    public static IReadOnlyList<string> KnownPlaceholders { get; } =
        ["candidateName", "candidateFirstName", "jobTitle", "organisationName", "recruiterName", "stageName"];

    public string Text { get; }

    /// <summary>The placeholders this template uses, each once, in order of first use.</summary>
    public IReadOnlyList<string> Placeholders => [.. parts.Where(p => p.Placeholder is not null).Select(p => p.Placeholder!).Distinct()];

    /// <summary>Fills the placeholders; every one the template uses needs a value (names match case-insensitively).</summary>
    public string Render(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var lookup = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);
        var missing = Placeholders.Where(p => !lookup.ContainsKey(p)).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException($"No value for {string.Join(", ", missing.Select(m => "{" + m + "}"))}.", nameof(values));
        }

        var message = new StringBuilder(Text.Length + 64);
        foreach (var (text, placeholder) in parts)
        {
            message.Append(text);
            if (placeholder is not null)
            {
                message.Append(lookup[placeholder]);
            }
        }

        return message.ToString();
    }
}
