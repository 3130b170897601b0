using System.Text.Json;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Matching.WageMoves;
using OpenTalent.Core.Privacy;
using OpenTalent.Formats.Resumes;
using OpenTalent.Web.Matching;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

/// <summary>
/// Saves a seeker's profile: analyses the JSON Resume, stores it with what matching understood, links it to the
/// account and keeps the live match index current. The one path for both a PUT of JSON and a saved upload; and the
/// one way to read a profile and its wage moves back, for the API and the pages alike.
/// </summary>
public sealed class SeekerProfiles(ISeekerStore seekers, IMatchingStore store, MatchingHost matching, AuditTrail audit, TimeProvider clock)
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
        await audit.SelfAsync(accountId, AuditAction.Changed, "profile", cancellationToken);
        return new ProfileView(profileId, json.Clone(), profile, settings.Discoverable);
    }

    /// <summary>The seeker's profile as the API gives it, or null when they have not built one yet.</summary>
    public async Task<ProfileView?> FindAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var settings = await seekers.FindAsync(accountId, cancellationToken);
        if (settings?.ProfileId is not { } profileId || await store.FindProfileAsync(profileId, cancellationToken) is not { } record)
        {
            return null;
        }

        using var document = JsonDocument.Parse(record.Document);
        return new ProfileView(profileId, document.RootElement.Clone(), record.Profile, settings.Discoverable);
    }

    /// <summary>Whether the seeker lets employers find them; false until they choose otherwise.</summary>
    public async Task<bool> IsDiscoverableAsync(Guid accountId, CancellationToken cancellationToken) =>
        (await seekers.FindAsync(accountId, cancellationToken))?.Discoverable ?? false;

    /// <summary>
    /// Better-paid postings and occupations, skill bundles and career paths for the seeker; null when they have no
    /// profile yet. <paramref name="minRaisePercent"/> is read by <see cref="WageMoveQuery.TryParseMinRaise"/>.
    /// </summary>
    public async Task<WageMovesReport?> WageMovesAsync(Guid accountId, double minRaisePercent, CancellationToken cancellationToken)
    {
        if (await SeekerApi.ProfileAsync(accountId, seekers, store, cancellationToken) is not { } profile)
        {
            return null;
        }

        var state = await matching.GetAsync(cancellationToken);
        return state.Advisor.Advise(profile, new WageMoveOptions(MinRaise: minRaisePercent / 100), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}

/// <summary>The wage-moves query, read the same way by the API and the page.</summary>
public static class WageMoveQuery
{
    /// <summary>The raise asked for when none is given, in percent.</summary>
    public const double DefaultMinRaise = 10;

    /// <summary>Reads <c>minRaise</c>, a percentage from 0 to 1000; absent means <see cref="DefaultMinRaise"/>.</summary>
    public static bool TryParseMinRaise(string? text, out double percent)
    {
        percent = DefaultMinRaise;
        return text is null
            || (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out percent) && percent is >= 0 and <= 1000);
    }

    /// <summary>The problem message for a <c>minRaise</c> that <see cref="TryParseMinRaise"/> refused.</summary>
    public const string MinRaiseError = "must be a percentage between 0 and 1000.";
}
