namespace OpenTalent.Core.Matching;

/// <summary>
/// The bounds both searches prune with, in one place so jobs-for-a-seeker and candidates-for-a-job cannot drift
/// apart. Every bound is an upper bound of the exact score; <see cref="Slack"/> covers float rounding and only makes
/// a bound looser. The argument is in docs/MATCHING.md.
/// </summary>
internal static class Pruning
{
    public const double Slack = 1e-4;

    /// <summary>How many of the highest skill bounds to score first, so the k-th score rises early.</summary>
    public static int FirstBatch(int top) => Math.Max(64, top * 4);

    /// <summary>The skill bound below which no slot can reach <paramref name="threshold"/>, a little low for float rounding.</summary>
    public static float NeededSkillBound(double threshold, MatchWeights weights) =>
        double.IsNegativeInfinity(threshold) ? 0 : (float)((threshold - (1 - weights.Skills) - Slack) / weights.Skills) - 1e-6f;

    /// <summary>False when even a perfect score on every factor but skills leaves the slot below the threshold.</summary>
    public static bool SkillsCanReach(double weightedSkills, MatchWeights weights, double threshold) =>
        weightedSkills + (1 - weights.Skills) + Slack >= threshold;

    /// <summary>The weighted seniority, location, salary and recency factors.</summary>
    public static double Rest((double Seniority, double Location, double Salary, double Recency) factors, MatchWeights weights) =>
        (weights.Seniority * factors.Seniority) + (weights.Location * factors.Location)
        + (weights.Salary * factors.Salary) + (weights.Recency * factors.Recency);

    /// <summary>Whether weighted skills, an occupation value (exact, or a ceiling) and the rest can reach the threshold.</summary>
    public static bool Reaches(double weightedSkills, double occupation, double rest, MatchWeights weights, double threshold) =>
        weightedSkills + (weights.Occupation * occupation) + rest + Slack >= threshold;
}
