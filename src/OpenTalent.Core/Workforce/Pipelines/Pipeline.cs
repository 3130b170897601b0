using OpenTalent.Core.Hiring;

namespace OpenTalent.Core.Workforce;

/// <summary>
/// One configurable stage of a job's pipeline. Its kind is the application status it stands for, so an application
/// keeps the status the rest of the platform knows (stages "Phone screen" and "Onsite" are Screening and Interview).
/// </summary>
public sealed record PipelineStage
{
    public const int MaxNameLength = 80;
    public const int MaxRequiredScorecards = 20;

    public PipelineStage(string name, ApplicationStatus kind, int requiredScorecards = 0)
    {
        Name = Guard.NotBlank(name, nameof(name), MaxNameLength);
        Kind = kind is ApplicationStatus.Applied or ApplicationStatus.Screening or ApplicationStatus.Interview or ApplicationStatus.Offer or ApplicationStatus.Hired
            ? kind
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Stage '{Name}' cannot be of kind {kind}: rejection and withdrawal are exits, not stages.");
        RequiredScorecards = requiredScorecards is >= 0 and <= MaxRequiredScorecards
            ? requiredScorecards
            : throw new ArgumentOutOfRangeException(nameof(requiredScorecards), requiredScorecards, $"Stage '{Name}' may require between 0 and {MaxRequiredScorecards} scorecards.");
    }

    public string Name { get; }

    public ApplicationStatus Kind { get; }

    /// <summary>Submitted scorecards a candidate needs in this stage before moving on to a later one.</summary>
    public int RequiredScorecards { get; }
}

/// <summary>
/// A job's ordered stages. Checked: exactly one Applied stage and it comes first; at least one Hired stage, all at
/// the end; kinds never go backwards along the order; names unique (case-insensitively).
/// </summary>
/// <remarks>
/// Move rules, chosen so that every move maps onto a legal <see cref="ApplicationWorkflow"/> step and stored
/// applications stay valid: forward to the next stage always; forward past stages ("skip") only when
/// <see cref="AllowSkipping"/> is on and the application workflow allows the status change (it does not allow
/// Applied to Offer); back to an earlier stage only within the same kind (Onsite back to Technical interview), to
/// undo a mistake without the status going backwards.
/// </remarks>
public sealed record Pipeline
{
    public const int MaxStages = 30;

    public Pipeline(IEnumerable<PipelineStage> stages, bool allowSkipping = true)
    {
        ArgumentNullException.ThrowIfNull(stages);
        Stages = stages.ToArray();
        AllowSkipping = allowSkipping;
        if (Stages.Count is < 2 or > MaxStages)
        {
            throw new ArgumentException($"A pipeline has between 2 and {MaxStages} stages; this one has {Stages.Count}.", nameof(stages));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Stages.Count; i++)
        {
            var stage = Stages[i] ?? throw new ArgumentException($"Stage {i + 1} is missing.", nameof(stages));
            if (!names.Add(stage.Name))
            {
                throw new ArgumentException($"Stage {i + 1} repeats the name '{stage.Name}'; stage names must be unique.", nameof(stages));
            }

            if ((i == 0) != (stage.Kind == ApplicationStatus.Applied))
            {
                throw new ArgumentException(i == 0
                    ? $"The first stage must be the Applied stage; '{stage.Name}' is {stage.Kind}."
                    : $"Stage {i + 1} '{stage.Name}' is a second Applied stage; only the first stage is Applied.", nameof(stages));
            }

            if (i > 0 && stage.Kind < Stages[i - 1].Kind)
            {
                throw new ArgumentException($"Stage {i + 1} '{stage.Name}' ({stage.Kind}) comes after '{Stages[i - 1].Name}' ({Stages[i - 1].Kind}); kinds must follow Applied, Screening, Interview, Offer, Hired.", nameof(stages));
            }

            if (i > 0 && stage.Kind != Stages[i - 1].Kind && !ApplicationWorkflow.CanMove(Stages[i - 1].Kind, stage.Kind))
            {
                throw new ArgumentException($"Stage {i + 1} '{stage.Name}' ({stage.Kind}) cannot follow '{Stages[i - 1].Name}' ({Stages[i - 1].Kind}): an application cannot go from {Stages[i - 1].Kind} to {stage.Kind}.", nameof(stages));
            }
        }

        if (Stages[^1].Kind != ApplicationStatus.Hired)
        {
            throw new ArgumentException("A pipeline needs at least one Hired stage, at the end.", nameof(stages));
        }
    }

    /// <summary>The usual pipeline: Applied, Screen, Interviews, Offer, Hired.</summary>
    public static Pipeline Standard { get; } = new([
        new("Applied", ApplicationStatus.Applied),
        new("Screen", ApplicationStatus.Screening),
        new("Interviews", ApplicationStatus.Interview),
        new("Offer", ApplicationStatus.Offer),
        new("Hired", ApplicationStatus.Hired),
    ]);

    public IReadOnlyList<PipelineStage> Stages { get; }

    public bool AllowSkipping { get; }

    /// <summary>The stage's position, or -1.</summary>
    public int IndexOf(string stage)
    {
        for (var i = 0; i < Stages.Count; i++)
        {
            if (string.Equals(Stages[i].Name, stage, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The stage by name.</summary>
    /// <exception cref="PipelineRuleException">No such stage; the message lists the stages.</exception>
    public PipelineStage Stage(string stage)
    {
        var index = IndexOf(stage);
        return index >= 0 ? Stages[index] : throw new PipelineRuleException($"The pipeline has no stage '{stage}'; its stages are {string.Join(", ", Stages.Select(s => s.Name))}.");
    }

    /// <summary>Why a move between two stages is not allowed, or null when it is.</summary>
    public string? WhyNot(int from, int to)
    {
        var source = Stages[from];
        var target = Stages[to];
        if (to == from)
        {
            return $"The candidate is already in '{target.Name}'.";
        }

        if (to < from)
        {
            return target.Kind == source.Kind
                ? null
                : $"Cannot move back from '{source.Name}' ({source.Kind}) to '{target.Name}' ({target.Kind}); moving back is allowed only between stages of the same kind.";
        }

        if (to == from + 1 || target.Kind == source.Kind)
        {
            return null;
        }

        if (!AllowSkipping)
        {
            return $"This pipeline does not allow skipping stages; from '{source.Name}' the next stage is '{Stages[from + 1].Name}'.";
        }

        return ApplicationWorkflow.CanMove(source.Kind, target.Kind)
            ? null
            : $"Cannot skip from '{source.Name}' ({source.Kind}) to '{target.Name}' ({target.Kind}); an application cannot go from {source.Kind} to {target.Kind}.";
    }
}

/// <summary>A pipeline move the rules refuse; the message says why.</summary>
public sealed class PipelineRuleException(string message) : InvalidOperationException(message);
