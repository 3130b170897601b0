using OpenTalent.Core.Matching;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Privacy;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Matching;

/// <summary>
/// Ranked, explained shortlists for a job. Applicants are scored one by one with the relevance model (they are
/// few, and their profiles need not be discoverable); the talent pool comes from the match index, which holds only
/// the profiles of seekers who chose to be found.
/// </summary>
public sealed class ShortlistBuilder(
    MatchingHost matching, IApplicationStore applications, ISeekerStore seekers, IAccountStore accounts, IMatchingStore store, IConsentStore consents,
    IRankingLog rankings, AuditTrail audit, TimeProvider clock)
{
    public const string FromApplicants = "applicants";
    public const string FromTalentPool = "pool";

    /// <summary>
    /// The job's applicants: those with a profile ranked by the relevance model, then those who opted out of
    /// automated ranking (in the order they applied, never scored), then those without a profile.
    /// </summary>
    public async Task<IReadOnlyList<ShortlistEntry>> FromApplicantsAsync(JobPosting posting, int top, EmployerCaller viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posting);
        ArgumentNullException.ThrowIfNull(viewer);
        var state = await matching.GetAsync(cancellationToken);
        var today = Today();
        var listed = await applications.ListForPostingAsync(posting.Identifier, cancellationToken);
        var optedOut = await consents.OptedOutOfRankingAsync([.. listed.Select(a => a.SeekerId)], cancellationToken);
        var scored = new List<ShortlistEntry>();
        var unranked = new List<ShortlistEntry>();
        var unscored = new List<ShortlistEntry>();
        foreach (var application in listed)
        {
            var account = await accounts.FindAsync(application.SeekerId, cancellationToken);
            var profileId = (await seekers.FindAsync(application.SeekerId, cancellationToken))?.ProfileId;
            var profile = profileId is null ? null : (await store.FindProfileAsync(profileId, cancellationToken))?.Profile;
            if (optedOut.Contains(application.SeekerId))
            {
                unranked.Add(new ShortlistEntry(
                    application.SeekerId, profileId ?? "", account?.DisplayName, profile?.Headline, null, null, application.Id, application.Status, Next(application), OptedOutOfRanking: true));
                continue;
            }

            if (profile is null)
            {
                unscored.Add(new ShortlistEntry(application.SeekerId, profileId ?? "", account?.DisplayName, null, null, null, application.Id, application.Status, Next(application)));
                continue;
            }

            var match = state.Model.ScoreCandidate(posting, profile, today);
            scored.Add(new ShortlistEntry(
                application.SeekerId, profile.Identifier, account?.DisplayName ?? match.DisplayName, match.Headline, Math.Round(match.Score, 4), match.Explanation, application.Id, application.Status, Next(application)));
        }

        ShortlistEntry[] shown = [.. scored.OrderByDescending(e => e.Score).ThenBy(e => e.ProfileId, StringComparer.Ordinal).Concat(unranked).Concat(unscored).Take(top)];
        await RecordAsync(posting, viewer, FromApplicants, state.ModelVersion, shown, cancellationToken);
        return shown;
    }

    /// <summary>Discoverable seekers ranked from the match index; those who opted out of automated ranking are left out.</summary>
    public async Task<IReadOnlyList<ShortlistEntry>> FromPoolAsync(JobPosting posting, int top, EmployerCaller viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posting);
        ArgumentNullException.ThrowIfNull(viewer);
        var state = await matching.GetAsync(cancellationToken);
        var applied = (await applications.ListForPostingAsync(posting.Identifier, cancellationToken)).ToDictionary(a => a.SeekerId);
        // Ask for more than shown, so people who opted out leave room for others.
        var matches = state.Index.CandidatesFor(posting, CandidateFilters.None, top * 2, Today());
        var optedOut = await consents.OptedOutOfRankingAsync([.. matches.Select(m => SeekerOf(m.Identifier)).OfType<Guid>()], cancellationToken);
        var entries = new List<ShortlistEntry>();
        foreach (var match in matches)
        {
            var seekerId = SeekerOf(match.Identifier);
            if (seekerId is { } id && optedOut.Contains(id))
            {
                continue;
            }

            var application = seekerId is { } known && applied.TryGetValue(known, out var found) ? found : null;
            entries.Add(new ShortlistEntry(seekerId, match.Identifier, match.DisplayName, match.Headline, Math.Round(match.Score, 4), match.Explanation, application?.Id, application?.Status, Next(application)));
            if (entries.Count == top)
            {
                break;
            }
        }

        await RecordAsync(posting, viewer, FromTalentPool, state.ModelVersion, entries, cancellationToken);
        return entries;
    }

    /// <summary>Keeps the automated ranking as shown, and logs that the viewer saw each person's data.</summary>
    private async Task RecordAsync(JobPosting posting, EmployerCaller viewer, string source, string modelVersion, IReadOnlyList<ShortlistEntry> shown, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (kind, actor) = AuditTrail.ActorOf(viewer);
        var ranked = shown.Where(e => e.Score is not null && e.Explanation is not null).ToArray();
        if (ranked.Length > 0)
        {
            await rankings.RecordAsync(
                new RankingRecord(
                    Guid.CreateVersion7(now), viewer.OrganisationId, posting.Identifier, kind, actor, source, modelVersion, now,
                    ranked.Select((e, i) => new RankedEntry(i + 1, e.SeekerId, e.ProfileId, e.ApplicationId, e.Score!.Value, e.Explanation!))),
                cancellationToken);
        }

        var what = source == FromApplicants ? $"application to {posting.Identifier}" : $"talent-pool profile, matched to {posting.Identifier}";
        await audit.EmployerAsync(viewer, AuditAction.Viewed, shown.Select(e => e.SeekerId).OfType<Guid>(), what, cancellationToken);
    }

    private static IReadOnlyList<ApplicationStatus> Next(JobApplication? application) =>
        application is null ? [] : ApplicationWorkflow.NextFor(ApplicationActor.Employer, application.Status);

    private static Guid? SeekerOf(string profileId) =>
        profileId.StartsWith("seeker-", StringComparison.Ordinal) && Guid.TryParseExact(profileId["seeker-".Length..], "N", out var id) ? id : null;

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
