using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Matching.WageMoves;
using OpenTalent.Core.Privacy;
using OpenTalent.Formats.Json;
using OpenTalent.Formats.Resumes;
using OpenTalent.Storage.Workforce;
using OpenTalent.Text.JobAds;
using OpenTalent.Web.Matching;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

public sealed record DiscoverableRequest(bool? Discoverable);

/// <summary>A seeker's profile: the JSON Resume they gave, and what matching understood from it.</summary>
public sealed record ProfileView(string Id, JsonElement Resume, CandidateProfile Understood, bool Discoverable);

/// <summary>The seeker's own endpoints: profile, talent-pool choice, jobs for me, wage moves, applications.</summary>
public static class SeekerApi
{
    private const int MaxTop = 100;

    public static IEndpointRouteBuilder MapSeekerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/me").WithTags("Seeker");
        api.MapGet("/profile", GetProfileAsync).WithSummary("My profile: the JSON Resume and what matching understood from it.");
        api.MapPut("/profile", PutProfileAsync).Accepts<JsonElement>("application/json").WithSummary("Create or replace my profile from a JSON Resume document.");
        api.MapPut("/discoverable", SetDiscoverableAsync).WithSummary("Let employers find me in the talent pool, or stop them (off by default).");
        api.MapGet("/jobs", JobsForMeAsync).WithSummary("Open jobs that fit my profile, best first, each explained.");
        api.MapGet("/jobs/{id}/match", MatchOneAsync).WithSummary("How I match one posting, open or closed: skills I have, lack or cover through a related skill, pay, factors.");
        api.MapGet("/wage-moves", WageMovesAsync).WithSummary("Better-paid jobs and occupations I fit, the skills that unlock the most, career paths.");
        api.MapGet("/applications", ApplicationsAsync).WithSummary("My applications and where each stands.");
        api.MapPost("/applications", ApplyAsync).WithSummary("Apply to an open posting.");
        api.MapPost("/applications/{id:guid}/withdraw", WithdrawAsync).WithSummary("Withdraw one of my applications.");
        return app;
    }

    private static async Task<Results<Ok<ProfileView>, ProblemHttpResult>> GetProfileAsync(
        HttpContext context, SeekerProfiles profiles, CancellationToken cancellationToken)
    {
        var (accountId, denied) = SeekerAccess.Resolve(context.User);
        if (denied is not null)
        {
            return (ProblemHttpResult)denied;
        }

        return await profiles.FindAsync(accountId, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : ApiProblems.NotFound("You have no profile yet: PUT a JSON Resume to /api/v1/me/profile.");
    }

    private static async Task<Results<Ok<ProfileView>, ValidationProblem, ProblemHttpResult>> PutProfileAsync(
        HttpContext context, SeekerProfiles profiles, CancellationToken cancellationToken)
    {
        var (accountId, denied) = SeekerAccess.Resolve(context.User);
        if (denied is not null)
        {
            return (ProblemHttpResult)denied;
        }

        if (!(context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return ApiProblems.Field("$", "must be a JSON Resume document sent as application/json.");
        }

        using var body = await JsonDocument.ParseAsync(context.Request.Body, default, cancellationToken);
        var errors = new List<FieldError>();
        var resume = ResumeReader.Parse(body.RootElement, errors);
        if (resume is null || errors.Count > 0)
        {
            var validation = new Validation();
            foreach (var error in errors.Count > 0 ? errors : [new FieldError("", "is not a JSON Resume document.")])
            {
                validation.Add(error.Field.Length == 0 ? "$" : error.Field, error.Message);
            }

            return validation.Problem();
        }

        return TypedResults.Ok(await profiles.SaveAsync(accountId, resume, body.RootElement, cancellationToken));
    }

    private static async Task<Results<Ok<SeekerView>, ValidationProblem, ProblemHttpResult>> SetDiscoverableAsync(
        DiscoverableRequest request, HttpContext context, ISeekerStore seekers, IConsentStore consents, IMatchingStore store, MatchingHost matching, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (accountId, denied) = SeekerAccess.Resolve(context.User);
        if (denied is not null)
        {
            return (ProblemHttpResult)denied;
        }

        if (request?.Discoverable is not { } discoverable)
        {
            return ApiProblems.Field("discoverable", "is required: true or false.");
        }

        var current = await seekers.FindAsync(accountId, cancellationToken) ?? SeekerSettings.Initial(accountId, clock.GetUtcNow());
        var settings = new SeekerSettings(accountId, current.ProfileId, discoverable, clock.GetUtcNow());
        await seekers.SaveAsync(settings, cancellationToken);
        if (discoverable != current.Discoverable)
        {
            await consents.RecordAsync(new ConsentRecord(accountId, ConsentPurpose.TalentPool, discoverable, settings.UpdatedAt, "account settings"), cancellationToken);
        }
        if (settings.ProfileId is { } profileId)
        {
            var profile = discoverable ? (await store.FindProfileAsync(profileId, cancellationToken))?.Profile : null;
            matching.SeekerChanged(profileId, profile, discoverable);
        }

        return TypedResults.Ok(new SeekerView(settings.ProfileId, settings.Discoverable));
    }

    private static async Task<Results<Ok<IReadOnlyList<JobMatchView>>, ValidationProblem, ProblemHttpResult>> JobsForMeAsync(
        HttpContext context, ISeekerStore seekers, IMatchingStore store, MatchingHost matching, TimeProvider clock, CancellationToken cancellationToken,
        string? top = null, string? remote = null, string? minSalary = null, string? currency = null, string? location = null)
    {
        var (accountId, denied) = SeekerAccess.Resolve(context.User);
        if (denied is not null)
        {
            return (ProblemHttpResult)denied;
        }

        var validation = new Validation();
        var count = Count(validation, "top", top, 20);
        var filters = Filters(validation, remote, minSalary, currency, location);
        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        if (await ProfileAsync(accountId, seekers, store, cancellationToken) is not { } profile)
        {
            return ApiProblems.Conflict("Build your profile first: PUT a JSON Resume to /api/v1/me/profile.");
        }

        var matches = await JobsForAsync(profile, filters!, count, matching, clock, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<JobMatchView>>([.. matches.Select(JobMatchView.From)]);
    }

    private static async Task<Results<Ok<JobMatchView>, ProblemHttpResult>> MatchOneAsync(
        string id, HttpContext context, ISeekerStore seekers, IMatchingStore store, MatchingHost matching, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (accountId, denied) = SeekerAccess.Resolve(context.User);
        if (denied is not null)
        {
            return (ProblemHttpResult)denied;
        }

        if (await store.FindPostingAsync(id, cancellationToken) is not { } posting)
        {
            return ApiProblems.NotFound($"No posting has the id '{id}'.");
        }

        if (await ProfileAsync(accountId, seekers, store, cancellationToken) is not { } profile)
        {
            return ApiProblems.Conflict("Build your profile first: PUT a JSON Resume to /api/v1/me/profile.");
        }

        return TypedResults.Ok(JobMatchView.From(await MatchAsync(posting.Posting, profile, matching, clock, cancellationToken)));
    }

    /// <summary>Open jobs for the profile, best first: what <c>GET /api/v1/me/jobs</c> and the "Jobs for me" page list.</summary>
    internal static async Task<IReadOnlyList<JobMatch>> JobsForAsync(
        CandidateProfile profile, JobFilters filters, int count, MatchingHost matching, TimeProvider clock, CancellationToken cancellationToken)
    {
        var state = await matching.GetAsync(cancellationToken);
        return state.Index.JobsFor(profile, filters, count, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>How the profile matches one posting, scored by the same model that ranks "Jobs for me".</summary>
    internal static async Task<JobMatch> MatchAsync(JobPosting posting, CandidateProfile profile, MatchingHost matching, TimeProvider clock, CancellationToken cancellationToken)
    {
        var state = await matching.GetAsync(cancellationToken);
        return state.Model.ScoreJob(posting, profile, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }

    private static async Task<Results<Ok<WageMovesReport>, ValidationProblem, ProblemHttpResult>> WageMovesAsync(
        HttpContext context, SeekerProfiles profiles, CancellationToken cancellationToken, string? minRaise = null)
    {
        var (accountId, denied) = SeekerAccess.Resolve(context.User);
        if (denied is not null)
        {
            return (ProblemHttpResult)denied;
        }

        if (!WageMoveQuery.TryParseMinRaise(minRaise, out var raise))
        {
            return ApiProblems.Field("minRaise", WageMoveQuery.MinRaiseError);
        }

        return await profiles.WageMovesAsync(accountId, raise, cancellationToken) is { } report
            ? TypedResults.Ok(report)
            : ApiProblems.Conflict("Build your profile first: PUT a JSON Resume to /api/v1/me/profile.");
    }

    private static async Task<Results<Ok<IReadOnlyList<SeekerApplicationView>>, ProblemHttpResult>> ApplicationsAsync(
        HttpContext context, IApplicationStore applications, IMatchingStore store, CancellationToken cancellationToken)
    {
        var (accountId, denied) = SeekerAccess.Resolve(context.User);
        if (denied is not null)
        {
            return (ProblemHttpResult)denied;
        }

        return TypedResults.Ok(await ApplicationViewsAsync(accountId, applications, store, cancellationToken));
    }

    /// <summary>The seeker's applications, newest first, each with its job's title and employer.</summary>
    internal static async Task<IReadOnlyList<SeekerApplicationView>> ApplicationViewsAsync(
        Guid accountId, IApplicationStore applications, IMatchingStore store, CancellationToken cancellationToken)
    {
        var views = new List<SeekerApplicationView>();
        foreach (var application in await applications.ListForSeekerAsync(accountId, cancellationToken))
        {
            var posting = (await store.FindPostingAsync(application.PostingId, cancellationToken))?.Posting;
            views.Add(SeekerApplicationView.From(application, posting?.Title, posting?.Employer));
        }

        return views;
    }

    private static async Task<Results<Created<SeekerApplicationView>, ValidationProblem, ProblemHttpResult>> ApplyAsync(
        ApplyRequest request, HttpContext context, IApplicationStore applications, ISeekerStore seekers, IMatchingStore store, WorkforceStore workforce, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (accountId, denied) = SeekerAccess.Resolve(context.User);
        if (denied is not null)
        {
            return (ProblemHttpResult)denied;
        }

        var validation = new Validation();
        var postingId = validation.Required("postingId", request?.PostingId, 200);
        var note = validation.Optional("note", request?.Note, ApplicationStatusChange.MaxNoteLength);
        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        var now = clock.GetUtcNow();
        if (await store.FindPostingAsync(postingId!, cancellationToken) is not { } posting)
        {
            return ApiProblems.NotFound($"No posting has the id '{postingId}'.");
        }

        if (!posting.Posting.IsOpenOn(DateOnly.FromDateTime(now.UtcDateTime)))
        {
            return ApiProblems.Conflict("This posting is closed and takes no more applications.");
        }

        if ((await seekers.FindAsync(accountId, cancellationToken))?.ProfileId is null)
        {
            return ApiProblems.Conflict("Build your profile first, so the employer can see how you match: PUT a JSON Resume to /api/v1/me/profile.");
        }

        var application = JobApplication.Submit(accountId, posting.Posting.Identifier, now, note);
        await applications.AddAsync(application, cancellationToken);
        await JoinPipelinesAsync(workforce, application.PostingId, now, cancellationToken);
        return TypedResults.Created($"/api/v1/me/applications/{application.Id}", SeekerApplicationView.From(application, posting.Posting.Title, posting.Posting.Employer));
    }

    private static async Task<Results<Ok<SeekerApplicationView>, ProblemHttpResult>> WithdrawAsync(
        Guid id, HttpContext context, IApplicationStore applications, IMatchingStore store, WorkforceStore workforce, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (accountId, denied) = SeekerAccess.Resolve(context.User);
        if (denied is not null)
        {
            return (ProblemHttpResult)denied;
        }

        // Someone else's application is reported exactly like a missing one.
        if (await applications.FindAsync(id, cancellationToken) is not { } application || application.SeekerId != accountId)
        {
            return ApiProblems.NotFound($"You have no application with the id '{id}'.");
        }

        var moved = application.MoveTo(ApplicationStatus.Withdrawn, ApplicationActor.Seeker, clock.GetUtcNow(), context.User.Actor(), null);
        if (!await applications.RecordMoveAsync(moved, application.Status, cancellationToken))
        {
            return ApiProblems.Conflict("The application changed while you were withdrawing it; look at it again and retry.");
        }

        await JoinPipelinesAsync(workforce, application.PostingId, moved.UpdatedAt, cancellationToken);
        var posting = (await store.FindPostingAsync(application.PostingId, cancellationToken))?.Posting;
        return TypedResults.Ok(SeekerApplicationView.From(moved, posting?.Title, posting?.Employer));
    }

    /// <summary>
    /// Brings the requisitions fed by the posting up to date with this application. The application is stored
    /// already; if this fails, the pipeline catches up the next time it is read, so the seeker is not told of an error.
    /// </summary>
    private static async Task JoinPipelinesAsync(WorkforceStore workforce, string postingId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            await workforce.SyncPostingAsync(postingId, at, cancellationToken);
        }
        catch (System.Data.Common.DbException)
        {
            // Caught up on the next pipeline read (SyncApplicantsAsync is idempotent).
        }
    }

    internal static async Task<CandidateProfile?> ProfileAsync(Guid accountId, ISeekerStore seekers, IMatchingStore store, CancellationToken cancellationToken) =>
        (await seekers.FindAsync(accountId, cancellationToken))?.ProfileId is { } profileId ? (await store.FindProfileAsync(profileId, cancellationToken))?.Profile : null;

    internal static int Count(Validation validation, string field, string? text, int fallback)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= MaxTop)
        {
            return value;
        }

        validation.Add(field, $"must be a whole number from 1 to {MaxTop}.");
        return fallback;
    }

    internal static JobFilters? Filters(Validation validation, string? remote, string? minSalary, string? currency, string? location)
    {
        var remoteOnly = remote?.Trim().ToLowerInvariant() is "true" or "remote";
        if (!remoteOnly && remote?.Trim().ToLowerInvariant() is not (null or "" or "any" or "false"))
        {
            validation.Add("remote", "must be true or false.");
        }

        AnnualPay? pay = null;
        if (minSalary is not null)
        {
            if (!decimal.TryParse(minSalary, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0)
            {
                validation.Add("minSalary", "must be a non-negative annual amount.");
            }
            else
            {
                var code = (currency ?? "USD").Trim().ToUpperInvariant();
                try
                {
                    pay = new AnnualPay(amount, code);
                }
                catch (ArgumentException)
                {
                    validation.Add("currency", $"'{currency}' is not an ISO 4217 currency code such as USD.");
                }
            }
        }

        var place = PlaceOf(validation, location);
        return validation.IsValid ? new JobFilters(remoteOnly, pay, place) : null;
    }

    /// <summary>"City, Region, Country" with any part left out; a lone two-letter part is a country code.</summary>
    internal static Place? PlaceOf(Validation validation, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split(',').Select(p => p.Trim()).ToArray();
        if (parts.Length > 3 || text.Length > 200)
        {
            validation.Add("location", "takes at most three parts: \"City, Region, Country\".");
            return null;
        }

        var country = parts.Length == 3 ? parts[2] : parts.Length == 1 && parts[0].Length == 2 ? parts[0] : null;
        var city = parts.Length == 1 && country is not null ? null : parts[0];
        var region = parts.Length >= 2 ? parts[1] : null;
        return validation.Try("location", () => new Place(city, region, country is null ? null : CountryCodes.Find(country) ?? country));
    }
}
