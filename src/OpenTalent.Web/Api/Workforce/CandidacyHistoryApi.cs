using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

/// <summary>One move of an application: where from and to, the status after it, when, by whom and why.</summary>
public sealed record CandidacyMoveView(string? FromStage, string? ToStage, ApplicationStatus Status, DateTimeOffset At, Guid By, string? Reason, string? Note);

/// <summary>An application in a requisition with every move it went through, oldest first.</summary>
public sealed record CandidacyHistoryView(
    Guid ApplicationId, Guid CandidateId, Guid RequisitionId, string Stage, ApplicationStatus Status, string? Source, DateTimeOffset AppliedAt,
    int Scorecards, IReadOnlyList<CandidacyMoveView> Moves);

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
        Guid id, Guid applicationId, HttpContext context, EmployerAccess access, WorkforceStore store, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadCandidates, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        // The store has no read of one candidacy yet: the requisition's page proves it is this organisation's and names its
        // department, whose candidacies (with moves) are then searched. Another organisation's ids answer 404, never 403.
        if (await store.PipelinePageAsync(caller.OrganisationId, id, null, 1, 1, cancellationToken) is not { } page)
        {
            return ApiProblems.NotFound($"Your organisation has no requisition with the id {id}.");
        }

        var candidacies = await store.CandidaciesAsync(caller.OrganisationId, page.Requisition.DepartmentId, cancellationToken);
        CandidacyRow? found = null;
        foreach (var row in candidacies)
        {
            if (row.RequisitionId == id && row.Candidacy.ApplicationId == applicationId)
            {
                found = row;
                break;
            }
        }

        return found is null
            ? ApiProblems.NotFound($"The requisition {id} has no application with the id {applicationId}.")
            : TypedResults.Ok(View(found));
    }

    /// <summary>The view of a candidacy as the history endpoint and the candidate page show it.</summary>
    public static CandidacyHistoryView View(CandidacyRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var candidacy = row.Candidacy;
        var moves = new CandidacyMoveView[candidacy.Moves.Count];
        for (var i = 0; i < moves.Length; i++)
        {
            var move = candidacy.Moves[i];
            moves[i] = new CandidacyMoveView(move.FromStage, move.ToStage, move.Status, move.At, move.By, move.ReasonCode, move.Note);
        }

        return new CandidacyHistoryView(
            candidacy.ApplicationId, candidacy.CandidateId, row.RequisitionId, candidacy.Stage, candidacy.Status, candidacy.Source, candidacy.AppliedAt,
            candidacy.Scorecards.Count, moves);
    }
}
