using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Core.Privacy;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

public sealed record RankingChoiceRequest(bool? RankAutomatically);

/// <summary>Voluntary; leave a part out (null) to decline it.</summary>
/// <param name="Sex">male or female (the EEO-1 categories a Local Law 144 audit uses).</param>
/// <param name="RaceEthnicity">hispanicOrLatino, white, blackOrAfricanAmerican, nativeHawaiianOrPacificIslander, asian, nativeAmericanOrAlaskaNative or twoOrMoreRaces.</param>
public sealed record SelfIdentificationRequest(string? Sex, string? RaceEthnicity);

public sealed record ConsentView(ConsentPurpose Purpose, bool Granted, DateTimeOffset RecordedAt, string Source);

public sealed record SelfIdentificationView(SexCategory? Sex, RaceEthnicityCategory? RaceEthnicity, DateTimeOffset RecordedAt);

/// <param name="Standing">The decision in force per purpose.</param>
public sealed record PrivacyView(IReadOnlyDictionary<ConsentPurpose, bool> Standing, IReadOnlyList<ConsentView> History, SelfIdentificationView? SelfIdentification);

/// <param name="Actor">Who: a person's name, an API key's name, or null for the platform itself.</param>
public sealed record AuditView(DateTimeOffset At, AuditAction Action, string What, AuditActorKind ActorKind, string? Actor, string? Organisation);

/// <summary>
/// A person's own privacy controls under <c>/api/v1/me</c>: consents and their history, the choice to be ranked
/// automatically or reviewed by a person, voluntary self-identification, and who viewed or changed their data.
/// </summary>
public static class PrivacyApi
{
    public const int AuditLimit = 500;

    public static IEndpointRouteBuilder MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/me").WithTags("Privacy");
        api.MapGet("/privacy", GetAsync).WithSummary("My consents (standing and history) and self-identification.");
        api.MapPut("/automated-ranking", SetRankingAsync).WithSummary("Let employers' shortlists rank my applications automatically, or have them reviewed unranked.");
        api.MapPut("/self-identification", SetSelfIdentificationAsync).WithSummary("Voluntary self-identification, counted only in employers' bias audits, never in ranking.");
        api.MapDelete("/self-identification", DeleteSelfIdentificationAsync).WithSummary("Withdraw my self-identification.");
        api.MapGet("/audit", AuditAsync).WithSummary("Who viewed or changed my data, newest first (the latest 500).");
        return app;
    }

    public static async Task<PrivacyView> ViewAsync(Guid accountId, IConsentStore consents, ISelfIdentificationStore identities, CancellationToken cancellationToken)
    {
        var history = await consents.HistoryAsync(accountId, cancellationToken);
        var standing = Enum.GetValues<ConsentPurpose>().ToDictionary(p => p, p => ConsentRecord.IsGranted(history, p));
        var identification = await identities.FindAsync(accountId, cancellationToken);
        return new PrivacyView(
            standing,
            [.. history.Select(r => new ConsentView(r.Purpose, r.Granted, r.RecordedAt, r.Source))],
            identification is null ? null : new SelfIdentificationView(identification.Sex, identification.RaceEthnicity, identification.RecordedAt));
    }

    public static async Task<IReadOnlyList<AuditView>> AuditOfAsync(Guid accountId, IAuditLog audit, CancellationToken cancellationToken) =>
        [.. (await audit.AboutAsync(accountId, AuditLimit, cancellationToken)).Select(r => new AuditView(r.Entry.At, r.Entry.Action, r.Entry.What, r.Entry.ActorKind, r.Actor, r.Organisation))];

    private static async Task<Results<Ok<PrivacyView>, ProblemHttpResult>> GetAsync(
        HttpContext context, IConsentStore consents, ISelfIdentificationStore identities, CancellationToken cancellationToken)
    {
        if (context.User.AccountId() is not { } accountId)
        {
            return Denied(context);
        }

        return TypedResults.Ok(await ViewAsync(accountId, consents, identities, cancellationToken));
    }

    private static async Task<Results<Ok<PrivacyView>, ValidationProblem, ProblemHttpResult>> SetRankingAsync(
        RankingChoiceRequest request, HttpContext context, IConsentStore consents, ISelfIdentificationStore identities, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (accountId, denied) = SeekerAccess.Resolve(context.User);
        if (denied is not null)
        {
            return (ProblemHttpResult)denied;
        }

        if (request?.RankAutomatically is not { } rank)
        {
            return ApiProblems.Field("rankAutomatically", "is required: true to be ranked automatically, false to be reviewed unranked.");
        }

        await consents.RecordAsync(new ConsentRecord(accountId, ConsentPurpose.AutomatedRanking, rank, clock.GetUtcNow(), "account settings"), cancellationToken);
        return TypedResults.Ok(await ViewAsync(accountId, consents, identities, cancellationToken));
    }

    private static async Task<Results<Ok<PrivacyView>, ValidationProblem, ProblemHttpResult>> SetSelfIdentificationAsync(
        SelfIdentificationRequest request, HttpContext context, IConsentStore consents, ISelfIdentificationStore identities, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (accountId, denied) = SeekerAccess.Resolve(context.User);
        if (denied is not null)
        {
            return (ProblemHttpResult)denied;
        }

        var validation = new Validation();
        var sex = Category<SexCategory>(validation, "sex", request?.Sex);
        var race = Category<RaceEthnicityCategory>(validation, "raceEthnicity", request?.RaceEthnicity);
        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        var now = clock.GetUtcNow();
        await identities.SaveAsync(new SelfIdentification(accountId, sex, race, now), cancellationToken);
        await consents.RecordAsync(new ConsentRecord(accountId, ConsentPurpose.SelfIdentification, true, now, "account settings"), cancellationToken);
        return TypedResults.Ok(await ViewAsync(accountId, consents, identities, cancellationToken));
    }

    private static async Task<Results<Ok<PrivacyView>, ProblemHttpResult>> DeleteSelfIdentificationAsync(
        HttpContext context, IConsentStore consents, ISelfIdentificationStore identities, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (accountId, denied) = SeekerAccess.Resolve(context.User);
        if (denied is not null)
        {
            return (ProblemHttpResult)denied;
        }

        if (await identities.DeleteAsync(accountId, cancellationToken))
        {
            await consents.RecordAsync(new ConsentRecord(accountId, ConsentPurpose.SelfIdentification, false, clock.GetUtcNow(), "account settings"), cancellationToken);
        }

        return TypedResults.Ok(await ViewAsync(accountId, consents, identities, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditView>>, ProblemHttpResult>> AuditAsync(HttpContext context, IAuditLog audit, CancellationToken cancellationToken)
    {
        if (context.User.AccountId() is not { } accountId)
        {
            return Denied(context);
        }

        return TypedResults.Ok(await AuditOfAsync(accountId, audit, cancellationToken));
    }

    private static ProblemHttpResult Denied(HttpContext context) => context.User.ApiKey() is null
        ? ApiProblems.Unauthenticated("Sign in to see your privacy settings.")
        : ApiProblems.Forbidden("An API key has no account; privacy settings belong to a signed-in person.");

    private static T? Category<T>(Validation validation, string field, string? value)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var compact = value.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (Enum.TryParse<T>(compact, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(compact, out _))
        {
            return parsed;
        }

        var allowed = string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        validation.Add(field, $"must be one of {allowed}, or left out to decline; got '{value}'.");
        return null;
    }
}
