namespace OpenTalent.Core.Matching;

/// <summary>
/// How much each factor of the relevance model counts. Weights are relative: they are divided by their sum, so a
/// score is always in [0, 1]. The defaults and what each factor measures are documented in docs/MATCHING.md.
/// </summary>
public sealed record MatchWeights
{
    public MatchWeights(
        double skills = 0.55,
        double occupation = 0.15,
        double seniority = 0.08,
        double location = 0.08,
        double salary = 0.08,
        double recency = 0.06,
        double relatedSkillCredit = 0.6,
        double preferredSkillWeight = 0.4)
    {
        double[] factors = [skills, occupation, seniority, location, salary, recency];
        if (factors.Any(w => !double.IsFinite(w) || w < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(skills), "Factor weights must be finite and not negative.");
        }

        var sum = factors.Sum();
        if (sum <= 0)
        {
            throw new ArgumentException("At least one factor weight must be above zero.", nameof(skills));
        }

        Skills = skills / sum;
        Occupation = occupation / sum;
        Seniority = seniority / sum;
        Location = location / sum;
        Salary = salary / sum;
        Recency = recency / sum;
        RelatedSkillCredit = relatedSkillCredit is >= 0 and <= 1
            ? relatedSkillCredit
            : throw new ArgumentOutOfRangeException(nameof(relatedSkillCredit), relatedSkillCredit, "Related-skill credit must be in [0, 1].");
        PreferredSkillWeight = preferredSkillWeight is > 0 and <= 1
            ? preferredSkillWeight
            : throw new ArgumentOutOfRangeException(nameof(preferredSkillWeight), preferredSkillWeight, "The weight of a preferred skill must be in (0, 1].");
    }

    public static MatchWeights Default { get; } = new();

    /// <summary>Coverage of the posting's skills by the person's, required ones first.</summary>
    public double Skills { get; }

    /// <summary>Similarity of the posting's occupation to the person's.</summary>
    public double Occupation { get; }

    public double Seniority { get; }

    public double Location { get; }

    public double Salary { get; }

    /// <summary>Freshness of the posting (jobs for a seeker) or of the profile (candidates for a job).</summary>
    public double Recency { get; }

    /// <summary>The most credit a related skill earns, times its similarity; a held skill earns 1.</summary>
    public double RelatedSkillCredit { get; }

    /// <summary>The weight of a preferred skill relative to a required one.</summary>
    public double PreferredSkillWeight { get; }
}
