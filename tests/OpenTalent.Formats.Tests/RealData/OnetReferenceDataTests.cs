using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Formats.Tests.RealData;

/// <summary>The O*NET 29.3 database as published; figures from SOURCES.md beside the data.</summary>
public class OnetReferenceDataTests
{
    [Fact]
    public void Reads_every_occupation_and_every_alternate_title_row()
    {
        var result = ReferenceData.Onet();

        result.Release.Release.ShouldBe("29.3");
        result.Release.Occupations.Count.ShouldBe(1_016);
        result.RowsIn("Alternate Titles.txt").ShouldBe(56_560);
        // Two rows of 21-1014.00 repeat the same title exactly; an occupation holds each title once.
        result.Release.Occupations.Sum(o => o.Titles.Count(t => t.Kind == TitleKind.Alternate)).ShouldBe(56_558);
        result.SkippedRows.ShouldBe(0);
    }

    [Fact]
    public void Reads_technology_tools_and_the_skill_and_knowledge_elements()
    {
        var skills = ReferenceData.Onet().Release.Skills;

        skills.Count(s => s.Kind == SkillKind.Technology).ShouldBeGreaterThanOrEqualTo(8_700);
        skills.Count(s => s.Kind == SkillKind.Tool).ShouldBeGreaterThan(10_000);
        skills.Count(s => s.Kind == SkillKind.Skill).ShouldBe(35);
        skills.Count(s => s.Kind == SkillKind.Knowledge).ShouldBe(33);
        skills.ShouldContain(s => s.Kind == SkillKind.Technology && s.Hot && s.InDemand);
    }

    [Fact]
    public void Element_ratings_keep_importance_and_level_except_where_onet_recommends_suppressing_them()
    {
        var release = ReferenceData.Onet().Release;

        var elementLinks = release.OccupationSkills.Where(l => l.SkillKey.StartsWith("element:", StringComparison.Ordinal)).ToList();
        elementLinks.Count.ShouldBe((61_530 + 58_014) / 2);
        // Recommend Suppress is Y on 124 LV rows of Skills.txt and on 19 IM and 4,778 LV rows of Knowledge.txt.
        elementLinks.Count(l => l.Importance == null).ShouldBe(19);
        elementLinks.Count(l => l.Level == null).ShouldBe(124 + 4_778);
        release.Occupations.Count(o => o.JobZone != null).ShouldBe(923);
        release.RelatedOccupations.Count.ShouldBe(18_460);
    }
}
