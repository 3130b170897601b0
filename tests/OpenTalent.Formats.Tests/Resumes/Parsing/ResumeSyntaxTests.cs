using OpenTalent.Formats.Resumes.Parsing;

namespace OpenTalent.Formats.Tests.Resumes.Parsing;

/// <summary>Date forms and section headings, which need no text models.</summary>
public class ResumeSyntaxTests
{
    [Theory]
    [InlineData("Jan 2020 – Present", "2020-01", null, true)]
    [InlineData("January 2020 to March 2021", "2020-01", "2021-03", false)]
    [InlineData("Sept. 2019 - Dec 2019", "2019-09", "2019-12", false)]
    [InlineData("2019-2021", "2019", "2021", false)]
    [InlineData("2019 – 2021", "2019", "2021", false)]
    [InlineData("03/2018 - 06/2020", "2018-03", "2020-06", false)]
    [InlineData("3/2018 – now", "2018-03", null, true)]
    [InlineData("2018-03 – 2020-06", "2018-03", "2020-06", false)]
    [InlineData("Summer 2019", "2019-06", null, false)]
    [InlineData("since 2021", "2021", null, true)]
    [InlineData("Engineer, Acme (Feb 2017 - Current)", "2017-02", null, true)]
    public void Date_forms(string text, string start, string? end, bool ongoing)
    {
        var range = ResumeDates.Find(text).ShouldNotBeNull();

        range.Start.Iso.ShouldBe(start);
        range.End?.Iso.ShouldBe(end);
        if (end is null)
        {
            range.End.ShouldBeNull();
        }

        range.Ongoing.ShouldBe(ongoing);
    }

    [Theory]
    [InlineData("Call +1 415 555 0134")]
    [InlineData("Improved latency by 40%")]
    [InlineData("Version 12.5 released")]
    public void Texts_without_dates_have_none(string text) => ResumeDates.Find(text).ShouldBeNull();

    [Fact]
    public void The_date_is_cut_out_of_the_rest_of_the_line() =>
        ResumeDates.Without("AWS Certified Developer (2021)", ResumeDates.Find("AWS Certified Developer (2021)")!).ShouldBe("AWS Certified Developer");

    [Theory]
    [InlineData("EXPERIENCE", "Work")]
    [InlineData("Professional Experience", "Work")]
    [InlineData("## Work History", "Work")]
    [InlineData("— Education —", "Education")]
    [InlineData("E D U C A T I O N", "Education")]
    [InlineData("Technical Skills:", "Skills")]
    [InlineData("Licenses & Certifications", "Certificates")]
    [InlineData("PROJECTS", "Projects")]
    [InlineData("About Me", "Summary")]
    [InlineData("Awards", "Other")]
    public void Headings_are_found_whatever_their_case_or_decoration(string line, string kind) =>
        ResumeHeadings.Match(line).ShouldNotBeNull().Kind.ToString().ShouldBe(kind);

    [Theory]
    [InlineData("Experience with Kubernetes and Terraform in production")]
    [InlineData("Experience: 5 years in retail")]
    [InlineData("Skilled communicator")]
    public void Sentences_are_not_headings(string line) => ResumeHeadings.Match(line).ShouldBeNull();

    [Fact]
    public void Inline_skills_after_a_heading_are_kept()
    {
        var sections = ResumeHeadings.Split(ResumeLines.Split("Skills: Python, Go\nEducation\nMIT"));

        sections.Select(s => s.Kind).ShouldBe([ResumeSectionKind.Header, ResumeSectionKind.Skills, ResumeSectionKind.Education]);
        sections[1].Lines.ShouldHaveSingleItem().Text.ShouldBe("Python, Go");
    }

    [Fact]
    public void A_skill_group_inside_the_skills_section_is_not_the_languages_section()
    {
        var sections = ResumeHeadings.Split(ResumeLines.Split("Skills\nLanguages: Python, Go\nTools: Git"));

        sections.Select(s => s.Kind).ShouldBe([ResumeSectionKind.Header, ResumeSectionKind.Skills]);
        sections[1].Lines.Count.ShouldBe(2);
    }
}
