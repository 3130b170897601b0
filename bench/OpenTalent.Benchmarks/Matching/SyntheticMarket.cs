using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Benchmarks.Matching;

/// <summary>
/// A deterministic synthetic job market grounded in the taxonomy: occupations drawn with Zipf-like popularity, each
/// posting and profile drawing 5–30 skills (median about 12 and 14) from its occupation's skills, weighted by
/// importance and by how many occupations share a skill (so generic skills are very common), plus a few skills from
/// outside the occupation; pay around the occupation's OEWS median; places from a weighted set of cities.
/// Every item is computed from (seed, index) alone, so a million of them are streamed, never held, and any one of
/// them can be regenerated later (for queries, the brute-force check and the SQL baseline).
/// </summary>
public sealed class SyntheticMarket
{
    private const int PostingKind = 1;
    private const int ProfileKind = 2;
    private const int EmployerCount = 40_000;

    private static readonly (Seniority Level, double Share, double PayFactor, double MinYears, double MaxYears)[] Levels =
    [
        (Seniority.Intern, 0.02, 0.45, 0, 1), (Seniority.Entry, 0.10, 0.75, 0, 2), (Seniority.Junior, 0.12, 0.85, 1, 3),
        (Seniority.Mid, 0.34, 1.0, 3, 8), (Seniority.Senior, 0.22, 1.25, 6, 14), (Seniority.Lead, 0.06, 1.4, 8, 16),
        (Seniority.Principal, 0.02, 1.65, 10, 22), (Seniority.Manager, 0.07, 1.45, 6, 18), (Seniority.Director, 0.03, 1.9, 10, 26),
        (Seniority.Unspecified, 0.02, 1.0, 0, 20),
    ];

    private static readonly string[] FirstNames =
    [
        "Ana", "Ben", "Chen", "Dara", "Elif", "Farah", "Gabriel", "Hana", "Ivan", "Jamal", "Kaito", "Lena", "Mateo", "Nadia", "Omar", "Priya",
        "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Victor", "Wei", "Ximena", "Yusuf", "Zoe", "Aisha", "Bruno", "Carmen", "David", "Emma", "Felix",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Garcia", "Nguyen", "Okafor", "Kowalski", "Rossi", "Müller", "Silva", "Kim", "Patel", "Haddad", "Johansson", "Dubois", "Tanaka",
        "Novak", "Murphy", "Lopez", "Cohen", "Ivanova", "Mensah", "Brown", "Sato", "Costa", "Fischer", "Ali", "Walker", "Chen", "Singh",
    ];

    private static readonly string[] EmployerWords =
    [
        "Northwind", "Contoso", "Fabrikam", "Summit", "Harbor", "Granite", "Blue River", "Cedar", "Keystone", "Meridian", "Pioneer", "Atlas",
        "Evergreen", "Lakeside", "Redwood", "Silverline", "Crescent", "Beacon", "Frontier", "Oakridge", "Riverbend", "Sterling", "Vista", "Horizon",
    ];

    private static readonly string[] EmployerKinds =
    [
        "Health", "Logistics", "Software", "Foods", "Manufacturing", "Financial", "Energy", "Retail", "Construction", "Labs", "Media", "Services",
        "Hospitality", "Engineering", "Insurance", "Education", "Systems", "Analytics", "Motors", "Pharma",
    ];

    private readonly int _seed;
    private readonly MarketOccupation[] _occupations;
    private readonly Dictionary<string, int> _occupationByCode;
    private readonly WeightedTable _occupationPopularity;
    private readonly string[] _skillIds;
    private readonly string[] _skillLabels;
    private readonly WeightedTable _skillPopularity;
    private readonly string[] _employers;
    private readonly WeightedTable _employerPopularity;
    private readonly WeightedTable _levels;
    private readonly MarketGeography _geography = new();
    private readonly string[][] _titles;

