using System.Text.Json;
using System.Text.Json.Serialization;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Storage.Matching;

/// <summary>
/// The understood form of postings and profiles as JSON, through plain storage records so the domain types can
/// change shape without breaking stored rows. Reading goes back through the domain constructors, so a row that no
/// longer validates fails loudly instead of entering the index.
/// </summary>
internal static class MatchingJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(JobPosting posting) => JsonSerializer.Serialize(StoredPosting.From(posting), Options);

    public static string Write(CandidateProfile profile) => JsonSerializer.Serialize(StoredProfile.From(profile), Options);

    public static JobPosting ReadPosting(string json, string identifier) => Read<StoredPosting, JobPosting>(json, "posting", identifier, p => p.ToDomain());

    public static CandidateProfile ReadProfile(string json, string identifier) => Read<StoredProfile, CandidateProfile>(json, "profile", identifier, p => p.ToDomain());

    private static TDomain Read<TStored, TDomain>(string json, string what, string identifier, Func<TStored, TDomain> toDomain)
    {
        try
        {
            var stored = JsonSerializer.Deserialize<TStored>(json, Options) ?? throw new JsonException("The value is null.");
            return toDomain(stored);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            throw new InvalidOperationException($"The stored {what} '{identifier}' cannot be read back: {exception.Message} Re-import it.", exception);
        }
    }

    private sealed record StoredPlace(string? City, string? Region, string? Country)
    {
        public static StoredPlace From(Place place) => new(place.City, place.Region, place.Country);

        public Place ToDomain() => new(City, Region, Country);
    }

    private sealed record StoredPay(decimal Amount, string Currency)
    {
        public static StoredPay? From(AnnualPay? pay) => pay is { } p ? new(p.Amount, p.Currency) : null;

        public AnnualPay ToDomain() => new(Amount, Currency);
    }

    private sealed record StoredFit(string Code, string Label, double Score)
    {
        public static StoredFit From(OccupationFit fit) => new(fit.Code, fit.Label, fit.Score);

        public OccupationFit ToDomain() => new(Code, Label, Score);
    }

    private sealed record StoredPostingSkill(string SkillId, string Label, double Weight, bool Required, double? MinYears);

    private sealed record StoredProfileSkill(string SkillId, string Label, double Weight, SkillEvidence Evidence, DateOnly? LastUsed, double? Years);

    private sealed record StoredPosting(
        string Identifier,
        string Title,
        string? Employer,
        StoredFit[] Occupations,
        StoredPostingSkill[] Skills,
        Seniority Seniority,
        StoredPlace[] Locations,
        WorkArrangement Arrangement,
        decimal? SalaryMin,
        decimal? SalaryMax,
        string? SalaryCurrency,
        DateOnly? DatePosted,
        DateOnly? ValidThrough,
        PostingStatus Status,
        EmploymentType EmploymentType)
    {
        public static StoredPosting From(JobPosting p) => new(
            p.Identifier,
            p.Title,
            p.Employer,
            [.. p.Occupations.Select(StoredFit.From)],
            [.. p.Skills.Select(s => new StoredPostingSkill(s.SkillId, s.Label, s.Weight, s.Required, s.MinYears))],
            p.Seniority,
            [.. p.Locations.Select(StoredPlace.From)],
            p.Arrangement,
            p.Salary?.Min,
            p.Salary?.Max,
            p.Salary?.Currency,
            p.DatePosted,
            p.ValidThrough,
            p.Status,
            p.EmploymentType);

        public JobPosting ToDomain() => new(
            Identifier,
            Title,
            Employer,
            Occupations.Select(o => o.ToDomain()),
            Skills.Select(s => new PostingSkill(s.SkillId, s.Label, s.Weight, s.Required, s.MinYears)),
            Seniority,
            Locations.Select(l => l.ToDomain()),
            Arrangement,
            SalaryMin is { } min && SalaryMax is { } max && SalaryCurrency is { } currency ? new PayRange(min, max, currency) : null,
            DatePosted,
            ValidThrough,
            Status,
            EmploymentType);
    }

    private sealed record StoredProfile(
        string Identifier,
        string? DisplayName,
        string? Headline,
        StoredProfileSkill[] Skills,
        StoredFit[] Occupations,
        Seniority Seniority,
        StoredPlace? Location,
        RemotePreference RemotePreference,
        StoredPay? ExpectedSalary,
        StoredPay? CurrentSalary,
        double? YearsOfExperience,
        DateOnly? Updated)
    {
        public static StoredProfile From(CandidateProfile p) => new(
            p.Identifier,
            p.DisplayName,
            p.Headline,
            [.. p.Skills.Select(s => new StoredProfileSkill(s.SkillId, s.Label, s.Weight, s.Evidence, s.LastUsed, s.Years))],
            [.. p.Occupations.Select(StoredFit.From)],
            p.Seniority,
            p.Location is null ? null : StoredPlace.From(p.Location),
            p.RemotePreference,
            StoredPay.From(p.ExpectedSalary),
            StoredPay.From(p.CurrentSalary),
            p.YearsOfExperience,
            p.Updated);

        public CandidateProfile ToDomain() => new(
            Identifier,
            DisplayName,
            Headline,
            Skills.Select(s => new ProfileSkill(s.SkillId, s.Label, s.Weight, s.Evidence, s.LastUsed, s.Years)),
            Occupations.Select(o => o.ToDomain()),
            Seniority,
            Location?.ToDomain(),
            RemotePreference,
            ExpectedSalary?.ToDomain(),
            CurrentSalary?.ToDomain(),
            YearsOfExperience,
            Updated);
    }
}
