using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using OpenTalent.Formats.Demo;
using OpenTalent.Storage.Workforce;

namespace OpenTalent.Web.Hosting;

/// <summary>
/// The demo AI lab's hiring at scale, slug <c>demo-ai-lab</c>: 4,500 people growing to 8,000 by the last day of
/// the year (next year's, once fewer than three months are left) across five departments, one open requisition per
/// opening (Technical Ambassadors, the new team, has approval for fewer than its gap), and a live pipeline: four
/// months of applications moved through the standard stages at department-specific rates and stays, some still
/// in each stage today, and a few people who applied twice under slightly different details. Deterministic.
/// </summary>
public static class DemoHiringPlan
{
    public const string Slug = "demo-ai-lab";

    private const int HistoryDays = 120;

    private static readonly string[] Sources = ["careers site", "referral", "job board", "sourced", "university", "event"];
    private static readonly double[] SourceWeights = [0.34, 0.16, 0.28, 0.12, 0.06, 0.04];

    /// <summary>Name, current headcount, final target, teams (name, share), weekly applicants, pass rates (screen, interviews, offer, accept), mean stays (days).</summary>
    private static readonly (string Name, int Current, int Target, (string Team, double Share)[] Teams, double Weekly, double[] Pass, double[] Days, double Approved)[] Departments =
    [
        ("Research", 1200, 2000, [("Pretraining", 0.4), ("Alignment", 0.3), ("Multimodal", 0.3)], 420, [0.22, 0.38, 0.30, 0.82], [4, 9, 18, 6], 1.0),
        ("Product", 1500, 2600, [("Engineering", 0.7), ("Design", 0.1), ("Product Management", 0.2)], 640, [0.30, 0.42, 0.34, 0.86], [3, 7, 14, 5], 1.0),
        ("Sales", 700, 1300, [("Enterprise", 0.6), ("Mid-market", 0.4)], 300, [0.40, 0.45, 0.40, 0.80], [2, 6, 10, 5], 1.0),
        ("Customer Support", 900, 1500, [("Tier 1", 0.6), ("Tier 2", 0.4)], 520, [0.45, 0.50, 0.55, 0.88], [2, 5, 7, 4], 1.0),
        ("Technical Ambassadors", 200, 600, [("Enterprise Solutions", 0.7), ("Developer Relations", 0.3)], 110, [0.25, 0.40, 0.35, 0.78], [4, 10, 14, 7], 0.75),
    ];

    public sealed record Generated(HeadcountPlan Plan, IReadOnlyList<RequisitionRow> Requisitions, IReadOnlyList<CandidateRecord> Candidates, IReadOnlyList<CandidacyRow> Candidacies);

