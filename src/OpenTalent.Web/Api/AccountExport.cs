using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Privacy;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

/// <summary>
/// Everything held about one account, in one JSON document: the account (never the password hash), the profile as
/// the JSON Resume it was given plus what matching understood, the talent-pool choice, every application with its
/// history, consents and self-identification, who viewed or changed the data, and for employers their organisation
/// and role. The export itself is logged.
/// </summary>
public sealed record AccountExportDocument(
    DateTimeOffset ExportedAt,
    AccountView Account,
    JsonElement? Resume,
    CandidateProfile? UnderstoodProfile,
    IReadOnlyList<SeekerApplicationView> Applications,
    IReadOnlyList<ApiKeyView> ApiKeysCreated,
    PrivacyView Privacy,
    IReadOnlyList<AuditView> AccessLog);

internal static class AccountExport
{
    public static async Task<Results<Ok<AccountExportDocument>, ProblemHttpResult>> ExportAsync(
        HttpContext context,
        IAccountStore accounts,
        IOrganisationStore organisations,
        ISeekerStore seekers,
        IMatchingStore store,
        IApplicationStore applications,
        IApiKeyStore keys,
        IConsentStore consents,
        ISelfIdentificationStore identities,
        IAuditLog audit,
        AuditTrail trail,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (context.User.AccountId() is not { } id || await accounts.FindAsync(id, cancellationToken) is not { } account)
        {
            return context.User.ApiKey() is null
                ? ApiProblems.Unauthenticated("Sign in to export your data.")
                : ApiProblems.Forbidden("An API key has no account to export.");
        }

        var view = await AccountsApi.ViewAsync(account, organisations, seekers, cancellationToken);
        JsonElement? resume = null;
        CandidateProfile? understood = null;
        if (view.Seeker?.ProfileId is { } profileId && await store.FindProfileAsync(profileId, cancellationToken) is { } record)
        {
            using var document = JsonDocument.Parse(record.Document);
            resume = document.RootElement.Clone();
            understood = record.Profile;
        }

        var applied = new List<SeekerApplicationView>();
        foreach (var application in await applications.ListForSeekerAsync(id, cancellationToken))
        {
            var posting = (await store.FindPostingAsync(application.PostingId, cancellationToken))?.Posting;
            applied.Add(SeekerApplicationView.From(application, posting?.Title, posting?.Employer));
        }

        var created = view.Organisation is { } organisation
            ? (await keys.ListAsync(organisation.Id, cancellationToken)).Where(k => k.CreatedBy == id).Select(ApiKeyView.From).ToArray()
            : [];
        var now = clock.GetUtcNow();
        await trail.SelfAsync(id, AuditAction.Exported, "account export", cancellationToken);
        var privacy = await PrivacyApi.ViewAsync(id, consents, identities, cancellationToken);
        var accessLog = await PrivacyApi.AuditOfAsync(id, audit, cancellationToken);
        context.Response.Headers.ContentDisposition = "attachment; filename=\"opentalent-export.json\"";
        return TypedResults.Ok(new AccountExportDocument(now, view, resume, understood, applied, created, privacy, accessLog));
    }
}
