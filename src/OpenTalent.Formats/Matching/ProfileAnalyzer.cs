using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;
using OpenTalent.Formats.Resumes;
using OpenTalent.Text.JobAds;
using OpenTalent.Text.Models;

namespace OpenTalent.Formats.Matching;

/// <summary>
/// Turns a JSON Resume into what matching needs: skills with their evidence (work, listed, projects, education,
/// summary), when each was last used and for how long; occupations from the latest roles and the headline;
/// seniority; place; and the preferences of the <c>meta.opentalent</c> extension. Name, email and photo are kept
/// out of the profile's scoring fields on purpose.
/// </summary>
public sealed class ProfileAnalyzer(TextModels models, SkillEvidenceReader skills)
{
    public const int OccupationsKept = 3;

    /// <summary>Older roles say less about what someone does now.</summary>
    private static readonly double[] RoleRecencyFactors = [1.0, 0.7, 0.5, 0.35];

    private const double ImplicitWeight = 0.5;

    public CandidateProfile Analyze(ResumeDocument resume, string fallbackIdentifier, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(resume);
        var work = resume.Work.OrderByDescending(w => w.End ?? today).ThenByDescending(w => w.Start).ToList();
        var found = new Dictionary<string, Draft>(StringComparer.Ordinal);

        foreach (var role in work)
        {
            var end = role.End ?? today;
            var years = role.Start is { } start ? Math.Max(0, end.DayNumber - start.DayNumber) / 365.25 : (double?)null;
            AddText(found, string.Join("\n", new[] { role.Position, role.Summary }.Concat(role.Highlights).Where(t => !string.IsNullOrWhiteSpace(t))), SkillEvidence.Work, end, years);
        }

        foreach (var listed in resume.Skills)
        {
            var weight = LevelWeight(listed.Level);
            foreach (var name in listed.Keywords.Prepend(listed.Name))
            {
                if (skills.FromName(name) is { } skill)
                {
                    Add(found, skill.SkillId, skill.Label, weight, SkillEvidence.Listed, null, null);
                }
            }
        }

        foreach (var project in resume.Projects)
        {
            var when = project.End ?? project.Start;
            foreach (var keyword in project.Keywords)
            {
                if (skills.FromName(keyword) is { } skill)
                {
                    Add(found, skill.SkillId, skill.Label, 0.8, SkillEvidence.Project, when, null);
                }
            }

            AddText(found, string.Join("\n", new[] { project.Name, project.Description }.Concat(project.Highlights).Where(t => !string.IsNullOrWhiteSpace(t))), SkillEvidence.Project, when, null);
        }

        foreach (var education in resume.Education)
        {
            AddText(found, string.Join(" ", new[] { education.StudyType, education.Area }.Where(t => !string.IsNullOrWhiteSpace(t))), SkillEvidence.Education, education.End, null);
        }

        AddText(found, string.Join("\n", resume.Certificates), SkillEvidence.Education, null, null);
        AddText(found, string.Join("\n", new[] { resume.Label, resume.Summary }.Where(t => !string.IsNullOrWhiteSpace(t))), SkillEvidence.Summary, null, null);

        var (occupations, seniority) = Occupations(resume, work);
        var yearsOfExperience = YearsWorked(work, today);
        return new CandidateProfile(
            resume.Identifier ?? fallbackIdentifier,
            resume.Name,
            resume.Label ?? work.FirstOrDefault()?.Position,
            found.Values.OrderBy(d => d.Evidence).ThenByDescending(d => d.Weight).Select(d => d.ToSkill()),
            occupations,
            seniority != Seniority.Unspecified ? seniority : SeniorityFromYears(yearsOfExperience),
            Place(resume.Location),
            Remote(resume.Preferences.Remote),
            Pay(resume.Preferences.ExpectedSalary),
            Pay(resume.Preferences.CurrentSalary),
            yearsOfExperience,
            resume.LastModified ?? work.Select(w => w.End ?? w.Start).Max());
    }

    private void AddText(Dictionary<string, Draft> found, string text, SkillEvidence evidence, DateOnly? lastUsed, double? years)
    {
        foreach (var (skillId, label, mention) in skills.FromText(text))
        {
            var weight = SkillEvidenceReader.Weight(mention.Score) * (mention.Explicit ? 1 : ImplicitWeight);
            Add(found, skillId, label, weight, evidence, lastUsed, mention.Explicit ? years : null);
        }
    }

    private static void Add(Dictionary<string, Draft> found, string skillId, string label, double weight, SkillEvidence evidence, DateOnly? lastUsed, double? years)
    {
        if (!found.TryGetValue(skillId, out var draft))
        {
            found[skillId] = draft = new Draft(skillId, label);
        }

        draft.Add(weight, evidence, lastUsed, years);
    }

