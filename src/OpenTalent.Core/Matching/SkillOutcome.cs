namespace OpenTalent.Core.Matching;

internal enum SkillMatchKind
{
    Missing,
    Held,
    Related,
}

/// <summary>What one wanted skill earned: held, credited through a related held skill, or missing.</summary>
internal readonly record struct SkillOutcome(PostingSkill Wanted, SkillMatchKind Kind, ProfileSkill? Via, double Similarity, double Credit);