    public SyntheticMarket(OccupationGraph occupations, int seed, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        _seed = seed;
        Today = today;
        var nodes = occupations.Occupations.Where(o => o.Skills.Count >= 3).OrderBy(o => o.Code, StringComparer.Ordinal).ToArray();
        if (nodes.Length == 0)
        {
            throw new ArgumentException("The occupation graph has no occupation with at least three skills to draw from; import a taxonomy first.", nameof(occupations));
        }

        // Skills are numbered once; how many occupations list a skill is its popularity, which is Zipf-like in O*NET
        // and ESCO alike (communication everywhere, a niche tool in one occupation).
        var skillNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = new List<string>();
        var spread = new List<double>();
        foreach (var node in nodes)
        {
            foreach (var skill in node.Skills)
            {
                if (!skillNumbers.TryGetValue(skill.SkillId, out var number))
                {
                    number = skillNumbers.Count;
                    skillNumbers.Add(skill.SkillId, number);
                    labels.Add(skill.Label);
                    spread.Add(0);
                }

                spread[number]++;
            }
        }

        _skillIds = [.. skillNumbers.OrderBy(p => p.Value).Select(p => p.Key)];
        _skillLabels = [.. labels];
        _skillPopularity = new WeightedTable([.. spread]);
        var fallbackWage = Median(nodes.Select(n => n.MedianAnnualWage).OfType<decimal>().Select(w => (double)w)) ?? 50_000;
        _occupations = new MarketOccupation[nodes.Length];
        _occupationByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            var node = nodes[i];
            _occupationByCode[node.Code] = i;
            var skills = new int[node.Skills.Count];
            var weights = new double[node.Skills.Count];
            var importance = new double[node.Skills.Count];
            for (var s = 0; s < skills.Length; s++)
            {
                skills[s] = skillNumbers[node.Skills[s].SkillId];
                importance[s] = Math.Clamp(node.Skills[s].Importance, 0.05, 1);
                weights[s] = importance[s] * Math.Sqrt(spread[skills[s]]);
            }

            // Occupations without a wage (most ESCO ones) get a stable figure of their own around the overall median.
            var wageRandom = SplitMix.For(seed, 3, i);
            var wage = node.MedianAnnualWage is { } median ? (double)median : fallbackWage * wageRandom.LogNormal(0.3);
            _occupations[i] = new MarketOccupation(node.Code, node.Title, skills, importance, new WeightedTable(weights), wage, []);
        }

        for (var i = 0; i < nodes.Length; i++)
        {
            var related = nodes[i].Related.Where(_occupationByCode.ContainsKey).Select(code => _occupationByCode[code]).Where(r => r != i).ToArray();
            _occupations[i] = _occupations[i] with { Related = related };
        }

        // Popularity follows a seeded shuffle of the occupations, with Zipf weights over the shuffled ranks.
        var order = Enumerable.Range(0, nodes.Length).ToArray();
        var shuffle = SplitMix.For(seed, 4, 0);
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = shuffle.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var zipf = WeightedTable.ZipfWeights(nodes.Length, 0.8);
        var popularity = new double[nodes.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            popularity[order[rank]] = zipf[rank];
        }

        _occupationPopularity = new WeightedTable(popularity);
        _employers = new string[EmployerCount];
        for (var i = 0; i < EmployerCount; i++)
        {
            var word = EmployerWords[i % EmployerWords.Length];
            var kind = EmployerKinds[(i / EmployerWords.Length) % EmployerKinds.Length];
            var branch = i / (EmployerWords.Length * EmployerKinds.Length);
            _employers[i] = branch == 0 ? $"{word} {kind}" : $"{word} {kind} {branch + 1}";
        }

