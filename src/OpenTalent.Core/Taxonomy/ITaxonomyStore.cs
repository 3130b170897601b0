namespace OpenTalent.Core.Taxonomy;

/// <summary>A step of a long-running job, for progress display. <see cref="Total"/> is null when unknown.</summary>
public readonly record struct ProgressUpdate(string Step, long Done, long? Total);

/// <summary>
/// Counts per source, as <c>taxonomy stats</c> reports them. <see cref="OccupationsWithMedianWage"/> counts each
/// source's occupations that have an annual median wage, from any wage source, through their SOC code.
/// </summary>
public sealed record TaxonomyStats(
    IReadOnlyDictionary<TaxonomySource, long> Occupations,
    IReadOnlyDictionary<TaxonomySource, long> Titles,
    IReadOnlyDictionary<TaxonomySource, long> Skills,
    IReadOnlyDictionary<TaxonomySource, long> OccupationSkills,
    IReadOnlyDictionary<TaxonomySource, long> Wages,
    IReadOnlyDictionary<TaxonomySource, long> OccupationsWithMedianWage,
    IReadOnlyList<ImportRecord> Imports);

/// <summary>That a release of a source was imported, when, and what it held.</summary>
public sealed record ImportRecord(TaxonomySource Source, string Release, string Origin, DateTimeOffset ImportedAt, long Rows);

public sealed record OccupationSummary(long Id, TaxonomySource Source, string Key, string Title, string? MatchedTitle);

public sealed record OccupationSkillDetail(string Label, SkillKind Kind, SkillRelation Relation, double? Importance, double? Level, bool Hot, bool InDemand);

public sealed record RelatedOccupationDetail(TaxonomySource Source, string Key, string Title, string? Tier);

public sealed record StoredWage(OccupationWage Wage, TaxonomySource Source);

public sealed record OccupationDetail(
    OccupationSummary Summary,
    Occupation Occupation,
    IReadOnlyList<OccupationSkillDetail> Skills,
    IReadOnlyList<RelatedOccupationDetail> Related,
    IReadOnlyList<StoredWage> Wages);

/// <summary>Where the taxonomy lives. Implemented once per database engine.</summary>
public interface ITaxonomyStore
{
    /// <summary>
    /// Replaces whatever the store holds from <see cref="TaxonomyRelease.Source"/> with this release,
    /// atomically: on any failure the store is left exactly as it was.
    /// </summary>
    Task ReplaceReleaseAsync(TaxonomyRelease release, string origin, IProgress<ProgressUpdate>? progress, CancellationToken cancellationToken);

    Task<TaxonomyStats> GetStatsAsync(CancellationToken cancellationToken);

    /// <summary>Occupations whose code (in any scheme) equals <paramref name="codeOrTitle"/>, else whose titles match it.</summary>
    Task<IReadOnlyList<OccupationSummary>> FindOccupationsAsync(string codeOrTitle, int limit, CancellationToken cancellationToken);

    Task<OccupationDetail?> GetOccupationAsync(long id, CancellationToken cancellationToken);

    /// <summary>Reads every occupation, skill and link at once, for building the text models.</summary>
    Task<TaxonomySnapshot> LoadSnapshotAsync(CancellationToken cancellationToken);
}

/// <summary>A built model as stored: opaque bytes with the version and data fingerprint they were built from.</summary>
public sealed record StoredModel(string Name, int Version, string Fingerprint, DateTimeOffset BuiltAt, byte[] Payload);

/// <summary>Keeps built text models, versioned, beside the data they were built from.</summary>
public interface IModelStore
{
    /// <summary>Stores a new version of <paramref name="name"/> and returns its version number.</summary>
    Task<int> SaveAsync(string name, string fingerprint, byte[] payload, CancellationToken cancellationToken);

    Task<StoredModel?> LoadLatestAsync(string name, CancellationToken cancellationToken);
}
