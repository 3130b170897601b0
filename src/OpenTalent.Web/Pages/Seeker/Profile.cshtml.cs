using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Seeker;

/// <summary>
/// The seeker's profile editor. The page hands its script the saved profile exactly as <c>GET /api/v1/me/profile</c>
/// gives it, so the editor fills itself one way whether the data came from here, an upload or a save.
/// </summary>
public sealed class ProfileModel(SeekerProfiles profiles, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : PageModel
{
    /// <summary>The saved profile as API JSON, or "null" before the first save.</summary>
    public string ProfileJson { get; private set; } = "null";

    public bool HasProfile { get; private set; }

    public bool Discoverable { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var accountId = User.AccountId() ?? throw new InvalidOperationException("The seeker pages are only reached signed in.");
        var view = await profiles.FindAsync(accountId, cancellationToken);
        HasProfile = view is not null;
        Discoverable = view?.Discoverable ?? await profiles.IsDiscoverableAsync(accountId, cancellationToken);
        ProfileJson = JsonSerializer.Serialize(view, json.Value.SerializerOptions);
    }
}