        _employerPopularity = WeightedTable.Zipf(EmployerCount, 1.0);
        _levels = new WeightedTable([.. Levels.Select(l => l.Share)]);
        _titles = new string[nodes.Length][];
    }

    /// <summary>The seed every item's random stream derives from.</summary>
    public int Seed => _seed;

    /// <summary>The date the market is generated for: postings are dated up to 60 days before it.</summary>
    public DateOnly Today { get; }

    /// <summary>Occupations the generator draws from (those with at least three skills).</summary>
    public int OccupationCount => _occupations.Length;

    /// <summary>Distinct skills over those occupations.</summary>
    public int SkillCount => _skillIds.Length;

    public static string PostingIdentifier(int index) => $"posting-{index:D7}";

    public static string ProfileIdentifier(int index) => $"person-{index:D7}";

    /// <summary>The posting with this index: the same for the same seed and taxonomy, whenever it is asked for.</summary>
    public JobPosting Posting(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var random = SplitMix.For(_seed, PostingKind, index);
        var occupation = _occupationPopularity.Sample(ref random);
        var market = _occupations[occupation];
        var level = _levels.Sample(ref random);
        var (seniority, _, payFactor, minYears, maxYears) = Levels[level];

        var count = Math.Clamp((int)Math.Round(12 * random.LogNormal(0.3)), 5, 24);
        var offOccupation = random.NextDouble() switch { < 0.45 => 0, < 0.80 => 1, _ => 2 };
        var skills = new List<PostingSkill>(count);
        var drawn = new List<(int Skill, double Importance)>(count);
        DrawOccupationSkills(market, count - offOccupation, ref random, drawn);
        DrawOtherSkills(offOccupation, ref random, drawn);
        for (var i = 0; i < drawn.Count; i++)
        {
            var (skill, importance) = drawn[i];
            var required = random.Chance(0.35 + (0.5 * importance));
            double? years = required && random.Chance(0.25) ? Math.Round(random.Uniform(Math.Max(1, minYears), Math.Max(2, maxYears))) : null;
            skills.Add(new PostingSkill(_skillIds[skill], _skillLabels[skill], Weight(importance * random.Uniform(0.6, 1.0)), required, years));
        }

        var fits = new List<OccupationFit>(2) { new(market.Code, market.Title, Math.Round(random.Uniform(0.55, 1.0), 3)) };
        if (market.Related.Length > 0 && random.Chance(0.15))
        {
            var other = _occupations[market.Related[random.Next(market.Related.Length)]];
            fits.Add(new OccupationFit(other.Code, other.Title, Math.Round(fits[0].Score * random.Uniform(0.3, 0.6), 3)));
        }

        var city = _geography.City(ref random);
        var arrangement = random.NextDouble() switch
        {
            < 0.25 => WorkArrangement.Remote,
            < 0.45 => WorkArrangement.Hybrid,
            < 0.95 => WorkArrangement.OnSite,
            _ => WorkArrangement.Unspecified,
        };
        Place[] places = arrangement switch
        {
            WorkArrangement.Remote when random.Chance(0.3) => [],
            WorkArrangement.Remote => [_geography.CountryPlace(city.Country)],
            _ when random.Chance(0.08) => [city.Place, _geography.OtherCityIn(city.Country, ref random).Place],
            _ => [city.Place],
        };
        if (places.Length == 2 && places[0] == places[1])
        {
            places = [places[0]];
        }

        PayRange? salary = null;
        if (random.Chance(city.Country.PayTransparency))
        {
            var middle = market.MedianWage * city.Country.PayFactor * payFactor * random.LogNormal(0.15);
            var half = random.Chance(0.85) ? middle * random.Uniform(0.06, 0.2) : 0;
            salary = new PayRange(Round(middle - half), Round(middle + half), city.Country.Currency);
        }

        var posted = Today.AddDays(-random.Next(61));
        DateOnly? validThrough = random.Chance(0.4) ? posted.AddDays(30 + random.Next(61)) : null;
        var status = random.Chance(0.02) ? PostingStatus.Closed : PostingStatus.Open;
        var employment = seniority == Seniority.Intern ? EmploymentType.Internship : random.NextDouble() switch
        {
            < 0.78 => EmploymentType.FullTime,
            < 0.86 => EmploymentType.PartTime,
            < 0.94 => EmploymentType.Contract,
            < 0.96 => EmploymentType.Temporary,
            _ => EmploymentType.Unspecified,
        };
        var employer = _employers[_employerPopularity.Sample(ref random)];
        return new JobPosting(PostingIdentifier(index), Title(occupation, level), employer, fits, skills, seniority, places, arrangement, salary, posted, validThrough, status, employment);
    }

    /// <summary>The profile with this index: the same for the same seed and taxonomy, whenever it is asked for.</summary>
    public CandidateProfile Profile(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var random = SplitMix.For(_seed, ProfileKind, index);
        var occupation = _occupationPopularity.Sample(ref random);
        var market = _occupations[occupation];
        var level = _levels.Sample(ref random);
        var (seniority, _, payFactor, minYears, maxYears) = Levels[level];
        double? experience = random.Chance(0.9) ? Math.Round(random.Uniform(minYears, maxYears), 1) : null;

        // A career changer or someone with a second trade brings skills from a related occupation.
        MarketOccupation? second = market.Related.Length > 0 && random.Chance(0.35) ? _occupations[market.Related[random.Next(market.Related.Length)]] : null;
        var count = Math.Clamp((int)Math.Round(14 * random.LogNormal(0.35)), 4, 30);
        var offOccupation = random.NextDouble() switch { < 0.35 => 0, < 0.75 => 1, < 0.92 => 2, _ => 3 };
        var fromSecond = second is null ? 0 : (int)Math.Round((count - offOccupation) * 0.25);
        var drawn = new List<(int Skill, double Importance)>(count);
        DrawOccupationSkills(market, count - offOccupation - fromSecond, ref random, drawn);
        if (second is not null)
        {
            var first = drawn.Count;
            DrawOccupationSkills(second, fromSecond, ref random, drawn);
            for (var i = first; i < drawn.Count; i++)
            {
                drawn[i] = (drawn[i].Skill, drawn[i].Importance * 0.8);
            }
        }

        DrawOtherSkills(offOccupation, ref random, drawn);
        var years = experience ?? 5;
        var skills = new List<ProfileSkill>(drawn.Count);
        foreach (var (skill, importance) in drawn)
        {
            skills.Add(ProfileSkillOf(skill, importance, years, ref random));
        }

        // Strongest first, as the domain documents.
        skills.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        var fits = new List<OccupationFit>(2) { new(market.Code, market.Title, Math.Round(random.Uniform(0.6, 1.0), 3)) };
        if (second is not null)
        {
            fits.Add(new OccupationFit(second.Code, second.Title, Math.Round(fits[0].Score * random.Uniform(0.4, 0.8), 3)));
        }

        var city = _geography.City(ref random);
        var place = random.Chance(0.95) ? city.Place : _geography.CountryPlace(city.Country);
        var preference = random.NextDouble() switch
        {
            < 0.45 => RemotePreference.Any,
            < 0.57 => RemotePreference.RemoteOnly,
            < 0.75 => RemotePreference.RemoteOrHybrid,
            _ => RemotePreference.OnSite,
        };
        var fair = market.MedianWage * city.Country.PayFactor * payFactor;
        AnnualPay? expected = random.Chance(0.55) ? new AnnualPay(Round(fair * random.LogNormal(0.15) * 1.05), city.Country.Currency) : null;
        AnnualPay? current = random.Chance(0.35) ? new AnnualPay(Round(fair * random.LogNormal(0.15)), city.Country.Currency) : null;
        var updated = Today.AddDays(-Math.Min(730, (int)(-90 * Math.Log(1 - random.NextDouble()))));
        var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
        return new CandidateProfile(ProfileIdentifier(index), name, Title(occupation, level), skills, fits, seniority, place, preference, expected, current, experience, updated);
    }

    /// <summary>The canonical ids of the skills the generator draws from, most widely shared first.</summary>
    public IReadOnlyList<string> SkillIds => _skillIds;

    private ProfileSkill ProfileSkillOf(int skill, double importance, double experience, ref SplitMix random)
    {
        var evidence = random.NextDouble() switch
        {
            < 0.55 => SkillEvidence.Work,
            < 0.80 => SkillEvidence.Listed,
            < 0.88 => SkillEvidence.Project,
            < 0.95 => SkillEvidence.Education,
            _ => SkillEvidence.Summary,
        };
        var today = Today;
        DateOnly? lastUsed = evidence switch
        {
            SkillEvidence.Work when random.Chance(0.6) => today.AddDays(-random.Next(31)),
            SkillEvidence.Work => today.AddDays(-(int)(365 * random.Uniform(0.2, Math.Max(0.5, Math.Min(experience, 10))))),
            SkillEvidence.Listed when random.Chance(0.5) => null,
            SkillEvidence.Listed or SkillEvidence.Project => today.AddDays(-(int)(365 * random.Uniform(0, 3))),
            SkillEvidence.Education => today.AddDays(-(int)(365 * random.Uniform(1, 15))),
            _ => null,
        };
        double? years = evidence == SkillEvidence.Work ? Math.Round(random.Uniform(0.5, Math.Max(1, experience)), 1) : null;
        return new ProfileSkill(_skillIds[skill], _skillLabels[skill], Weight((importance * random.Uniform(0.5, 1.0)) + 0.15), evidence, lastUsed, years);
    }

    /// <summary>Up to <paramref name="count"/> distinct skills of the occupation, by weight, without replacement.</summary>
    private static void DrawOccupationSkills(MarketOccupation occupation, int count, ref SplitMix random, List<(int Skill, double Importance)> drawn)
    {
        var wanted = drawn.Count + Math.Min(count, occupation.Skills.Length);
        // Successive draws with rejection of repeats: weighted sampling without replacement, cheap while the
        // sample is small against the occupation; the attempt cap only bites on tiny, lopsided occupations.
        for (var attempt = 0; drawn.Count < wanted && attempt < count * 20; attempt++)
        {
            var position = occupation.Table.Sample(ref random);
            var skill = occupation.Skills[position];
            if (!Contains(drawn, skill))
            {
                drawn.Add((skill, occupation.Importance[position]));
            }
        }
    }

    /// <summary>Skills from outside the occupation, by how widely they are shared (a generic skill is likelier).</summary>
    private void DrawOtherSkills(int count, ref SplitMix random, List<(int Skill, double Importance)> drawn)
    {
        for (var i = 0; i < count; i++)
        {
            var skill = _skillPopularity.Sample(ref random);
            if (!Contains(drawn, skill))
            {
                drawn.Add((skill, random.Uniform(0.2, 0.5)));
            }
        }
    }

    private static bool Contains(List<(int Skill, double Importance)> drawn, int skill)
    {
        foreach (var item in drawn)
        {
            if (item.Skill == skill)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Senior Software Developers": one shared string per occupation and level, as a title index would hold.</summary>
    private string Title(int occupation, int level)
    {
        var titles = _titles[occupation] ??= new string[Levels.Length];
        return titles[level] ??= Levels[level].Level is Seniority.Mid or Seniority.Unspecified
            ? _occupations[occupation].Title
            : $"{Levels[level].Level switch { Seniority.VicePresident => "Vice President", var other => other.ToString() }} {_occupations[occupation].Title}";
    }

    private static double Weight(double value) => Math.Round(Math.Clamp(value, 0.05, 1.0), 2);

    private static decimal Round(double amount) => amount >= 20_000 ? Math.Round((decimal)amount / 1000) * 1000 : Math.Round((decimal)amount / 100) * 100;

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? null : sorted[sorted.Length / 2];
    }

    private sealed record MarketOccupation(string Code, string Title, int[] Skills, double[] Importance, WeightedTable Table, double MedianWage, int[] Related);
}
