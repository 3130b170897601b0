namespace OpenTalent.Core.Matching.WageMoves;

/// <summary>Which of an occupation's skills a person lacks, judged by the relevance model's own skill credit.</summary>
internal sealed class SkillGaps
{
    /// <summary>A skill credited below this (not held, and no close related skill held) is one to learn.</summary>
    public const double HeldCredit = 0.5;

    /// <summary>A step lists a skill when the target needs it at least this much more than anything brought.</summary>
    public const double MinStepGap = 0.2;

    public const int Listed = 5;

    private readonly RelevanceModel _model;
    private readonly IReadOnlyList<ProfileSkill> _had;
    private readonly DateOnly _today;
    private readonly Dictionary<string, double> _credit = new(StringComparer.Ordinal);

    public SkillGaps(RelevanceModel model, IReadOnlyList<ProfileSkill> had, DateOnly today)
    {
        _model = model;
        _had = had;
        _today = today;
    }

    public DateOnly Today => _today;

    /// <summary>How much of <paramref name="skill"/> the person's skills are worth to the model, in [0, 1].</summary>
    public double Credit(PostingSkill skill)
    {
        if (!_credit.TryGetValue(skill.SkillId, out var credit))
        {
            credit = _model.SkillCoverage([new PostingSkill(skill.SkillId, skill.Label, 1, required: true)], _had, _today);
            _credit[skill.SkillId] = credit;
        }

        return credit;
    }

    /// <summary>The occupation's most important skills the person lacks.</summary>
    public IReadOnlyList<SkillGap> Missing(OccupationSkills occupation)
    {
        var gaps = new List<SkillGap>(Listed);
        foreach (var skill in occupation.Wanted)
        {
            if (Credit(skill) < HeldCredit)
            {
                gaps.Add(new SkillGap(skill.SkillId, skill.Label, skill.Weight));
                if (gaps.Count == Listed)
                {
                    break;
                }
            }
        }

        return gaps;
    }

    /// <summary>
    /// What a move to <paramref name="target"/> asks beyond what the person and the occupations already held bring:
    /// the target's importance minus the best of the person's credit and those occupations' importance, at least
    /// <see cref="MinStepGap"/>, biggest gap first.
    /// </summary>
    public IReadOnlyList<SkillGap> ToLearn(OccupationSkills target, IReadOnlyList<OccupationSkills> brought) =>
        [.. target.Wanted
            .Select(skill =>
            {
                var have = 0.0;
                foreach (var occupation in brought)
                {
                    have = Math.Max(have, occupation.ImportanceOf(skill.SkillId));
                }

                // The person's credit is only asked for when the occupations brought leave a gap worth listing.
                var gap = skill.Weight - have;
                return gap >= MinStepGap ? new SkillGap(skill.SkillId, skill.Label, skill.Weight - Math.Max(have, Credit(skill))) : null;
            })
            .OfType<SkillGap>()
            .Where(g => g.Importance >= MinStepGap)
            .OrderByDescending(g => g.Importance)
            .ThenBy(g => g.SkillId, StringComparer.Ordinal)
            .Take(Listed)];
}
