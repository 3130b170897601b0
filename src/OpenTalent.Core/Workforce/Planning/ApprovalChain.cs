namespace OpenTalent.Core.Workforce;

/// <summary>Who may decide one approval step: anyone holding a role (e.g. "Finance"), or one named person.</summary>
public sealed record Approver
{
    public const int MaxRoleLength = 80;

    private Approver(string? role, Guid? accountId)
    {
        RoleName = role;
        AccountId = accountId;
    }

    /// <summary>The role whose holders may decide; null for a named person.</summary>
    public string? RoleName { get; }

    /// <summary>The one account that may decide; null for a role.</summary>
    public Guid? AccountId { get; }

    public static Approver Role(string role) => new(Guard.NotBlank(role, nameof(role), MaxRoleLength), null);

    public static Approver Person(Guid accountId) => new(null, Hiring.Ids.NotEmpty(accountId, nameof(accountId)));

    public bool Accepts(Decider decider)
    {
        ArgumentNullException.ThrowIfNull(decider);
        return AccountId is { } id
            ? decider.AccountId == id
            : decider.Roles.Contains(RoleName!, StringComparer.OrdinalIgnoreCase);
    }

    public override string ToString() => AccountId is { } id ? $"person {id}" : $"role '{RoleName}'";
}

/// <summary>Someone deciding an approval step: their account and the approval roles they hold.</summary>
public sealed record Decider
{
    public Decider(Guid accountId, IEnumerable<string>? roles = null)
    {
        AccountId = Hiring.Ids.NotEmpty(accountId, nameof(accountId));
        Roles = roles?.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).ToArray() ?? [];
    }

    public Guid AccountId { get; }

    public IReadOnlyList<string> Roles { get; }
}

/// <summary>The ordered steps a requisition must pass before it opens; an empty chain opens on submission.</summary>
public sealed record ApprovalChain
{
    public const int MaxSteps = 20;

    public ApprovalChain(IEnumerable<Approver> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        Steps = steps.ToArray();
        if (Steps.Count > MaxSteps)
        {
            throw new ArgumentException($"An approval chain has at most {MaxSteps} steps; this one has {Steps.Count}.", nameof(steps));
        }

        for (var i = 0; i < Steps.Count; i++)
        {
            if (Steps[i] is null)
            {
                throw new ArgumentException($"Approval step {i + 1} is missing.", nameof(steps));
            }
        }
    }

    public static ApprovalChain None { get; } = new([]);

    public IReadOnlyList<Approver> Steps { get; }
}

public enum ApprovalVerdict
{
    Approved,
    Rejected,
}

/// <summary>One decision on one step of one approval round (a round restarts after a rejection or a band change).</summary>
public sealed record ApprovalDecision
{
    public const int MaxCommentLength = 2000;

    public ApprovalDecision(int round, int step, Guid by, ApprovalVerdict verdict, DateTimeOffset at, string? comment)
    {
        Round = round >= 1 ? round : throw new ArgumentOutOfRangeException(nameof(round), round, "Rounds are numbered from 1.");
        Step = step >= 0 ? step : throw new ArgumentOutOfRangeException(nameof(step), step, "Steps are numbered from 0.");
        By = Hiring.Ids.NotEmpty(by, nameof(by));
        Verdict = Enum.IsDefined(verdict) ? verdict : throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict.");
        At = at;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : Guard.NotBlank(comment, nameof(comment), MaxCommentLength);
        if (verdict == ApprovalVerdict.Rejected && Comment is null)
        {
            throw new ArgumentException("A rejection must say why (comment).", nameof(comment));
        }
    }

    public int Round { get; }

    /// <summary>Index into the chain's steps.</summary>
    public int Step { get; }

    public Guid By { get; }

    public ApprovalVerdict Verdict { get; }

    public DateTimeOffset At { get; }

    public string? Comment { get; }
}
