using OpenTalent.Core.Hiring;

namespace OpenTalent.Core.Workforce;

/// <summary>One step of a candidacy: from one stage to another (or out), when, by whom, why.</summary>
/// <param name="FromStage">Null for the application itself.</param>
/// <param name="ToStage">Null for a rejection or withdrawal.</param>
/// <param name="Status">The application status after the move.</param>
/// <param name="ReasonCode">The catalogue reason of a rejection or withdrawal.</param>
public sealed record PipelineMove(string? FromStage, string? ToStage, ApplicationStatus Status, DateTimeOffset At, Guid By, string? ReasonCode, string? Note);

/// <summary>
/// An application moving through a job's pipeline, with every move and every submitted scorecard. Moves are checked
/// against the pipeline passed in (the job's), see <see cref="Pipeline"/> for the rules; each returns a new candidacy.
/// </summary>
public sealed record Candidacy
{
    public const int MaxNoteLength = 2000;

    public Candidacy(Guid applicationId, Guid candidateId, string jobId, string? source, IEnumerable<PipelineMove> moves, IEnumerable<Scorecard> scorecards)
    {
        ApplicationId = Ids.NotEmpty(applicationId, nameof(applicationId));
        CandidateId = Ids.NotEmpty(candidateId, nameof(candidateId));
        JobId = Guard.NotBlank(jobId, nameof(jobId), 200);
        Source = string.IsNullOrWhiteSpace(source) ? null : Guard.NotBlank(source, nameof(source), 100);
        ArgumentNullException.ThrowIfNull(moves);
        ArgumentNullException.ThrowIfNull(scorecards);
        Moves = moves.ToArray();
        Scorecards = scorecards.ToArray();
        if (Moves.Count == 0 || Moves[0].FromStage is not null || Moves[0].Status != ApplicationStatus.Applied)
        {
            throw new ArgumentException("A candidacy's moves start with the application (Applied, from no stage).", nameof(moves));
        }

        for (var i = 1; i < Moves.Count; i++)
        {
            if (Moves[i - 1].ToStage is null)
            {
                throw new ArgumentException($"Move {i + 1} follows a rejection or withdrawal, which is final.", nameof(moves));
            }

            if (Moves[i].At < Moves[i - 1].At)
            {
                throw new ArgumentException($"Move {i + 1} is dated before the move it follows.", nameof(moves));
            }
        }
    }

    public Guid ApplicationId { get; }

    public Guid CandidateId { get; }

    public string JobId { get; }

    /// <summary>Where the candidate came from (referral, job board, sourcing...), for source-of-hire analytics.</summary>
    public string? Source { get; }

    public IReadOnlyList<PipelineMove> Moves { get; }

    public IReadOnlyList<Scorecard> Scorecards { get; }

    /// <summary>The current stage, or the last one before a rejection or withdrawal.</summary>
    public string Stage => Moves[^1].ToStage ?? Moves[^1].FromStage!;

    public ApplicationStatus Status => Moves[^1].Status;

    public bool IsClosed => ApplicationWorkflow.IsFinal(Status);

    public DateTimeOffset AppliedAt => Moves[0].At;

    public static Candidacy Apply(Pipeline pipeline, Guid applicationId, Guid candidateId, string jobId, string? source, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return new(applicationId, candidateId, jobId, source, [new PipelineMove(null, pipeline.Stages[0].Name, ApplicationStatus.Applied, at, by, null, null)], []);
    }

    /// <exception cref="PipelineRuleException">The move breaks a rule: closed candidacy, unknown stage, backward across kinds, skipping where not allowed, or scorecards missing.</exception>
    public Candidacy MoveTo(Pipeline pipeline, string stage, Guid by, DateTimeOffset at, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        RequireOpen("move");
        var from = CurrentIndex(pipeline);
        var target = pipeline.Stage(stage);
        var to = pipeline.IndexOf(stage);
        if (pipeline.WhyNot(from, to) is { } reason)
        {
            throw new PipelineRuleException(reason);
        }

        var current = pipeline.Stages[from];
        if (to > from && current.RequiredScorecards > 0)
        {
            var submitted = SubmittedIn(current.Name);
            if (submitted < current.RequiredScorecards)
            {
                throw new PipelineRuleException($"'{current.Name}' needs {current.RequiredScorecards} submitted scorecards before the candidate moves on; {submitted} submitted.");
            }
        }

        return Append(new PipelineMove(current.Name, target.Name, target.Kind, at, by, null, Note(note)));
    }

