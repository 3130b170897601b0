using System.Text.Json;
using OpenTalent.Formats.Demo;
using OpenTalent.Formats.Json;
using OpenTalent.Formats.Postings;
using OpenTalent.Formats.Resumes;

namespace OpenTalent.Formats.Tests.Demo;

public class DemoGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static DemoDataset Generate(int postings = 600, int seekers = 60, int seed = 7) =>
        DemoGenerator.Generate(new DemoOptions { Postings = postings, Seekers = seekers, Seed = seed, Today = Today });

    [Fact]
    public void The_same_seed_gives_the_same_demo_and_another_seed_another()
    {
        var first = Generate();
        var again = Generate();
        var other = Generate(seed: 8);

        again.Postings.Select(p => p.Json).ShouldBe(first.Postings.Select(p => p.Json));
        again.Seekers.Select(s => s.Json).ShouldBe(first.Seekers.Select(s => s.Json));
        again.Employers.SelectMany(e => e.Members).Select(m => m.Email).ShouldBe(first.Employers.SelectMany(e => e.Members).Select(m => m.Email));
        other.Postings.Select(p => p.Json).ShouldNotBe(first.Postings.Select(p => p.Json));
    }

    [Fact]
    public void It_makes_exactly_the_sizes_asked_with_unique_identifiers()
    {
        var demo = Generate(postings: 321, seekers: 45);

        demo.Postings.Count.ShouldBe(321);
        demo.Seekers.Count.ShouldBe(45);
        demo.Postings.Select(p => p.Identifier).Distinct().Count().ShouldBe(321);
        demo.Seekers.Select(s => s.Email).Distinct().Count().ShouldBe(45);
        Generate(postings: 0, seekers: 0).Postings.ShouldBeEmpty();
    }

    [Fact]
    public void Every_posting_passes_the_job_posting_reader_with_pay_place_and_recent_dates()
    {
        var demo = Generate();
        var documents = demo.Postings.Select(p => Read(p.Json, JobPostingReader.Parse)).ToList();

        documents.ShouldAllBe(d => d.BaseSalary != null && d.BaseSalary.Min > 0 && d.BaseSalary.Max >= d.BaseSalary.Min);
        documents.ShouldAllBe(d => d.DatePosted >= Today.AddDays(-59) && d.DatePosted <= Today);
        documents.ShouldAllBe(d => d.Telecommute || d.Locations.Count == 1);
        documents.ShouldContain(d => d.Telecommute);
        documents.ShouldContain(d => d.Description.Contains("hybrid", StringComparison.Ordinal));
        documents.Select(d => d.BaseSalary!.Unit).Distinct().ShouldBe(["YEAR", "HOUR"], ignoreOrder: true);
        documents.Select(d => d.BaseSalary!.Currency).ShouldContain("GBP");
        documents.ShouldAllBe(d => d.Skills.Count >= 1 && d.Description.Contains("(required)", StringComparison.Ordinal));
        var closed = demo.Postings.Where(p => p.Closed).ToList();
        closed.ShouldNotBeEmpty();
        closed.Count.ShouldBeLessThan(demo.Postings.Count / 4);
        closed.Select(p => Read(p.Json, JobPostingReader.Parse)).ShouldAllBe(d => d.ValidThrough < Today);
    }

    [Fact]
    public void Titles_carry_seniority_and_salaries_grow_with_it()
    {
        var documents = Generate(postings: 2000, seekers: 0).Postings.Select(p => Read(p.Json, JobPostingReader.Parse)).Where(d => d.BaseSalary!.Unit == "YEAR" && d.BaseSalary.Currency == "USD").ToList();

        var senior = documents.Where(d => d.Title.StartsWith("Senior Software Engineer", StringComparison.Ordinal)).Select(d => d.BaseSalary!.Min).ToList();
        var junior = documents.Where(d => d.Title.StartsWith("Junior Software Engineer", StringComparison.Ordinal)).Select(d => d.BaseSalary!.Min).ToList();
        senior.ShouldNotBeEmpty();
        junior.ShouldNotBeEmpty();
        senior.Average().ShouldBeGreaterThan(junior.Average());
    }

    [Fact]
    public void Every_seeker_passes_the_resume_reader_with_work_skills_and_preferences()
    {
        var resumes = Generate().Seekers.Select(s => Read(s.Json, ResumeReader.Parse)).ToList();

        resumes.ShouldAllBe(r => r.Work.Count >= 1 && r.Work.Count <= 4 && r.Skills.Count >= 1 && r.Location != null && r.Identifier != null);
        resumes.ShouldAllBe(r => r.Work[0].Start <= Today);
        resumes.ShouldAllBe(r => r.Email!.EndsWith(".example.com", StringComparison.Ordinal) || r.Email.EndsWith("@example.com", StringComparison.Ordinal) || r.Email.EndsWith("@example.org", StringComparison.Ordinal) || r.Email.EndsWith("@example.net", StringComparison.Ordinal));
        resumes.ShouldContain(r => r.Preferences.ExpectedSalary != null);
        resumes.Select(r => r.Preferences.Remote).Distinct().Count().ShouldBeGreaterThan(2);
        resumes.ShouldAllBe(r => r.Education.All(e => e.End <= r.Work[r.Work.Count - 1].Start.GetValueOrDefault().AddYears(1)));
    }

    [Fact]
    public void The_ai_lab_hires_in_all_five_teams_and_every_employer_has_its_roles()
    {
        var demo = Generate(postings: 40, seekers: 0);

        var lab = demo.Employers.Single(e => e.Key == DemoCatalog.AiLabKey);
        lab.Teams.Select(t => t.Name).ShouldBe(["Research", "Product", "Sales", "Customer Support", "Technical Ambassadors"]);
        demo.Postings.Where(p => p.EmployerKey == lab.Key).Select(p => p.Team).Distinct().Count().ShouldBe(5);
        demo.Employers.Count.ShouldBeGreaterThanOrEqualTo(5);
        demo.Employers.ShouldAllBe(e => e.Members.Count(m => m.Role == DemoRole.Owner) == 1 && e.Members.Any(m => m.Role == DemoRole.Recruiter));
        demo.Employers.ShouldAllBe(e => e.Members.Where(m => m.Role == DemoRole.HiringManager).Select(m => m.Team).Order().SequenceEqual(e.Teams.Select(t => t.Name).Order()));
        demo.Employers.SelectMany(e => e.Members).ShouldAllBe(m => m.Email.EndsWith(".example", StringComparison.Ordinal));
    }

    [Fact]
    public void Sizes_out_of_range_are_refused_naming_the_option()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Generate(postings: -1)).ParamName.ShouldBe("Postings");
        Should.Throw<ArgumentOutOfRangeException>(() => Generate(seekers: 100_001)).ParamName.ShouldBe("Seekers");
    }

    private static T Read<T>(string json, Func<JsonElement, List<FieldError>, T?> parse)
        where T : class
    {
        using var document = JsonDocument.Parse(json);
        var errors = new List<FieldError>();
        var result = parse(document.RootElement, errors);
        errors.ShouldBeEmpty(string.Join("; ", errors) + " in " + json);
        return result.ShouldNotBeNull();
    }
}
