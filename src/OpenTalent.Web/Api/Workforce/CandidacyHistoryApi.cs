using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

/// <summary>One move of an application: where from and to, the status after it, when, by whom and why.</summary>
/// <param name="ByName">The mover's display name while they are a member of the organisation; null for API keys and former members.</param>
public sealed record CandidacyMoveView(string? FromStage, string? ToStage, ApplicationStatus Status, DateTimeOffset At, Guid By, string? ByName, string? Reason, string? Note);

/// <summary>A message a move sent the candidate.</summary>
public sealed record CandidacyMessageView(DateTimeOffset At, Guid By, string? ByName, string Body);

/// <summary>An application in a requisition with every move it went through and every message sent, oldest first.</summary>
public sealed record CandidacyHistoryView(
    Guid ApplicationId, Guid CandidateId, Guid RequisitionId, string Stage, ApplicationStatus Status, string? Source, DateTimeOffset AppliedAt,
    int Scorecards, IReadOnlyList<CandidacyMoveView> Moves, IReadOnlyList<CandidacyMessageView> Messages);

/// <summary>
/// The move history of one application under <c>/api/v1/employer/hiring</c>: who moved it, when and why, so a
/// recruiter can see what happened to a candidate before moving them again.
/// </summary>
public static class CandidacyHistoryApi
{
    public static RouteGroupBuilder MapCandidacyHistory(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/hiring/requisitions/{id:guid}/applications/{applicationId:guid}/history", HistoryAsync)
            .WithSummary("One application of a requisition with every move (from, to, status, when, by whom, reason, note), oldest first.");
        return api;
    }

    private static async Task<Results<Ok<CandidacyHistoryView>, ProblemHttpResult>> HistoryAsync(
        Guid id, Guid applicationId, HttpContext context, EmployerAccess access, WorkforceStore store, IOrganisationStore organisations, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadCandidates, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        return await FindAsync(store, organisations, caller.OrganisationId, id, applicationId, cancellationToken) switch
        {
            { Requisition: false } => ApiProblems.NotFound($"Your organisation has no requisition with the id {id}."),
            { View: { } view } => TypedResults.Ok(view),
            _ => ApiProblems.NotFound($"The requisition {id} has no application with the id {applicationId}."),
        };
    }

    /// <summary>
    /// Finds an application of an organisation's requisition with its moves, naming each mover who is a member.
    /// <c>Requisition</c> is false when the organisation has no such requisition (another organisation's ids are simply not found).
    /// </summary>
    public static async Task<(bool Requisition, CandidacyHistoryView? View)> FindAsync(
        WorkforceStore store, IOrganisationStore organisations, Guid organisationId, Guid requisitionId, Guid applicationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(organisations);

        // A missing requisition and a missing application are told apart.
        if (await store.FindRequisitionAsync(organisationId, requisitionId, cancellationToken) is null)
        {
            return (false, null);
        }

        if (await store.CandidacyAsync(organisationId, requisitionId, applicationId, cancellationToken) is not { } row)
        {
            return (true, null);
        }

        var names = await MemberNames.OfAsync(organisations, organisationId, cancellationToken);
        var messages = await store.MessagesAsync(organisationId, applicationId, cancellationToken);
        return (true, View(row, names, messages));
    }

    /// <summary>The view of a candidacy as the history endpoint and the application page show it.</summary>
    public static CandidacyHistoryView View(CandidacyRow row, IReadOnlyDictionary<Guid, string> names, IReadOnlyList<CandidacyMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(names);
        var candidacy = row.Candidacy;
        var moves = new CandidacyMoveView[candidacy.Moves.Count];
        for (var i = 0; i < moves.Length; i++)
        {
            var move = candidacy.Moves[i];
            moves[i] = new CandidacyMoveView(move.FromStage, move.ToStage, move.Status, move.At, move.By, names.GetValueOrDefault(move.By), move.ReasonCode, move.Note);
        }

        return new CandidacyHistoryView(
            candidacy.ApplicationId, candidacy.CandidateId, row.RequisitionId, candidacy.Stage, candidacy.Status, candidacy.Source, candidacy.AppliedAt,
            candidacy.Scorecards.Count, moves, [.. messages.Select(m => new CandidacyMessageView(m.At, m.By, names.GetValueOrDefault(m.By), m.Body))]);
    }
}
