using OpenTalent.Core.Taxonomy;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>
/// Finds taxonomy skills named literally in a text: every label and alias of every skill, compared term by term
/// (case, accents, plurals and inflections folded), the longest label winning, ambiguous words ("Go", "R",
/// "Excel") kept only in a technical context. Each match says whether the text requires the skill, prefers it,
/// rules it out, and how many years it asks for. Built from a <see cref="TaxonomySnapshot"/>; immutable and
/// thread-safe once built.
/// </summary>
public sealed class SkillLexicon
{
    private const int FormatVersion = 1;

    private readonly TermSpellings _vocabulary;
    private readonly TermTrie _trie;
    private readonly TaxonomySource[] _skillSources;
    private readonly CueWords _cues;

    private SkillLexicon(TermSpellings vocabulary, TermTrie trie, TaxonomySource[] skillSources)
    {
        _vocabulary = vocabulary;
        _trie = trie;
        _skillSources = skillSources;
        _cues = new CueWords(vocabulary);
    }

    /// <summary>How many skills of the snapshot the lexicon covers (all of them, by index).</summary>
    public int SkillCount => _skillSources.Length;

    /// <summary>How many distinct terms and labels the lexicon holds, for diagnostics.</summary>
    public (int Terms, int Nodes, int Labels) Size => (_vocabulary.Count, _trie.NodeCount, _trie.EntryCount);

    public static SkillLexicon Build(TaxonomySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (vocabulary, trie) = new LexiconBuilder(snapshot).Build();
        var sources = new TaxonomySource[snapshot.Skills.Count];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = snapshot.Skills[i].Source;
        }

        return new SkillLexicon(vocabulary, trie, sources);
    }

    /// <summary>
    /// Every skill the text names, in order of position. Where labels of several skills (or sources) cover the
    /// same characters, each is returned. Never throws on odd input; memory stays linear in the text.
    /// </summary>
    public IReadOnlyList<LexiconMatch> Match(string text, TaxonomyScheme scheme)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var results = new List<LexiconMatch>();
        new LexiconScanner(_vocabulary, _trie, _cues, _skillSources, scheme).Scan(text, results);
        return results;
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(FormatVersion);
        writer.Write(_skillSources.Length);
        foreach (var source in _skillSources)
        {
            writer.Write((byte)source);
        }

        _vocabulary.Write(writer);
        _trie.Write(writer);
    }

    public static SkillLexicon Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Skill lexicon format {version} is not supported (expected {FormatVersion}); rebuild the models.");
        }

        var sources = new TaxonomySource[reader.ReadInt32()];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = (TaxonomySource)reader.ReadByte();
        }

        var vocabulary = TermSpellings.Read(reader);
        var trie = TermTrie.Read(reader);
        return new SkillLexicon(vocabulary, trie, sources);
    }
}
