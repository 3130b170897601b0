using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Web.Matching;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer;

/// <summary>
/// One job's ranked, explained shortlist: its applicants, and the seekers who chose to be found. Read through the
/// same <see cref="ShortlistBuilder"/> as <c>GET /api/v1/employer/jobs/{id}/shortlist</c>; moves go to the API.
/// </summary>
public sealed class ShortlistModel(EmployerAccess access, IPostingOwnerStore owners, IMatchingStore store, ShortlistBuilder shortlists) : EmployerPageModel(access)
{
    /// <summary>How many applicants the page ranks (a job rarely has more; the API pages beyond).</summary>
    public const int MaxApplicants = 200;

    /// <summary>How many seekers from the talent pool the page suggests.</summary>
    public const int PoolSize = 10;

    public JobView? Job { get; private set; }

    public IReadOnlyList<ShortlistEntry> Applicants { get; private set; } = [];

    public IReadOnlyList<ShortlistEntry> Pool { get; private set; } = [];

    /// <summary>The job was just published or saved (the form comes back here).</summary>
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(EmployerAction.ReadCandidates, cancellationToken))
        {
            return Page();
        }

        var (record, _) = await EmployerApi.OwnedAsync(Caller!, id, owners, store, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Job = JobView.From(record);
        Applicants = await shortlists.FromApplicantsAsync(record.Posting, MaxApplicants, Caller!, cancellationToken);
        Pool = await shortlists.FromPoolAsync(record.Posting, PoolSize, Caller!, cancellationToken);
        Notice = Request.Query.ContainsKey("published") ? "Published. People can find and apply to it now; applicants appear here, ranked."
            : Request.Query.ContainsKey("saved") ? "Saved." : null;
        return Page();
    }

    /// <summary>A score as people read it: 0.8123 as "81".</summary>
    public static string Percent(double? score) =>
        score is { } value ? Math.Round(value * 100).ToString("0", CultureInfo.InvariantCulture) : "–";

    public static string StatusName(ApplicationStatus status) => status.ToString();

    /// <summary>What a button moving an application to <paramref name="status"/> says.</summary>
    public static string MoveLabel(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Rejected => "Reject",
        ApplicationStatus.Hired => "Mark hired",
        ApplicationStatus.Offer => "Make an offer",
        _ => "Move to " + status.ToString().ToLowerInvariant(),
    };

    public static string StatusValue(ApplicationStatus status) => status.ToString().ToLowerInvariant();

    public static string StatusBadge(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Hired or ApplicationStatus.Offer => "good",
        ApplicationStatus.Rejected or ApplicationStatus.Withdrawn => "bad",
        ApplicationStatus.Interview => "warn",
        _ => "",
    };

    public static (string Text, string Css) Verdict(SalaryComparison? salary) => salary?.Verdict switch
    {
        SalaryVerdict.AboveExpectation => ("Pay above what they want", "good"),
        SalaryVerdict.MeetsExpectation => ("Pay meets what they want", "good"),
        SalaryVerdict.BelowExpectation => ("Pay below what they want", "bad"),
        _ => ("Pay fit unknown", ""),
    };

    public static string FactorName(MatchFactor factor) => factor.ToString();

    public static string Related(RelatedSkillMatch related)
    {
        ArgumentNullException.ThrowIfNull(related);
        return $"{related.Skill} (via {related.Via})";
    }

    public static string Salary(SalaryView? salary) => salary is null
        ? "No pay given"
        : salary.Min == salary.Max
            ? Money(salary.Min, salary.Currency) + " a year"
            : $"{Money(salary.Min, salary.Currency)} – {Money(salary.Max, salary.Currency)} a year";

    private static string Money(decimal amount, string currency)
    {
        var number = amount.ToString("N0", CultureInfo.InvariantCulture);
        return currency switch
        {
            "USD" => "$" + number,
            "EUR" => "€" + number,
            "GBP" => "£" + number,
            _ => currency + " " + number,
        };
    }
}

/// <summary>One person's card on the shortlist page.</summary>
/// <param name="MayMove">The viewer's role may move applications.</param>
public sealed record CandidateCard(ShortlistEntry Entry, int Rank, bool MayMove);
