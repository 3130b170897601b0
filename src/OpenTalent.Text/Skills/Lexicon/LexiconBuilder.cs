using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>Turns every label and alias of a snapshot's skills into trie paths of term ids.</summary>
internal sealed class LexiconBuilder(TaxonomySnapshot snapshot)
{
    private readonly TermVocabulary _vocabulary = TermVocabulary.CreateEmpty();
    private readonly TermTrie.Builder _trie = new();

    public (TermVocabulary Vocabulary, TermTrie Trie) Build()
    {
        foreach (var word in CueWords.AllWords)
        {
            _vocabulary.Add(word);
        }

        var tokens = new List<Token>();
        var terms = new List<int>();
        foreach (var skill in snapshot.Skills)
        {
            AddLabel(skill, skill.Label, alias: false, tokens, terms);
            foreach (var alt in skill.AltLabels)
            {
                AddLabel(skill, alt, alias: true, tokens, terms);
            }
        }

        return (_vocabulary, _trie.Build(_vocabulary.Count));
    }

    private void AddLabel(SnapshotSkill skill, string label, bool alias, List<Token> tokens, List<int> terms)
    {
        tokens.Clear();
        terms.Clear();
        Tokenizer.Tokenize(label, tokens);
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Symbol)
            {
                terms.Add(_vocabulary.Add(token.In(label)));
            }
        }

        if (terms.Count == 0)
        {
            return;
        }

        var traits = alias ? LabelTraits.Alias : LabelTraits.None;
        _trie.Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(terms), new LabelEntry(skill.Index, traits, alias ? 0.85f : 0.95f));
    }
}