    /// <summary>Rejects with a catalogue reason (and a note, required by some reasons).</summary>
    public Candidacy Reject(ExitReasonCatalogue catalogue, string reasonCode, Guid by, DateTimeOffset at, string? note = null) =>
        Exit(catalogue, reasonCode, ExitKind.Rejected, by, at, note);

    /// <summary>Records the candidate's withdrawal with a catalogue reason.</summary>
    public Candidacy Withdraw(ExitReasonCatalogue catalogue, string reasonCode, Guid by, DateTimeOffset at, string? note = null) =>
        Exit(catalogue, reasonCode, ExitKind.Withdrawn, by, at, note);

    /// <summary>Adds an interviewer's scorecard for a stage this candidacy has reached; one per interviewer and stage.</summary>
    public Candidacy Submit(Pipeline pipeline, Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(scorecard);
        if (scorecard.ApplicationId != ApplicationId)
        {
            throw new PipelineRuleException($"The scorecard is for application {scorecard.ApplicationId}, not {ApplicationId}.");
        }

        var stage = pipeline.Stage(scorecard.Stage);
        if (!Moves.Any(m => string.Equals(m.ToStage, stage.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new PipelineRuleException($"The candidate has not reached '{stage.Name}', so it cannot be scored yet.");
        }

        if (Scorecards.Any(s => s.InterviewerId == scorecard.InterviewerId && string.Equals(s.Stage, stage.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new PipelineRuleException($"Interviewer {scorecard.InterviewerId} has already submitted a scorecard for '{stage.Name}'.");
        }

        return new(ApplicationId, CandidateId, JobId, Source, Moves, [.. Scorecards, scorecard]);
    }

    /// <summary>Submitted scorecards for a stage.</summary>
    public int SubmittedIn(string stage)
    {
        var count = 0;
        foreach (var card in Scorecards)
        {
            if (string.Equals(card.Stage, stage, StringComparison.OrdinalIgnoreCase))
            {
                count++;
            }
        }

        return count;
    }

    private Candidacy Exit(ExitReasonCatalogue catalogue, string reasonCode, ExitKind kind, Guid by, DateTimeOffset at, string? note)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        RequireOpen(kind == ExitKind.Rejected ? "reject" : "withdraw");
        var reason = catalogue.Require(reasonCode, kind);
        var text = Note(note);
        if (reason.RequiresNote && text is null)
        {
            throw new PipelineRuleException($"Reason '{reason.Code}' needs a note saying what happened.");
        }

        var status = kind == ExitKind.Rejected ? ApplicationStatus.Rejected : ApplicationStatus.Withdrawn;
        return Append(new PipelineMove(Stage, null, status, at, by, reason.Code, text));
    }

    private int CurrentIndex(Pipeline pipeline)
    {
        var index = pipeline.IndexOf(Stage);
        return index >= 0 ? index : throw new PipelineRuleException($"The candidate is in '{Stage}', which this pipeline no longer has; move them with the stage's replacement first.");
    }

    private void RequireOpen(string action)
    {
        if (IsClosed)
        {
            throw new PipelineRuleException($"Cannot {action} application {ApplicationId}: it is {Status}, which is final.");
        }
    }

    private Candidacy Append(PipelineMove move)
    {
        // A clock slightly behind the last move must not reorder history.
        var stamped = move.At < Moves[^1].At ? move with { At = Moves[^1].At } : move;
        return new(ApplicationId, CandidateId, JobId, Source, [.. Moves, stamped], Scorecards);
    }

    private static string? Note(string? note) => string.IsNullOrWhiteSpace(note) ? null : Guard.NotBlank(note, nameof(note), MaxNoteLength);
}
