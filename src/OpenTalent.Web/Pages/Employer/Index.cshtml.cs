using Microsoft.AspNetCore.Mvc;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer;

/// <summary>The organisation's jobs: status, applicants, and the way to each shortlist; filtered as the API filters.</summary>
public sealed class IndexModel(EmployerAccess access, EmployerJobListing listing) : EmployerPageModel(access)
{
    public JobListPage? Jobs { get; private set; }

    public EmployerJobQuery Query { get; private set; } = new(null, null, 1, 20);

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public int Pages => Jobs is null ? 0 : (Jobs.Total + Jobs.PageSize - 1) / Jobs.PageSize;

    // "page" is a route value of every Razor page (its path), so the page number is bound from the query by name.
    public async Task OnGetAsync(string? status, string? q, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(EmployerAction.ReadJobs, cancellationToken))
        {
            return;
        }

        var validation = new Validation();
        Query = EmployerJobListing.Parse(validation, status, q, pageNumber, null);
        if (!validation.IsValid)
        {
            // A hand-edited address: say what was wrong and list everything instead.
            Errors = validation.Errors.ToDictionary();
            Query = new EmployerJobQuery(null, null, 1, 20);
        }

        Jobs = await listing.ReadAsync(Caller!.OrganisationId, Query, cancellationToken);
    }

    public string StatusValue => Query.Status switch
    {
        PostingStatus.Open => "open",
        PostingStatus.Closed => "closed",
        _ => "",
    };

    public string PageUrl(int page)
    {
        var parts = new List<string>();
        if (StatusValue.Length > 0)
        {
            parts.Add("status=" + StatusValue);
        }

        if (Query.Text is { } text)
        {
            parts.Add("q=" + Uri.EscapeDataString(text));
        }

        if (page > 1)
        {
            parts.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/employer" + (parts.Count > 0 ? "?" + string.Join('&', parts) : "");
    }
}
