namespace OpenTalent.Core.Understanding;

/// <summary>Which taxonomy a caller wants answers in.</summary>
public enum TaxonomyScheme
{
    /// <summary>Every source: starter, O*NET and ESCO.</summary>
    All,
    Onet,
    Esco,
}

/// <summary>A character range [Start, End) of the input that is evidence for a result.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>A taxonomy skill found in a text, with its evidence and what the text says about it.</summary>
/// <param name="Required">True for a requirement, false for a nice-to-have, null where the text does not say.</param>
/// <param name="MinYears">Years of experience asked for ("5+ years of Python" gives 5), where stated.</param>
/// <param name="Explicit">True when the text names the skill (label or alias); false when it is inferred from a description.</param>
public sealed record SkillMention(
    string Id,
    string Label,
    double Score,
    IReadOnlyList<TextSpan> Spans,
    bool? Required,
    double? MinYears,
    bool Explicit);

public sealed record TitleMatch(string Code, string Label, double Score);

/// <summary>How senior a role or a person is, from intern to executive.</summary>
public enum Seniority
{
    Unspecified,
    Intern,
    Entry,
    Junior,
    Mid,
    Senior,
    Lead,
    Principal,
    Manager,
    Director,
    VicePresident,
    Executive,
}

/// <summary>A free-text title resolved to occupations, with the seniority and specialisation read off it.</summary>
public sealed record TitleNormalization(
    string Input,
    IReadOnlyList<TitleMatch> Matches,
    Seniority Seniority,
    string? Specialisation);
