using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Skills.Lexicon;

namespace OpenTalent.Text.Tests.Skills.Lexicon;

/// <summary>A small taxonomy built in code: a few technologies with aliases, look-alike words and generic skills.</summary>
internal static class LexiconFixture
{
    public static TaxonomySnapshot Snapshot { get; } = Create();

    public static SkillLexicon Lexicon { get; } = SkillLexicon.Build(Snapshot);

    public static int Skill(TaxonomySource source, string label) =>
        Snapshot.Skills.Single(s => s.Source == source && s.Label == label).Index;

    private static TaxonomySnapshot Create()
    {
        var skills = new List<SnapshotSkill>();
        void Add(TaxonomySource source, string label, SkillKind kind, params string[] alts) =>
            skills.Add(new SnapshotSkill(skills.Count, source, $"k{skills.Count}", label, kind, "test", null, alts, null, false, false));

        Add(TaxonomySource.Starter, "Kubernetes", SkillKind.Technology, "k8s", "kube");
        Add(TaxonomySource.Starter, "Go", SkillKind.Technology, "Golang");
        Add(TaxonomySource.Starter, "R", SkillKind.Technology, "R programming");
        Add(TaxonomySource.Starter, "Microsoft Excel", SkillKind.Technology, "Excel", "MS Excel");
        Add(TaxonomySource.Starter, "Apache Spark", SkillKind.Technology, "Spark", "PySpark");
        Add(TaxonomySource.Starter, "Python", SkillKind.Technology);
        Add(TaxonomySource.Starter, "Java", SkillKind.Technology);
        Add(TaxonomySource.Starter, "SQL", SkillKind.Technology);
        Add(TaxonomySource.Starter, "Microsoft SQL Server", SkillKind.Technology, "SQL Server", "MSSQL");
        Add(TaxonomySource.Starter, "Machine learning", SkillKind.Knowledge, "ML");
        Add(TaxonomySource.Onet, "Python", SkillKind.Technology);
        Add(TaxonomySource.Onet, "Relational database management software", SkillKind.Technology);
        Add(TaxonomySource.Esco, "Python (computer programming)", SkillKind.Knowledge, "Python");
        Add(TaxonomySource.Esco, "databases", SkillKind.Knowledge, "database");
        Add(TaxonomySource.Esco, "manage staff", SkillKind.Skill, "managing staff", "manage employees");
        Add(TaxonomySource.Esco, "communication", SkillKind.Skill);
        Add(TaxonomySource.Esco, "learning", SkillKind.Knowledge);
        Add(TaxonomySource.Onet, "Docker", SkillKind.Technology);

        // Ordinary prose in which "communication" is a common word: it comes out generic.
        var tasks = Enumerable.Range(0, 60).Select(i => $"Maintain clear communication with clients about order {i}.").ToList();
        var occupation = new SnapshotOccupation(0, TaxonomySource.Onet, "15-1252.00", "Software Developers", "Develop software.", [], [], tasks, [], [], null);
        return new TaxonomySnapshot([occupation], skills);
    }
}
