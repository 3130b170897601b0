namespace OpenTalent.Core.Matching;

/// <summary>
/// The relevance model: six factors in [0, 1] (skills, occupation, seniority, location, salary, recency) combined
/// with the normalised <see cref="MatchWeights"/>, and a "how you match" explanation for every score. It reads no
/// name, photo, age, gender or ethnicity: profiles do not carry them, and <see cref="CandidateProfile.DisplayName"/>
/// is only copied to results. The formulas are documented in docs/MATCHING.md.
/// </summary>
public sealed class RelevanceModel
{
    private readonly Dictionary<string, (string Wanted, double Similarity)[]> _creditedBy;

    public RelevanceModel(MatchWeights weights, SkillSimilarity similarity, OccupationGraph occupations)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(similarity);
        ArgumentNullException.ThrowIfNull(occupations);
        Weights = weights;
        Similarity = similarity;
        Occupations = occupations;

        // The reverse of the similarity lists: which wanted skills a held skill can stand in for.
        var reverse = new Dictionary<string, List<(string, double)>>(StringComparer.Ordinal);
        foreach (var wanted in similarity.Skills)
        {
            foreach (var related in similarity.Related(wanted))
            {
                if (!reverse.TryGetValue(related.SkillId, out var list))
                {
                    reverse[related.SkillId] = list = [];
                }

                list.Add((wanted, related.Similarity));
            }
        }

        _creditedBy = reverse.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public MatchWeights Weights { get; }

    public SkillSimilarity Similarity { get; }

    public OccupationGraph Occupations { get; }

    /// <summary>
    /// The skill factor alone, in [0, 1]: the weighted share of <paramref name="wanted"/> that <paramref name="had"/>
    /// covers. A required skill weighs <see cref="PostingSkill.Weight"/>, a preferred one that times
    /// <see cref="MatchWeights.PreferredSkillWeight"/>. A held skill earns 1, less for a skill last used more than
    /// two years ago (5% a year, at least 0.7) and for fewer years of use than <see cref="PostingSkill.MinYears"/>
    /// (at most 30% off); a skill not held earns the best of similarity x <see cref="MatchWeights.RelatedSkillCredit"/>
    /// (times the same staleness) over the related skills held. No wanted skills gives 0: nothing shows a fit.
    /// </summary>
    public double SkillCoverage(IReadOnlyList<PostingSkill> wanted, IReadOnlyList<ProfileSkill> had, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(had);
        var held = new Dictionary<string, ProfileSkill>(had.Count, StringComparer.Ordinal);
        foreach (var skill in had)
        {
            held.TryAdd(skill.SkillId, skill);
        }

        double covered = 0, total = 0;
        foreach (var skill in wanted)
        {
            var weight = WeightOf(skill);
            total += weight;
            covered += weight * Credit(skill, held, today.DayNumber);
        }

        return total > 0 ? covered / total : 0;
    }

    /// <summary>How well <paramref name="posting"/> suits the person, with recency from the posting's date.</summary>
    public JobMatch ScoreJob(JobPosting posting, CandidateProfile profile, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(posting);
        return PrepareSeeker(profile, today).Match(posting);
    }

    /// <summary>How well the person suits <paramref name="posting"/>, with recency from the profile's update date.</summary>
    public CandidateMatch ScoreCandidate(JobPosting posting, CandidateProfile profile, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return PrepareOpening(posting, today).Match(profile);
    }

    /// <summary>The profile made ready to score many postings.</summary>
    internal SeekerQuery PrepareSeeker(CandidateProfile profile, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new SeekerQuery(this, profile, today);
    }

    /// <summary>The posting made ready to score many profiles.</summary>
    internal OpeningQuery PrepareOpening(JobPosting posting, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(posting);
        return new OpeningQuery(this, posting, today);
    }

    /// <summary>The wanted skills a held skill can earn related credit for, with their similarity.</summary>
    internal IReadOnlyList<(string Wanted, double Similarity)> CreditedBy(string heldSkillId) =>
        _creditedBy.GetValueOrDefault(heldSkillId, []);

    internal double WeightOf(PostingSkill skill) => skill.Required ? skill.Weight : skill.Weight * Weights.PreferredSkillWeight;

    internal static double HeldCredit(PostingSkill wanted, ProfileSkill held, int todayDay) =>
        FactorMath.Staleness(held.LastUsed?.DayNumber, todayDay) * FactorMath.YearsShortfall(wanted.MinYears, held.Years);

    internal double RelatedCredit(double similarity, ProfileSkill via, int todayDay) =>
        similarity * Weights.RelatedSkillCredit * FactorMath.Staleness(via.LastUsed?.DayNumber, todayDay);

    private double Credit(PostingSkill wanted, Dictionary<string, ProfileSkill> held, int todayDay)
    {
        if (held.TryGetValue(wanted.SkillId, out var own))
        {
            return HeldCredit(wanted, own, todayDay);
        }

        double best = 0;
        foreach (var related in Similarity.Related(wanted.SkillId))
        {
            if (held.TryGetValue(related.SkillId, out var via))
            {
                best = Math.Max(best, RelatedCredit(related.Similarity, via, todayDay));
            }
        }

        return best;
    }
}
