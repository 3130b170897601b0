using OpenTalent.Core.Understanding;
using OpenTalent.Text.JobAds;

namespace OpenTalent.Text.Tests.JobAds;

public class EducationAndExperienceTests
{
    [Theory]
    [InlineData("Bachelor's degree in Computer Science or related field.", EducationLevel.Bachelor, true, "Computer Science", false)]
    [InlineData("BS/MS in Statistics, Mathematics or a related field.", EducationLevel.Bachelor, true, "Statistics, Mathematics", false)]
    [InlineData("BSc in Physics required.", EducationLevel.Bachelor, true, "Physics", false)]
    [InlineData("MSc in Data Science is a plus.", EducationLevel.Master, false, "Data Science", false)]
    [InlineData("PhD preferred.", EducationLevel.Doctorate, false, null, false)]
    [InlineData("High school diploma or GED required.", EducationLevel.HighSchool, true, null, false)]
    [InlineData("Master's degree required.", EducationLevel.Master, true, null, false)]
    [InlineData("Bachelor's degree or equivalent experience.", EducationLevel.Bachelor, false, null, true)]
    [InlineData("Bachelor's degree required; Master's preferred.", EducationLevel.Bachelor, true, null, false)]
    [InlineData("Bachelor's degree required, Master's degree preferred.", EducationLevel.Bachelor, true, null, false)]
    [InlineData("Associate's degree in Nursing.", EducationLevel.Associate, true, "Nursing", false)]
    [InlineData("Completed vocational training as an electrician.", EducationLevel.Vocational, true, null, false)]
    [InlineData("Ph.D. in Machine Learning or a closely related field.", EducationLevel.Doctorate, true, "Machine Learning", false)]
    [InlineData("No degree required - we care about what you can do.", EducationLevel.None, false, null, false)]
    [InlineData("Nice to have:\n- Master's degree in Economics", EducationLevel.Master, false, "Economics", false)]
    public void Reads_the_education_asked_for(string text, EducationLevel level, bool required, string? field, bool equivalent)
    {
        var education = JobAdParser.Parse(text).Education.ShouldNotBeNull();
        (education.Level, education.Required, education.Field, education.EquivalentExperienceAccepted).ShouldBe((level, required, field, equivalent));
    }

    [Theory]
    [InlineData("Proficient in MS Office and Excel.")]
    [InlineData("Work closely with the BA and PM.")]
    [InlineData("Offices in Boston, MA and Austin, TX.")]
    public void Abbreviations_that_are_not_degrees_are_ignored(string text) => JobAdParser.Parse(text).Education.ShouldBeNull();

    [Theory]
    [InlineData("5+ years of experience in backend development.", 5)]
    [InlineData("3-5 years of experience with React.", 3)]
    [InlineData("At least two years of SQL.", 2)]
    [InlineData("Minimum of 7 years in a similar role.", 7)]
    [InlineData("You have 4 years of professional experience.", 4)]
    [InlineData("7+ years building distributed systems; 3+ years with Go.", 7)]
    [InlineData("2+ years of experience (5+ preferred).", 2)]
    [InlineData("Experience: 6 years", 6)]
    [InlineData("10+ yrs exp in finance", 10)]
    public void Reads_the_minimum_years(string text, double years) => JobAdParser.Parse(text).MinYearsExperience.ShouldBe(years);

    [Theory]
    [InlineData("Founded 10 years ago, we serve 2,000 clients.")]
    [InlineData("Over the past 20 years we have grown fast.")]
    [InlineData("A 4-year degree in engineering.")]
    [InlineData("Our 3 year warranty covers everything.")]
    [InlineData("Open to students 18 years old and over.")]
    public void Other_years_are_not_experience(string text) => JobAdParser.Parse(text).MinYearsExperience.ShouldBeNull();

    [Theory]
    [InlineData("Senior Data Scientist\nPython.", Seniority.Senior)]
    [InlineData("Software Engineer\n8+ years of experience required.", Seniority.Lead)]
    [InlineData("Software Engineer\n5 years of experience required.", Seniority.Senior)]
    [InlineData("Software Engineer\n3+ years of experience.", Seniority.Mid)]
    [InlineData("Software Engineer\n1 year of experience.", Seniority.Junior)]
    [InlineData("Software Engineer\n0-1 years of experience.", Seniority.Entry)]
    [InlineData("Software Engineer\nBuild things.", Seniority.Unspecified)]
    public void Seniority_comes_from_the_title_then_the_years(string text, Seniority expected) => JobAdParser.Parse(text).Seniority.ShouldBe(expected);
}
