namespace OpenTalent.Core.Matching;

/// <summary>
/// A skill a posting asks for. <see cref="SkillId"/> is the canonical skill id that the text layer gives (one id
/// for a skill however many taxonomies name it), so postings, profiles and skill similarities compare by it.
/// </summary>
/// <remarks><see cref="Weight"/> in (0, 1] says how central the skill is to the posting (evidence strength).</remarks>
public sealed record PostingSkill
{
    public PostingSkill(string skillId, string label, double weight, bool required, double? minYears = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        SkillId = skillId;
        Label = label;
        Weight = Checks.Weight(weight, nameof(weight));
        Required = required;
        MinYears = Checks.Years(minYears, nameof(minYears));
    }

    public string SkillId { get; }

    public string Label { get; }

    public double Weight { get; }

    /// <summary>True for a requirement; false for a nice-to-have (a posting that does not say counts as required).</summary>
    public bool Required { get; }

    public double? MinYears { get; }
}

/// <summary>Where a person's skill comes from, strongest first.</summary>
public enum SkillEvidence
{
    /// <summary>Named in work history: used on the job.</summary>
    Work,

    /// <summary>Listed in the resume's skills section.</summary>
    Listed,

    /// <summary>Named in a project.</summary>
    Project,

    /// <summary>Named in education or certificates.</summary>
    Education,

    /// <summary>Named only in the summary or headline.</summary>
    Summary,
}

/// <summary>A skill a person has, with the evidence for it and when it was last used.</summary>
/// <param name="LastUsed">The end of the latest role or project that shows the skill; null when undated.</param>
public sealed record ProfileSkill
{
    public ProfileSkill(string skillId, string label, double weight, SkillEvidence evidence, DateOnly? lastUsed = null, double? years = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        SkillId = skillId;
        Label = label;
        Weight = Checks.Weight(weight, nameof(weight));
        Evidence = evidence;
        LastUsed = lastUsed;
        Years = Checks.Years(years, nameof(years));
    }

    public string SkillId { get; }

    public string Label { get; }

    public double Weight { get; }

    public SkillEvidence Evidence { get; }

    public DateOnly? LastUsed { get; }

    /// <summary>Years of use summed over dated roles that show the skill, where known.</summary>
    public double? Years { get; }
}
