using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;
using OpenTalent.Formats.Postings;
using OpenTalent.Text.JobAds;
using OpenTalent.Text.Models;

namespace OpenTalent.Formats.Matching;

/// <summary>
/// Turns a schema.org JobPosting into what matching needs: its occupations, weighted skills (required or
/// preferred, with years), seniority, places, remote policy and annual pay. Structured fields win; the free text
/// fills what they leave out.
/// </summary>
public sealed class PostingAnalyzer(TextModels models, SkillEvidenceReader skills)
{
    public const int OccupationsKept = 3;

    /// <summary>Implicit skills (described, not named) count less and as nice-to-haves: the ad never asked for them by name.</summary>
    private const double ImplicitWeight = 0.5;

    public JobPosting Analyze(JobPostingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = string.Join("\n\n", new[] { document.Description, document.Responsibilities, document.Qualifications, document.ExperienceText, document.EducationRequirements }
            .Where(t => !string.IsNullOrWhiteSpace(t)));
        var facts = JobAdParser.Parse(text);
        var title = models.Titles.Normalize(document.Title, TaxonomyScheme.Onet, OccupationsKept);

        return new JobPosting(
            document.Identifier,
            document.Title,
            document.HiringOrganization,
            Occupations(document, title),
            Skills(document, text),
            title.Seniority != Seniority.Unspecified ? title.Seniority : facts.Seniority,
            Places(document, facts),
            Arrangement(document, facts),
            Salary(document, facts),
            document.DatePosted,
            document.ValidThrough,
            PostingStatus.Open,
            EmploymentTypeOf(document, facts));
    }

    private static IEnumerable<OccupationFit> Occupations(JobPostingDocument document, TitleNormalization title)
    {
        var fits = title.Matches.Where(m => m.Score > 0).Select(m => new OccupationFit(m.Code, m.Label, Math.Min(1, m.Score))).ToList();
        // An employer's own O*NET-SOC category is the strongest evidence there is.
        if (document.OccupationalCategory is { } category && OnetCode(category) is { } code)
        {
            var label = fits.FirstOrDefault(f => f.Code == code)?.Label ?? category;
            fits.RemoveAll(f => f.Code == code);
            fits.Insert(0, new OccupationFit(code, label, 1));
        }

        return fits.Take(OccupationsKept);
    }

    private static string? OnetCode(string category)
    {
        var head = category.Trim().Split(' ', 2)[0];
        return head.Length == 10 && head[2] == '-' && head[7] == '.' ? head : head.Length == 7 && head[2] == '-' ? head + ".00" : null;
    }

    private List<PostingSkill> Skills(JobPostingDocument document, string text)
    {
        var found = new Dictionary<string, PostingSkill>(StringComparer.Ordinal);
        foreach (var name in document.Skills)
        {
            if (skills.FromName(name) is { } skill)
            {
                found[skill.SkillId] = new PostingSkill(skill.SkillId, skill.Label, 1, required: true);
            }
        }

        foreach (var (skillId, label, mention) in skills.FromText(text))
        {
            var weight = SkillEvidenceReader.Weight(mention.Score) * (mention.Explicit ? 1 : ImplicitWeight);
            var required = mention.Explicit && mention.Required != false;
            if (found.TryGetValue(skillId, out var listed))
            {
                found[skillId] = new PostingSkill(skillId, listed.Label, listed.Weight, listed.Required || required, listed.MinYears ?? mention.MinYears);
            }
            else
            {
                found[skillId] = new PostingSkill(skillId, label, weight, required, mention.MinYears);
            }
        }

        return [.. found.Values.OrderByDescending(s => s.Required).ThenByDescending(s => s.Weight)];
    }

    private static List<Place> Places(JobPostingDocument document, JobAdFacts facts)
    {
        var places = new List<Place>();
        foreach (var place in document.Locations)
        {
            var country = CountryCodes.Find(place.Country) ?? place.Country;
            if (place.Locality is not null || place.Region is not null || country is not null)
            {
                places.Add(new Place(place.Locality, place.Region, country));
            }
        }

        foreach (var country in document.ApplicantCountries)
        {
            if (CountryCodes.Find(country) is { } code && places.All(p => p.Country != code))
            {
                places.Add(new Place(null, null, code));
            }
        }

        if (places.Count == 0 && facts.Location is { } location && (location.City ?? location.Region ?? location.Country) is not null)
        {
            places.Add(new Place(location.City, location.Region, location.Country));
        }

        return places;
    }

    private static WorkArrangement Arrangement(JobPostingDocument document, JobAdFacts facts) =>
        document.Telecommute ? WorkArrangement.Remote
        : facts.Arrangement != WorkArrangement.Unspecified ? facts.Arrangement
        : document.Locations.Count > 0 ? WorkArrangement.OnSite
        : WorkArrangement.Unspecified;

    private static PayRange? Salary(JobPostingDocument document, JobAdFacts facts)
    {
        if (document.BaseSalary is { } salary)
        {
            var periods = SalaryRange.PeriodsPerYear(Enum.Parse<PayPeriod>(salary.Unit, ignoreCase: true));
            return new PayRange(salary.Min * periods, salary.Max * periods, salary.Currency.ToUpperInvariant());
        }

        return facts.Salary is { } parsed ? PayRange.From(parsed) : null;
    }

    private static EmploymentType EmploymentTypeOf(JobPostingDocument document, JobAdFacts facts) =>
        document.EmploymentTypes.Count == 0
            ? facts.EmploymentType
            : document.EmploymentTypes[0] switch
            {
                "FULL_TIME" => EmploymentType.FullTime,
                "PART_TIME" => EmploymentType.PartTime,
                "CONTRACTOR" => EmploymentType.Contract,
                "TEMPORARY" or "PER_DIEM" => EmploymentType.Temporary,
                "INTERN" => EmploymentType.Internship,
                "VOLUNTEER" => EmploymentType.Volunteer,
                _ => facts.EmploymentType,
            };
}
