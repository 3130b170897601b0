using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Seeker;

/// <summary>
/// The seeker's applications, newest first, each with its status history, read through the same function as
/// <c>GET /api/v1/me/applications</c>; withdrawing goes through the API from the page's script.
/// </summary>
public sealed class ApplicationsModel(IApplicationStore applications, IMatchingStore store) : PageModel
{
    public IReadOnlyList<SeekerApplicationView> Applications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Applications = await SeekerApi.ApplicationViewsAsync(User.AccountId()!.Value, applications, store, cancellationToken);

    public static bool CanWithdraw(SeekerApplicationView application) =>
        application?.Next.Contains(ApplicationStatus.Withdrawn) ?? false;
}
