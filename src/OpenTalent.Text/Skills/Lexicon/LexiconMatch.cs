using OpenTalent.Core.Understanding;

namespace OpenTalent.Text.Skills.Lexicon;

/// <summary>A skill named literally in a text (by its label or an alias), with what the text says about it.</summary>
/// <param name="Skill">The <see cref="OpenTalent.Core.Taxonomy.SnapshotSkill.Index"/>.</param>
/// <param name="Span">The characters of the input that name the skill.</param>
/// <param name="Confidence">In (0, 1]: lower for one-word, generic, ambiguous or alias-only matches.</param>
/// <param name="Required">True for a requirement, false for a nice-to-have, null where the text does not say.</param>
/// <param name="MinYears">Years of experience asked for, where stated ("5+ years of Python" gives 5).</param>
/// <param name="Negated">The text rules the skill out ("no Java experience needed", "without SQL").</param>
/// <param name="LabelTokens">How many tokens the matched label has.</param>
public readonly record struct LexiconMatch(int Skill, TextSpan Span, double Confidence, bool? Required, double? MinYears, bool Negated, int LabelTokens);
