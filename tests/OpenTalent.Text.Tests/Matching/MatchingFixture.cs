using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Text.Tests.Matching;

/// <summary>
/// A small taxonomy in which the three sources name some skills alike: starter, O*NET and ESCO "Python", an ESCO
/// "Python (computer programming)" that only has "Python" as an alternative label, and a few occupations.
/// </summary>
internal sealed class MatchingFixture
{
    public const string EscoPythonUri = "http://data.europa.eu/esco/skill/python-programming";
    public const string EscoProjectUri = "http://data.europa.eu/esco/skill/project-management";
    public const string EscoNursingUri = "http://data.europa.eu/esco/skill/nursing";
    public const string EscoDeveloperUri = "http://data.europa.eu/esco/occupation/software-developer";
    public const string EscoNurseUri = "http://data.europa.eu/esco/occupation/general-nurse";

    private readonly List<SnapshotSkill> skills = [];
    private readonly List<SnapshotOccupation> occupations = [];

    public int Skill(TaxonomySource source, string key, string label, SkillKind kind = SkillKind.Skill, string? code = null, params string[] altLabels)
    {
        skills.Add(new SnapshotSkill(skills.Count, source, key, label, kind, source.Key(), code, altLabels, null, false, false));
        return skills.Count - 1;
    }

    public int Occupation(TaxonomySource source, string key, string title, OccupationCode[] codes, SnapshotLink[] links, int[]? related = null, decimal? wage = null)
    {
        occupations.Add(new SnapshotOccupation(
            occupations.Count, source, key, title, null, codes, [new OccupationTitle(title, TitleKind.Preferred)], [], links, related ?? [], wage));
        return occupations.Count - 1;
    }

    public TaxonomySnapshot Snapshot() => new(occupations.ToArray(), skills.ToArray());

    public static SnapshotLink Rated(int skill, double importance) => new(skill, SkillRelation.Unspecified, importance);

    public static SnapshotLink Unrated(int skill) => new(skill, SkillRelation.Unspecified, null);

    public static SnapshotLink Essential(int skill) => new(skill, SkillRelation.Essential, null);

    public static SnapshotLink Optional(int skill) => new(skill, SkillRelation.Optional, null);

    public static OccupationCode OnetSoc(string code) => new(CodeScheme.OnetSoc, code);

    public static OccupationCode Esco(string uri) => new(CodeScheme.EscoUri, uri);

    public static OccupationCode Local(string key) => new(CodeScheme.Local, key);

    /// <summary>Skills only: three Pythons, two project managements, two distinct ESCO skills with one shared alt label.</summary>
    public static MatchingFixture SkillsOnly()
    {
        var fixture = new MatchingFixture();
        fixture.Skill(TaxonomySource.Esco, "python", "Python (computer programming)", SkillKind.Knowledge, EscoPythonUri, "Python", "Python3");
        fixture.Skill(TaxonomySource.Onet, "tech:Python", "Python", SkillKind.Technology);
        fixture.Skill(TaxonomySource.Starter, "python", "Python", SkillKind.Technology, null, "py", "Python 3");
        fixture.Skill(TaxonomySource.Esco, "project-management", "project management", SkillKind.Skill, EscoProjectUri, "managing projects");
        fixture.Skill(TaxonomySource.Starter, "project-management", "Project Management", SkillKind.Skill, null, "project delivery");
        fixture.Skill(TaxonomySource.Esco, "nursing", "nursing science", SkillKind.Knowledge, EscoNursingUri, "care");
        fixture.Skill(TaxonomySource.Esco, "care-elderly", "care for the elderly", SkillKind.Skill, "http://data.europa.eu/esco/skill/care-elderly", "care");
        fixture.Skill(TaxonomySource.Onet, "tech:Kubernetes", "Kubernetes", SkillKind.Technology);
        return fixture;
    }
}
