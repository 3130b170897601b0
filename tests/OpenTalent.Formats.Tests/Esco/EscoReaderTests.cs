using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Esco;
using OpenTalent.Formats.Reading;
using OpenTalent.Testing;
using static OpenTalent.Formats.Tests.Esco.EscoFixture;

namespace OpenTalent.Formats.Tests.Esco;

public class EscoReaderTests
{
    [Fact]
    public void Reads_tabiya_occupations_with_uri_isco_and_alternative_labels()
    {
        using var folder = new TempDirectory();
        WriteTabiya(folder);

        var release = Read(folder.Path).Release;

        release.Source.ShouldBe(TaxonomySource.Esco);
        release.Release.ShouldBe("v1.1.1");
        var developer = release.Occupations[0];
        developer.Key.ShouldBe($"{OccupationUri}dev");
        developer.CodeIn(CodeScheme.EscoUri).ShouldBe($"{OccupationUri}dev");
        developer.CodeIn(CodeScheme.Isco).ShouldBe("2512");
        developer.Description.ShouldBe("Writes software.");
        // "Coder" and "coder" are distinct labels; the preferred label listed among the alternatives stays as one.
        developer.Titles.Where(t => t.Kind == TitleKind.Alternate).Select(t => t.Text).ShouldBe(["programmer", "coder", "Coder", "software developer"]);
        release.Occupations[1].Titles.Count.ShouldBe(1);
    }

    [Fact]
    public void Merges_skills_from_every_skill_file_by_uri()
    {
        using var folder = new TempDirectory();
        WriteTabiya(folder);

        var skills = Read(folder.Path).Release.Skills.ToDictionary(s => s.Key);

        skills.Keys.ShouldBe([$"{SkillUri}py", $"{SkillUri}care", $"{SkillUri}team", "esco:label:manage tanning operations", $"{SkillUri}ethics", $"{SkillUri}sql"], ignoreOrder: true);
        var python = skills[$"{SkillUri}py"];
        (python.Kind, python.Scheme, python.Code).ShouldBe((SkillKind.Knowledge, "esco", $"{SkillUri}py"));
        python.AltLabels.ShouldBe(["python programming", "python", "Python 3", "CPython"]);
        python.Description.ShouldBe("A programming language.");
        var team = skills[$"{SkillUri}team"];
        team.Kind.ShouldBe(SkillKind.Skill);
        team.AltLabels.ShouldBe(["collaborate", "cooperate"]);
        team.Description.ShouldBe("Work with others.");
    }

    [Fact]
    public void The_official_v1_2_label_leads_and_the_older_label_stays_an_alternative()
    {
        using var folder = new TempDirectory();
        WriteTabiya(folder);

        var care = Read(folder.Path).Release.Skills.Single(s => s.Key == $"{SkillUri}care");

        care.PreferredLabel.ShouldBe("provide patient care");
        care.AltLabels.ShouldBe(["look after patients", "care for patients"], ignoreOrder: true);
    }

    [Fact]
    public void A_skill_without_a_uri_is_kept_under_a_key_made_from_its_label()
    {
        using var folder = new TempDirectory();
        WriteTabiya(folder);

        var tanning = Read(folder.Path).Release.Skills.Single(s => s.Code is null);

        tanning.Key.ShouldBe("esco:label:manage tanning operations");
        tanning.PreferredLabel.ShouldBe("manage tanning operations");
        tanning.AltLabels.ShouldBe(["plan tanning operations"]);
    }

    [Fact]
    public void Relations_resolve_labels_and_ambiguous_uris_merge_duplicates_and_skip_what_is_unknown()
    {
        using var folder = new TempDirectory();
        WriteTabiya(folder);

        var result = Read(folder.Path);

        result.Release.OccupationSkills.Select(l => (l.OccupationKey[OccupationUri.Length..], l.SkillKey[SkillUri.Length..], l.Relation)).ShouldBe([
            ("dev", "py", SkillRelation.Essential),
            ("dev", "sql", SkillRelation.Essential),
            ("nurse", "care", SkillRelation.Essential),
            ("nurse", "team", SkillRelation.Optional),
        ]);
        result.SkippedRows.ShouldBe(3);
        result.Warnings.ShouldContain(w => w.StartsWith("1 row(s) skipped: no skill URI, and the skill label matches no single skill (e.g. occupation_skill_relations_en.csv, line 6)", StringComparison.Ordinal));
        result.Warnings.ShouldContain(w => w.StartsWith("1 row(s) skipped: the occupation URI is not in the occupations file", StringComparison.Ordinal));
        result.Warnings.ShouldContain(w => w.StartsWith("1 row(s) skipped: the skill URI is not in any skill file", StringComparison.Ordinal));
        result.Warnings.ShouldContain("occupation_skill_relations_en.csv: 1 row(s) without a skill URI were linked by their skill label.");
        result.Warnings.ShouldContain("occupation_skill_relations_en.csv: 1 row(s) naming two skill URIs (uri|uri) were linked to the first one the skill files know.");
    }

