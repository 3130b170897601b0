using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Web.Matching;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Seeker;

/// <summary>One ranked job with what the list shows of the posting besides its explanation.</summary>
public sealed record JobForMe(JobMatch Match, JobPosting? Posting);

/// <summary>
/// "Jobs for me": open jobs ranked for the seeker's profile with the reasons, read through the same functions as
/// <c>GET /api/v1/me/jobs</c> (its filters, its limits, its ranking). The filters form is a GET form, so a filtered
/// list has its own URL.
/// </summary>
public sealed class JobsModel(ISeekerStore seekers, IMatchingStore store, MatchingHost matching, TimeProvider clock) : PageModel
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public const int PageStep = 20;

    public bool HasProfile { get; private set; }

    public IReadOnlyList<JobForMe> Jobs { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = NoErrors;

    public bool RemoteOnly { get; private set; }

    public string? MinSalary { get; private set; }

    public string? Currency { get; private set; }

    public string? Location { get; private set; }

    public int Top { get; private set; } = PageStep;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A form sends empty fields as blanks; the API's rules treat a parameter that is absent as "no filter".
        string? Given(string name) => Request.Query[name].FirstOrDefault() is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        RemoteOnly = Given("remote") is "true" or "remote";
        MinSalary = Given("minSalary");
        Currency = Given("currency");
        Location = Given("location");
        var validation = new Validation();
        Top = SeekerApi.Count(validation, "top", Given("top"), PageStep);
        var filters = SeekerApi.Filters(validation, Given("remote"), MinSalary, Currency, Location);
        if (await SeekerApi.ProfileAsync(User.AccountId()!.Value, seekers, store, cancellationToken) is not { } profile)
        {
            return;
        }

        HasProfile = true;
        if (filters is null || !validation.IsValid)
        {
            Errors = new Dictionary<string, string[]>(validation.Errors, StringComparer.Ordinal);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var matches = await SeekerApi.JobsForAsync(profile, filters, Top, matching, clock, cancellationToken);
        var index = (await matching.GetAsync(cancellationToken)).Index;
        Jobs = [.. matches.Select(m => new JobForMe(m, index.Find(m.Identifier)))];
    }

    /// <summary>The name the filters form shows for a parameter, for problem messages.</summary>
    public static string LabelOf(string parameter) => parameter switch
    {
        "remote" => "Remote only:",
        "minSalary" => "Minimum salary:",
        "currency" => "Currency:",
        "location" => "Location:",
        "top" => "Number of jobs (top):",
        _ => parameter + ":",
    };

    public string? ErrorOf(string name) => Errors.TryGetValue(name, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>This list's URL showing <paramref name="top"/> jobs, with the same filters.</summary>
    public string MoreHref(int top)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                pairs.Add(new(name, value));
            }
        }

        Add("remote", RemoteOnly ? "true" : null);
        Add("minSalary", MinSalary);
        Add("currency", Currency);
        Add("location", Location);
        Add("top", top.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/me/jobs" + QueryString.Create(pairs).ToUriComponent();
    }
}
