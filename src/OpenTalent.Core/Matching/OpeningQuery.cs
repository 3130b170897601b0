namespace OpenTalent.Core.Matching;

/// <summary>
/// A posting made ready to score many profiles on one day: for every skill id that earns credit (a wanted skill,
/// or a skill related to one), which wanted skills it serves and how.
/// </summary>
internal sealed class OpeningQuery
{
    private const int StackLimit = 128;

    private readonly RelevanceModel _model;
    private readonly int _today;
    private readonly PostingSkill[] _wanted;
    private readonly double[] _weights;
    private readonly Dictionary<string, List<(int Wanted, double Similarity, bool Own)>> _serves;

    public OpeningQuery(RelevanceModel model, JobPosting posting, DateOnly today)
    {
        _model = model;
        Posting = posting;
        _today = today.DayNumber;
        _wanted = [.. posting.Skills];
        _weights = new double[_wanted.Length];
        _serves = new Dictionary<string, List<(int, double, bool)>>(StringComparer.Ordinal);
        for (var i = 0; i < _wanted.Length; i++)
        {
            _weights[i] = model.WeightOf(_wanted[i]);
            Serve(_wanted[i].SkillId, i, 1, own: true);
            foreach (var related in model.Similarity.Related(_wanted[i].SkillId))
            {
                Serve(related.SkillId, i, related.Similarity, own: false);
            }
        }
    }

    public JobPosting Posting { get; }

    public IReadOnlyList<PostingSkill> Wanted => _wanted;

    /// <summary>Each wanted skill's weight (preferred ones already scaled down), in posting order.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>For each skill id that earns credit: the wanted skills (by index) it serves, how similar, and whether it is the skill itself.</summary>
    public IEnumerable<KeyValuePair<string, List<(int Wanted, double Similarity, bool Own)>>> Serves => _serves;

    public int Today => _today;

    /// <summary>Each wanted skill's weight as a share of all (they sum to 1): what the index accumulates with.</summary>
    public IReadOnlyList<double> WeightShares
    {
        get
        {
            var total = _weights.Sum();
            return [.. _weights.Select(w => w / total)];
        }
    }

    /// <summary>For each wanted skill (by index), the skill ids that earn it credit and the most each can earn.</summary>
    public IEnumerable<(string SkillId, int Wanted, double MaxCredit)> Sources()
    {
        foreach (var (id, served) in _serves)
        {
            foreach (var (wanted, similarity, own) in served)
            {
                yield return (id, wanted, own ? 1 : similarity * _model.Weights.RelatedSkillCredit);
            }
        }
    }

    public double Score(CandidateProfile profile) =>
        PairFactors.Compute(_model, Posting, profile, _today, MatchDirection.CandidatesForJob).Combine(_model.Weights, SkillFactor(profile, null));

    public CandidateMatch Match(CandidateProfile profile)
    {
        var outcomes = new SkillOutcome[_wanted.Length];
        var skills = SkillFactor(profile, outcomes);
        var others = PairFactors.Compute(_model, Posting, profile, _today, MatchDirection.CandidatesForJob);
        var score = others.Combine(_model.Weights, skills);
        var explanation = MatchExplainer.Explain(_model, Posting, profile, outcomes, skills, others, MatchDirection.CandidatesForJob);
        return new CandidateMatch(profile.Identifier, profile.DisplayName, profile.Headline, score, explanation);
    }

    private double SkillFactor(CandidateProfile profile, SkillOutcome[]? outcomes)
    {
        var n = _wanted.Length;
        Span<double> heldCredit = n <= StackLimit ? stackalloc double[n] : new double[n];
        Span<double> relatedCredit = n <= StackLimit ? stackalloc double[n] : new double[n];
        Span<int> heldBy = n <= StackLimit ? stackalloc int[n] : new int[n];
        Span<int> relatedVia = n <= StackLimit ? stackalloc int[n] : new int[n];
        heldBy.Fill(-1);
        relatedVia.Fill(-1);
        relatedCredit.Clear();
        var skills = profile.Skills;
        for (var p = 0; p < skills.Count; p++)
        {
            if (!_serves.TryGetValue(skills[p].SkillId, out var served))
            {
                continue;
            }

            foreach (var (wanted, similarity, own) in served)
            {
                if (own)
                {
                    heldBy[wanted] = p;
                    heldCredit[wanted] = RelevanceModel.HeldCredit(_wanted[wanted], skills[p], _today);
                    continue;
                }

                // The first held skill in profile order wins a tie, as in SeekerQuery.
                var credit = _model.RelatedCredit(similarity, skills[p], _today);
                if (credit > relatedCredit[wanted])
                {
                    relatedCredit[wanted] = credit;
                    relatedVia[wanted] = p;
                }
            }
        }

        double covered = 0, total = 0;
        for (var i = 0; i < n; i++)
        {
            double credit;
            if (heldBy[i] >= 0)
            {
                credit = heldCredit[i];
                outcomes?[i] = new SkillOutcome(_wanted[i], SkillMatchKind.Held, skills[heldBy[i]], 1, credit);
            }
            else if (relatedVia[i] >= 0)
            {
                credit = relatedCredit[i];
                outcomes?[i] = new SkillOutcome(_wanted[i], SkillMatchKind.Related, skills[relatedVia[i]], SimilarityOf(i, skills[relatedVia[i]].SkillId), credit);
            }
            else
            {
                credit = 0;
                outcomes?[i] = new SkillOutcome(_wanted[i], SkillMatchKind.Missing, null, 0, 0);
            }

            total += _weights[i];
            covered += _weights[i] * credit;
        }

        return total > 0 ? covered / total : 0;
    }

    private double SimilarityOf(int wanted, string viaSkillId)
    {
        foreach (var (index, similarity, own) in _serves[viaSkillId])
        {
            if (index == wanted && !own)
            {
                return similarity;
            }
        }

        return 0;
    }

    private void Serve(string skillId, int wanted, double similarity, bool own)
    {
        if (!_serves.TryGetValue(skillId, out var list))
        {
            _serves[skillId] = list = [];
        }

        list.Add((wanted, similarity, own));
    }
}