    /// <param name="managers">Hiring managers to spread requisitions over (the lab's members); at least one.</param>
    /// <param name="recruiters">Recruiters to spread requisitions and moves over; at least one.</param>
    /// <param name="inflowScale">Multiplies every department's applications per week (the scale benchmark's 500,000 applications).</param>
    /// <param name="hotApplicants">Extra applicants waiting in one busy Customer Support requisition (for a bulk move of that size).</param>
    public static Generated Generate(
        Guid organisationId, DateOnly today, IReadOnlyList<Guid> managers, IReadOnlyList<Guid> recruiters, int seed, double inflowScale = 1, int hotApplicants = 0)
    {
        ArgumentNullException.ThrowIfNull(managers);
        ArgumentNullException.ThrowIfNull(recruiters);
        if (managers.Count == 0 || recruiters.Count == 0)
        {
            throw new ArgumentException("The demo plan needs at least one hiring manager and one recruiter.");
        }

        var random = new Random(seed);
        var year = today.Month <= 9 ? today.Year : today.Year + 1;
        var targetDate = new DateOnly(year, 12, 31);
        var now = new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var names = new DemoNamePool(random);
        var departments = new List<Department>();
        var requisitions = new List<RequisitionRow>();
        var candidates = new List<CandidateRecord>();
        var candidacies = new List<CandidacyRow>();
        foreach (var spec in Departments)
        {
            var departmentId = Id(random);
            var teams = Teams(spec.Teams, spec.Current, spec.Target, targetDate, random);
            departments.Add(new Department(departmentId, spec.Name, spec.Current, [new HeadcountTarget(targetDate, spec.Target)], teams));
            var openings = (int)Math.Round((spec.Target - spec.Current) * spec.Approved);
            var departmentRequisitions = new List<RequisitionRow>();
            for (var i = 0; i < openings + 40; i++)
            {
                var team = teams[Pick(spec.Teams.Select(t => t.Share).ToArray(), random)];
                var status = i < openings ? RequisitionStatus.Open : i < openings + 30 ? RequisitionStatus.Filled : RequisitionStatus.PendingApproval;
                var opened = now.AddDays(-random.Next(10, HistoryDays + 60));
                var title = RoleTitle(spec.Name, team.Name, random);
                var band = Band(spec.Name, random);
                departmentRequisitions.Add(new RequisitionRow(
                    Id(random), departmentId, team.Id, title, status, managers[random.Next(managers.Count)], recruiters[random.Next(recruiters.Count)],
                    targetDate.AddDays(-random.Next(0, 300)), band, Pipeline.Standard, status == RequisitionStatus.PendingApproval ? null : opened,
                    status == RequisitionStatus.Filled ? now.AddDays(-random.Next(1, 60)) : null));
            }

            requisitions.AddRange(departmentRequisitions);
            var hiring = departmentRequisitions.Where(r => r.Status is RequisitionStatus.Open or RequisitionStatus.Filled).ToArray();
            for (var day = HistoryDays; day >= 1; day--)
            {
                var arrivals = Poisson(spec.Weekly * inflowScale / 7, random);
                for (var a = 0; a < arrivals; a++)
                {
                    var requisition = hiring[random.Next(hiring.Length)];
                    var (name, email, phone) = names.Next();
                    var candidate = new CandidateRecord(Id(random), name, [email], [phone], null, now.AddDays(-day));
                    candidates.Add(candidate);
                    var appliedAt = now.AddDays(-day).AddMinutes(random.Next(0, 24 * 60));
                    var candidacy = Progress(candidate.Id, requisition, appliedAt, now, spec.Pass, spec.Days, recruiters, random);
                    candidacies.Add(new CandidacyRow(candidacy, requisition.Id, departmentId, requisition.RecruiterId));
                }
            }
        }

        AddDuplicates(candidates, candidacies, requisitions, now, random);
        AddWaiting(hotApplicants, candidates, candidacies, requisitions, now, random);
        var plan = new HeadcountPlan(Id(random), organisationId, $"Growth plan to {Departments.Sum(d => d.Target):N0} by {targetDate:d MMMM yyyy}", departments);
        return new Generated(plan, requisitions, candidates, candidacies);
    }

    /// <summary>Moves one application through the stages: each stay drawn around the department's mean; the application stops where the next step lies after today.</summary>
    private static Candidacy Progress(Guid candidateId, RequisitionRow requisition, DateTimeOffset appliedAt, DateTimeOffset now, double[] pass, double[] days, IReadOnlyList<Guid> recruiters, Random random)
    {
        var pipeline = requisition.Pipeline;
        var by = requisition.RecruiterId ?? recruiters[0];
        var source = Sources[Pick(SourceWeights, random)];
        var candidacy = Candidacy.Apply(pipeline, Guid.CreateVersion7(appliedAt), candidateId, requisition.Id.ToString("D"), source, by, appliedAt);
        var at = appliedAt;
        for (var stage = 0; stage < pass.Length; stage++)
        {
            at = at.AddHours(-Math.Log(1 - random.NextDouble()) * days[stage] * 24);
            if (at > now)
            {
                return candidacy;
            }

            if (random.NextDouble() < pass[stage])
            {
                candidacy = candidacy.MoveTo(pipeline, pipeline.Stages[stage + 1].Name, by, at);
            }
            else
            {
                candidacy = stage == pass.Length - 1 || random.NextDouble() < 0.15
                    ? candidacy.Withdraw(ExitReasonCatalogue.Default, stage == pass.Length - 1 ? "accepted-other-offer" : "no-response", by, at)
                    : candidacy.Reject(ExitReasonCatalogue.Default, random.NextDouble() < 0.6 ? "skills-gap" : "better-qualified", by, at);
                return candidacy;
            }
        }

        return candidacy;
    }

    /// <summary>A few people applied twice: once with a +tag email, once with the phone written another way, for the duplicate finder.</summary>
    private static void AddDuplicates(List<CandidateRecord> candidates, List<CandidacyRow> candidacies, List<RequisitionRow> requisitions, DateTimeOffset now, Random random)
    {
        var open = requisitions.Where(r => r.Status == RequisitionStatus.Open).ToArray();
        for (var i = 0; i < 12 && i < candidates.Count; i++)
        {
            var original = candidates[random.Next(candidates.Count)];
            var email = original.Emails[0];
            var twin = i % 2 == 0
                ? new CandidateRecord(Id(random), original.Name, [email.Replace("@", "+jobs@", StringComparison.Ordinal)], [], null, now.AddDays(-random.Next(1, 30)))
                : new CandidateRecord(Id(random), original.Name.ToUpperInvariant(), [], [LocalFormat(original.Phones[0])], null, now.AddDays(-random.Next(1, 30)));
            candidates.Add(twin);
            var requisition = open[random.Next(open.Length)];
            var appliedAt = now.AddDays(-random.Next(1, 20));
            candidacies.Add(new CandidacyRow(
                Candidacy.Apply(requisition.Pipeline, Guid.CreateVersion7(appliedAt), twin.Id, requisition.Id.ToString("D"), "careers site", requisition.RecruiterId!.Value, appliedAt),
                requisition.Id, requisition.DepartmentId, requisition.RecruiterId));
        }
    }

