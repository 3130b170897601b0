using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Web.Matching;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Jobs;

/// <summary>Who is looking at a job page, which decides what it offers besides the posting.</summary>
public enum JobViewer
{
    Visitor,
    SeekerWithoutProfile,
    Seeker,
    Employer,
}

/// <summary>
/// The public page of one posting at <c>/jobs/{id}</c> (the id the API returns), with schema.org JSON-LD. A signed-in
/// seeker with a profile also sees how they match, scored by the same model as "Jobs for me" and
/// <c>GET /api/v1/me/jobs/{id}/match</c>, and can apply (through the API, from the page's script).
/// </summary>
public sealed class ShowModel(
    IMatchingStore store, ISeekerStore seekers, IApplicationStore applications, MatchingHost matching, TimeProvider clock) : PageModel
{
    public PostingRecord? Record { get; private set; }

    public string JsonLd { get; private set; } = "";

    public bool IsOpen { get; private set; }

    public JobViewer Viewer { get; private set; }

    /// <summary>How the signed-in seeker matches; null for anyone else.</summary>
    public JobMatch? Match { get; private set; }

    /// <summary>The seeker's application to this posting, when they applied.</summary>
    public SeekerApplicationView? Application { get; private set; }

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await store.FindPostingAsync(id, cancellationToken) is not { } record)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Record = record;
        JsonLd = JobPage.JsonLd(record);
        IsOpen = record.Posting.IsOpenOn(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Viewer = User.AccountKind() switch
        {
            AccountKind.Seeker => JobViewer.SeekerWithoutProfile,
            AccountKind.Employer => JobViewer.Employer,
            _ => JobViewer.Visitor,
        };
        if (Viewer != JobViewer.SeekerWithoutProfile || User.AccountId() is not { } accountId)
        {
            return;
        }

        if (await SeekerApi.ProfileAsync(accountId, seekers, store, cancellationToken) is { } profile)
        {
            Viewer = JobViewer.Seeker;
            Match = await SeekerApi.MatchAsync(record.Posting, profile, matching, clock, cancellationToken);
        }

        var applied = (await applications.ListForSeekerAsync(accountId, cancellationToken)).FirstOrDefault(a => a.PostingId == record.Posting.Identifier);
        Application = applied is null ? null : SeekerApplicationView.From(applied, record.Posting.Title, record.Posting.Employer);
    }

    /// <summary>The description's paragraphs, each as its lines.</summary>
    public IEnumerable<string[]> Paragraphs() =>
        (Record?.Description ?? "").Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('\n', StringSplitOptions.TrimEntries));
}
