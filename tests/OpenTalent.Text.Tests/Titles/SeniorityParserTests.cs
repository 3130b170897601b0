using OpenTalent.Core.Understanding;
using OpenTalent.Text.Titles;

namespace OpenTalent.Text.Tests.Titles;

public class SeniorityParserTests
{
    [Theory]
    [InlineData("Software Engineering Intern", Seniority.Intern)]
    [InlineData("Marketing Internship", Seniority.Intern)]
    [InlineData("Working Student Data", Seniority.Intern)]
    [InlineData("Graduate Accountant", Seniority.Entry)]
    [InlineData("Entry-Level Analyst", Seniority.Entry)]
    [InlineData("Junior Developer", Seniority.Junior)]
    [InlineData("Jr. QA Tester", Seniority.Junior)]
    [InlineData("Mid-level Backend Engineer", Seniority.Mid)]
    [InlineData("Senior Data Scientist", Seniority.Senior)]
    [InlineData("Sr. ML Eng (LLMs) - remote", Seniority.Senior)]
    [InlineData("Snr Nurse", Seniority.Senior)]
    [InlineData("Lead Designer", Seniority.Lead)]
    [InlineData("Staff Software Engineer", Seniority.Lead)]
    [InlineData("Team Lead, Payments", Seniority.Lead)]
    [InlineData("Principal Engineer", Seniority.Principal)]
    [InlineData("Distinguished Engineer", Seniority.Principal)]
    [InlineData("Engineering Manager", Seniority.Manager)]
    [InlineData("Head of Marketing", Seniority.Manager)]
    [InlineData("Director of Sales", Seniority.Director)]
    [InlineData("Senior Director, Product", Seniority.Director)]
    [InlineData("VP Engineering", Seniority.VicePresident)]
    [InlineData("Vice President of Finance", Seniority.VicePresident)]
    [InlineData("Chief Technology Officer", Seniority.Executive)]
    [InlineData("CEO & Co-Founder", Seniority.Executive)]
    [InlineData("Managing Director", Seniority.Executive)]
    [InlineData("Junior Product Manager", Seniority.Junior)]
    [InlineData("Staff Nurse", Seniority.Unspecified)]
    [InlineData("Lead Generation Specialist", Seniority.Unspecified)]
    [InlineData("Software Engineer", Seniority.Unspecified)]
    [InlineData("", Seniority.Unspecified)]
    public void Reads_the_level(string title, Seniority expected) => SeniorityParser.Parse(title).Level.ShouldBe(expected);

    [Fact]
    public void Points_at_the_words_that_say_it()
    {
        const string title = "Backend Engineer - Vice President";
        var (level, evidence) = SeniorityParser.Parse(title);

        level.ShouldBe(Seniority.VicePresident);
        evidence.ShouldNotBeNull();
        title[evidence.Value.Start..evidence.Value.End].ShouldBe("Vice President");
    }

    [Fact]
    public void No_level_means_no_evidence() => SeniorityParser.Parse("Baker").Evidence.ShouldBeNull();
}
