using OpenTalent.Core.Matching;
using OpenTalent.Core.Hiring;

namespace OpenTalent.Web.Matching;

/// <summary>
/// Ranked, explained shortlists for a job. Applicants are scored one by one with the relevance model (they are
/// few, and their profiles need not be discoverable); the talent pool comes from the match index, which holds only
/// the profiles of seekers who chose to be found.
/// </summary>
public sealed class ShortlistBuilder(MatchingHost matching, IApplicationStore applications, ISeekerStore seekers, IAccountStore accounts, IMatchingStore store, TimeProvider clock)
{
    public async Task<IReadOnlyList<ShortlistEntry>> FromApplicantsAsync(JobPosting posting, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var state = await matching.GetAsync(cancellationToken);
        var today = Today();
        var scored = new List<ShortlistEntry>();
        var unscored = new List<ShortlistEntry>();
        foreach (var application in await applications.ListForPostingAsync(posting.Identifier, cancellationToken))
        {
            var account = await accounts.FindAsync(application.SeekerId, cancellationToken);
            var profileId = (await seekers.FindAsync(application.SeekerId, cancellationToken))?.ProfileId;
            var profile = profileId is null ? null : (await store.FindProfileAsync(profileId, cancellationToken))?.Profile;
            if (profile is null)
            {
                unscored.Add(new ShortlistEntry(application.SeekerId, profileId ?? "", account?.DisplayName, null, null, null, application.Id, application.Status, Next(application)));
                continue;
            }

            var match = state.Model.ScoreCandidate(posting, profile, today);
            scored.Add(new ShortlistEntry(
                application.SeekerId, profile.Identifier, account?.DisplayName ?? match.DisplayName, match.Headline, Math.Round(match.Score, 4), match.Explanation, application.Id, application.Status, Next(application)));
        }

        return [.. scored.OrderByDescending(e => e.Score).ThenBy(e => e.ProfileId, StringComparer.Ordinal).Concat(unscored).Take(top)];
    }

    public async Task<IReadOnlyList<ShortlistEntry>> FromPoolAsync(JobPosting posting, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var state = await matching.GetAsync(cancellationToken);
        var applied = (await applications.ListForPostingAsync(posting.Identifier, cancellationToken)).ToDictionary(a => a.SeekerId);
        var entries = new List<ShortlistEntry>();
        foreach (var match in state.Index.CandidatesFor(posting, CandidateFilters.None, top, Today()))
        {
            var seekerId = SeekerOf(match.Identifier);
            var application = seekerId is { } id && applied.TryGetValue(id, out var found) ? found : null;
            entries.Add(new ShortlistEntry(seekerId, match.Identifier, match.DisplayName, match.Headline, Math.Round(match.Score, 4), match.Explanation, application?.Id, application?.Status, Next(application)));
        }

        return entries;
    }

    private static IReadOnlyList<ApplicationStatus> Next(JobApplication? application) =>
        application is null ? [] : ApplicationWorkflow.NextFor(ApplicationActor.Employer, application.Status);

    private static Guid? SeekerOf(string profileId) =>
        profileId.StartsWith("seeker-", StringComparison.Ordinal) && Guid.TryParseExact(profileId["seeker-".Length..], "N", out var id) ? id : null;

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
