using OpenTalent.Core.Taxonomy;
using OpenTalent.Core.Understanding;
using OpenTalent.Text.Tokens;

namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>One pass of <see cref="SkillLexicon.Match"/> over one text: all its working state is its own.</summary>
internal sealed class LexiconScanner(TermVocabulary vocabulary, TermTrie trie, CueWords cues, TaxonomySource[] skillSources, TaxonomyScheme scheme)
{
    public void Scan(string text, List<LexiconMatch> results)
    {
        _ = cues;
        var tokens = Tokenizer.Tokenize(text);
        var terms = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            terms[i] = tokens[i].Kind == TokenKind.Symbol ? TermVocabulary.Unknown : vocabulary.Lookup(tokens[i].In(text));
        }

        var coveredUntil = 0;
        for (var start = 0; start < tokens.Count; start++)
        {
            var node = TermTrie.None;
            var bestNode = TermTrie.None;
            var bestEnd = start;
            for (var i = start; i < tokens.Count; i++)
            {
                node = trie.Next(node, terms[i]);
                if (node == TermTrie.None)
                {
                    break;
                }

                if (!trie.EntriesOf(node).IsEmpty)
                {
                    bestNode = node;
                    bestEnd = i + 1;
                }
            }

            if (bestNode == TermTrie.None || bestEnd <= coveredUntil)
            {
                continue;
            }

            coveredUntil = bestEnd;
            var span = new TextSpan(tokens[start].Start, tokens[bestEnd - 1].End);
            foreach (var entry in trie.EntriesOf(bestNode))
            {
                if (InScheme(skillSources[entry.Skill]))
                {
                    results.Add(new LexiconMatch(entry.Skill, span, entry.Confidence, null, null, false, bestEnd - start));
                }
            }
        }
    }

    private bool InScheme(TaxonomySource source) => scheme switch
    {
        TaxonomyScheme.Esco => source == TaxonomySource.Esco,
        TaxonomyScheme.Onet => source == TaxonomySource.Onet,
        _ => true,
    };
}
