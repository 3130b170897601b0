using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Onet;
using OpenTalent.Formats.Reading;

namespace OpenTalent.Formats.Tests.Onet;

public class OnetReaderTests
{
    [Fact]
    public void Reads_occupations_with_both_codes_titles_tasks_and_job_zone()
    {
        using var fixture = OnetFixture.Complete();

        var release = Read(fixture).Release;

        release.Source.ShouldBe(TaxonomySource.Onet);
        release.Release.ShouldBe("29.3");
        release.Occupations.Select(o => o.Key).ShouldBe(["15-1252.00", "15-1211.00", "29-1141.00"]);
        var developer = release.Occupations[0];
        developer.CodeIn(CodeScheme.OnetSoc).ShouldBe("15-1252.00");
        developer.CodeIn(CodeScheme.Soc).ShouldBe("15-1252");
        developer.Description.ShouldBe("Research, design, and develop computer software.");
        developer.JobZone.ShouldBe(4);
        developer.Titles.Select(t => (t.Text, t.Kind)).ShouldBe([
            ("Software Developers", TitleKind.Preferred),
            ("Application Developer", TitleKind.Alternate),
            ("Software Development Engineer", TitleKind.Alternate),
            ("SDE", TitleKind.ShortTitle),
            ("Software Engineer", TitleKind.Reported),
        ]);
        developer.Tasks.Select(t => (t.Text, t.IsCore)).ShouldBe([
            ("Modify existing software to correct errors.", true),
            ("Confer with data processing staff.", false),
        ]);
        release.Occupations[2].Description.ShouldBeNull();
        release.Occupations[2].Tasks.Single().IsCore.ShouldBeFalse();
        release.Occupations[1].JobZone.ShouldBeNull();
    }

    [Fact]
    public void A_technology_is_one_skill_hot_if_any_row_says_so_and_each_link_keeps_its_own_flags()
    {
        using var fixture = OnetFixture.Complete();

        var release = Read(fixture).Release;

        var python = release.Skills.Single(s => s.Key == "tech:Python");
        python.Kind.ShouldBe(SkillKind.Technology);
        python.Code.ShouldBe("43232405");
        python.Scheme.ShouldBe("unspsc");
        (python.Hot, python.InDemand).ShouldBe((true, true));
        release.Skills.Single(s => s.Key == "tech:Microsoft Excel").Hot.ShouldBeFalse();
        release.Skills.Single(s => s.Key == "tool:Stethoscopes").Kind.ShouldBe(SkillKind.Tool);
        var links = release.OccupationSkills.Where(l => l.SkillKey == "tech:Python").ToDictionary(l => l.OccupationKey);
        links["15-1252.00"].Hot.ShouldBeTrue();
        links["15-1211.00"].Hot.ShouldBeFalse();
    }

    [Fact]
    public void Skill_and_knowledge_elements_take_importance_from_IM_and_level_from_LV()
    {
        using var fixture = OnetFixture.Complete();

        var release = Read(fixture).Release;

        var programming = release.Skills.Single(s => s.Key == "element:2.B.3.e");
        (programming.Kind, programming.Code, programming.Scheme).ShouldBe((SkillKind.Skill, "2.B.3.e", "onet"));
        programming.Description.ShouldBe("Writing computer programs for various purposes.");
        release.Skills.Single(s => s.Key == "element:2.C.5.a").Kind.ShouldBe(SkillKind.Knowledge);
        var links = release.OccupationSkills.Where(l => l.SkillKey.StartsWith("element:", StringComparison.Ordinal)).ToDictionary(l => l.OccupationKey);
        (links["15-1252.00"].Importance, links["15-1252.00"].Level).ShouldBe((4.125, 5.5));
        // "n/a" is absent; a value O*NET recommends suppressing is dropped, but the link stays.
        (links["15-1211.00"].Importance, links["15-1211.00"].Level).ShouldBe((null, null));
        // "0.125" and "0.1250" are the same number; an empty cell is absent.
        (links["29-1141.00"].Importance, links["29-1141.00"].Level).ShouldBe((0.125, null));
    }

