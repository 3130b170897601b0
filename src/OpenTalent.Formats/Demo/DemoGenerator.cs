using System.Globalization;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Starter;

namespace OpenTalent.Formats.Demo;

/// <summary>
/// Generates a demo market from the starter taxonomy: the catalog's employers with their teams and members,
/// postings drawn from each team's occupations (titles, skills, OEWS-grounded pay, places, dates), and seekers with
/// plausible careers in the same occupations. Deterministic: one <see cref="Random"/> seeded from the options.
/// </summary>
public static class DemoGenerator
{
    private const int PostingWindowDays = 60;
    private const double ClosedShare = 0.1;

    /// <summary>Generates from the built-in starter taxonomy.</summary>
    public static DemoDataset Generate(DemoOptions options) => Generate(StarterTaxonomy.Load(), options);

    public static DemoDataset Generate(TaxonomyRelease starter, DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(starter);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var taxonomy = new DemoTaxonomy(starter);
        foreach (var key in DemoCatalog.Employers.SelectMany(e => e.Teams).SelectMany(t => t.OccupationKeys))
        {
            _ = taxonomy[key];
        }

        var random = new Random(options.Seed);
        var employers = DemoCatalog.Employers.Select(plan => Employer(plan, random)).ToList();
        var postings = Postings(taxonomy, options, random);
        var seekers = new DemoSeekerGenerator(taxonomy, random, options.Today).Generate(options.Seekers);
        return new DemoDataset(options.Seed, options.Today, employers, postings, seekers);
    }

    private static DemoEmployer Employer(DemoEmployerPlan plan, Random random)
    {
        var members = new List<DemoMember>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        members.Add(Member(plan, random, used, DemoRole.Owner, null));
        var recruiters = Math.Max(1, plan.Teams.Count / 2);
        for (var i = 0; i < recruiters; i++)
        {
            members.Add(Member(plan, random, used, DemoRole.Recruiter, null));
        }

        foreach (var team in plan.Teams)
        {
            members.Add(Member(plan, random, used, DemoRole.HiringManager, team.Name));
        }

        return new DemoEmployer(plan.Key, plan.Name, plan.Description, plan.Industry, plan.Domain, plan.Teams, members);
    }

    private static DemoMember Member(DemoEmployerPlan plan, Random random, HashSet<string> used, DemoRole role, string? team)
    {
        while (true)
        {
            var name = DemoNames.Person(random);
            var email = DemoNames.EmailLocalPart(name) + "@" + plan.Domain;
            if (used.Add(email))
            {
                return new DemoMember(name, email, role, team);
            }
        }
    }

    private static List<DemoPosting> Postings(DemoTaxonomy taxonomy, DemoOptions options, Random random)
    {
        var postings = new List<DemoPosting>(options.Postings);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var totalShare = DemoCatalog.Employers.Sum(e => e.Share);
        var everyTeam = DemoCatalog.Employers.SelectMany(e => e.Teams.Select(t => (Employer: e, Team: t))).ToList();
        for (var i = 0; i < options.Postings; i++)
        {
            // The first postings go round every team of every employer, so even a small demo has all of them.
            DemoEmployerPlan employer;
            DemoTeam team;
            if (i < everyTeam.Count)
            {
                (employer, team) = everyTeam[i];
            }
            else
            {
                employer = PickEmployer(random, totalShare);
                team = employer.Teams[random.Next(employer.Teams.Count)];
            }

            var occupation = taxonomy[team.OccupationKeys[random.Next(team.OccupationKeys.Count)]];
            var number = counts[employer.Key] = counts.GetValueOrDefault(employer.Key) + 1;
            var plan = Posting(employer, team, occupation, number, options.Today, random);
            postings.Add(new DemoPosting(plan.Identifier, employer.Key, team.Name, occupation.Key, plan.ValidThrough < options.Today, DemoPostingWriter.Write(plan)));
        }

        return postings;
    }

    private static DemoEmployerPlan PickEmployer(Random random, double totalShare)
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

    private static DemoPostingPlan Posting(DemoEmployerPlan employer, DemoTeam team, DemoOccupation occupation, int number, DateOnly today, Random random)
    {
        var level = DemoLevels.Pick(random, occupation.JobZone);
        var baseTitle = occupation.Titles[random.NextDouble() < 0.6 ? 0 : random.Next(occupation.Titles.Count)];
        var title = DemoLevels.Title(baseTitle, level, occupation.JobZone);
        var city = employer.Cities[random.Next(employer.Cities.Count)];
        var roll = random.NextDouble();
        var arrangement = roll < employer.RemoteShare ? DemoArrangement.Remote : roll < employer.RemoteShare + employer.HybridShare ? DemoArrangement.Hybrid : DemoArrangement.OnSite;
        var required = Pick(occupation.CoreSkills.Take(8).ToList(), random, 3 + random.Next(3));
        var preferred = Pick(occupation.CoreSkills.Skip(8).Concat(occupation.OtherSkills).Where(s => !required.Contains(s)).ToList(), random, 1 + random.Next(3));
        var employment = occupation.PaidHourly && random.NextDouble() < 0.2 ? "PART_TIME" : random.NextDouble() < 0.05 ? "CONTRACTOR" : "FULL_TIME";
        var posted = today.AddDays(-random.Next(PostingWindowDays));
        DateOnly? validThrough = null;
        if (random.NextDouble() < ClosedShare && posted < today.AddDays(-7))
        {
            validThrough = posted.AddDays(random.Next(7, Math.Max(8, today.DayNumber - posted.DayNumber)));
            if (validThrough >= today)
            {
                validThrough = today.AddDays(-1);
            }
        }
        else if (random.NextDouble() < 0.5)
        {
            validThrough = posted.AddDays(60 + random.Next(31));
        }

        var identifier = string.Create(CultureInfo.InvariantCulture, $"demo-{employer.Key}-{number:00000}");
        return new DemoPostingPlan(identifier, employer, team, occupation, title, level, city, arrangement, employment, required, preferred,
            DemoLevels.Pay(occupation, level, city, random), posted, validThrough);
    }

    /// <summary>Up to <paramref name="count"/> distinct items, in the list's order of importance.</summary>
    internal static List<string> Pick(List<string> items, Random random, int count)
    {
        if (items.Count <= count)
        {
            return items;
        }

        var chosen = new SortedSet<int>();
        while (chosen.Count < count)
        {
            chosen.Add(random.Next(items.Count));
        }

        return [.. chosen.Select(i => items[i])];
    }
}
