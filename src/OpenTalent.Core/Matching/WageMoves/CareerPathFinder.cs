namespace OpenTalent.Core.Matching.WageMoves;

/// <summary>
/// One- and two-step moves from the person's occupations to better-paid ones. A step goes to an occupation with a
/// higher OEWS median that is either related (the source's Related Occupations) or among the closest by skill overlap;
/// paths are ranked by total raise times feasibility (the product of the steps' overlaps), one path per destination.
/// </summary>
internal sealed class CareerPathFinder
{
    /// <summary>Paths start from at most this many of the person's occupations, best first.</summary>
    public const int MaxOrigins = 3;

    /// <summary>Besides related occupations, each step considers this many closest by skill overlap.</summary>
    public const int ClosestByOverlap = 10;

    /// <summary>An unrelated occupation is a step only with at least this skill overlap.</summary>
    public const double MinOverlap = 0.1;

    private readonly OccupationSkillTable _table;
    private readonly Dictionary<string, Step[]> _steps = new(StringComparer.Ordinal);

    public CareerPathFinder(OccupationSkillTable table)
    {
        _table = table;
    }

    public IReadOnlyList<CareerPath> Find(CandidateProfile profile, OccupationGraph graph, SkillGaps gaps, int maxPaths, List<string> notes)
    {
        if (maxPaths == 0)
        {
            return [];
        }

        var origins = Origins(profile, graph, notes);
        var own = new HashSet<string>(profile.Occupations.Select(o => o.Code), StringComparer.Ordinal);
        var best = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var origin in origins)
        {
            foreach (var first in StepsFrom(origin))
            {
                if (own.Contains(first.To.Node.Code))
                {
                    continue;
                }

                Keep(best, new Candidate(origin, [first]));
                foreach (var second in StepsFrom(first.To))
                {
                    if (!own.Contains(second.To.Node.Code))
                    {
                        Keep(best, new Candidate(origin, [first, second]));
                    }
                }
            }
        }

        if (origins.Count > 0 && best.Count == 0)
        {
            notes.Add($"No better-paid occupation is related to or shares enough skills with {string.Join(", ", origins.Select(o => o.Node.Code))}.");
        }

        return [.. best.Values
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Steps.Count)
            .ThenBy(c => c.Steps[^1].To.Node.Code, StringComparer.Ordinal)
            .Take(maxPaths)
            .Select(c => ToPath(c, gaps))];
    }

    private List<OccupationSkills> Origins(CandidateProfile profile, OccupationGraph graph, List<string> notes)
    {
        if (profile.Occupations.Count == 0)
        {
            notes.Add("The profile names no occupation, so there are no career paths to start from.");
            return [];
        }

        var origins = new List<OccupationSkills>(MaxOrigins);
        var unknown = new List<string>();
        var unpaid = new List<string>();
        foreach (var fit in profile.Occupations)
        {
            if (graph.Find(fit.Code) is null || _table.Find(fit.Code) is not { } occupation)
            {
                unknown.Add(fit.Code);
            }
            else if (occupation.Node.MedianAnnualWage is not > 0)
            {
                unpaid.Add(fit.Code);
            }
            else if (origins.Count < MaxOrigins)
            {
                origins.Add(occupation);
            }
        }

        if (origins.Count == 0)
        {
            notes.Add((unknown.Count > 0 ? $"Occupations not in the occupation data: {string.Join(", ", unknown)}. " : string.Empty)
                + (unpaid.Count > 0 ? $"Occupations without an OEWS median wage: {string.Join(", ", unpaid)}. " : string.Empty)
                + "Career paths need an occupation with a median wage to start from.");
        }

        return origins;
    }

    /// <summary>The better-paid occupations one step from <paramref name="from"/>: all related ones, and the closest by overlap.</summary>
    private Step[] StepsFrom(OccupationSkills from)
    {
        if (_steps.TryGetValue(from.Node.Code, out var cached))
        {
            return cached;
        }

        var wage = from.Node.MedianAnnualWage ?? 0;
        var related = new HashSet<string>(from.Node.Related, StringComparer.Ordinal);
        var steps = new List<Step>();
        var closest = new List<Step>();
        foreach (var to in _table.All)
        {
            if (to.Node.MedianAnnualWage is not { } median || median <= wage || ReferenceEquals(to, from))
            {
                continue;
            }

            var isRelated = related.Contains(to.Node.Code) || to.Node.Related.Contains(from.Node.Code, StringComparer.Ordinal);
            var overlap = OccupationSkillTable.WeightedJaccard(from, to);
            (isRelated ? steps : closest).Add(new Step(from, to, overlap, isRelated));
        }

        steps.AddRange(closest
            .Where(s => s.Overlap >= MinOverlap)
            .OrderByDescending(s => s.Overlap)
            .ThenBy(s => s.To.Node.Code, StringComparer.Ordinal)
            .Take(ClosestByOverlap));
        var result = steps.ToArray();
        _steps[from.Node.Code] = result;
        return result;
    }

    private static void Keep(Dictionary<string, Candidate> best, Candidate candidate)
    {
        var destination = candidate.Steps[^1].To.Node.Code;
        if (candidate.Score > 0 && (!best.TryGetValue(destination, out var kept) || Better(candidate, kept)))
        {
            best[destination] = candidate;
        }
    }

    private static bool Better(Candidate a, Candidate b) =>
        a.Score != b.Score ? a.Score > b.Score : a.Steps.Count < b.Steps.Count;

    private static CareerPath ToPath(Candidate candidate, SkillGaps gaps)
    {
        var origin = candidate.Origin.Node;
        var brought = new List<OccupationSkills> { candidate.Origin };
        var steps = new List<CareerStep>(candidate.Steps.Count);
        foreach (var step in candidate.Steps)
        {
            var fromWage = step.From.Node.MedianAnnualWage!.Value;
            var toWage = step.To.Node.MedianAnnualWage!.Value;
            steps.Add(new CareerStep(
                step.To.Node.Code, step.To.Node.Title, toWage, toWage - fromWage, (double)(toWage / fromWage) - 1,
                step.Overlap, step.Related, gaps.ToLearn(step.To, brought)));
            brought.Add(step.To);
        }

        var start = origin.MedianAnnualWage!.Value;
        var end = steps[^1].MedianAnnualWage;
        return new CareerPath(origin.Code, origin.Title, start, steps, end - start, candidate.TotalRaise, candidate.Feasibility, candidate.Score);
    }

    private sealed record Step(OccupationSkills From, OccupationSkills To, double Overlap, bool Related);

    private sealed record Candidate(OccupationSkills Origin, IReadOnlyList<Step> Steps)
    {
        public double TotalRaise { get; } = (double)(Steps[^1].To.Node.MedianAnnualWage!.Value / Origin.Node.MedianAnnualWage!.Value) - 1;

        public double Feasibility { get; } = Steps.Aggregate(1.0, (product, step) => product * step.Overlap);

        public double Score => TotalRaise * Feasibility;
    }
}
