namespace OpenTalent.Core.Workforce;

public enum ExitKind
{
    Rejected,
    Withdrawn,
}

/// <summary>One reason in an organisation's catalogue, e.g. "skills-gap": "Skills do not match the role".</summary>
public sealed record ExitReason
{
    public const int MaxCodeLength = 60;
    public const int MaxLabelLength = 200;

    public ExitReason(string code, string label, ExitKind kind, bool requiresNote = false)
    {
        Code = Guard.NotBlank(code, nameof(code), MaxCodeLength).ToLowerInvariant();
        Label = Guard.NotBlank(label, nameof(label), MaxLabelLength);
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown exit kind.");
        RequiresNote = requiresNote;
    }

    public string Code { get; }

    public string Label { get; }

    public ExitKind Kind { get; }

    /// <summary>Whether a free-text note must explain it (as for "other").</summary>
    public bool RequiresNote { get; }
}

/// <summary>The reasons an organisation allows for rejections and withdrawals; codes unique.</summary>
public sealed record ExitReasonCatalogue
{
    public ExitReasonCatalogue(IEnumerable<ExitReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        Reasons = reasons.ToArray();
        var codes = new HashSet<string>();
        foreach (var reason in Reasons)
        {
            ArgumentNullException.ThrowIfNull(reason, nameof(reasons));
            if (!codes.Add(reason.Code))
            {
                throw new ArgumentException($"The catalogue has reason '{reason.Code}' twice.", nameof(reasons));
            }
        }
    }

    /// <summary>A sensible starting catalogue.</summary>
    public static ExitReasonCatalogue Default { get; } = new([
        new("skills-gap", "Skills or experience do not match the role", ExitKind.Rejected),
        new("better-qualified", "Other candidates were better qualified", ExitKind.Rejected),
        new("salary", "Salary expectations outside the band", ExitKind.Rejected),
        new("location", "Location or work arrangement does not fit", ExitKind.Rejected),
        new("position-filled", "The position has been filled", ExitKind.Rejected),
        new("no-show", "Did not attend the interview", ExitKind.Rejected),
        new("other-rejection", "Other", ExitKind.Rejected, requiresNote: true),
        new("accepted-other-offer", "Accepted another offer", ExitKind.Withdrawn),
        new("compensation", "Compensation", ExitKind.Withdrawn),
        new("personal", "Personal reasons", ExitKind.Withdrawn),
        new("no-response", "Stopped responding", ExitKind.Withdrawn),
        new("other-withdrawal", "Other", ExitKind.Withdrawn, requiresNote: true),
    ]);

    public IReadOnlyList<ExitReason> Reasons { get; }

    /// <exception cref="PipelineRuleException">The code is unknown or of the other kind; the message lists the valid codes.</exception>
    public ExitReason Require(string code, ExitKind kind)
    {
        var normalised = code?.Trim().ToLowerInvariant();
        var reason = Reasons.FirstOrDefault(r => r.Code == normalised);
        if (reason is null || reason.Kind != kind)
        {
            var valid = string.Join(", ", Reasons.Where(r => r.Kind == kind).Select(r => r.Code));
            throw new PipelineRuleException($"'{code}' is not a {kind.ToString().ToLowerInvariant()} reason; use one of: {valid}.");
        }

        return reason;
    }
}
