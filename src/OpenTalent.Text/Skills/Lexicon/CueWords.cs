namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>Term ids of the words the context rules look for (placeholder: filled in by the rules).</summary>
internal sealed class CueWords
{
    public CueWords(TermVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
    }

    /// <summary>Every cue word, so the builder can give each a term id.</summary>
    public static IEnumerable<string> AllWords => [];
}
