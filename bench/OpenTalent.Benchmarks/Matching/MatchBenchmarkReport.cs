namespace OpenTalent.Benchmarks.Matching;

/// <summary>What <c>opentalent bench match</c> is asked to do.</summary>
/// <param name="Queries">Timed jobs-for-seeker queries; half as many candidates-for-job queries are timed.</param>
/// <param name="AgreementItems">Result items compared with the brute-force reference, half from each direction.</param>
/// <param name="Postgres">A PostgreSQL connection string for the SQL baseline; null to skip it.</param>
public sealed record MatchBenchmarkOptions(
    int Postings,
    int Profiles,
    int Queries,
    int Seed,
    int AgreementItems,
    string? Postgres,
    DateOnly Today)
{
    public const int SeekerTop = 20;
    public const int CandidateTop = 50;

    // The agreement check reads deeper lists than the timed queries: the timed top k is their prefix, every extra
    // position is one more item compared, and each brute-force scan of a million items is costly.
    public const int SeekerAgreementTop = 100;
    public const int CandidateAgreementTop = 250;
}

/// <summary>Latency of one kind of query on one thread, in milliseconds.</summary>
public sealed record LatencySummary(int Queries, int Top, double P50Ms, double P90Ms, double P99Ms, double MaxMs, double MeanResults);

/// <summary>
/// How long a change to the index takes to show in query results: from the start of the upsert to the first query
/// that reflects it. Null when it did not show within <see cref="FreshnessProbe.GiveUpAfter"/>.
/// </summary>
public sealed record FreshnessReport(double? NewPostingMs, double? ChangedPostingMs, double? ClosedPostingMs);

/// <summary>Index results against the brute-force reference scorer.</summary>
/// <param name="Fraction">Result positions where both lists hold the same item with the same score.</param>
/// <param name="IdenticalLists">Queries whose whole result list is identical.</param>
public sealed record AgreementReport(int Items, int EqualItems, double Fraction, int Lists, double IdenticalLists);

/// <summary>The SQL baseline: the same jobs-for-seeker query over the same postings in PostgreSQL.</summary>
public sealed record PostgresBaselineReport(int Queries, double LoadSeconds, long SkillRows, double P50Ms, double P99Ms);

public sealed record MatchBenchmarkReport(
    int Postings,
    int Profiles,
    int Seed,
    int Occupations,
    int Skills,
    double ModelSeconds,
    double GeneratorSeconds,
    double BuildSeconds,
    long MemoryBytes,
    long PeakWorkingSetBytes,
    LatencySummary JobsForSeeker,
    LatencySummary CandidatesForJob,
    double Agreement,
    AgreementReport SeekerAgreement,
    AgreementReport CandidateAgreement,
    FreshnessReport Freshness,
    double? PostgresP50Ms,
    double? PostgresRatio,
    string? PostgresNote,
    PostgresBaselineReport? Postgres);
