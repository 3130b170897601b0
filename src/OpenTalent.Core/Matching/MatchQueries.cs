using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Matching;

/// <summary>Hard filters on postings, applied before ranking.</summary>
/// <param name="RemoteOnly">Only fully remote postings.</param>
/// <param name="MinSalary">Only postings in this currency whose top of range reaches this annual amount.</param>
/// <param name="Location">Only postings in this place; a remote posting open to applicants there counts too.</param>
public sealed record JobFilters(bool RemoteOnly = false, AnnualPay? MinSalary = null, Place? Location = null, EmploymentType? EmploymentType = null)
{
    public static JobFilters None { get; } = new();
}

/// <summary>Hard filters on candidates, applied before ranking.</summary>
/// <param name="Location">Only people in this place, or who accept remote work when the posting is remote.</param>
/// <param name="MaxExpectedSalary">Only people whose expectation, in this currency, is at most this (people who state none pass).</param>
public sealed record CandidateFilters(Place? Location = null, AnnualPay? MaxExpectedSalary = null, Seniority? MinSeniority = null)
{
    public static CandidateFilters None { get; } = new();
}

/// <summary>The factors of the relevance model.</summary>
public enum MatchFactor
{
    Skills,
    Occupation,
    Seniority,
    Location,
    Salary,
    Recency,
}

/// <summary>One factor's value in [0, 1], its (normalised) weight, and what it added to the score.</summary>
public sealed record FactorScore(MatchFactor Factor, double Value, double Weight, string Reason)
{
    public double Contribution => Value * Weight;
}

/// <summary>A wanted skill credited through a related skill the person has.</summary>
/// <param name="Skill">The posting's skill.</param>
/// <param name="Via">The person's skill that earned the credit.</param>
public sealed record RelatedSkillMatch(string Skill, string Via, double Similarity, bool Required);

public enum SalaryVerdict
{
    /// <summary>No pay on the posting, no expectation, or different currencies.</summary>
    Unknown,
    AboveExpectation,
    MeetsExpectation,
    BelowExpectation,
}

/// <summary>The posting's pay against what the person wants.</summary>
/// <param name="Ratio">The top of the offered range over the expectation, where both are known in one currency.</param>
public sealed record SalaryComparison(SalaryVerdict Verdict, PayRange? Offered, AnnualPay? Expected, double? Ratio);

/// <summary>"How you match": what a person reads next to a result.</summary>
/// <param name="Factors">Every factor, biggest contribution first.</param>
/// <param name="Summary">One plain sentence, e.g. "You have 5 of 6 required skills; pay meets your expectation."</param>
public sealed record MatchExplanation(
    IReadOnlyList<string> RequiredMatched,
    IReadOnlyList<string> PreferredMatched,
    IReadOnlyList<RelatedSkillMatch> MatchedThroughRelated,
    IReadOnlyList<string> RequiredMissing,
    IReadOnlyList<string> PreferredMissing,
    SalaryComparison Salary,
    IReadOnlyList<FactorScore> Factors,
    string Summary);

/// <summary>A posting for a seeker, best first in a result list.</summary>
public sealed record JobMatch(string Identifier, string Title, string? Employer, double Score, MatchExplanation Explanation);

/// <summary>A person for a posting, best first in a result list.</summary>
public sealed record CandidateMatch(string Identifier, string? DisplayName, string? Headline, double Score, MatchExplanation Explanation);
