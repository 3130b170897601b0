using OpenTalent.Core.Understanding;
using OpenTalent.Text.JobAds;

namespace OpenTalent.Text.Tests.JobAds;

public class ArrangementAndEmploymentTests
{
    [Theory]
    [InlineData("This is a fully remote role.", WorkArrangement.Remote)]
    [InlineData("Work from home anywhere in Canada.", WorkArrangement.Remote)]
    [InlineData("WFH friendly team.", WorkArrangement.Remote)]
    [InlineData("We are a fully distributed team across 12 time zones.", WorkArrangement.Remote)]
    [InlineData("Location: Remote", WorkArrangement.Remote)]
    [InlineData("Senior Engineer - Remote", WorkArrangement.Remote)]
    [InlineData("Remote (US)", WorkArrangement.Remote)]
    [InlineData("This is a hybrid role based in Leeds.", WorkArrangement.Hybrid)]
    [InlineData("You'll be in the office 3 days a week.", WorkArrangement.Hybrid)]
    [InlineData("We work 3 days in office, 2 from home.", WorkArrangement.Hybrid)]
    [InlineData("Workplace type: Hybrid", WorkArrangement.Hybrid)]
    [InlineData("This position is on-site in Dallas.", WorkArrangement.OnSite)]
    [InlineData("Onsite, 5 days a week.", WorkArrangement.OnSite)]
    [InlineData("This is an in-office role.", WorkArrangement.OnSite)]
    [InlineData("This is not a remote position.", WorkArrangement.OnSite)]
    [InlineData("No remote work: you must be in our lab.", WorkArrangement.OnSite)]
    [InlineData("Remote work is not available for this role.", WorkArrangement.OnSite)]
    [InlineData("Experience with distributed systems and hybrid cloud.", WorkArrangement.Unspecified)]
    [InlineData("Build remote sensing pipelines.", WorkArrangement.Unspecified)]
    [InlineData("Manage remote teams across time zones.", WorkArrangement.Unspecified)]
    public void Reads_the_work_arrangement(string text, WorkArrangement expected) => JobAdParser.Parse(text).Arrangement.ShouldBe(expected);

    [Theory]
    [InlineData("Employment type: Full-time", EmploymentType.FullTime)]
    [InlineData("Job Type: Part-time\nWe also have full-time roles.", EmploymentType.PartTime)]
    [InlineData("This is a 6-month contract role.", EmploymentType.Contract)]
    [InlineData("Data Analyst (Contract)", EmploymentType.Contract)]
    [InlineData("Contract-to-hire, W2 only.", EmploymentType.Contract)]
    [InlineData("We hire independent contractors on a 1099 basis.", EmploymentType.Contract)]
    [InlineData("Temporary position covering parental leave.", EmploymentType.Temporary)]
    [InlineData("12 month fixed-term contract.", EmploymentType.Temporary)]
    [InlineData("Summer Internship 2025 (full-time, 12 weeks)", EmploymentType.Internship)]
    [InlineData("Software Engineering Intern", EmploymentType.Internship)]
    [InlineData("Electrician Apprenticeship - earn while you learn", EmploymentType.Apprenticeship)]
    [InlineData("Freelance copywriter wanted.", EmploymentType.Freelance)]
    [InlineData("This is an unpaid volunteer position.", EmploymentType.Volunteer)]
    [InlineData("A permanent, full-time role.", EmploymentType.FullTime)]
    [InlineData("You will mentor interns and work with contractors.", EmploymentType.Unspecified)]
    [InlineData("Enjoy paid volunteer days and a learning budget.", EmploymentType.Unspecified)]
    public void Reads_the_employment_type(string text, EmploymentType expected) => JobAdParser.Parse(text).EmploymentType.ShouldBe(expected);
}
