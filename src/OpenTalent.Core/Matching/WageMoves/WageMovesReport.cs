namespace OpenTalent.Core.Matching.WageMoves;

/// <summary>Everything the wage-moves search found for one person; every list is best first.</summary>
/// <param name="Notes">Why a list is empty or narrower than asked (no baseline, another currency, unknown occupation).</param>
public sealed record WageMovesReport(
    WageBaseline Baseline,
    IReadOnlyList<BetterPaidPosting> Postings,
    IReadOnlyList<BetterPaidOccupation> Occupations,
    IReadOnlyList<SkillBundle> SkillBundles,
    IReadOnlyList<CareerPath> CareerPaths,
    IReadOnlyList<string> Notes);

/// <summary>Where the wage that raises are measured against came from.</summary>
public enum WageBaselineSource
{
    /// <summary>No usable wage: the lists that need one stay empty and the report's notes say why.</summary>
    None,
    ExpectedSalary,
    CurrentSalary,

    /// <summary>The OEWS national median (USD) of the person's best occupation that has one.</summary>
    OccupationMedian,
}

/// <summary>The wage raises are measured against, and where it came from.</summary>
public sealed record WageBaseline
{
    public WageBaseline(WageBaselineSource source, AnnualPay? pay, string? occupationCode = null)
    {
        if ((source == WageBaselineSource.None) != (pay is null))
        {
            throw new ArgumentException(source == WageBaselineSource.None ? "A missing baseline has no pay." : $"A baseline from {source} needs a pay.", nameof(pay));
        }

        if (pay is { Amount: <= 0 })
        {
            throw new ArgumentOutOfRangeException(nameof(pay), pay, "A baseline must be above zero: a raise over nothing is not a fraction.");
        }

        if ((source == WageBaselineSource.OccupationMedian) != (occupationCode is not null))
        {
            throw new ArgumentException("Only a baseline from an occupation's median names the occupation, and it must.", nameof(occupationCode));
        }

        Source = source;
        Pay = pay;
        OccupationCode = occupationCode;
    }

    public static WageBaseline None { get; } = new(WageBaselineSource.None, null);

    public WageBaselineSource Source { get; }

    public AnnualPay? Pay { get; }

    /// <summary>The occupation whose median was taken, for <see cref="WageBaselineSource.OccupationMedian"/>.</summary>
    public string? OccupationCode { get; }
}

/// <summary>A skill someone would have to learn, with how much it matters where it is wanted.</summary>
/// <param name="Importance">The occupation's importance of the skill, or for a step the gap left to close, in (0, 1].</param>
public sealed record SkillGap(string SkillId, string Label, double Importance);

/// <summary>A posting that pays at least the asked raise and that the person already matches well.</summary>
/// <param name="Match">The posting's identifier, score and "how you match" explanation.</param>
/// <param name="Raise">The top of <paramref name="Offered"/> over the baseline, minus one (0.18 = 18% more).</param>
/// <param name="MidpointRaise">The middle of <paramref name="Offered"/> over the baseline, minus one.</param>
public sealed record BetterPaidPosting(JobMatch Match, PayRange Offered, double Raise, double MidpointRaise);

/// <summary>An occupation whose OEWS median pays at least the asked raise and whose skills the person already covers well.</summary>
/// <param name="MedianAnnualWage">OEWS national median, USD.</param>
/// <param name="SkillFit">How much of the occupation's (importance-weighted) skills the person covers, in [0, 1].</param>
/// <param name="MissingSkills">The most important of its skills the person lacks.</param>
public sealed record BetterPaidOccupation(string Code, string Title, decimal MedianAnnualWage, double Raise, double SkillFit, IReadOnlyList<SkillGap> MissingSkills);

/// <summary>A few skills that, learned together, make the person meet every requirement of more better-paid postings.</summary>
/// <param name="UnlockedPostings">Exact count, on the candidate postings, of postings this bundle unlocks.</param>
/// <param name="MedianRaise">The median raise (top of range over the baseline, minus one) of the unlocked postings.</param>
/// <param name="ExamplePostings">Identifiers of a few unlocked postings, best score after learning first.</param>
public sealed record SkillBundle(
    IReadOnlyList<string> SkillIds,
    IReadOnlyList<string> Labels,
    int UnlockedPostings,
    double MedianRaise,
    IReadOnlyList<string> ExamplePostings)
{
    public double UnlockedPerSkill => SkillIds.Count == 0 ? 0 : (double)UnlockedPostings / SkillIds.Count;
}

/// <summary>One move between occupations, all wages OEWS national medians in USD.</summary>
/// <param name="WageDelta">This occupation's median minus the previous one's.</param>
/// <param name="Raise">This occupation's median over the previous one's, minus one.</param>
/// <param name="SkillOverlap">Weighted Jaccard of the two occupations' skill importances, in [0, 1].</param>
/// <param name="Related">Whether the source lists the two occupations as related (O*NET Related Occupations).</param>
/// <param name="SkillsToLearn">The skills this occupation needs well beyond what the person and the earlier occupations bring.</param>
public sealed record CareerStep(
    string Code,
    string Title,
    decimal MedianAnnualWage,
    decimal WageDelta,
    double Raise,
    double SkillOverlap,
    bool Related,
    IReadOnlyList<SkillGap> SkillsToLearn);

/// <summary>One or two moves from an occupation the person is in to better-paid ones.</summary>
/// <param name="Feasibility">The product of the steps' skill overlaps, in [0, 1].</param>
/// <param name="Score">Total raise times feasibility: what the paths are ranked by.</param>
public sealed record CareerPath(
    string FromCode,
    string FromTitle,
    decimal FromMedianAnnualWage,
    IReadOnlyList<CareerStep> Steps,
    decimal TotalWageDelta,
    double TotalRaise,
    double Feasibility,
    double Score);