    [Fact]
    public void Related_occupations_keep_tier_and_rank_and_unknown_targets_are_skipped_and_counted()
    {
        using var fixture = OnetFixture.Complete();

        var result = Read(fixture);

        result.Release.RelatedOccupations.Select(r => (r.OccupationKey, r.RelatedKey, r.Tier, r.Rank)).ShouldBe([
            ("15-1252.00", "15-1211.00", "Primary-Short", 1),
            ("15-1211.00", "15-1252.00", "Primary-Long", 1),
        ]);
        result.SkippedRows.ShouldBe(2);
        result.Warnings.ShouldContain(w => w.Contains("related O*NET-SOC code is not in Occupation Data.txt", StringComparison.Ordinal)
            && w.Contains("Related Occupations.txt, line 3", StringComparison.Ordinal));
        result.Warnings.ShouldContain(w => w.StartsWith("1 row(s) skipped: the O*NET-SOC code is not in Occupation Data.txt", StringComparison.Ordinal)
            && w.Contains("Alternate Titles.txt, line 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_rows_read_per_file()
    {
        using var fixture = OnetFixture.Complete();

        var result = Read(fixture);

        result.RowsIn("Occupation Data.txt").ShouldBe(3);
        result.RowsIn("Alternate Titles.txt").ShouldBe(4);
        result.RowsIn("Skills.txt").ShouldBe(4);
    }

    [Fact]
    public void Optional_files_may_be_missing_and_are_noted()
    {
        using var fixture = OnetFixture.Complete();
        foreach (var file in new[] { "Read Me.txt", "Tools Used.txt", "Knowledge.txt", "Related Occupations.txt", "Content Model Reference.txt" })
        {
            fixture.Delete(file);
        }

        var result = Read(fixture);

        result.Release.Release.ShouldBe("unknown");
        result.Release.Skills.ShouldNotContain(s => s.Kind == SkillKind.Tool || s.Kind == SkillKind.Knowledge);
        result.Release.RelatedOccupations.ShouldBeEmpty();
        result.RowsIn("Tools Used.txt").ShouldBeNull();
        result.Warnings.ShouldContain("Tools Used.txt is not in the folder; what it holds was not read.");
    }

    [Fact]
    public void An_invalid_occupation_code_is_an_error_naming_file_and_line()
    {
        using var fixture = OnetFixture.Complete();
        fixture.Write("Occupation Data.txt",
            "O*NET-SOC Code\tTitle\tDescription",
            "15-1252.00\tSoftware Developers\tWrite software.",
            "15-12X2.00\tBroken\tNo.");

        Should.Throw<SourceDataException>(() => Read(fixture)).Message
            .ShouldBe("Occupation Data.txt, line 3: the O*NET-SOC code '15-12X2.00' is not valid");
    }

    [Fact]
    public void A_domain_validation_failure_is_reported_at_its_row()
    {
        using var fixture = OnetFixture.Complete();
        fixture.Write("Task Statements.txt",
            "O*NET-SOC Code\tTitle\tTask ID\tTask\tTask Type",
            "15-1252.00\tSoftware Developers\t1\tWrite code.\tCore",
            "15-1252.00\tSoftware Developers\t2\t \tCore");

        var error = Should.Throw<SourceDataException>(() => Read(fixture));

        error.Message.ShouldBe("Task Statements.txt, line 3: text must not be empty.");
        error.InnerException.ShouldBeOfType<ArgumentException>();
    }

    [Fact]
    public void An_occupation_without_a_title_is_reported_at_its_line_in_occupation_data()
    {
        using var fixture = OnetFixture.Complete();
        fixture.Write("Occupation Data.txt",
            "O*NET-SOC Code\tTitle\tDescription",
            "15-1252.00\t\tWrite software.");

        Should.Throw<SourceDataException>(() => Read(fixture)).Message
            .ShouldBe("Occupation Data.txt, line 2: title must not be empty.");
    }

    [Theory]
    [InlineData("Job Zones.txt", "O*NET-SOC Code\tTitle\tJob Zone", "15-1252.00\tSoftware Developers\t9", "Job Zones.txt, line 2: the job zone '9' is not a whole number from 1 to 5")]
    [InlineData("Skills.txt", "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tData Value", "15-1252.00\tSoftware Developers\t2.B.3.e\tProgramming\tIM\tfour", "Skills.txt, line 2: the data value 'four' is not a number")]
    [InlineData("Technology Skills.txt", "O*NET-SOC Code\tTitle\tExample", "15-1252.00\tSoftware Developers\tPython\textra", "Technology Skills.txt, line 2: expected 3 fields as the header names, found 4")]
    public void Malformed_rows_are_errors_naming_file_and_line(string file, string header, string row, string message)
    {
        using var fixture = OnetFixture.Complete();
        fixture.Write(file, header, row);

        Should.Throw<SourceDataException>(() => Read(fixture)).Message.ShouldBe(message);
    }

    [Fact]
    public void A_missing_required_column_names_file_and_column()
    {
        using var fixture = OnetFixture.Complete();
        fixture.Write("Alternate Titles.txt", "O*NET-SOC Code\tTitle\tShort Title", "15-1252.00\tSoftware Developers\tSDE");

        Should.Throw<SourceDataException>(() => Read(fixture)).Message
            .ShouldStartWith("Alternate Titles.txt: the required column 'Alternate Title' is missing");
    }

    [Fact]
    public void Occupation_data_is_required()
    {
        using var fixture = OnetFixture.Complete();
        fixture.Delete("Occupation Data.txt");

        Should.Throw<SourceDataException>(() => Read(fixture)).Message
            .ShouldStartWith("Occupation Data.txt: the required file is missing from ");
    }

    [Fact]
    public void A_missing_folder_is_a_clear_error()
    {
        using var folder = new Testing.TempDirectory();

        Should.Throw<SourceDataException>(() => OnetReader.Read(folder.File("db_29_3_text"), cancellationToken: TestContext.Current.CancellationToken))
            .Message.ShouldContain("the folder does not exist");
    }

    [Theory]
    [InlineData("O*NET 29.3 Database", "29.3")]
    [InlineData("O*NET 30.0 Database ", "30.0")]
    [InlineData("Something else", null)]
    public void Release_name_comes_from_the_read_me_heading(string line, string? expected) =>
        OnetReader.ParseReleaseName(line).ShouldBe(expected);

    [Fact]
    public void Reports_progress_per_file()
    {
        using var fixture = OnetFixture.Complete();
        var updates = new List<ProgressUpdate>();

        OnetReader.Read(fixture.Path, SynchronousProgress.Create<ProgressUpdate>(updates.Add), TestContext.Current.CancellationToken);

        updates.ShouldContain(new ProgressUpdate("O*NET: Occupation Data.txt", 3, 3));
        updates.ShouldContain(u => u.Step == "O*NET: Technology Skills.txt" && u.Done == 0);
    }

    private static SourceReadResult Read(OnetFixture fixture) => OnetReader.Read(fixture.Path, cancellationToken: TestContext.Current.CancellationToken);
}
