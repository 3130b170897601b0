using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Tests.Matching;

/// <summary>Small builders so each test states only what it is about.</summary>
internal static class MatchFixtures
{
    public static readonly DateOnly Today = new(2026, 6, 1);

    public static SkillSimilarity Similarity { get; } = new(new Dictionary<string, IReadOnlyList<RelatedSkill>>
    {
        ["postgresql"] = [new RelatedSkill("mysql", 0.8), new RelatedSkill("sql", 0.5)],
        ["kubernetes"] = [new RelatedSkill("docker", 0.7)],
    });

    public static OccupationGraph Occupations { get; } = new(
    [
        new OccupationNode("15-1252.00", "Software Developers", 132_270m, ["15-1253.00"], []),
        new OccupationNode("15-1253.00", "Software Quality Assurance Analysts", 101_800m, ["15-1252.00"], []),
        new OccupationNode("15-1211.00", "Computer Systems Analysts", 103_800m, [], []),
        new OccupationNode("29-1141.00", "Registered Nurses", 86_070m, [], []),
    ]);

    public static RelevanceModel Model { get; } = new(MatchWeights.Default, Similarity, Occupations);

    public static PostingSkill Wants(string id, bool required = true, double weight = 1, double? minYears = null) =>
        new(id, Label(id), weight, required, minYears);

    public static ProfileSkill Has(string id, DateOnly? lastUsed = null, double? years = null) =>
        new(id, Label(id), 1, SkillEvidence.Work, lastUsed, years);

    public static OccupationFit Fit(string code, double score = 1) =>
        new(code, Occupations.Find(code)?.Title ?? code, score);

    public static JobPosting Posting(
        string id = "job-1",
        IEnumerable<PostingSkill>? skills = null,
        IEnumerable<OccupationFit>? occupations = null,
        Seniority seniority = Seniority.Unspecified,
        IEnumerable<Place>? locations = null,
        WorkArrangement arrangement = WorkArrangement.Unspecified,
        PayRange? salary = null,
        DateOnly? posted = null,
        DateOnly? validThrough = null,
        PostingStatus status = PostingStatus.Open,
        EmploymentType employment = EmploymentType.Unspecified,
        string title = "Backend Developer") =>
        new(id, title, "Acme", occupations, skills, seniority, locations, arrangement, salary, posted, validThrough, status, employment);

    public static CandidateProfile Profile(
        string id = "person-1",
        IEnumerable<ProfileSkill>? skills = null,
        IEnumerable<OccupationFit>? occupations = null,
        Seniority seniority = Seniority.Unspecified,
        Place? location = null,
        RemotePreference remote = RemotePreference.Any,
        AnnualPay? expected = null,
        DateOnly? updated = null,
        string? displayName = "Alex Example") =>
        new(id, displayName, "Engineer", skills, occupations, seniority, location, remote, expected, null, 5, updated);

    public static Place City(string city, string? region = null, string? country = "DE") => new(city, region, country);

    public static AnnualPay Usd(decimal amount) => new(amount, "USD");

    public static PayRange UsdRange(decimal min, decimal max) => new(min, max, "USD");

    public static FactorScore Factor(this MatchExplanation explanation, MatchFactor factor) =>
        explanation.Factors.Single(f => f.Factor == factor);

    private static string Label(string id) => char.ToUpperInvariant(id[0]) + id[1..];
}
