using OpenTalent.Core.Matching;
using OpenTalent.Core.Matching.WageMoves;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Tests.Matching.WageMoves;

/// <summary>
/// A hand-built market whose right answers are worked out in the tests: a dozen postings around a USD 100,000
/// baseline and four occupations, Data Analyst → Data Engineer → ML Platform Engineer forming a two-step path.
/// </summary>
internal static class WageMarket
{
    public static readonly DateOnly Today = new(2026, 6, 1);

    public const string Analyst = "15-2051.01";
    public const string Engineer = "15-1243.01";
    public const string Platform = "15-1299.08";
    public const string Accountant = "13-2011.00";

    public static OccupationGraph Graph() => new(
    [
        new OccupationNode(Analyst, "Data Analyst", 80_000m, [Engineer],
            [Skill("python", 0.8), Skill("sql", 1.0), Skill("excel", 0.6)]),
        new OccupationNode(Engineer, "Data Engineer", 100_000m, [Analyst, Platform],
            [Skill("python", 0.9), Skill("sql", 0.9), Skill("spark", 0.8)]),
        new OccupationNode(Platform, "ML Platform Engineer", 150_000m, [Engineer],
            [Skill("python", 0.9), Skill("k8s", 0.9), Skill("spark", 0.7), Skill("mlops", 0.8)]),
        new OccupationNode(Accountant, "Accountant", 90_000m, [],
            [Skill("excel", 1.0), Skill("accounting", 1.0)]),
    ]);

    /// <summary>Python and SQL held; the salary and occupations vary by test.</summary>
    public static CandidateProfile Person(AnnualPay? expected = null, AnnualPay? current = null, params string[] occupations) => new(
        "person-1", null, null,
        [new ProfileSkill("python", "Python", 1, SkillEvidence.Work, Today), new ProfileSkill("sql", "SQL", 1, SkillEvidence.Work, Today)],
        occupations.Select(code => new OccupationFit(code, code, 1)),
        Seniority.Mid, null, RemotePreference.Any, expected, current, 5, Today);

    public static AnnualPay Usd(decimal amount) => new(amount, "USD");

    /// <summary>
    /// Against USD 100,000 with a 10% floor (USD 110,000): p3 pays too little, p8 is in EUR, p9 is closed and p11
    /// gives no pay. The person (Python, SQL) misses Kubernetes in p4 and p5, Kubernetes and Terraform in p6 and p12,
    /// Terraform in p7, and three skills in p10.
    /// </summary>
    public static IReadOnlyList<JobPosting> Postings() =>
    [
        Posting("p1", 150_000, "USD", Required("python"), Required("sql")),
        Posting("p2", 120_000, "USD", Required("python")),
        Posting("p3", 105_000, "USD", Required("python")),
        Posting("p4", 130_000, "USD", Required("python"), Required("k8s")),
        Posting("p5", 140_000, "USD", Required("sql"), Required("k8s")),
        Posting("p6", 125_000, "USD", Required("k8s"), Required("terraform")),
        Posting("p7", 160_000, "USD", Required("terraform")),
        Posting("p8", 200_000, "EUR", Required("python")),
        Posting("p9", 200_000, "USD", PostingStatus.Closed, Required("python")),
        Posting("p10", 115_000, "USD", Required("rust"), Required("go"), Required("java")),
        new JobPosting("p11", "Job p11", null, null, [Required("python")], Seniority.Mid, null, WorkArrangement.Remote, null, Today),
        Posting("p12", 170_000, "USD", Required("k8s"), Required("terraform")),
    ];

    public static JobPosting Posting(string id, decimal max, string currency, params PostingSkill[] skills) =>
        Posting(id, max, currency, PostingStatus.Open, skills);

    public static JobPosting Posting(string id, decimal max, string currency, PostingStatus status, params PostingSkill[] skills) =>
        new(id, $"Job {id}", null, null, skills, Seniority.Mid, null, WorkArrangement.Remote, new PayRange(max * 0.8m, max, currency), Today, status: status);

    public static PostingSkill Required(string id) => new(id, Label(id), 1, required: true);

    public static PostingSkill Preferred(string id) => new(id, Label(id), 1, required: false);

    public static RelevanceModel Model(OccupationGraph? graph = null, SkillSimilarity? similarity = null) =>
        new(MatchWeights.Default, similarity ?? SkillSimilarity.Empty, graph ?? Graph());

    /// <summary>An index over <paramref name="postings"/> (the dozen by default) and the advisor that reads it.</summary>
    public static (MatchIndex Index, WageMoveAdvisor Advisor) Advisor(IEnumerable<JobPosting>? postings = null, RelevanceModel? model = null)
    {
        model ??= Model();
        var index = new MatchIndex(model);
        foreach (var posting in postings ?? Postings())
        {
            index.Upsert(posting);
        }

        return (index, new WageMoveAdvisor(index, model));
    }

    private static OccupationSkillWeight Skill(string id, double importance) => new(id, Label(id), importance);

    private static string Label(string id) => id switch
    {
        "k8s" => "Kubernetes",
        "sql" => "SQL",
        _ => char.ToUpperInvariant(id[0]) + id[1..],
    };
}
