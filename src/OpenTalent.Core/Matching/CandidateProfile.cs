using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Matching;

/// <summary>
/// A person reduced to what matching needs. There is deliberately no field for age, gender, ethnicity, photo or
/// name: what is not here cannot be used to rank. <see cref="DisplayName"/> is shown to recruiters, never scored.
/// </summary>
public sealed record CandidateProfile
{
    public CandidateProfile(
        string identifier,
        string? displayName,
        string? headline,
        IEnumerable<ProfileSkill>? skills,
        IEnumerable<OccupationFit>? occupations,
        Seniority seniority,
        Place? location,
        RemotePreference remotePreference,
        AnnualPay? expectedSalary,
        AnnualPay? currentSalary,
        double? yearsOfExperience,
        DateOnly? updated)
    {
        Identifier = Checks.Identifier(identifier, nameof(identifier));
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();
        Headline = string.IsNullOrWhiteSpace(headline) ? null : headline.Trim();
        Skills = Checks.Distinct(skills, s => s.SkillId, "Skill", nameof(skills));
        Occupations = Checks.Distinct(occupations, o => o.Code, "Occupation", nameof(occupations));
        Seniority = seniority;
        Location = location;
        RemotePreference = remotePreference;
        ExpectedSalary = expectedSalary;
        CurrentSalary = currentSalary;
        YearsOfExperience = Checks.Years(yearsOfExperience, nameof(yearsOfExperience));
        Updated = updated;
    }

    public string Identifier { get; }

    public string? DisplayName { get; }

    public string? Headline { get; }

    /// <summary>Strongest first.</summary>
    public IReadOnlyList<ProfileSkill> Skills { get; }

    /// <summary>Best first: the occupations of the latest roles and the headline.</summary>
    public IReadOnlyList<OccupationFit> Occupations { get; }

    public Seniority Seniority { get; }

    public Place? Location { get; }

    public RemotePreference RemotePreference { get; }

    public AnnualPay? ExpectedSalary { get; }

    public AnnualPay? CurrentSalary { get; }

    /// <summary>Total years in dated roles, overlaps counted once.</summary>
    public double? YearsOfExperience { get; }

    public DateOnly? Updated { get; }

    /// <summary>What the person wants to earn: the stated expectation, else the current pay.</summary>
    public AnnualPay? TargetSalary => ExpectedSalary ?? CurrentSalary;
}
