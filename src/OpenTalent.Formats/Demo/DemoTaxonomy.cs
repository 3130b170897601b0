using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Formats.Demo;

/// <summary>One occupation as the demo draws from it: titles, skills by importance, and its national wages.</summary>
internal sealed record DemoOccupation(
    string Key, string Title, string? Description, string? OnetSoc, int JobZone, IReadOnlyList<string> Titles,
    IReadOnlyList<string> CoreSkills, IReadOnlyList<string> OtherSkills, WageDistribution Annual, WageDistribution Hourly, IReadOnlyList<string> Related)
{
    /// <summary>Jobs that are advertised by the hour in the US: low job zones, and the trades and care work.</summary>
    public bool PaidHourly => JobZone <= 2 || Key is "registered-nurse" or "electrician" or "plumber" or "hvac-technician" or "data-center-technician" or "fiber-optic-technician";
}

/// <summary>The starter taxonomy indexed for generation; every occupation the catalog names must be in it.</summary>
internal sealed class DemoTaxonomy
{
    private readonly Dictionary<string, DemoOccupation> _occupations = new(StringComparer.Ordinal);

    public DemoTaxonomy(TaxonomyRelease release)
    {
        var labels = release.Skills.ToDictionary(s => s.Key, s => s.PreferredLabel, StringComparer.Ordinal);
        var links = release.OccupationSkills.GroupBy(l => l.OccupationKey).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var related = release.RelatedOccupations.GroupBy(r => r.OccupationKey).ToDictionary(g => g.Key, g => g.Select(r => r.RelatedKey).ToList(), StringComparer.Ordinal);
        var wages = release.Wages.ToDictionary(w => w.SocCode, StringComparer.Ordinal);
        foreach (var occupation in release.Occupations)
        {
            var skills = links.GetValueOrDefault(occupation.Key) ?? [];
            var ordered = skills.OrderByDescending(s => s.Importance ?? 0).ThenBy(s => s.SkillKey, StringComparer.Ordinal).ToList();
            var core = ordered.Where(s => s.Relation != SkillRelation.Optional).Select(s => labels[s.SkillKey]).ToList();
            var other = ordered.Where(s => s.Relation == SkillRelation.Optional).Select(s => labels[s.SkillKey]).ToList();
            var soc = occupation.CodeIn(CodeScheme.Soc);
            var wage = soc is null ? null : wages.GetValueOrDefault(soc);
            var titles = occupation.Titles.Select(t => t.Text).Prepend(occupation.Title).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            _occupations[occupation.Key] = new DemoOccupation(
                occupation.Key, occupation.Title, occupation.Description, occupation.CodeIn(CodeScheme.OnetSoc), occupation.JobZone ?? 3, titles,
                core, other, wage?.Annual ?? WageDistribution.Unavailable, wage?.Hourly ?? WageDistribution.Unavailable,
                related.GetValueOrDefault(occupation.Key) ?? []);
        }
    }

    public DemoOccupation this[string key] =>
        _occupations.TryGetValue(key, out var occupation)
            ? occupation
            : throw new InvalidTaxonomyException($"The demo hires for occupation '{key}', which the starter taxonomy does not have.");

    public bool Contains(string key) => _occupations.ContainsKey(key);
}
