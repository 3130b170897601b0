using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Titles;

/// <summary>
/// Reads the part of a title that narrows the occupation: "Sr. ML Eng (LLMs) - remote" → "LLMs",
/// "Backend Engineer, Payments" → "Payments", "Nurse for Paediatrics" → "Paediatrics". Job-board noise
/// (work mode, gender markers, salary, job codes, seniority) is not a specialisation.
/// </summary>
public static class SpecialisationParser
{
    private readonly record struct Word(Token Token, string Folded, int Segment, bool Kept);

    public static string? Parse(string title) => Parse(title, knownTerm: null);

    /// <param name="knownTerm">
    /// When given, a qualifier counts only if one of its stemmed words is a known title term, so places and
    /// employers ("- Berlin", "(Acme Corp)") are not taken for specialisations.
    /// </param>
    internal static string? Parse(string title, Func<string, bool>? knownTerm)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var text = title.AsSpan(0, Math.Min(title.Length, TitleAnalyzer.MaxQueryLength));
        var words = ReadWords(text);
        var main = -1;
        foreach (var word in words)
        {
            if (word.Kept && !TitleLexicon.Connectors.Contains(word.Folded))
            {
                main = word.Segment;
                break;
            }
        }

        if (main < 0)
        {
            return null;
        }

        var parts = new List<string>(2);
        AddPart(parts, text, ComplementOfMain(words, main), knownTerm);
        var segment = new List<Word>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Segment <= main)
            {
                continue;
            }

            segment.Add(words[i]);
            if (i + 1 == words.Count || words[i + 1].Segment != words[i].Segment)
            {
                AddPart(parts, text, segment, knownTerm);
                segment = [];
            }
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static List<Word> ReadWords(ReadOnlySpan<char> text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var words = new List<Word>(tokens.Count);
        var segment = 0;
        var place = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Symbol)
            {
                if (TitleAnalyzer.SeparatesSegments(text, token))
                {
                    segment++;
                    place = text[token.Start] == '@';
                }

                continue;
            }

            var folded = Terms.Fold(token.In(text));
            if (TitleLexicon.PlaceConnectors.Contains(folded))
            {
                // "Engineer at Acme": an employer or a place follows.
                segment++;
                place = true;
                continue;
            }

            var kept = !place && token.Kind == TokenKind.Word && !TitleAnalyzer.IsNoise(folded) && !TitleAnalyzer.IsWorkingTime(text, tokens, i)
                && !TitleLexicon.SeniorityModifiers.Contains(folded) && !IsSeniorityAbbreviation(folded);
            words.Add(new Word(token, folded, segment, kept));
        }

        return words;
    }

    private static bool IsSeniorityAbbreviation(string folded) => folded is "sr" or "snr" or "jr" or "jnr";

    // "Nurse for Paediatrics": what follows "for" / "in" / "within" in the main part.
    private static List<Word> ComplementOfMain(List<Word> words, int main)
    {
        var complement = new List<Word>();
        var sawContent = false;
        var inComplement = false;
        foreach (var word in words)
        {
            if (word.Segment != main)
            {
                continue;
            }

            if (inComplement)
            {
                complement.Add(word);
            }
            else if (sawContent && word.Folded is "for" or "in" or "within")
            {
                inComplement = true;
            }
            else if (word.Kept && !TitleLexicon.Connectors.Contains(word.Folded))
            {
                sawContent = true;
            }
        }

        return complement;
    }

    private static void AddPart(List<string> parts, ReadOnlySpan<char> text, List<Word> segment, Func<string, bool>? knownTerm)
    {
        var first = segment.FindIndex(w => w.Kept && !TitleLexicon.Connectors.Contains(w.Folded));
        var last = segment.FindLastIndex(w => w.Kept && !TitleLexicon.Connectors.Contains(w.Folded));
        if (first < 0)
        {
            return;
        }

        if (knownTerm is not null && !segment.Exists(w => w.Kept && knownTerm(Terms.Stem(w.Folded))))
        {
            return;
        }

        var part = text[segment[first].Token.Start..segment[last].Token.End].ToString();
        if (!parts.Contains(part, StringComparer.OrdinalIgnoreCase))
        {
            parts.Add(part);
        }
    }
}
