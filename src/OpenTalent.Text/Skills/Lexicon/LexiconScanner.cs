using OpenTalent.Core.Taxonomy;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>
/// One pass of <see cref="SkillLexicon.Match"/> over one text; all its working state is its own. The text is
/// read in chunks of about 64K characters cut at line breaks, so memory stays bounded by the output however
/// long the input or its lines.
/// </summary>
internal sealed class LexiconScanner
{
    private const int ChunkSize = 1 << 16;
    private const int MaxLabelTokens = 32;

    private readonly TermSpellings _vocabulary;
    private readonly TermTrie _trie;
    private readonly CueWords _cues;
    private readonly TaxonomySource[] _skillSources;
    private readonly TaxonomyScheme _scheme;
    // A table holds some 100 KB of arrays; a thread reuses one across texts instead of allocating it per text.
    [ThreadStatic]
    private static TokenTable? s_spareTable;

    private readonly TokenTable _table;
    private readonly RequirementRules _requirements;
    private readonly List<Candidate> _candidates = [];
    private readonly List<YearsMention> _years = [];
    private bool[] _technical = new bool[4096];

    public LexiconScanner(TermSpellings vocabulary, TermTrie trie, CueWords cues, TaxonomySource[] skillSources, TaxonomyScheme scheme)
    {
        _vocabulary = vocabulary;
        _trie = trie;
        _cues = cues;
        _skillSources = skillSources;
        _scheme = scheme;
        _requirements = new RequirementRules(cues);
        _table = s_spareTable ?? new TokenTable();
        s_spareTable = null;
    }

    public void Scan(string text, List<LexiconMatch> results)
    {
        var position = 0;
        while (position < text.Length)
        {
            var end = ChunkEnd(text, position);
            _table.Load(text, position, end - position, _vocabulary);
            ScanChunk(text, results);
            position = end;
        }

        // One scan per scanner: the table goes back for the next text on this thread.
        s_spareTable = _table;
    }

    private static int ChunkEnd(string text, int start)
    {
        if (text.Length - start <= ChunkSize)
        {
            return text.Length;
        }

        var window = text.AsSpan(start + (ChunkSize / 2), ChunkSize / 2);
        var cut = window.LastIndexOf('\n');
        if (cut < 0)
        {
            cut = window.LastIndexOfAny(' ', '\t', '\r');
        }

        if (cut >= 0)
        {
            return start + (ChunkSize / 2) + cut + 1;
        }

        // One enormous word: cut anywhere, but never inside a surrogate pair.
        var end = start + ChunkSize;
        return char.IsHighSurrogate(text[end - 1]) ? end - 1 : end;
    }

    private void ScanChunk(string text, List<LexiconMatch> results)
    {
        var count = _table.Count;
        if (_technical.Length < count)
        {
            _technical = new bool[Math.Max(count, _technical.Length * 2)];
        }

        var technical = _technical.AsSpan(0, count);
        technical.Clear();
        CollectCandidates(technical);
        YearsRules.Find(text, _table, _cues, _years);

        var coveredUntil = 0;
        var nextLine = 0;
        var index = 0;
        while (index < _candidates.Count)
        {
            var start = _candidates[index].Start;
            for (; nextLine <= start; nextLine++)
            {
                if ((_table.Shapes[nextLine] & TokenShape.LineStart) != 0)
                {
                    _requirements.ReadLine(_table, nextLine);
                }
            }

            // Candidates of one start come longest first; the first one that holds up wins.
            var accepted = false;
            for (; index < _candidates.Count && _candidates[index].Start == start; index++)
            {
                var candidate = _candidates[index];
                if (accepted || candidate.End <= coveredUntil || !Holds(candidate, technical))
                {
                    continue;
                }

                accepted = true;
                coveredUntil = candidate.End;
                Emit(candidate, results);
            }
        }

        // Headings after the last match still set the section for the next chunk.
        for (; nextLine < count; nextLine++)
        {
            if ((_table.Shapes[nextLine] & TokenShape.LineStart) != 0)
            {
                _requirements.ReadLine(_table, nextLine);
            }
        }
    }

