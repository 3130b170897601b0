using OpenTalent.Core.Understanding;

namespace OpenTalent.Text.Skills.Retrieval;

/// <summary>A skill retrieved for a text, by <see cref="Skills.SkillCatalog"/> index, with the words that drove it.</summary>
public sealed record RetrievedSkill(int Skill, double Score, IReadOnlyList<TextSpan> Evidence);
