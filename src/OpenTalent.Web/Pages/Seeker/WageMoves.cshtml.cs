using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Matching.WageMoves;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Seeker;

/// <summary>
/// "Earn more": the report of <c>GET /api/v1/me/wage-moves</c>, read through the same <see cref="SeekerProfiles"/>
/// call and the same <c>minRaise</c> rule, drawn as a chart with the postings, skill bundles and career paths.
/// </summary>
public sealed class WageMovesModel(SeekerProfiles profiles, IMatchingStore store) : PageModel
{
    /// <summary>The raises a person can pick from, in percent.</summary>
    public static IReadOnlyList<int> RaiseChoices { get; } = [0, 5, 10, 20, 30, 50];

    /// <summary>Null when the person has no profile yet.</summary>
    public WageMovesReport? Report { get; private set; }

    public double MinRaise { get; private set; } = WageMoveQuery.DefaultMinRaise;

    /// <summary>Set when <c>minRaise</c> in the address was not a percentage; the default was used instead.</summary>
    public string? MinRaiseError { get; private set; }

    /// <summary>What raises are measured against, as the person reads it.</summary>
    public string BaselineLabel { get; private set; } = "";

    public IReadOnlyList<WageBar> Bars { get; private set; } = [];

    /// <summary>"Title at Employer" of the example postings of the skill bundles, by posting identifier.</summary>
    public IReadOnlyDictionary<string, string> PostingNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(string? minRaise, CancellationToken cancellationToken)
    {
        var accountId = User.AccountId() ?? throw new InvalidOperationException("The seeker pages are only reached signed in.");
        if (!WageMoveQuery.TryParseMinRaise(minRaise, out var raise))
        {
            MinRaiseError = $"Minimum raise {WageMoveQuery.MinRaiseError} Showing raises of {WageMoveQuery.DefaultMinRaise}% or more.";
            raise = WageMoveQuery.DefaultMinRaise;
        }

        MinRaise = raise;
        if (await profiles.FindAsync(accountId, cancellationToken) is not { } profile
            || await profiles.WageMovesAsync(accountId, raise, cancellationToken) is not { } report)
        {
            return;
        }

        Report = report;
        BaselineLabel = Baseline(report.Baseline, profile.Understood);
        Bars = WageChart.Build(report, "You now");
        PostingNames = await NamesAsync(report, cancellationToken);
    }

    private static string Baseline(WageBaseline baseline, CandidateProfile profile) => baseline.Source switch
    {
        WageBaselineSource.ExpectedSalary => $"the salary you expect, {WageChart.Pay(baseline.Pay!.Value.Amount, baseline.Pay.Value.Currency)} a year",
        WageBaselineSource.CurrentSalary => $"the salary you earn now, {WageChart.Pay(baseline.Pay!.Value.Amount, baseline.Pay.Value.Currency)} a year",
        WageBaselineSource.OccupationMedian =>
            $"the typical US pay of a {profile.Occupations.FirstOrDefault(o => o.Code == baseline.OccupationCode)?.Label ?? baseline.OccupationCode}, "
            + $"{WageChart.Pay(baseline.Pay!.Value.Amount, baseline.Pay.Value.Currency)} a year (BLS median; add the salary you expect to your profile for a closer comparison)",
        _ => "",
    };

    private async Task<Dictionary<string, string>> NamesAsync(WageMovesReport report, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var posting in report.Postings)
        {
            names[posting.Match.Identifier] = Name(posting.Match.Title, posting.Match.Employer);
        }

        foreach (var id in report.SkillBundles.SelectMany(b => b.ExamplePostings.Take(3)).Distinct())
        {
            if (!names.ContainsKey(id) && await store.FindPostingAsync(id, cancellationToken) is { } found)
            {
                names[id] = Name(found.Posting.Title, found.Posting.Employer);
            }
        }

        return names;
    }

    private static string Name(string title, string? employer) => employer is null ? title : $"{title} at {employer}";
}
