using System.Text.Json;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Formats.Resumes;
using OpenTalent.Web.Matching;

namespace OpenTalent.Web;

/// <summary>
/// Saves a seeker's profile: analyses the JSON Resume, stores it with what matching understood, links it to the
/// account and keeps the live match index current. The one path for both a PUT of JSON and a saved upload.
/// </summary>
public sealed class SeekerProfiles(ISeekerStore seekers, IMatchingStore store, MatchingHost matching, TimeProvider clock)
{
    /// <param name="resume">The validated resume matching reads.</param>
    /// <param name="json">The JSON Resume exactly as it is kept and given back to the seeker.</param>
    public async Task<ProfileView> SaveAsync(Guid accountId, ResumeDocument resume, JsonElement json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resume);
        var profileId = SeekerSettings.ProfileIdFor(accountId);
        var now = clock.GetUtcNow();
        var analyzers = await matching.AnalyzersAsync(cancellationToken);
        var profile = analyzers.Profiles.Analyze(resume with { Identifier = profileId }, profileId, DateOnly.FromDateTime(now.UtcDateTime));
        await store.SaveProfilesAsync([new ProfileRecord(profile, json.GetRawText())], cancellationToken);
        var current = await seekers.FindAsync(accountId, cancellationToken) ?? SeekerSettings.Initial(accountId, now);
        var settings = new SeekerSettings(accountId, profileId, current.Discoverable, now);
        await seekers.SaveAsync(settings, cancellationToken);
        matching.SeekerChanged(profileId, profile, settings.Discoverable);
        return new ProfileView(profileId, json.Clone(), profile, settings.Discoverable);
    }
}
