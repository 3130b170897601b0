using System.Globalization;

namespace OpenTalent.Formats.Demo;

/// <summary>
/// Seekers whose careers follow the demo market: the occupation mix of the postings, a few earlier roles in the same
/// or related occupations, schooling that fits the occupation's job zone, and pay expectations from its wages.
/// </summary>
internal sealed class DemoSeekerGenerator(DemoTaxonomy taxonomy, Random random, DateOnly today)
{
    private static readonly string[] SkillLevels = ["Beginner", "Intermediate", "Advanced", "Expert"];
    private static readonly string[] MailDomains = ["example.com", "example.org", "example.net"];
    private static readonly string[] HighlightForms =
    [
        "Used {0} and {1} every day to deliver the team's work",
        "Introduced {0}, cutting turnaround time by {2}%",
        "Trained {3} colleagues in {0}",
        "Led a project built on {0} and {1}",
        "Known on the team for strong {0} skills",
        "Improved quality by applying {1} to daily work",
    ];

    private readonly HashSet<string> _emails = new(StringComparer.Ordinal);

    public List<DemoSeeker> Generate(int count)
    {
        var seekers = new List<DemoSeeker>(count);
        var totalShare = DemoCatalog.Employers.Sum(e => e.Share);
        var allCities = DemoCatalog.Employers.SelectMany(e => e.Cities).Distinct().ToList();
        for (var i = 0; i < count; i++)
        {
            var employer = Pick(totalShare);
            var team = employer.Teams[random.Next(employer.Teams.Count)];
            var occupation = taxonomy[team.OccupationKeys[random.Next(team.OccupationKeys.Count)]];
            var city = random.NextDouble() < 0.7 ? employer.Cities[random.Next(employer.Cities.Count)] : allCities[random.Next(allCities.Count)];
            var plan = Seeker(string.Create(CultureInfo.InvariantCulture, $"demo-seeker-{i + 1:00000}"), occupation, city);
            seekers.Add(new DemoSeeker(plan.Identifier, plan.Name, plan.Email, occupation.Key, random.NextDouble() < 0.65, DemoSeekerWriter.Write(plan)));
        }

        return seekers;
    }

    private DemoEmployerPlan Pick(double totalShare)
    {
        var roll = random.NextDouble() * totalShare;
        foreach (var employer in DemoCatalog.Employers)
        {
            roll -= employer.Share;
            if (roll < 0)
            {
                return employer;
            }
        }

        return DemoCatalog.Employers[^1];
    }

    private DemoSeekerPlan Seeker(string identifier, DemoOccupation occupation, DemoCity city)
    {
        var name = DemoNames.Person(random);
        var email = Email(name);
        var level = DemoLevels.Pick(random, occupation.JobZone);
        var years = level switch
        {
            DemoLevel.Junior => random.Next(0, 3),
            DemoLevel.Mid => random.Next(2, 6),
            DemoLevel.Senior => random.Next(5, 11),
            DemoLevel.Staff => random.Next(8, 15),
            _ => random.Next(10, 21),
        };
        var work = Work(occupation, level, Math.Max(1, years));
        var label = work[0].Position;
        var skills = DemoGenerator.Pick(occupation.CoreSkills.Concat(occupation.OtherSkills.Take(4)).ToList(), random, 6 + random.Next(7))
            .Select(s => (s, SkillLevels[Math.Clamp((int)level + random.Next(-1, 2), 0, SkillLevels.Length - 1)])).ToList();
        var named = skills.Take(3).Select(s => s.Item1).ToList();
        var summary = years >= 2
            ? $"{label} with {years} years of experience in {Join(named)}."
            : $"{label} early in my career, with hands-on experience in {Join(named)}.";
        var remote = random.NextDouble() switch
        {
            < 0.25 => "remote",
            < 0.6 => "hybrid",
            < 0.8 => "onsite",
            _ => "any",
        };
        (string, decimal, string)? expected = null;
        if (random.NextDouble() < 0.85 && DemoLevels.Pay(occupation, level, city, random) is { } pay)
        {
            expected = (city.Currency, pay.Unit == "HOUR" ? pay.Min : Math.Round(pay.Min / 5000) * 5000, pay.Unit);
        }

        return new DemoSeekerPlan(identifier, name, email, DemoNames.Phone(random, city), city, label, summary, work, Education(occupation, work[^1].Start.Year),
            skills, remote, expected, today.AddDays(-random.Next(90)));
    }

