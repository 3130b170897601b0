using System.Collections.Concurrent;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

/// <summary>One background import as its organisation sees it while it runs and after.</summary>
/// <param name="Status">queued, reading, analysing, saving, then succeeded, rejected (invalid rows: nothing saved) or failed.</param>
/// <param name="Total">Rows in the upload (0 until it has been read).</param>
/// <param name="Read">Rows split out of the upload.</param>
/// <param name="Analysed">Rows checked and understood so far.</param>
/// <param name="Errors">Every row error found so far, in row order.</param>
/// <param name="Result">What was saved, once it succeeded.</param>
/// <param name="Title">Why nothing was saved, when it was rejected or failed.</param>
public sealed record BulkImportView(
    Guid Id, BulkImportStage Status, string? FileName, bool SkipInvalid, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt,
    int Total, int Read, int Analysed, int InvalidRows, IReadOnlyList<ImportRowError> Errors, BulkImportReport? Result, string? Title, string? Detail, string Url);

/// <summary>
/// The background imports of this process: each runs on its own task, one at a time (analysing rows is CPU-bound and
/// the match index takes the postings one import after another), and is kept for a day so its report can be read.
/// They live in memory: a restart forgets finished imports and abandons running ones (which, being one transaction
/// at the end, have saved nothing).
/// </summary>
public sealed class BulkImportRuns(BulkPostingImporter importer, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<BulkImportRuns> logger) : IDisposable
{
    /// <summary>Unfinished imports one organisation may have at once.</summary>
    public const int MaxPendingPerOrganisation = 3;

    /// <summary>Finished imports kept per organisation.</summary>
    public const int KeptPerOrganisation = 20;

    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<Guid, Run> _runs = new();
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Queues an import of <paramref name="body"/>; null when the organisation already has too many waiting.</summary>
    public BulkImportView? Start(EmployerCaller caller, string body, bool csv, bool skipInvalid, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(caller);
        Prune(caller.OrganisationId);
        if (_runs.Values.Count(r => r.OrganisationId == caller.OrganisationId && r.FinishedAt is null) >= MaxPendingPerOrganisation)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var run = new Run(Guid.CreateVersion7(now), caller.OrganisationId, fileName, skipInvalid, now);
        _runs[run.Id] = run;
        _ = Task.Run(() => ExecuteAsync(run, caller, body, csv), CancellationToken.None);
        return run.View();
    }

    /// <summary>The import, when it belongs to <paramref name="organisationId"/>; another organisation's is "not found".</summary>
    public BulkImportView? Find(Guid organisationId, Guid id) =>
        _runs.TryGetValue(id, out var run) && run.OrganisationId == organisationId ? run.View() : null;

    /// <summary>The organisation's imports, newest first.</summary>
    public IReadOnlyList<BulkImportView> List(Guid organisationId) =>
        [.. _runs.Values.Where(r => r.OrganisationId == organisationId).OrderByDescending(r => r.CreatedAt).Select(r => r.View())];

    public void Dispose() => _oneAtATime.Dispose();

    private async Task ExecuteAsync(Run run, EmployerCaller caller, string body, bool csv)
    {
        var stopping = lifetime.ApplicationStopping;
        BulkImportOutcome outcome;
        try
        {
            await _oneAtATime.WaitAsync(stopping);
            try
            {
                outcome = await importer.ImportAsync(caller, body, csv, run.SkipInvalid, run.Progress, stopping);
            }
            finally
            {
                _oneAtATime.Release();
            }
        }
        catch (OperationCanceledException)
        {
            outcome = BulkImportOutcome.Refused(StatusCodes.Status503ServiceUnavailable, "The server stopped.", "The server stopped before the import finished; nothing was saved. Upload the file again.");
        }
#pragma warning disable CA1031 // A background import must end with a status its owner can read, whatever went wrong.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "Bulk import {ImportId} failed", run.Id);
            outcome = BulkImportOutcome.Refused(StatusCodes.Status500InternalServerError, "The import failed.", "Something went wrong on the server while importing; nothing was saved. Try again, and tell us if it keeps happening.");
        }

        run.Finish(outcome, clock.GetUtcNow());
    }

    private void Prune(Guid organisationId)
    {
        var now = clock.GetUtcNow();
        var finished = _runs.Values.Where(r => r.OrganisationId == organisationId && r.FinishedAt is not null).OrderByDescending(r => r.CreatedAt).ToList();
        for (var i = 0; i < finished.Count; i++)
        {
            if (i >= KeptPerOrganisation || now - finished[i].FinishedAt > KeptFor)
            {
                _runs.TryRemove(finished[i].Id, out _);
            }
        }
    }

    private sealed class Run(Guid id, Guid organisationId, string? fileName, bool skipInvalid, DateTimeOffset createdAt)
    {
        private volatile Finished? _finished;

        public Guid Id { get; } = id;

        public Guid OrganisationId { get; } = organisationId;

        public bool SkipInvalid { get; } = skipInvalid;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public BulkImportProgress Progress { get; } = new();

        public DateTimeOffset? FinishedAt => _finished?.At;

        public void Finish(BulkImportOutcome outcome, DateTimeOffset at)
        {
            Progress.Enter(outcome.Succeeded ? BulkImportStage.Succeeded : outcome.Status == StatusCodes.Status422UnprocessableEntity ? BulkImportStage.Rejected : BulkImportStage.Failed);
            _finished = new Finished(outcome, at);
        }

        public BulkImportView View()
        {
            var finished = _finished;
            var progress = Progress.Snapshot();
            var outcome = finished?.Outcome;
            var errors = outcome is { Errors.Count: > 0 } ? outcome.Errors : progress.Errors;
            var stage = finished is null ? progress.Stage : outcome!.Succeeded ? BulkImportStage.Succeeded
                : outcome.Status == StatusCodes.Status422UnprocessableEntity ? BulkImportStage.Rejected : BulkImportStage.Failed;
            return new BulkImportView(
                Id, stage, fileName, SkipInvalid, CreatedAt, finished?.At, progress.Total, progress.Read, progress.Analysed,
                errors.Select(e => e.Row).Distinct().Count(), errors, outcome?.Report, outcome?.Title, outcome?.Detail, BulkPostingImportApi.ImportUrl(Id));
        }

        private sealed record Finished(BulkImportOutcome Outcome, DateTimeOffset At);
    }
}
