using OpenTalent.Core.Matching;
using OpenTalent.Core.Search;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Core.Understanding;
using OpenTalent.Storage.Matching;
using OpenTalent.Storage.Search;
using OpenTalent.Text.Models;
using OpenTalent.Text.Search;

namespace OpenTalent.Storage.Tests.Search;

/// <summary>
/// A small taxonomy (Kubernetes with the alias "k8s", Python, nursing; software developers with the titles
/// "programmer" and "application developer", nurses, accountants) and postings written in code, all dated relative
/// to a fixed today.
/// </summary>
internal static class SearchFixture
{
    public static readonly DateOnly Today = new(2026, 11, 20);

    private static readonly Lazy<SearchQueryParser> LazyParser = new(BuildParser);

    public static SearchQueryParser Parser => LazyParser.Value;

    public static TimeProvider Clock { get; } = new FixedClock(new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    public static JobSearchStore SearchOn(Database database) => new(database, _ => Task.FromResult(Parser), Clock);

    public static MatchingStore Store(Database database) => new(database, Clock);

    public static JobPosting Posting(
        string identifier,
        string title,
        string occupationCode = "15-1252.00",
        string[]? skills = null,
        WorkArrangement arrangement = WorkArrangement.OnSite,
        Seniority seniority = Seniority.Mid,
        Place? place = null,
        PayRange? salary = null,
        int daysAgo = 1,
        DateOnly? validThrough = null,
        PostingStatus status = PostingStatus.Open) => new(
            identifier,
            title,
            "Acme " + identifier,
            [new OccupationFit(occupationCode, OccupationLabel(occupationCode), 0.9)],
            (skills ?? []).Select(s => new PostingSkill("starter:" + s, SkillLabel(s), 1, required: true)),
            seniority,
            [place ?? new Place("Berlin", null, "DE")],
            arrangement,
            salary,
            Today.AddDays(-daysAgo),
            validThrough,
            status);

    public static Task SaveAsync(MatchingStore store, params JobPosting[] postings) =>
        store.SavePostingsAsync([.. postings.Select(p => new PostingRecord(p, $"About the {p.Title} role at {p.Employer}. You will work with our team.", "{}"))], CancellationToken.None);

    public static string[] Ids(JobSearchResults results) => [.. results.Items.Select(i => i.Identifier)];

    private static string OccupationLabel(string code) => code switch
    {
        "15-1252.00" => "Software Developers",
        "29-1141.00" => "Registered Nurses",
        "13-2011.00" => "Accountants and Auditors",
        _ => code,
    };

    private static string SkillLabel(string key) => key switch
    {
        "kubernetes" => "Kubernetes",
        "python" => "Python",
        "nursing" => "Patient care",
        "accounting" => "Accounting",
        _ => key,
    };

    private static SearchQueryParser BuildParser()
    {
        var skills = new List<SnapshotSkill>();
        int Skill(string key, string label, params string[] aliases)
        {
            skills.Add(new SnapshotSkill(skills.Count, TaxonomySource.Starter, key, label, SkillKind.Technology, "starter", null, aliases, null, false, false));
            return skills.Count - 1;
        }

        var kubernetes = Skill("kubernetes", "Kubernetes", "k8s", "kube");
        var python = Skill("python", "Python", "python3");
        var nursing = Skill("nursing", "Patient care", "nursing care");
        var accounting = Skill("accounting", "Accounting", "bookkeeping");
        var occupations = new List<SnapshotOccupation>();
        void Occupation(string code, string title, string[] others, params int[] links) => occupations.Add(new SnapshotOccupation(
            occupations.Count,
            TaxonomySource.Onet,
            code,
            title,
            null,
            [new OccupationCode(CodeScheme.OnetSoc, code)],
            [new OccupationTitle(title, TitleKind.Preferred), .. others.Select(o => new OccupationTitle(o, TitleKind.Alternate))],
            [],
            [.. links.Select(l => new SnapshotLink(l, SkillRelation.Essential, null))],
            [],
            null));
        Occupation("15-1252.00", "Software Developers", ["Software Developer", "Programmer", "Application Developer"], kubernetes, python);
        Occupation("29-1141.00", "Registered Nurses", ["Registered Nurse", "Staff Nurse"], nursing);
        Occupation("13-2011.00", "Accountants and Auditors", ["Accountant", "Auditor"], accounting);
        var snapshot = new TaxonomySnapshot(occupations, skills);
        return SearchQueryParser.Build(snapshot, TextModels.Build(snapshot));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