    /// <summary>"+12015550101" written as a person might type it at home: "(201) 555-0101".</summary>
    private static string LocalFormat(string phone)
    {
        var digits = phone[^10..];
        return $"({digits[..3]}) {digits[3..6]}-{digits[6..]}";
    }

    private static void AddWaiting(int count, List<CandidateRecord> candidates, List<CandidacyRow> candidacies, List<RequisitionRow> requisitions, DateTimeOffset now, Random random)
    {
        if (count == 0)
        {
            return;
        }

        var support = requisitions.First(r => r.Status == RequisitionStatus.Open && r.Title.StartsWith("Customer Support", StringComparison.Ordinal));
        var names = new DemoNamePool(random, "walk-ins.example");
        for (var i = 0; i < count; i++)
        {
            var (name, email, phone) = names.Next();
            var candidate = new CandidateRecord(Id(random), name, [email], [phone], null, now.AddDays(-3));
            candidates.Add(candidate);
            var appliedAt = now.AddDays(-3).AddSeconds(i);
            candidacies.Add(new CandidacyRow(
                Candidacy.Apply(support.Pipeline, Guid.CreateVersion7(appliedAt), candidate.Id, support.Id.ToString("D"), "job board", support.RecruiterId!.Value, appliedAt),
                support.Id, support.DepartmentId, support.RecruiterId));
        }
    }

    private static Team[] Teams((string Team, double Share)[] teams, int current, int target, DateOnly targetDate, Random random)
    {
        var result = new Team[teams.Length];
        var currentLeft = current;
        var targetLeft = target;
        for (var i = 0; i < teams.Length; i++)
        {
            var last = i == teams.Length - 1;
            var now = last ? currentLeft : (int)Math.Round(current * teams[i].Share);
            var goal = last ? targetLeft : (int)Math.Round(target * teams[i].Share);
            currentLeft -= now;
            targetLeft -= goal;
            result[i] = new Team(Id(random), teams[i].Team, now, [new HeadcountTarget(targetDate, goal)]);
        }

        return result;
    }

    private static string RoleTitle(string department, string team, Random random) => department switch
    {
        "Research" => random.Next(3) switch { 0 => $"Research Scientist, {team}", 1 => $"Research Engineer, {team}", _ => $"Senior Research Scientist, {team}" },
        "Product" => team switch { "Design" => "Product Designer", "Product Management" => "Product Manager", _ => random.Next(2) == 0 ? "Software Engineer" : "Machine Learning Engineer" },
        "Sales" => random.Next(2) == 0 ? $"Account Executive, {team}" : $"Sales Engineer, {team}",
        "Customer Support" => $"Customer Support Specialist, {team}",
        _ => team == "Developer Relations" ? "Developer Advocate" : "Technical Ambassador, Enterprise",
    };

    private static SalaryBand Band(string department, Random random)
    {
        var (low, high) = department switch
        {
            "Research" => (220_000, 420_000),
            "Product" => (170_000, 320_000),
            "Sales" => (120_000, 260_000),
            "Customer Support" => (60_000, 95_000),
            _ => (150_000, 240_000),
        };
        var floor = low + (random.Next(0, 4) * 5_000);
        return new SalaryBand(floor, high - (random.Next(0, 4) * 5_000), "USD");
    }

    private static int Poisson(double mean, Random random)
    {
        if (mean > 30)
        {
            // Knuth's product underflows for large means; the normal approximation is exact enough there.
            var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * gaussian)));
        }

        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }

    private static int Pick(double[] weights, Random random)
    {
        var draw = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            draw -= weights[i];
            if (draw < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static Guid Id(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>People's names, addresses at a reserved domain, and phone numbers, none real.</summary>
    private sealed class DemoNamePool(Random random, string domain = "applicants.example")
    {
        private int _count;

        public (string Name, string Email, string Phone) Next()
        {
            var name = DemoNames.Person(random);
            _count++;
            // Numbers in the 555-01xx block kept for fiction, a different one per person (area code varies first).
            return (name, $"{DemoNames.EmailLocalPart(name)}.{_count}@{domain}", $"+1 {201 + (_count % 700)}-555-01{_count / 700 % 100:00}");
        }
    }
}
