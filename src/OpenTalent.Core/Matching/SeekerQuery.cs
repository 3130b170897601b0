namespace OpenTalent.Core.Matching;

/// <summary>
/// A profile made ready to score many postings on one day: its held skills by id, and for every skill it can stand
/// in for, the best related credit and the held skill that earns it.
/// </summary>
internal sealed class SeekerQuery
{
    private readonly RelevanceModel _model;
    private readonly int _today;
    private readonly Dictionary<string, ProfileSkill> _held;
    private readonly Dictionary<string, (double Credit, ProfileSkill Via, double Similarity)> _related;

    public SeekerQuery(RelevanceModel model, CandidateProfile profile, DateOnly today)
    {
        _model = model;
        Profile = profile;
        _today = today.DayNumber;
        _held = new Dictionary<string, ProfileSkill>(profile.Skills.Count, StringComparer.Ordinal);
        foreach (var skill in profile.Skills)
        {
            _held[skill.SkillId] = skill;
        }

        _related = new Dictionary<string, (double, ProfileSkill, double)>(StringComparer.Ordinal);
        foreach (var via in profile.Skills)
        {
            foreach (var (wanted, similarity) in model.CreditedBy(via.SkillId))
            {
                if (_held.ContainsKey(wanted))
                {
                    continue;
                }

                var credit = model.RelatedCredit(similarity, via, _today);
                if (!_related.TryGetValue(wanted, out var current) || credit > current.Credit)
                {
                    _related[wanted] = (credit, via, similarity);
                }
            }
        }
    }

    public CandidateProfile Profile { get; }

    /// <summary>The skills the person holds, by id.</summary>
    public IEnumerable<KeyValuePair<string, ProfileSkill>> HeldSkills => _held;

    /// <summary>The skills the person does not hold but earns related credit for, with that credit.</summary>
    public IEnumerable<(string SkillId, double Credit)> RelatedSkills
    {
        get
        {
            foreach (var (id, related) in _related)
            {
                yield return (id, related.Credit);
            }
        }
    }

    public int Today => _today;

    public double Score(JobPosting posting) =>
        PairFactors.Compute(_model, posting, Profile, _today, MatchDirection.JobsForSeeker).Combine(_model.Weights, SkillFactor(posting, null));

    public JobMatch Match(JobPosting posting)
    {
        var outcomes = new SkillOutcome[posting.Skills.Count];
        var skills = SkillFactor(posting, outcomes);
        var others = PairFactors.Compute(_model, posting, Profile, _today, MatchDirection.JobsForSeeker);
        var score = others.Combine(_model.Weights, skills);
        var explanation = MatchExplainer.Explain(_model, posting, Profile, outcomes, skills, others, MatchDirection.JobsForSeeker);
        return new JobMatch(posting.Identifier, posting.Title, posting.Employer, score, explanation);
    }

    private double SkillFactor(JobPosting posting, SkillOutcome[]? outcomes)
    {
        var wanted = posting.Skills;
        double covered = 0, total = 0;
        for (var i = 0; i < wanted.Count; i++)
        {
            var skill = wanted[i];
            var weight = _model.WeightOf(skill);
            SkillOutcome outcome;
            if (_held.TryGetValue(skill.SkillId, out var own))
            {
                outcome = new SkillOutcome(skill, SkillMatchKind.Held, own, 1, RelevanceModel.HeldCredit(skill, own, _today));
            }
            else if (_related.TryGetValue(skill.SkillId, out var related))
            {
                outcome = new SkillOutcome(skill, SkillMatchKind.Related, related.Via, related.Similarity, related.Credit);
            }
            else
            {
                outcome = new SkillOutcome(skill, SkillMatchKind.Missing, null, 0, 0);
            }

            total += weight;
            covered += weight * outcome.Credit;
            if (outcomes is not null)
            {
                outcomes[i] = outcome;
            }
        }

        return total > 0 ? covered / total : 0;
    }
}
