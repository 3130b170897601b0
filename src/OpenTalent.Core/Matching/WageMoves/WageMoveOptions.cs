namespace OpenTalent.Core.Matching.WageMoves;

/// <summary>How far the wage-moves search reaches and how much it reports. Semantics in docs/MATCHING.md.</summary>
/// <param name="MinRaise">The least raise worth showing, as a fraction of the baseline (0.10 = 10% more).</param>
/// <param name="MinMatch">The least match score (postings) or skill fit (occupations) that counts as matching well.</param>
/// <param name="MaxBundleSize">The most skills in one bundle to learn, 1 to <see cref="BundleSizeLimit"/>.</param>
/// <param name="CandidatePostings">How many better-paid postings, best score first, the skill bundles are counted on.</param>
public sealed record WageMoveOptions(
    double MinRaise = 0.10,
    double MinMatch = 0.45,
    int MaxBundleSize = 2,
    int MaxPostings = 20,
    int MaxOccupations = 10,
    int MaxBundles = 5,
    int MaxPaths = 5,
    int CandidatePostings = 2000)
{
    /// <summary>Bundles are counted exhaustively; beyond three skills the combinations explode and advice blurs.</summary>
    public const int BundleSizeLimit = 3;

    /// <summary>The largest posting pool the bundles are counted on.</summary>
    public const int CandidatePostingsLimit = 100_000;

    public static WageMoveOptions Default { get; } = new();

    public double MinRaise { get; init => field = Fraction(value, 10, nameof(MinRaise)); } = Fraction(MinRaise, 10, nameof(MinRaise));

    public double MinMatch { get; init => field = Fraction(value, 1, nameof(MinMatch)); } = Fraction(MinMatch, 1, nameof(MinMatch));

    public int MaxBundleSize { get; init => field = Count(value, 1, BundleSizeLimit, nameof(MaxBundleSize)); } = Count(MaxBundleSize, 1, BundleSizeLimit, nameof(MaxBundleSize));

    public int MaxPostings { get; init => field = Count(value, 0, 10_000, nameof(MaxPostings)); } = Count(MaxPostings, 0, 10_000, nameof(MaxPostings));

    public int MaxOccupations { get; init => field = Count(value, 0, 10_000, nameof(MaxOccupations)); } = Count(MaxOccupations, 0, 10_000, nameof(MaxOccupations));

    public int MaxBundles { get; init => field = Count(value, 0, 1_000, nameof(MaxBundles)); } = Count(MaxBundles, 0, 1_000, nameof(MaxBundles));

    public int MaxPaths { get; init => field = Count(value, 0, 1_000, nameof(MaxPaths)); } = Count(MaxPaths, 0, 1_000, nameof(MaxPaths));

    public int CandidatePostings { get; init => field = Count(value, 1, CandidatePostingsLimit, nameof(CandidatePostings)); } = Count(CandidatePostings, 1, CandidatePostingsLimit, nameof(CandidatePostings));

    private static double Fraction(double value, double max, string name) =>
        double.IsFinite(value) && value >= 0 && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a fraction between 0 and {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");

    private static int Count(int value, int min, int max, string name) =>
        value >= min && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
}