    private (IReadOnlyList<OccupationFit> Fits, Seniority Seniority) Occupations(ResumeDocument resume, List<ResumeWork> work)
    {
        var fits = new Dictionary<string, OccupationFit>(StringComparer.Ordinal);
        var seniority = Seniority.Unspecified;
        var titles = work.Select(w => w.Position).Where(p => !string.IsNullOrWhiteSpace(p)).Take(RoleRecencyFactors.Length).ToList();
        if (!string.IsNullOrWhiteSpace(resume.Label))
        {
            titles.Insert(0, resume.Label);
        }

        for (var i = 0; i < titles.Count; i++)
        {
            var factor = RoleRecencyFactors[Math.Min(i, RoleRecencyFactors.Length - 1)];
            var normalized = models.Titles.Normalize(titles[i]!, TaxonomyScheme.Onet, OccupationsKept);
            if (seniority == Seniority.Unspecified)
            {
                seniority = normalized.Seniority;
            }

            foreach (var match in normalized.Matches.Where(m => m.Score > 0))
            {
                var score = Math.Min(1, match.Score) * factor;
                if (!fits.TryGetValue(match.Code, out var best) || best.Score < score)
                {
                    fits[match.Code] = new OccupationFit(match.Code, match.Label, score);
                }
            }
        }

        return ([.. fits.Values.OrderByDescending(f => f.Score).ThenBy(f => f.Code, StringComparer.Ordinal).Take(OccupationsKept)], seniority);
    }

    /// <summary>Total time in dated roles, overlapping roles counted once.</summary>
    private static double? YearsWorked(List<ResumeWork> work, DateOnly today)
    {
        var spans = work.Where(w => w.Start is not null).Select(w => (Start: w.Start!.Value.DayNumber, End: (w.End ?? today).DayNumber)).OrderBy(s => s.Start).ToList();
        if (spans.Count == 0)
        {
            return null;
        }

        var days = 0;
        var (start, end) = spans[0];
        foreach (var span in spans.Skip(1))
        {
            if (span.Start > end)
            {
                days += end - start;
                (start, end) = span;
            }
            else
            {
                end = Math.Max(end, span.End);
            }
        }

        days += Math.Max(0, end - start);
        return Math.Min(JobAdFacts.MaxYearsExperience, days / 365.25);
    }

    private static Seniority SeniorityFromYears(double? years) => years switch
    {
        null => Seniority.Unspecified,
        < 1 => Seniority.Entry,
        < 3 => Seniority.Junior,
        < 6 => Seniority.Mid,
        _ => Seniority.Senior,
    };

    private static double LevelWeight(string? level) => level?.Trim().ToLowerInvariant() switch
    {
        "expert" or "master" or "advanced" or "senior" => 1.0,
        "beginner" or "basic" or "novice" or "elementary" => 0.5,
        _ => 0.8,
    };

    private static Place? Place(ResumeLocation? location)
    {
        if (location is null)
        {
            return null;
        }

        var country = CountryCodes.Find(location.CountryCode) ?? location.CountryCode;
        return location.City is null && location.Region is null && country is null ? null : new Place(location.City, location.Region, country);
    }

    private static RemotePreference Remote(string? remote) => remote switch
    {
        "remote" => RemotePreference.RemoteOnly,
        "hybrid" => RemotePreference.RemoteOrHybrid,
        "onsite" => RemotePreference.OnSite,
        _ => RemotePreference.Any,
    };

    private static AnnualPay? Pay(ResumeSalary? salary) =>
        salary is null ? null : new AnnualPay(salary.Amount * SalaryRange.PeriodsPerYear(Enum.Parse<PayPeriod>(salary.Period, ignoreCase: true)), salary.Currency.ToUpperInvariant());

    private sealed class Draft(string skillId, string label)
    {
        private double _weight;
        private DateOnly? _lastUsed;
        private double? _years;

        public SkillEvidence Evidence { get; private set; } = SkillEvidence.Summary;

        public double Weight => _weight;

        public void Add(double weight, SkillEvidence evidence, DateOnly? lastUsed, double? years)
        {
            _weight = Math.Max(_weight, weight);
            Evidence = evidence < Evidence ? evidence : Evidence;
            _lastUsed = lastUsed is { } used && (_lastUsed is null || used > _lastUsed) ? used : _lastUsed;
            _years = years is { } y ? (_years ?? 0) + y : _years;
        }

        public ProfileSkill ToSkill() => new(skillId, label, Math.Clamp(_weight, 0.05, 1), Evidence, _lastUsed, _years is { } y ? Math.Min(y, JobAdFacts.MaxYearsExperience) : null);
    }
}
