using OpenTalent.Core.Understanding;

namespace OpenTalent.Text.Tests.JobAds;

/// <summary>
/// Twenty more hand-made ads, written after the rules were tuned on <see cref="JobAdSamples"/> and never
/// used to change them: their accuracy is the honest estimate.
/// </summary>
public static class JobAdHeldOutSamples
{
    public static IReadOnlyList<ExpectedFacts> All { get; } =
    [
        new("""
            Backend Developer (Go)
            Location: Munich, Germany | Hybrid
            What we offer: €75,000–€90,000 annual salary, 30 days vacation, Deutschlandticket.
            What you bring: 4+ years of professional Go experience; a university degree in computer science or comparable.
            """,
            (75000m, 90000m, "EUR", PayPeriod.Year), ("Munich", "DE"), WorkArrangement.Hybrid, EmploymentType.Unspecified, Seniority.Mid, (EducationLevel.Bachelor, false), 4),
        new("""
            Senior iOS Engineer
            Remote, United States
            $160,000 – $185,000 USD annually + equity.
            6+ years of iOS development experience.
            """,
            (160000m, 185000m, "USD", PayPeriod.Year), (null, "US"), WorkArrangement.Remote, EmploymentType.Unspecified, Seniority.Senior, null, 6),
        new("""
            Dental Hygienist
            Denver, CO
            Full time, Monday-Friday. Pay: $45 - $55 per hour.
            Associate degree in dental hygiene required. Current Colorado license.
            """,
            (45m, 55m, "USD", PayPeriod.Hour), ("Denver", "US"), WorkArrangement.Unspecified, EmploymentType.FullTime, Seniority.Unspecified, (EducationLevel.Associate, true), null),
        new("""
            Marketing Intern (Paid)
            Location: Chicago, IL (on-site)
            $20/hour, 10-week summer internship. Currently pursuing a bachelor's degree in marketing or communications.
            """,
            (20m, 20m, "USD", PayPeriod.Hour), ("Chicago", "US"), WorkArrangement.OnSite, EmploymentType.Internship, Seniority.Intern, (EducationLevel.Bachelor, true), null),
        new("""
            Data Engineering Manager
            London, UK - hybrid (2 days/week in office)
            £95,000 - £115,000 + bonus
            You have managed data teams for 3+ years and have 8+ years in data engineering overall.
            """,
            (95000m, 115000m, "GBP", PayPeriod.Year), ("London", "GB"), WorkArrangement.Hybrid, EmploymentType.Unspecified, Seniority.Manager, null, 8),
        new("""
            Contract Java Developer
            Location: Remote (Canada)
            Duration: 12 months. Rate: C$85/hour, incorporated.
            7+ years Java, Spring Boot.
            """,
            (85m, 85m, "CAD", PayPeriod.Hour), (null, "CA"), WorkArrangement.Remote, EmploymentType.Contract, Seniority.Senior, null, 7),
        new("""
            Store Manager
            Phoenix, AZ
            Salary: $58,000 - $65,000/year. High school diploma required, bachelor's preferred.
            Minimum 3 years retail management experience. This is an in-person role.
            """,
            (58000m, 65000m, "USD", PayPeriod.Year), ("Phoenix", "US"), WorkArrangement.OnSite, EmploymentType.Unspecified, Seniority.Manager, (EducationLevel.HighSchool, true), 3),
        new("""
            Research Scientist, NLP
            Zurich, Switzerland
            PhD in Computer Science, Linguistics or a related field required.
            Salary: CHF 130,000 - 160,000 per year.
            """,
            (130000m, 160000m, "CHF", PayPeriod.Year), ("Zurich", "CH"), WorkArrangement.Unspecified, EmploymentType.Unspecified, Seniority.Unspecified, (EducationLevel.Doctorate, true), null),
        new("""
            Part-time Bookkeeper
            Work from home
            15-20 hours a week, $30/hr. 2 years of bookkeeping experience. QuickBooks.
            """,
            (30m, 30m, "USD", PayPeriod.Hour), null, WorkArrangement.Remote, EmploymentType.PartTime, Seniority.Mid, null, 2),
        new("""
            Full Stack Engineer
            Warsaw, Poland (Hybrid)
            B2B contract: 20,000 - 26,000 PLN net per month.
            Min. 3 years of experience with Node.js and React.
            """,
            (20000m, 26000m, "PLN", PayPeriod.Month), ("Warsaw", "PL"), WorkArrangement.Hybrid, EmploymentType.Contract, Seniority.Mid, null, 3),
        new("""
            Chief Technology Officer
            New York, NY
            We just closed a $30M Series B. Base $280k-$320k plus meaningful equity.
            15+ years of engineering experience, including 5 as an engineering leader.
            """,
            (280000m, 320000m, "USD", PayPeriod.Year), ("New York", "US"), WorkArrangement.Unspecified, EmploymentType.Unspecified, Seniority.Executive, null, 15),
        new("""
            Cloud Architect
            Location: Dubai, UAE
            Tax-free package AED 45,000 per month. 10 years of experience with AWS or Azure.
            Bachelor's degree in Engineering. On-site role.
            """,
            (45000m, 45000m, "AED", PayPeriod.Month), ("Dubai", "AE"), WorkArrangement.OnSite, EmploymentType.Unspecified, Seniority.Lead, (EducationLevel.Bachelor, true), 10),
        new("""
            Substitute Teacher - Temporary
            Portland, OR
            Daily rate $180. Bachelor's degree required.
            """,
            (180m, 180m, "USD", PayPeriod.Day), ("Portland", "US"), WorkArrangement.Unspecified, EmploymentType.Temporary, Seniority.Unspecified, (EducationLevel.Bachelor, true), null),
        new("""
            QA Engineer
            Kraków, Poland
            Fully remote within Poland. Umowa o pracę (full-time). 12 000 – 16 000 PLN brutto.
            2-4 years of experience in test automation.
            """,
            (12000m, 16000m, "PLN", PayPeriod.Month), ("Krakow", "PL"), WorkArrangement.Remote, EmploymentType.FullTime, Seniority.Mid, null, 2),
        new("""
            Solutions Engineer
            Austin, TX or Remote (US)
            OTE $180,000 (70/30). 4+ years in a customer-facing technical role.
            """,
            (180000m, 180000m, "USD", PayPeriod.Year), ("Austin", "US"), WorkArrangement.Remote, EmploymentType.Unspecified, Seniority.Mid, null, 4),
        new("""
            Graduate Accountant
            Location: Melbourne, Australia
            Salary: $70,000 + super. Completed Bachelor of Accounting. No experience required.
            """,
            (70000m, 70000m, "AUD", PayPeriod.Year), ("Melbourne", "AU"), WorkArrangement.Unspecified, EmploymentType.Unspecified, Seniority.Entry, (EducationLevel.Bachelor, true), null),
        new("""
            Software Engineer II
            Redmond, WA
            The typical base pay range for this role is USD $117,200 - $229,200 per year.
            Bachelor's Degree in Computer Science AND 2+ years technical engineering experience OR equivalent experience.
            """,
            (117200m, 229200m, "USD", PayPeriod.Year), ("Redmond", "US"), WorkArrangement.Unspecified, EmploymentType.Unspecified, Seniority.Mid, (EducationLevel.Bachelor, false), 2),
        new("""
            Welder Apprentice
            Calgary, AB
            Apprenticeship program, $24/hour to start. High school diploma or equivalent.
            """,
            (24m, 24m, "CAD", PayPeriod.Hour), ("Calgary", "CA"), WorkArrangement.Unspecified, EmploymentType.Apprenticeship, Seniority.Intern, (EducationLevel.HighSchool, false), null),
        new("""
            Product Designer
            São Paulo, Brazil — Remote-friendly
            R$ 15.000 - R$ 20.000 por mês. 3+ years designing digital products.
            """,
            (15000m, 20000m, "BRL", PayPeriod.Month), ("São Paulo", "BR"), WorkArrangement.Remote, EmploymentType.Unspecified, Seniority.Mid, null, 3),
        new("""
            Operations Coordinator
            Nairobi, Kenya
            Full-time, office-based. Diploma or Bachelor's degree in Business Administration.
            At least 2 years of operations experience.
            """,
            null, ("Nairobi", "KE"), WorkArrangement.OnSite, EmploymentType.FullTime, Seniority.Mid, (EducationLevel.Bachelor, true), 2),
    ];
}
