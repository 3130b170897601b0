using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Csv;
using OpenTalent.Formats.Esco;
using OpenTalent.Testing;

namespace OpenTalent.Formats.Tests.RealData;

/// <summary>ESCO in the Tabiya layout plus the official v1.2 skill files; figures from SOURCES.md beside the data.</summary>
public class EscoReferenceDataTests
{
    [Fact]
    public void Reads_every_occupation_and_every_alternative_label()
    {
        var release = ReferenceData.Esco().Release;

        release.Release.ShouldBe("v1.1.1");
        release.Occupations.Count.ShouldBe(3_007);
        release.Occupations.ShouldAllBe(o => o.CodeIn(CodeScheme.Isco) != null);
        // Case variants ("CNC miller", "cnc miller") are distinct ESCO labels and are all kept.
        release.Occupations.Sum(o => o.Titles.Count(t => t.Kind == TitleKind.Alternate)).ShouldBe(33_096);
    }

    [Fact]
    public void The_occupations_file_holds_33096_alternative_labels()
    {
        using var reader = CsvReader.Open(SharedData.Require("esco/occupations.csv"));
        var altLabels = reader.RequireColumn("ALTLABELS");
        var count = 0;
        while (reader.Read())
        {
            count += EscoLabels.Split(reader.GetOptionalString(altLabels)).Length;
        }

        count.ShouldBe(33_096);
    }

    [Fact]
    public void Reads_every_skill_of_every_skill_file_once()
    {
        var result = ReferenceData.Esco();

        var skills = result.Release.Skills;
        skills.Count.ShouldBe(14_051);
        skills.Count(s => s.Code is null).ShouldBe(2);
        skills.ShouldContain(s => s.Key == "esco:label:manage tanning operations");
        skills.Count(s => s.Kind == SkillKind.Knowledge).ShouldBeGreaterThan(3_000);
        result.FilesRead.Select(f => f.FileName).ShouldContain("digitalSkillsCollection_en.csv");
    }

    [Fact]
    public void Links_occupations_to_skills_and_counts_what_it_cannot_link()
    {
        var result = ReferenceData.Esco();

        result.RowsIn("occupation_skill_relations_en.csv").ShouldBe(129_004);
        result.Release.OccupationSkills.Count.ShouldBeGreaterThan(125_000);
        result.Release.OccupationSkills.ShouldAllBe(l => l.Relation != SkillRelation.Unspecified);
        result.SkippedRows.ShouldBe(129_004 - result.Release.OccupationSkills.Count - 16); // 16 rows repeat a pair
    }
}