    [Fact]
    public void Reads_the_official_download_one_folder_down_and_takes_the_release_from_its_name()
    {
        using var folder = new TempDirectory();
        WriteOfficial(folder);

        var result = Read(folder.Path);

        result.Release.Release.ShouldBe("v1.2.0");
        result.Release.Occupations.Single().CodeIn(CodeScheme.Isco).ShouldBe("2512");
        result.Release.Occupations.Single().Titles.Count(t => t.Kind == TitleKind.Alternate).ShouldBe(2);
        result.Release.Skills.Single().AltLabels.ShouldBe(["python programming"]);
        result.Release.OccupationSkills.Single().Relation.ShouldBe(SkillRelation.Essential);
        result.FilesRead.Select(f => f.FileName).ShouldBe(["occupations_en.csv", "skills_en.csv", "occupationSkillRelations_en.csv"]);
    }

    [Fact]
    public void Prefers_the_occupations_file_at_the_top_of_the_folder()
    {
        using var folder = new TempDirectory();
        WriteTabiya(folder);
        folder.Write("v1.2.0/occupations_en.csv", $"conceptUri,iscoGroup,preferredLabel,altLabels\n{OccupationUri}other,1111,other,\n");

        Read(folder.Path).Release.Occupations.Count.ShouldBe(2);
    }

    [Fact]
    public void Without_skill_or_relation_files_occupations_are_still_read_and_the_gap_noted()
    {
        using var folder = new TempDirectory();
        folder.Write("occupations_en.csv", $"conceptUri,iscoGroup,preferredLabel,altLabels\n{OccupationUri}dev,2512,software developer,\n");

        var result = Read(folder.Path);

        result.Release.Occupations.Count.ShouldBe(1);
        result.Release.Release.ShouldBe("unknown");
        result.Warnings.Count.ShouldBe(2);
    }

    [Fact]
    public void A_missing_occupations_file_or_folder_is_a_clear_error()
    {
        using var folder = new TempDirectory();
        folder.Write("skills_en.csv", "conceptUri,skillType,preferredLabel\n");

        Should.Throw<SourceDataException>(() => Read(folder.Path)).Message.ShouldStartWith("occupations.csv: the required file is missing");
        Should.Throw<SourceDataException>(() => Read(folder.File("esco"))).Message.ShouldContain("the folder does not exist");
    }

    [Fact]
    public void An_invalid_occupation_uri_is_an_error_naming_file_and_line()
    {
        using var folder = new TempDirectory();
        folder.Write("occupations.csv", $"\"ORIGINURI\",\"PREFERREDLABEL\"\n\"{OccupationUri}a\",\"a\"\n\"not a uri\",\"b\"\n");

        Should.Throw<SourceDataException>(() => Read(folder.Path)).Message
            .ShouldBe("occupations.csv, line 3: 'not a uri' is not a valid ESCO URI code.");
    }

    [Fact]
    public void An_occupations_file_without_a_uri_column_is_an_error()
    {
        using var folder = new TempDirectory();
        folder.Write("occupations.csv", "\"ID\",\"PREFERREDLABEL\"\n\"1\",\"a\"\n");

        Should.Throw<SourceDataException>(() => Read(folder.Path)).Message
            .ShouldStartWith("occupations.csv: the required column 'conceptUri' is missing");
    }

    [Theory]
    [InlineData("a\nb\r\nc", new[] { "a", "b", "c" })]
    [InlineData("a | b |c", new[] { "a", "b |c" })]
    [InlineData(" ", new string[0])]
    public void Splits_alternative_labels_on_line_breaks_and_on_spaced_bars(string cell, string[] labels) =>
        EscoLabels.Split(cell).ShouldBe(labels);

    private static SourceReadResult Read(string path) => EscoReader.Read(path, cancellationToken: TestContext.Current.CancellationToken);
}