    private List<DemoJob> Work(DemoOccupation occupation, DemoLevel level, int years)
    {
        var roles = Math.Clamp(1 + (years / 4) + random.Next(0, 2), 1, 4);
        var months = years * 12;
        var companies = DemoGenerator.Pick([.. DemoCatalog.PastEmployers], random, roles).OrderBy(_ => random.Next()).ToList();
        var jobs = new List<DemoJob>(roles);
        // One seeker in ten is between jobs: the latest role ended a few months ago.
        var end = random.NextDouble() < 0.1 ? today.AddMonths(-random.Next(1, 7)) : (DateOnly?)null;
        var current = occupation;
        var currentLevel = level;
        for (var i = 0; i < roles; i++)
        {
            var share = i == roles - 1 ? months : Math.Max(6, months / (roles - i) + random.Next(-6, 7));
            months = Math.Max(0, months - share);
            var finish = end ?? today;
            var start = new DateOnly(finish.Year, finish.Month, 1).AddMonths(-Math.Max(3, share));
            var title = DemoLevels.Title(current.Titles[random.NextDouble() < 0.7 ? 0 : random.Next(current.Titles.Count)], currentLevel, current.JobZone);
            jobs.Add(new DemoJob(companies[i % companies.Count], title, current, start, end, Highlights(current)));
            end = start.AddMonths(-random.Next(0, 3));
            if (end < start.AddMonths(-1))
            {
                end = start.AddMonths(-1);
            }

            currentLevel = currentLevel > DemoLevel.Junior ? currentLevel - 1 : DemoLevel.Junior;
            // Careers drift: an earlier role may be in a related occupation.
            var related = current.Related.Where(taxonomy.Contains).ToList();
            if (related.Count > 0 && random.NextDouble() < 0.4)
            {
                current = taxonomy[related[random.Next(related.Count)]];
            }
        }

        return jobs;
    }

    private List<string> Highlights(DemoOccupation occupation)
    {
        var skills = DemoGenerator.Pick(occupation.CoreSkills.Take(10).ToList(), random, 4);
        if (skills.Count < 2)
        {
            return skills.Count == 1 ? [$"Day-to-day work with {skills[0]}"] : [];
        }

        var count = 2 + random.Next(2);
        var forms = DemoGenerator.Pick([.. HighlightForms], random, count);
        return [.. forms.Select((form, i) => string.Format(CultureInfo.InvariantCulture, form, skills[i % skills.Count], skills[(i + 1) % skills.Count], 10 + random.Next(40), 2 + random.Next(9)))];
    }

    /// <param name="careerStart">The year the earliest role began; schooling ends before it.</param>
    private (string Institution, string StudyType, string Area, int EndYear)? Education(DemoOccupation occupation, int careerStart)
    {
        var zone = occupation.JobZone;
        var studyType = zone switch
        {
            >= 5 => occupation.Key == "ai-research-scientist" || random.NextDouble() < 0.4 ? "PhD" : "Master",
            4 => random.NextDouble() < 0.25 ? "Master" : "Bachelor",
            3 => random.NextDouble() < 0.5 ? "Associate" : "Bachelor",
            2 => random.NextDouble() < 0.6 ? "Certificate" : "High School",
            _ => random.NextDouble() < 0.5 ? "High School" : null,
        };
        if (studyType is null)
        {
            return null;
        }

        var institution = studyType == "High School" ? "Central High School" : DemoCatalog.Universities[random.Next(DemoCatalog.Universities.Length)];
        var area = studyType == "High School" ? "General Studies" : Area(occupation);
        return (institution, studyType, area, careerStart - random.Next(0, 2));
    }

    private static string Area(DemoOccupation occupation)
    {
        var soc = occupation.OnetSoc ?? "";
        return occupation.Key switch
        {
            "data-scientist" or "data-analyst" or "ml-engineer" => "Statistics",
            "electrical-engineer" or "asic-design-engineer" or "verification-engineer" or "physical-design-engineer" or "hardware-engineer" => "Electrical Engineering",
            "mechanical-engineer" or "critical-facilities-engineer" => "Mechanical Engineering",
            "semiconductor-process-engineer" => "Materials Science",
            "technical-writer" => "English",
            "accountant" or "bookkeeper" => "Accounting",
            "financial-analyst" => "Finance",
            "graphic-designer" or "ux-designer" => "Design",
            "supply-chain-analyst" or "procurement-manager" or "logistics-coordinator" => "Supply Chain Management",
            "marketing-manager" => "Marketing",
            "electrician" or "hvac-technician" or "plumber" or "fiber-optic-technician" => "Electrical Technology",
            "chef" or "cook" => "Culinary Arts",
            _ when soc.StartsWith("15-", StringComparison.Ordinal) => "Computer Science",
            _ when soc.StartsWith("29-", StringComparison.Ordinal) => "Nursing",
            _ when soc.StartsWith("31-", StringComparison.Ordinal) => "Medical Assisting",
            _ when soc.StartsWith("25-", StringComparison.Ordinal) => "Education",
            _ when soc.StartsWith("23-", StringComparison.Ordinal) => "Paralegal Studies",
            _ when soc.StartsWith("17-", StringComparison.Ordinal) => "Engineering",
            _ => "Business Administration",
        };
    }

    private string Email(string name)
    {
        var local = DemoNames.EmailLocalPart(name);
        var domain = MailDomains[random.Next(MailDomains.Length)];
        var email = $"{local}@{domain}";
        for (var n = 2; !_emails.Add(email); n++)
        {
            email = string.Create(CultureInfo.InvariantCulture, $"{local}{n}@{domain}");
        }

        return email;
    }

    private static string Join(List<string> items) => items.Count switch
    {
        0 => "the field",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
