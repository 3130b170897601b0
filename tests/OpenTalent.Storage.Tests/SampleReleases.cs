using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Storage.Tests;

/// <summary>Small releases built in code, shaped like the real sources.</summary>
internal static class SampleReleases
{
    public static TaxonomyRelease Onet(string release = "29.3", string developerTitle = "Software Developers") => new(
        TaxonomySource.Onet,
        release,
        [
            new Occupation(
                "15-1252.00",
                developerTitle,
                "Research, design, and develop computer and network software.",
                [new OccupationCode(CodeScheme.OnetSoc, "15-1252.00"), new OccupationCode(CodeScheme.Soc, "15-1252")],
                [new OccupationTitle("Application Developer", TitleKind.Alternate), new OccupationTitle("Coder", TitleKind.Reported)],
                [new OccupationTask("Write code.", isCore: true), new OccupationTask("Review code.", isCore: false)],
                jobZone: 4),
            new Occupation(
                "15-2051.00",
                "Data Scientists",
                null,
                [new OccupationCode(CodeScheme.OnetSoc, "15-2051.00"), new OccupationCode(CodeScheme.Soc, "15-2051")],
                [new OccupationTitle("Machine Learning Scientist", TitleKind.Alternate)]),
        ],
        [
            new Skill("tech:Python", "Python", SkillKind.Technology, "onet-tech", "43232403", hot: true, inDemand: true),
            new Skill("element:2.A.1.a", "Reading Comprehension", SkillKind.Skill, "onet-element", "2.A.1.a"),
        ],
        [
            new OccupationSkill("15-1252.00", "tech:Python", hot: true, inDemand: true),
            new OccupationSkill("15-1252.00", "element:2.A.1.a", importance: 3.5, level: 4.12),
            new OccupationSkill("15-2051.00", "tech:Python", hot: true),
        ],
        [new RelatedOccupation("15-1252.00", "15-2051.00", "Primary-Short", 1)]);

    public static TaxonomyRelease Oews() => new(
        TaxonomySource.Oews,
        "May 2024",
        wages:
        [
            new OccupationWage(
                "15-1252",
                "Software Developers",
                SocGroupLevel.Detailed,
                2024,
                1_654_440,
                new WageDistribution(new(79_850m), new(101_200m), new(133_080m), new(168_570m), new(211_450m), new(144_570m)),
                new WageDistribution(new(38.39m), new(48.65m), new(63.98m), new(81.04m), new(101.66m), new(69.50m)),
                "BLS OEWS May 2024, national"),
            new OccupationWage(
                "11-1011",
                "Chief Executives",
                SocGroupLevel.Detailed,
                2024,
                null,
                new WageDistribution(new(73_710m), null, new(206_420m), new(239_200m, isLowerBound: true), new(239_200m, isLowerBound: true), null),
                WageDistribution.Unavailable),
        ]);

    public static TaxonomyRelease Esco() => new(
        TaxonomySource.Esco,
        "v1.1.1",
        [
            new Occupation(
                "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1",
                "software developer",
                null,
                [new OccupationCode(CodeScheme.EscoUri, "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"), new OccupationCode(CodeScheme.Isco, "2512")],
                [new OccupationTitle("programmer", TitleKind.Alternate)]),
        ],
        [new Skill("http://data.europa.eu/esco/skill/python", "Python (computer programming)", SkillKind.Knowledge, "esco", "http://data.europa.eu/esco/skill/python", ["Python"])],
        [new OccupationSkill("http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1", "http://data.europa.eu/esco/skill/python", SkillRelation.Essential)]);
}
