using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenTalent.Core.Hiring;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Seeker;

/// <summary>The seeker's account: who they are signed in as, their talent-pool choice, their data and its deletion.</summary>
public sealed class AccountModel(IAccountStore accounts, IOrganisationStore organisations, ISeekerStore seekers) : PageModel
{
    /// <summary>The account as <c>GET /api/v1/me</c> shows it.</summary>
    public AccountView? Account { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var accountId = User.AccountId() ?? throw new InvalidOperationException("The seeker pages are only reached signed in.");
        // The cookie can outlive the account (deleted in another tab): the page then says so instead of failing.
        if (await accounts.FindAsync(accountId, cancellationToken) is { } account)
        {
            Account = await AccountsApi.ViewAsync(account, organisations, seekers, cancellationToken);
        }
    }
}
