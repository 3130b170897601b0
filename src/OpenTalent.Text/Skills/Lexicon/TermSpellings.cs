using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>
/// Numbers every term (stemmed token, <see cref="Terms.Of"/>) the lexicon knows, and remembers which folded
/// spellings lead to which term, so the hot path folds into a stack buffer and looks up without allocating.
/// </summary>
internal sealed class TermSpellings
{
    /// <summary>The id given to a token that is no term of the lexicon.</summary>
    public const int Unknown = -1;

    // Longer tokens are never terms; skipping them keeps a 50 MB run of letters from being folded.
    public const int MaxTokenLength = 64;

    private readonly Dictionary<string, int> _termIds;
    private readonly Dictionary<string, int> _foldedForms;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _foldedLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _termLookup;

    private TermSpellings(Dictionary<string, int> termIds, Dictionary<string, int> foldedForms)
    {
        _termIds = termIds;
        _foldedForms = foldedForms;
        _foldedLookup = foldedForms.GetAlternateLookup<ReadOnlySpan<char>>();
        _termLookup = termIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _termIds.Count;

    public static TermSpellings CreateEmpty() => new(new Dictionary<string, int>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>The id of a token, adding its term when new (build time only).</summary>
    public int Add(ReadOnlySpan<char> token)
    {
        var folded = Terms.Fold(token);
        var term = Terms.Stem(folded);
        if (!_termIds.TryGetValue(term, out var id))
        {
            id = _termIds.Count;
            _termIds.Add(term, id);
        }

        _foldedForms[folded] = id;
        return id;
    }

    /// <summary>Remembers a folded spelling seen in ordinary text, so lookups of it need no stemming (build time only).</summary>
    public void Learn(ReadOnlySpan<char> token)
    {
        if (token.Length > MaxTokenLength)
        {
            return;
        }

        var folded = Terms.Fold(token);
        if (!_foldedForms.ContainsKey(folded))
        {
            _foldedForms.Add(folded, _termIds.TryGetValue(Terms.Stem(folded), out var id) ? id : Unknown);
        }
    }

    /// <summary>The id of a term given in its stemmed form, or <see cref="Unknown"/>.</summary>
    public int FindTerm(string term) => _termLookup.TryGetValue(term, out var id) ? id : Unknown;

    /// <summary>The term id of a token of a text, or <see cref="Unknown"/>. Allocation-free for ASCII spellings seen at build time.</summary>
    public int Lookup(ReadOnlySpan<char> token)
    {
        if (token.Length > MaxTokenLength || token.IsEmpty)
        {
            return Unknown;
        }

        Span<char> buffer = stackalloc char[MaxTokenLength];
        var ascii = true;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c >= 128)
            {
                ascii = false;
                break;
            }

            buffer[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (ascii)
        {
            var folded = buffer[..token.Length];
            return _foldedLookup.TryGetValue(folded, out var id) ? id : LookupStem(folded.ToString());
        }

        var foldedText = Terms.Fold(token);
        return _foldedForms.TryGetValue(foldedText, out var found) ? found : LookupStem(foldedText);
    }

    private int LookupStem(string folded) => _termIds.TryGetValue(Terms.Stem(folded), out var id) ? id : Unknown;

    public void Write(BinaryWriter writer)
    {
        var terms = new string[_termIds.Count];
        foreach (var (term, id) in _termIds)
        {
            terms[id] = term;
        }

        writer.Write(terms.Length);
        foreach (var term in terms)
        {
            writer.Write(term);
        }

        writer.Write(_foldedForms.Count);
        foreach (var (folded, id) in _foldedForms)
        {
            writer.Write(folded);
            writer.Write(id);
        }
    }

    public static TermSpellings Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var termIds = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var foldedForms = new Dictionary<string, int>(count * 2, StringComparer.Ordinal);
        for (var id = 0; id < count; id++)
        {
            var term = reader.ReadString();
            termIds.Add(term, id);
        }

        var forms = reader.ReadInt32();
        for (var i = 0; i < forms; i++)
        {
            var folded = reader.ReadString();
            foldedForms[folded] = reader.ReadInt32();
        }

        return new TermSpellings(termIds, foldedForms);
    }
}
