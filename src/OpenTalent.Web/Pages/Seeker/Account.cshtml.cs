using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Privacy;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Seeker;

/// <summary>The seeker's account: who they are signed in as, their talent-pool and ranking choices, self-identification, who saw their data, their data and its deletion.</summary>
public sealed class AccountModel(
    IAccountStore accounts, IOrganisationStore organisations, ISeekerStore seekers, IConsentStore consents, ISelfIdentificationStore identities, IAuditLog audit) : PageModel
{
    /// <summary>The account as <c>GET /api/v1/me</c> shows it.</summary>
    public AccountView? Account { get; private set; }

    /// <summary>Consents and self-identification, as <c>GET /api/v1/me/privacy</c> shows them.</summary>
    public PrivacyView? Privacy { get; private set; }

    /// <summary>Who viewed or changed the person's data, newest first.</summary>
    public IReadOnlyList<AuditView> AccessLog { get; private set; } = [];

    public static string Category(Enum? value) => value is null ? "" : char.ToLowerInvariant(value.ToString()[0]) + value.ToString()[1..];

    public static string Words(Enum value) => System.Text.RegularExpressions.Regex.Replace(value.ToString(), "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant() switch
    {
        var text => char.ToUpperInvariant(text[0]) + text[1..],
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var accountId = User.AccountId() ?? throw new InvalidOperationException("The seeker pages are only reached signed in.");
        // The cookie can outlive the account (deleted in another tab): the page then says so instead of failing.
        if (await accounts.FindAsync(accountId, cancellationToken) is { } account)
        {
            Account = await AccountsApi.ViewAsync(account, organisations, seekers, cancellationToken);
            Privacy = await PrivacyApi.ViewAsync(accountId, consents, identities, cancellationToken);
            AccessLog = await PrivacyApi.AuditOfAsync(accountId, audit, cancellationToken);
        }
    }
}
