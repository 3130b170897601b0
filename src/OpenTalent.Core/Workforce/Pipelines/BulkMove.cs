namespace OpenTalent.Core.Workforce;

/// <summary>What happened to one selected application in a bulk move.</summary>
/// <param name="Result">The candidacy after the move, when it succeeded.</param>
/// <param name="Error">Why it was refused, when it failed.</param>
public sealed record BulkMoveOutcome(Guid ApplicationId, Candidacy? Result, string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// A bulk move checked item by item. All or nothing: <see cref="Changes"/> holds every moved candidacy when all
/// succeeded, and nothing when any failed, so the caller writes it in one transaction or not at all.
/// </summary>
public sealed record BulkMoveResult(IReadOnlyList<BulkMoveOutcome> Outcomes)
{
    public bool AllSucceeded => Outcomes.All(o => o.Succeeded);

    public int Failed => Outcomes.Count(o => !o.Succeeded);

    public IReadOnlyList<Candidacy> Changes => AllSucceeded ? [.. Outcomes.Select(o => o.Result!)] : [];
}

/// <summary>Applies one move to many candidacies (e.g. reject 200 with a reason), reporting each outcome.</summary>
public static class BulkMove
{
    public const int MaxItems = 10_000;

    /// <param name="move">The move for one candidacy, e.g. <c>c => c.Reject(catalogue, "position-filled", by, at)</c>.</param>
    public static BulkMoveResult Run(IEnumerable<Candidacy> selection, Func<Candidacy, Candidacy> move)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(move);
        var items = selection.ToArray();
        if (items.Length > MaxItems)
        {
            throw new ArgumentException($"A bulk move takes at most {MaxItems} applications; {items.Length} were selected.", nameof(selection));
        }

        var outcomes = new BulkMoveOutcome[items.Length];
        var seen = new HashSet<Guid>();
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i] ?? throw new ArgumentException($"Selected item {i + 1} is missing.", nameof(selection));
            if (!seen.Add(item.ApplicationId))
            {
                outcomes[i] = new BulkMoveOutcome(item.ApplicationId, null, $"Application {item.ApplicationId} is selected more than once.");
                continue;
            }

            try
            {
                outcomes[i] = new BulkMoveOutcome(item.ApplicationId, move(item), null);
            }
            catch (Exception error) when (error is PipelineRuleException or ArgumentException)
            {
                outcomes[i] = new BulkMoveOutcome(item.ApplicationId, null, error.Message);
            }
        }

        return new BulkMoveResult(outcomes);
    }
}
