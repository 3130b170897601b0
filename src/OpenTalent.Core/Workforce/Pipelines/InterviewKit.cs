namespace OpenTalent.Core.Workforce;

/// <summary>What interviewers assess in a stage: named competencies, each rated 1 to 5 on every scorecard.</summary>
public sealed record InterviewKit
{
    public const int MaxCompetencies = 30;
    public const int MaxNameLength = 120;

    public InterviewKit(Guid id, string name, IEnumerable<string> competencies)
    {
        Id = Hiring.Ids.NotEmpty(id, nameof(id));
        Name = Guard.NotBlank(name, nameof(name), MaxNameLength);
        ArgumentNullException.ThrowIfNull(competencies);
        var list = new List<string>();
        foreach (var competency in competencies)
        {
            var trimmed = Guard.NotBlank(competency, nameof(competencies), MaxNameLength);
            if (list.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"Kit '{Name}' lists competency '{trimmed}' twice.", nameof(competencies));
            }

            list.Add(trimmed);
        }

        if (list.Count is 0 or > MaxCompetencies)
        {
            throw new ArgumentException($"Kit '{Name}' needs between 1 and {MaxCompetencies} competencies; it has {list.Count}.", nameof(competencies));
        }

        Competencies = list;
    }

    public Guid Id { get; }

    public string Name { get; }

    public IReadOnlyList<string> Competencies { get; }
}

/// <summary>An interviewer's overall call, from strong no to strong yes.</summary>
public enum Recommendation
{
    StrongNo = 1,
    No = 2,
    Yes = 3,
    StrongYes = 4,
}

/// <summary>One interviewer's submitted ratings of one candidate in one stage, against a kit: every competency rated 1 to 5.</summary>
public sealed record Scorecard
{
    public const int MaxNotesLength = 10_000;

    public Scorecard(Guid id, Guid applicationId, string stage, InterviewKit kit, Guid interviewerId, IReadOnlyDictionary<string, int> ratings, Recommendation overall, DateTimeOffset submittedAt, string? notes)
    {
        Id = Hiring.Ids.NotEmpty(id, nameof(id));
        ApplicationId = Hiring.Ids.NotEmpty(applicationId, nameof(applicationId));
        Stage = Guard.NotBlank(stage, nameof(stage), PipelineStage.MaxNameLength);
        ArgumentNullException.ThrowIfNull(kit);
        KitId = kit.Id;
        InterviewerId = Hiring.Ids.NotEmpty(interviewerId, nameof(interviewerId));
        ArgumentNullException.ThrowIfNull(ratings);
        var checkedRatings = new int[kit.Competencies.Count];
        for (var i = 0; i < kit.Competencies.Count; i++)
        {
            var competency = kit.Competencies[i];
            var found = ratings.FirstOrDefault(r => string.Equals(r.Key, competency, StringComparison.OrdinalIgnoreCase));
            if (found.Key is null)
            {
                throw new ArgumentException($"The scorecard does not rate '{competency}'; kit '{kit.Name}' needs every competency rated.", nameof(ratings));
            }

            checkedRatings[i] = found.Value is >= 1 and <= 5
                ? found.Value
                : throw new ArgumentOutOfRangeException(nameof(ratings), found.Value, $"'{competency}' is rated {found.Value}; ratings are 1 to 5.");
        }

        foreach (var key in ratings.Keys)
        {
            if (!kit.Competencies.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"'{key}' is not a competency of kit '{kit.Name}' ({string.Join(", ", kit.Competencies)}).", nameof(ratings));
            }
        }

        Competencies = kit.Competencies;
        Ratings = checkedRatings;
        Overall = Enum.IsDefined(overall) ? overall : throw new ArgumentOutOfRangeException(nameof(overall), overall, "Unknown recommendation.");
        SubmittedAt = submittedAt;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : Guard.NotBlank(notes, nameof(notes), MaxNotesLength);
    }

    public Guid Id { get; }

    public Guid ApplicationId { get; }

    public string Stage { get; }

    public Guid KitId { get; }

    public Guid InterviewerId { get; }

    /// <summary>The kit's competencies, in its order; <see cref="Ratings"/> follows the same order.</summary>
    public IReadOnlyList<string> Competencies { get; }

    public IReadOnlyList<int> Ratings { get; }

    public Recommendation Overall { get; }

    public DateTimeOffset SubmittedAt { get; }

    public string? Notes { get; }
}
