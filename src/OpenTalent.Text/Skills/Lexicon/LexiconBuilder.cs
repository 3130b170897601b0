using System.Runtime.InteropServices;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>
/// Turns every label and alias of a snapshot's skills into trie paths of term ids, and decides from the
/// snapshot's own prose which one-word labels are generic (lower confidence) or ambiguous (need context).
/// </summary>
internal sealed class LexiconBuilder(TaxonomySnapshot snapshot)
{
    // A one-word technology label seen this often in lower-case prose is also an ordinary word ("Express", "Spark").
    private const int AmbiguousDocuments = 3;

    // A one-word label seen this often in prose is generic ("planning", "communication").
    private const int GenericDocuments = 50;

    private readonly TermSpellings _vocabulary = TermSpellings.CreateEmpty();
    private readonly List<LabelRecord> _labels = [];
    private readonly Dictionary<int, string> _singleTermText = [];

    public (TermSpellings Vocabulary, TermTrie Trie) Build()
    {
        foreach (var word in CueWords.AllWords)
        {
            _vocabulary.Add(word);
        }

        var tokens = new List<Token>();
        foreach (var skill in snapshot.Skills)
        {
            AddLabel(skill, skill.Label, alias: false, tokens);
            foreach (var alt in skill.AltLabels)
            {
                AddLabel(skill, alt, alias: true, tokens);
            }
        }

        var prose = ProseFrequency.Of(snapshot, _vocabulary);
        var technicalTerms = new HashSet<int>();
        foreach (var label in _labels)
        {
            if (label.Terms.Length == 1 && label.Technical)
            {
                technicalTerms.Add(label.Terms[0]);
            }
        }

        var trie = new TermTrie.Builder();
        foreach (var label in _labels)
        {
            trie.Add(label.Terms, Entry(label, prose, technicalTerms));
        }

        return (_vocabulary, trie.Build(_vocabulary.Count));
    }

    private LabelEntry Entry(LabelRecord label, ProseFrequency prose, HashSet<int> technicalTerms)
    {
        var traits = label.Alias ? LabelTraits.Alias : LabelTraits.None;
        if (label.Technical)
        {
            traits |= LabelTraits.Technical;
        }

        var confidence = label.Alias ? 0.85 : 0.95;
        if (label.Terms.Length == 1)
        {
            var term = label.Terms[0];
            var text = _singleTermText[term];
            var documents = prose.DocumentsWith(text);

            // Ambiguity belongs to the word, not the skill: if any technology is called "spark", every skill
            // reached by "spark" needs the same technical context.
            if (technicalTerms.Contains(term) && (documents >= AmbiguousDocuments || text.Length <= 2 || AmbiguityRules.IsKnownAmbiguous(text)))
            {
                traits |= LabelTraits.Ambiguous;
                confidence *= 0.75;
            }
            else
            {
                confidence *= 0.9;
            }

            if (documents >= GenericDocuments)
            {
                traits |= LabelTraits.Generic;
            }

            // The commoner the word in ordinary prose, the weaker the evidence: 1 when unseen, ~0.5 at 200 documents.
            confidence /= 1 + Math.Log10(1 + (documents / 20.0));
        }

        return new LabelEntry(label.Skill, traits, (float)confidence);
    }

    private void AddLabel(SnapshotSkill skill, string label, bool alias, List<Token> tokens)
    {
        AddVariant(skill, label, alias, tokens);

        // "Java (computer programming)": the name without its gloss is how texts say it.
        var open = label.IndexOf('(', StringComparison.Ordinal);
        if (open > 0)
        {
            AddVariant(skill, label[..open], alias: true, tokens);
        }
    }

    private void AddVariant(SnapshotSkill skill, string label, bool alias, List<Token> tokens)
    {
        tokens.Clear();
        Tokenizer.Tokenize(label, tokens);
        var terms = new List<int>(tokens.Count);
        foreach (var token in tokens)
        {
            var surface = token.In(label);
            if (token.Kind != TokenKind.Symbol)
            {
                terms.Add(_vocabulary.Add(surface));
            }
            else if (surface is "&")
            {
                terms.Add(_vocabulary.Add("and"));
            }
        }

        if (terms.Count == 0)
        {
            return;
        }

        if (terms.Count == 1)
        {
            _singleTermText.TryAdd(terms[0], Terms.Of(tokens[0].In(label)));
        }

        _labels.Add(new LabelRecord(skill.Index, [.. CollectionsMarshal.AsSpan(terms)], alias, IsTechnical(skill)));
    }

    private static bool IsTechnical(SnapshotSkill skill) =>
        skill.Kind == SkillKind.Technology
        || (skill.Source == TaxonomySource.Esco && (skill.Label.Contains("computer programming", StringComparison.OrdinalIgnoreCase) || skill.Label.Contains("software", StringComparison.OrdinalIgnoreCase)));

    private sealed record LabelRecord(int Skill, int[] Terms, bool Alias, bool Technical);
}
