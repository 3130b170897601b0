using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>
/// How often each term appears in lower case in the snapshot's ordinary prose (task statements, occupation and
/// skill descriptions): a label that prose uses as a plain word ("plan", "express", "spark") is generic or ambiguous.
/// </summary>
internal sealed class ProseFrequency
{
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

    public int Documents { get; private set; }

    public static ProseFrequency Of(TaxonomySnapshot snapshot, TermSpellings vocabulary)
    {
        var frequency = new ProseFrequency();
        var tokens = new List<Token>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var occupation in snapshot.Occupations)
        {
            frequency.Count(occupation.Description, vocabulary, tokens, seen);
            foreach (var task in occupation.Tasks)
            {
                frequency.Count(task, vocabulary, tokens, seen);
            }
        }

        foreach (var skill in snapshot.Skills)
        {
            frequency.Count(skill.Description, vocabulary, tokens, seen);
        }

        return frequency;
    }

    /// <summary>In how many prose documents the term occurs written in lower case.</summary>
    public int DocumentsWith(string term) => _documentFrequency.GetValueOrDefault(term);

    private void Count(string? text, TermSpellings vocabulary, List<Token> tokens, HashSet<string> seen)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        Documents++;
        tokens.Clear();
        seen.Clear();
        Tokenizer.Tokenize(text, tokens);
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var surface = token.In(text);
            vocabulary.Learn(surface);
            if (!HasUpper(surface))
            {
                seen.Add(Terms.Of(surface));
            }
        }

        foreach (var term in seen)
        {
            _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        }
    }

    private static bool HasUpper(ReadOnlySpan<char> surface)
    {
        foreach (var c in surface)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
