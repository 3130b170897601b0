namespace OpenTalent.Core.Hiring;

/// <summary>Where an application stands. Hired, Rejected and Withdrawn are final.</summary>
public enum ApplicationStatus
{
    Applied,
    Screening,
    Interview,
    Offer,
    Hired,
    Rejected,
    Withdrawn,
}

/// <summary>Who moves an application: the person who applied, or the employer that posted the job.</summary>
public enum ApplicationActor
{
    Seeker,
    Employer,
}

/// <summary>One step of an application's history.</summary>
/// <param name="By">The account or API key that made the change, when known.</param>
public sealed record ApplicationStatusChange
{
    public const int MaxNoteLength = 2000;

    public ApplicationStatusChange(ApplicationStatus status, DateTimeOffset at, string? by, string? note)
    {
        Status = Enum.IsDefined(status) ? status : throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown application status.");
        At = at;
        By = string.IsNullOrWhiteSpace(by) ? null : by.Trim();
        Note = string.IsNullOrWhiteSpace(note) ? null : Guard.NotBlank(note, nameof(note), MaxNoteLength);
    }

    public ApplicationStatus Status { get; }

    public DateTimeOffset At { get; }

    public string? By { get; }

    public string? Note { get; }
}

/// <summary>The legal moves: forward through the funnel, out by rejection (employer) or withdrawal (seeker).</summary>
public static class ApplicationWorkflow
{
    public static bool IsFinal(ApplicationStatus status) => status is ApplicationStatus.Hired or ApplicationStatus.Rejected or ApplicationStatus.Withdrawn;

    public static bool CanMove(ApplicationStatus from, ApplicationStatus to) => !IsFinal(from) && (from, to) switch
    {
        (_, ApplicationStatus.Rejected or ApplicationStatus.Withdrawn) => true,
        (ApplicationStatus.Applied, ApplicationStatus.Screening or ApplicationStatus.Interview) => true,
        (ApplicationStatus.Screening, ApplicationStatus.Interview) => true,
        (ApplicationStatus.Interview, ApplicationStatus.Offer) => true,
        (ApplicationStatus.Offer, ApplicationStatus.Hired) => true,
        _ => false,
    };

    /// <summary>A seeker may only withdraw; an employer may do every other legal move.</summary>
    public static bool MayMove(ApplicationActor actor, ApplicationStatus from, ApplicationStatus to) =>
        CanMove(from, to) && (actor == ApplicationActor.Seeker) == (to == ApplicationStatus.Withdrawn);

    /// <summary>Where an application can go next, for this actor.</summary>
    public static IReadOnlyList<ApplicationStatus> NextFor(ApplicationActor actor, ApplicationStatus from) =>
        [.. Enum.GetValues<ApplicationStatus>().Where(to => MayMove(actor, from, to))];
}

/// <summary>A move the workflow does not allow, such as Hired to Interview, or a seeker rejecting.</summary>
public sealed class IllegalTransitionException(ApplicationStatus from, ApplicationStatus to, ApplicationActor actor)
    : InvalidOperationException($"An application cannot move from {from} to {to} by the {actor.ToString().ToLowerInvariant()}; allowed: {Describe(ApplicationWorkflow.NextFor(actor, from))}.")
{
    public ApplicationStatus From { get; } = from;

    public ApplicationStatus To { get; } = to;

    private static string Describe(IReadOnlyList<ApplicationStatus> next) => next.Count == 0 ? "none (the application is closed)" : string.Join(", ", next);
}

/// <summary>
/// A seeker's application to one posting, with its whole history (oldest first); the status is the latest step.
/// Constructed histories are checked step by step, so a stored application can never be in an impossible state.
/// </summary>
public sealed record JobApplication
{
    public JobApplication(Guid id, Guid seekerId, string postingId, IEnumerable<ApplicationStatusChange> history)
    {
        Id = Ids.NotEmpty(id, nameof(id));
        SeekerId = Ids.NotEmpty(seekerId, nameof(seekerId));
        PostingId = Guard.NotBlank(postingId, nameof(postingId), 200);
        ArgumentNullException.ThrowIfNull(history);
        var steps = history.ToArray();
        if (steps.Length == 0 || steps[0].Status != ApplicationStatus.Applied)
        {
            throw new ArgumentException("An application's history starts with Applied.", nameof(history));
        }

        for (var i = 1; i < steps.Length; i++)
        {
            if (!ApplicationWorkflow.CanMove(steps[i - 1].Status, steps[i].Status))
            {
                throw new ArgumentException($"Step {i + 1} of the history moves from {steps[i - 1].Status} to {steps[i].Status}, which is not allowed.", nameof(history));
            }

            if (steps[i].At < steps[i - 1].At)
            {
                throw new ArgumentException($"Step {i + 1} of the history is dated before the step it follows.", nameof(history));
            }
        }

        History = steps;
    }

    public Guid Id { get; }

    public Guid SeekerId { get; }

    public string PostingId { get; }

    public IReadOnlyList<ApplicationStatusChange> History { get; }

    public ApplicationStatus Status => History[^1].Status;

    public DateTimeOffset AppliedAt => History[0].At;

    public DateTimeOffset UpdatedAt => History[^1].At;

    public static JobApplication Submit(Guid seekerId, string postingId, DateTimeOffset at, string? note) =>
        new(Guid.CreateVersion7(at), seekerId, postingId, [new ApplicationStatusChange(ApplicationStatus.Applied, at, seekerId.ToString(), note)]);

    /// <exception cref="IllegalTransitionException">The workflow does not allow this move for this actor.</exception>
    public JobApplication MoveTo(ApplicationStatus status, ApplicationActor actor, DateTimeOffset at, string? by, string? note)
    {
        if (!ApplicationWorkflow.MayMove(actor, Status, status))
        {
            throw new IllegalTransitionException(Status, status, actor);
        }

        var when = at < UpdatedAt ? UpdatedAt : at;
        return new JobApplication(Id, SeekerId, PostingId, [.. History, new ApplicationStatusChange(status, when, by, note)]);
    }
}
