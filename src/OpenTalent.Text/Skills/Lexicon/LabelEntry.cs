namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>What the lexicon knows about one label at the end of a trie path.</summary>
[Flags]
internal enum LabelTraits : byte
{
    None = 0,

    /// <summary>Also an ordinary word ("Go", "Spark", "Excel"): counts only with a technical context.</summary>
    Ambiguous = 1,

    /// <summary>A one-word label that ordinary prose uses often ("communication"): matched with lower confidence.</summary>
    Generic = 2,

    /// <summary>An alternative label or alias rather than the skill's preferred label.</summary>
    Alias = 4,

    /// <summary>The skill is a technology or tool (used to recognise lists of technologies).</summary>
    Technical = 8,
}

/// <summary>A skill reached by a label, with the label's traits and the confidence a bare match earns.</summary>
internal readonly record struct LabelEntry(int Skill, LabelTraits Traits, float Confidence);