    /// <summary>Every label path starting at every token, longest first per start; marks unambiguous technology tokens.</summary>
    private void CollectCandidates(Span<bool> technical)
    {
        _candidates.Clear();
        var terms = _table.Terms;
        Span<int> ends = stackalloc int[MaxLabelTokens];
        Span<int> nodes = stackalloc int[MaxLabelTokens];
        Span<int> lengths = stackalloc int[MaxLabelTokens];
        for (var start = 0; start < _table.Count; start++)
        {
            var node = _trie.Next(TermTrie.None, terms[start]);
            if (node == TermTrie.None)
            {
                continue;
            }

            var found = 0;
            var labelTokens = 1;
            var sentence = _table.Sentences[start];
            var i = start;
            while (true)
            {
                if (!_trie.EntriesOf(node).IsEmpty && found < MaxLabelTokens)
                {
                    ends[found] = i + 1;
                    nodes[found] = node;
                    lengths[found] = labelTokens;
                    found++;
                }

                // Walk over "-", "/" and "'" inside names ("full-stack", "CI/CD"); any other symbol ends the label.
                var next = i + 1;
                if (next < _table.Count && (_table.Shapes[next] & TokenShape.Joiner) != 0)
                {
                    next++;
                }

                if (next >= _table.Count || _table.Sentences[next] != sentence)
                {
                    break;
                }

                node = _trie.Next(node, terms[next]);
                if (node == TermTrie.None)
                {
                    break;
                }

                i = next;
                labelTokens++;
            }

            for (var k = found - 1; k >= 0; k--)
            {
                var candidate = new Candidate(start, ends[k], nodes[k], lengths[k]);
                _candidates.Add(candidate);
                if (IsUnambiguousTechnology(candidate.Node))
                {
                    technical[candidate.Start..candidate.End].Fill(true);
                }
            }
        }
    }

    private bool IsUnambiguousTechnology(int node)
    {
        foreach (var entry in _trie.EntriesOf(node))
        {
            if ((entry.Traits & (LabelTraits.Technical | LabelTraits.Ambiguous)) == LabelTraits.Technical)
            {
                return true;
            }
        }

        return false;
    }

    private bool Holds(Candidate candidate, ReadOnlySpan<bool> technical)
    {
        var inScheme = false;
        var ambiguous = false;
        foreach (var entry in _trie.EntriesOf(candidate.Node))
        {
            if (InScheme(_skillSources[entry.Skill]))
            {
                inScheme = true;
                ambiguous |= (entry.Traits & LabelTraits.Ambiguous) != 0;
            }
        }

        return inScheme && (!ambiguous || AmbiguityRules.Accept(_table, _cues, technical, candidate.Start));
    }

    private void Emit(Candidate candidate, List<LexiconMatch> results)
    {
        var span = new TextSpan(_table.Tokens[candidate.Start].Start, _table.Tokens[candidate.End - 1].End);
        var negated = NegationRules.IsNegated(_table, _cues, candidate.Start, candidate.End);
        var required = negated ? null : _requirements.For(_table, candidate.Start, candidate.End);
        var years = YearsRules.For(_years, _table, candidate.Start, candidate.End);
        foreach (var entry in _trie.EntriesOf(candidate.Node))
        {
            if (InScheme(_skillSources[entry.Skill]))
            {
                results.Add(new LexiconMatch(entry.Skill, span, entry.Confidence, required, years, negated, candidate.LabelTokens));
            }
        }
    }

    private bool InScheme(TaxonomySource source) => _scheme switch
    {
        TaxonomyScheme.Esco => source == TaxonomySource.Esco,
        TaxonomyScheme.Onet => source == TaxonomySource.Onet,
        _ => source is TaxonomySource.Starter or TaxonomySource.Onet or TaxonomySource.Esco,
    };

    private readonly record struct Candidate(int Start, int End, int Node, int LabelTokens);
}
