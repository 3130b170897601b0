using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Tests.Matching;

/// <summary>
/// A seeded generator of postings, profiles and queries with the skews real data has: a few skills in most
/// items, ties, missing fields, several currencies, expired and closed postings, and case-varied places.
/// </summary>
internal sealed class RandomCorpus
{
    private static readonly string[] Codes =
        ["15-1252.00", "15-1253.00", "15-1211.00", "15-1299.08", "29-1141.00", "29-1171.00", "41-2031.00", "local-ml"];

    private static readonly Place[] Places =
    [
        new("Berlin", "Berlin", "DE"), new("berlin", null, "DE"), new("Munich", "Bavaria", "DE"), new(null, "Bavaria", "DE"),
        new(null, null, "DE"), new("Paris", "Ile-de-France", "FR"), new("Lyon", null, "FR"), new("Austin", "TX", "US"),
        new("Austin", null, null), new(null, null, "US"),
    ];

    private readonly Random _random;
    private readonly int _skillCount;

    public RandomCorpus(int seed, int skillCount = 80)
    {
        _random = new Random(seed);
        _skillCount = skillCount;
        var related = new Dictionary<string, IReadOnlyList<RelatedSkill>>();
        for (var s = 0; s < skillCount; s++)
        {
            var neighbours = Enumerable.Range(0, _random.Next(0, 5))
                .Select(_ => _random.Next(skillCount)).Where(n => n != s).Distinct()
                .Select(n => new RelatedSkill(Skill(n), Math.Round(0.1 + (_random.NextDouble() * 0.9), 2)))
                .ToArray();
            related[Skill(s)] = neighbours;
        }

        Similarity = new SkillSimilarity(related);
        Occupations = new OccupationGraph(
        [
            new OccupationNode("15-1252.00", "Software Developers", null, ["15-1253.00", "15-1211.00"], []),
            new OccupationNode("15-1253.00", "QA Analysts", null, [], []),
            new OccupationNode("15-1211.00", "Systems Analysts", null, [], []),
            new OccupationNode("29-1141.00", "Registered Nurses", null, ["29-1171.00"], []),
        ]);
    }

    public DateOnly Today { get; } = new(2026, 6, 1);

    public SkillSimilarity Similarity { get; }

    public OccupationGraph Occupations { get; }

    public static string Skill(int i) => $"skill-{i:D3}";

    public JobPosting Posting(string id)
    {
        var skills = SkillIds(_random.Next(0, 9)).Select(s => new PostingSkill(
            s, s.ToUpperInvariant(), Pick(1, 0.5, 0.8, 0.3), _random.NextDouble() < 0.7, Maybe(0.2, () => (double?)_random.Next(1, 8)))).ToArray();
        var posted = Maybe(0.85, () => (DateOnly?)Today.AddDays(-_random.Next(-5, 200)));
        var validThrough = posted is { } day && _random.NextDouble() < 0.3 ? day.AddDays(_random.Next(0, 220)) : (DateOnly?)null;
        return new JobPosting(
            id, "Role " + id, Maybe(0.7, () => "Employer"),
            Fits(),
            skills,
            (Seniority)_random.Next(0, 12),
            Enumerable.Range(0, _random.Next(0, 3)).Select(_ => Places[_random.Next(Places.Length)]).Distinct().ToArray(),
            (WorkArrangement)_random.Next(0, 4),
            Maybe(0.6, () => Pay()),
            posted,
            validThrough,
            _random.NextDouble() < 0.05 ? PostingStatus.Closed : PostingStatus.Open,
            (EmploymentType)_random.Next(0, 4));
    }

    public CandidateProfile Profile(string id)
    {
        var skills = SkillIds(_random.Next(0, 12)).Select(s => new ProfileSkill(
            s, s.ToUpperInvariant(), Pick(1, 0.6), SkillEvidence.Work,
            Maybe(0.6, () => (DateOnly?)Today.AddDays(-_random.Next(0, 4000))),
            Maybe(0.5, () => (double?)_random.Next(0, 12)))).ToArray();
        return new CandidateProfile(
            id, "Person " + id, null, skills, Fits(), (Seniority)_random.Next(0, 12),
            Maybe(0.8, () => Places[_random.Next(Places.Length)]),
            (RemotePreference)_random.Next(0, 4),
            Maybe(0.6, () => (AnnualPay?)new AnnualPay(_random.Next(4, 20) * 10_000, Pick("USD", "EUR"))),
            null,
            null,
            Maybe(0.8, () => (DateOnly?)Today.AddDays(-_random.Next(0, 900))));
    }

    /// <summary>Only the most common skills: the hardest case for pruning.</summary>
    public static CandidateProfile CommonSkillsProfile(string id) =>
        new(id, null, null, [new ProfileSkill(Skill(0), "S0", 1, SkillEvidence.Work), new ProfileSkill(Skill(1), "S1", 1, SkillEvidence.Listed)],
            null, Seniority.Unspecified, null, RemotePreference.Any, null, null, null, null);

    public JobFilters JobFilter() => _random.Next(6) switch
    {
        0 => new JobFilters(RemoteOnly: true),
        1 => new JobFilters(MinSalary: new AnnualPay(_random.Next(5, 20) * 10_000, Pick("USD", "EUR"))),
        2 => new JobFilters(Location: Places[_random.Next(Places.Length)]),
        3 => new JobFilters(EmploymentType: (EmploymentType)_random.Next(0, 4)),
        _ => JobFilters.None,
    };

    public CandidateFilters CandidateFilter() => _random.Next(5) switch
    {
        0 => new CandidateFilters(Location: Places[_random.Next(Places.Length)]),
        1 => new CandidateFilters(MaxExpectedSalary: new AnnualPay(_random.Next(5, 20) * 10_000, Pick("USD", "EUR"))),
        2 => new CandidateFilters(MinSeniority: (Seniority)_random.Next(1, 12)),
        _ => CandidateFilters.None,
    };

    public int Top() => Pick(1, 5, 20, 20, 50, 200);

    private OccupationFit[] Fits() =>
        [.. Enumerable.Range(0, _random.Next(0, 3)).Select(_ => Codes[_random.Next(Codes.Length)]).Distinct()
            .Select(code => new OccupationFit(code, code, Pick(1, 0.9, 0.5, 0.25)))];

    private PayRange Pay()
    {
        var min = _random.Next(3, 15) * 10_000m;
        return new PayRange(min, min + (_random.Next(0, 6) * 10_000m), Pick("USD", "EUR", "GBP"));
    }

    /// <summary>Skewed: skill 0 and 1 appear in most items, the rest fall off.</summary>
    private string[] SkillIds(int count)
    {
        var ids = new HashSet<string>();
        if (_random.NextDouble() < 0.7)
        {
            ids.Add(Skill(0));
        }

        if (_random.NextDouble() < 0.5)
        {
            ids.Add(Skill(1));
        }

        while (ids.Count < count)
        {
            var u = _random.NextDouble();
            ids.Add(Skill((int)(u * u * _skillCount)));
        }

        return [.. ids];
    }

    private T Pick<T>(params T[] options) => options[_random.Next(options.Length)];

    private T? Maybe<T>(double probability, Func<T> value) => _random.NextDouble() < probability ? value() : default;
}
