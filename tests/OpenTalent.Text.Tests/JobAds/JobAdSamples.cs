using OpenTalent.Core.Understanding;

namespace OpenTalent.Text.Tests.JobAds;

/// <summary>What a hand-made sample ad should yield; null means "nothing stated".</summary>
public sealed record ExpectedFacts(
    string Text,
    (decimal Min, decimal Max, string Currency, PayPeriod Period)? Salary,
    (string? City, string? Country)? Location,
    WorkArrangement Arrangement,
    EmploymentType EmploymentType,
    Seniority Seniority,
    (EducationLevel Level, bool Required)? Education,
    double? Years);

/// <summary>
/// Thirty short job ads written for these tests (no real postings copied), covering the usual layouts:
/// US tech, UK and EU postings, trades, healthcare, internships, contracts. Used to report accuracy per field.
/// </summary>
public static class JobAdSamples
{
    public static IReadOnlyList<ExpectedFacts> All { get; } =
    [
        new("""
            Senior Backend Engineer
            San Francisco, CA (Hybrid)
            About the role: You will design APIs for our payments platform.
            Requirements:
            - 5+ years of experience building backend services
            - BS in Computer Science or equivalent experience
            The base salary range for this role is $170,000 - $210,000 per year, plus equity and a 401(k).
            """,
            (170000m, 210000m, "USD", PayPeriod.Year), ("San Francisco", "US"), WorkArrangement.Hybrid, EmploymentType.Unspecified, Seniority.Senior, (EducationLevel.Bachelor, false), 5),
        new("""
            Junior Data Analyst
            Location: Manchester, UK
            Salary: £28,000 - £32,000 per annum
            Employment type: Full-time, permanent
            We are a 300-person fintech founded in 2015. You'll build dashboards in Power BI.
            A degree in Mathematics, Statistics or a related field is desirable.
            """,
            (28000m, 32000m, "GBP", PayPeriod.Year), ("Manchester", "GB"), WorkArrangement.Unspecified, EmploymentType.FullTime, Seniority.Junior, (EducationLevel.Bachelor, false), null),
        new("""
            Staff Software Engineer, Platform | Remote (US)
            We're a remote-first company. Compensation: $190k–$230k + equity.
            You have 8+ years of professional software engineering experience.
            """,
            (190000m, 230000m, "USD", PayPeriod.Year), (null, "US"), WorkArrangement.Remote, EmploymentType.Unspecified, Seniority.Lead, null, 8),
        new("""
            Werkstudent (m/w/d) Data Engineering
            Standort: Berlin
            Location: Berlin, Germany
            Part-time, 20 hours per week. €16 per hour.
            Enrolled in a Bachelor's or Master's program in computer science.
            """,
            (16m, 16m, "EUR", PayPeriod.Hour), ("Berlin", "DE"), WorkArrangement.Unspecified, EmploymentType.PartTime, Seniority.Intern, (EducationLevel.Bachelor, true), null),
        new("""
            Registered Nurse - ICU
            Houston, TX 77030
            Job Type: Full-time
            Pay: $42.00 - $58.00 per hour
            Requirements: Associate's degree in Nursing required; BSN preferred. Minimum of 2 years of ICU experience.
            This position is on-site.
            """,
            (42m, 58m, "USD", PayPeriod.Hour), ("Houston", "US"), WorkArrangement.OnSite, EmploymentType.FullTime, Seniority.Mid, (EducationLevel.Associate, true), 2),
        new("""
            Machine Learning Researcher
            Location: London
            We are looking for a researcher with a PhD in Machine Learning, Statistics or a related field.
            3+ years of post-PhD research experience. Hybrid working: 2 days a week in the office.
            Salary up to £120,000 depending on experience.
            """,
            (120000m, 120000m, "GBP", PayPeriod.Year), ("London", "GB"), WorkArrangement.Hybrid, EmploymentType.Unspecified, Seniority.Mid, (EducationLevel.Doctorate, true), 3),
        new("""
            Summer 2025 Software Engineering Internship
            New York, NY
            Interns earn $50/hr. 12-week program. Pursuing a BS/MS in Computer Science or related field.
            """,
            (50m, 50m, "USD", PayPeriod.Hour), ("New York", "US"), WorkArrangement.Unspecified, EmploymentType.Internship, Seniority.Intern, (EducationLevel.Bachelor, true), null),
        new("""
            Freelance UX Designer
            Fully remote - EMEA time zones.
            Day rate: €450 - €550. 3-month engagement with possible extension.
            At least 4 years of product design experience.
            """,
            (450m, 550m, "EUR", PayPeriod.Day), (null, null), WorkArrangement.Remote, EmploymentType.Freelance, Seniority.Mid, null, 4),
        new("""
            Electrician Apprentice
            Location: Leeds
            Apprenticeship, 4 years, leading to NVQ Level 3. GCSEs in Maths and English required.
            Starting wage £7.55 per hour, rising each year.
            """,
            (7.55m, 7.55m, "GBP", PayPeriod.Hour), ("Leeds", "GB"), WorkArrangement.Unspecified, EmploymentType.Apprenticeship, Seniority.Intern, (EducationLevel.HighSchool, true), null),
        new("""
            DevOps Engineer (Contract)
            Toronto, ON - Hybrid
            6-month contract, possible extension. Rate: $95 - $110/hr CAD.
            5+ years with Kubernetes and Terraform.
            """,
            (95m, 110m, "CAD", PayPeriod.Hour), ("Toronto", "CA"), WorkArrangement.Hybrid, EmploymentType.Contract, Seniority.Senior, null, 5),
        new("""
            Head of Marketing
            Amsterdam, Netherlands
            We raised a $40M Series B last spring and now have 250 employees.
            Salary: €110.000 - €130.000 gross per year. Master's degree preferred.
            10+ years of B2B marketing experience, at least 3 leading teams.
            """,
            (110000m, 130000m, "EUR", PayPeriod.Year), ("Amsterdam", "NL"), WorkArrangement.Unspecified, EmploymentType.Unspecified, Seniority.Manager, (EducationLevel.Master, false), 10),
        new("""
            Customer Support Representative
            Work from home (US only)
            Part-time, 25 hours/week. $18 - $21 an hour.
            High school diploma or GED required. No experience needed.
            """,
            (18m, 21m, "USD", PayPeriod.Hour), (null, "US"), WorkArrangement.Remote, EmploymentType.PartTime, Seniority.Unspecified, (EducationLevel.HighSchool, true), null),
        new("""
            Senior Data Scientist
            Bangalore, India
            CTC: 35-45 LPA. 6+ years of experience in ML. M.Tech or MS in Computer Science preferred; B.Tech required.
            Work from office 5 days a week.
            """,
            (3500000m, 4500000m, "INR", PayPeriod.Year), ("Bangalore", "IN"), WorkArrangement.OnSite, EmploymentType.Unspecified, Seniority.Senior, (EducationLevel.Bachelor, true), 6),
        new("""
            Principal Engineer
            Remote - Europe
            We pay €140k–€170k. You have 12+ years of experience and have led distributed systems work.
            """,
            (140000m, 170000m, "EUR", PayPeriod.Year), (null, null), WorkArrangement.Remote, EmploymentType.Unspecified, Seniority.Principal, null, 12),
        new("""
            Warehouse Associate - Temporary
            Location: Columbus, OH
            Temporary assignment through the holiday season. $19.50/hour, overtime available.
            Must be able to lift 50 lbs. No degree required.
            """,
            (19.5m, 19.5m, "USD", PayPeriod.Hour), ("Columbus", "US"), WorkArrangement.Unspecified, EmploymentType.Temporary, Seniority.Unspecified, (EducationLevel.None, false), null),
        new("""
            Product Manager
            Singapore
            Hybrid (3 days in office). Monthly salary SGD 9,000 - 12,000.
            Bachelor's degree required. 4-6 years of product management experience.
            """,
            (9000m, 12000m, "SGD", PayPeriod.Month), ("Singapore", "SG"), WorkArrangement.Hybrid, EmploymentType.Unspecified, Seniority.Manager, (EducationLevel.Bachelor, true), 4),
        new("""
            Frontend Developer
            Lisbon, Portugal · On-site
            Full-time. Salary: 40.000 € - 50.000 € per year.
            3+ years with React and TypeScript. Degree in a related field is a plus.
            """,
            (40000m, 50000m, "EUR", PayPeriod.Year), ("Lisbon", "PT"), WorkArrangement.OnSite, EmploymentType.FullTime, Seniority.Mid, (EducationLevel.Bachelor, false), 3),
        new("""
            Director of Engineering
            Seattle, WA
            Our 401(k) matches 6%. We serve 24/7 across 30 countries.
            The annual base salary is $240,000 - $290,000.
            15+ years in software, 5+ years managing managers. MS or PhD in CS preferred.
            """,
            (240000m, 290000m, "USD", PayPeriod.Year), ("Seattle", "US"), WorkArrangement.Unspecified, EmploymentType.Unspecified, Seniority.Director, (EducationLevel.Master, false), 15),
        new("""
            Volunteer Tutor
            Chicago, IL
            This is an unpaid volunteer position, 3 hours a week, in person at our library.
            """,
            null, ("Chicago", "US"), WorkArrangement.OnSite, EmploymentType.Volunteer, Seniority.Unspecified, null, null),
        new("""
            Accountant
            Sydney NSW
            Permanent full-time role. $95,000 - $105,000 + super.
            CPA qualified with a Bachelor of Commerce. Minimum 3 years in practice.
            """,
            (95000m, 105000m, "AUD", PayPeriod.Year), ("Sydney", "AU"), WorkArrangement.Unspecified, EmploymentType.FullTime, Seniority.Mid, (EducationLevel.Bachelor, true), 3),
        new("""
            Mobile Engineer (iOS)
            We are a distributed team: work remotely from anywhere in Canada.
            Salary range: CAD 110,000 - 135,000.
            2+ years shipping Swift apps.
            """,
            (110000m, 135000m, "CAD", PayPeriod.Year), (null, "CA"), WorkArrangement.Remote, EmploymentType.Unspecified, Seniority.Mid, null, 2),
        new("""
            Site Reliability Engineer
            Dublin, Ireland
            Hybrid role. €75,000 - €95,000 DOE.
            You have at least five years in operations, and a degree in Computer Science, Engineering or similar.
            """,
            (75000m, 95000m, "EUR", PayPeriod.Year), ("Dublin", "IE"), WorkArrangement.Hybrid, EmploymentType.Unspecified, Seniority.Senior, (EducationLevel.Bachelor, true), 5),
        new("""
            Graduate Software Engineer
            Edinburgh
            Starting salary £32,000. 2:1 degree in a STEM subject required. No prior experience needed.
            """,
            (32000m, 32000m, "GBP", PayPeriod.Year), ("Edinburgh", "GB"), WorkArrangement.Unspecified, EmploymentType.Unspecified, Seniority.Entry, (EducationLevel.Bachelor, true), null),
        new("""
            Executive Assistant to the CEO
            Austin, Texas
            Full-time, in-office. $75,000/year.
            Bachelor's degree preferred. 5 years supporting C-level executives.
            """,
            (75000m, 75000m, "USD", PayPeriod.Year), ("Austin", "US"), WorkArrangement.OnSite, EmploymentType.FullTime, Seniority.Unspecified, (EducationLevel.Bachelor, false), 5),
        new("""
            Lead Data Engineer
            Paris, France (hybride)
            Hybrid, 2 jours de télétravail. Salaire: 65k€ - 75k€ brut annuel.
            7 years of experience with Spark and Airflow.
            """,
            (65000m, 75000m, "EUR", PayPeriod.Year), ("Paris", "FR"), WorkArrangement.Hybrid, EmploymentType.Unspecified, Seniority.Lead, null, 7),
        new("""
            Security Analyst
            Washington, DC
            Must hold an active clearance. Bachelor's degree in Cybersecurity or 4 additional years of experience in lieu of degree.
            3-5 years of SOC experience. Salary $110k-$130k. On-site only.
            """,
            (110000m, 130000m, "USD", PayPeriod.Year), ("Washington", "US"), WorkArrangement.OnSite, EmploymentType.Unspecified, Seniority.Mid, (EducationLevel.Bachelor, true), 3),
        new("""
            Part-Time Barista
            Melbourne VIC
            $28.50 per hour plus tips. Casual, part-time shifts on weekends.
            """,
            (28.5m, 28.5m, "AUD", PayPeriod.Hour), ("Melbourne", "AU"), WorkArrangement.Unspecified, EmploymentType.PartTime, Seniority.Unspecified, null, null),
        new("""
            Technical Writer
            Remote (UK)
            Contract: 3 months, £350 per day outside IR35.
            Experience writing API docs. Degree not required.
            """,
            (350m, 350m, "GBP", PayPeriod.Day), (null, "GB"), WorkArrangement.Remote, EmploymentType.Contract, Seniority.Unspecified, (EducationLevel.None, false), null),
        new("""
            VP of Sales
            Chicago, IL
            OTE $400,000 (50/50 split). We grew from $5M to $50M ARR in three years.
            10+ years of enterprise SaaS sales experience.
            """,
            (400000m, 400000m, "USD", PayPeriod.Year), ("Chicago", "US"), WorkArrangement.Unspecified, EmploymentType.Unspecified, Seniority.VicePresident, null, 10),
        new("""
            Clinical Research Coordinator
            Boston, MA
            This is not a remote position. Full-time with benefits. $62,000 - $70,000 annually.
            Bachelor's degree in a life science required; 1+ year of clinical research experience.
            """,
            (62000m, 70000m, "USD", PayPeriod.Year), ("Boston", "US"), WorkArrangement.OnSite, EmploymentType.FullTime, Seniority.Junior, (EducationLevel.Bachelor, true), 1),
    ];
}
