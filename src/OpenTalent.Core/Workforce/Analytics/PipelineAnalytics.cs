using OpenTalent.Core.Hiring;

namespace OpenTalent.Core.Workforce;

/// <summary>
/// Pure analytics over candidacies' move logs and requisitions: pass-through and time per stage, time to fill,
/// source of hire, offer acceptance, recruiter load. Callers filter first (by department, requisition, recruiter or
/// source) and pass the subset in.
/// </summary>
public static class PipelineAnalytics
{
    /// <summary>Per stage of the pipeline, in its order; stays in stages the pipeline no longer has are ignored.</summary>
    public static IReadOnlyList<StageStatistics> Stages(Pipeline pipeline, IEnumerable<Candidacy> candidacies)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(candidacies);
        var count = pipeline.Stages.Count;
        var entered = new int[count];
        var passed = new int[count];
        var rejected = new int[count];
        var withdrawn = new int[count];
        var back = new int[count];
        var stillIn = new int[count];
        var days = new List<double>[count];
        for (var i = 0; i < count; i++)
        {
            days[i] = [];
        }

        foreach (var candidacy in candidacies)
        {
            var moves = candidacy.Moves;
            for (var m = 0; m < moves.Count; m++)
            {
                var stage = moves[m].ToStage is { } name ? pipeline.IndexOf(name) : -1;
                if (stage < 0)
                {
                    continue;
                }

                entered[stage]++;
                if (m == moves.Count - 1)
                {
                    stillIn[stage]++;
                    continue;
                }

                var next = moves[m + 1];
                days[stage].Add((next.At - moves[m].At).TotalDays);
                if (next.Status == ApplicationStatus.Rejected)
                {
                    rejected[stage]++;
                }
                else if (next.Status == ApplicationStatus.Withdrawn)
                {
                    withdrawn[stage]++;
                }
                else if (next.ToStage is { } to && pipeline.IndexOf(to) > stage)
                {
                    passed[stage]++;
                }
                else
                {
                    back[stage]++;
                }
            }
        }

        var result = new StageStatistics[count];
        for (var i = 0; i < count; i++)
        {
            days[i].Sort();
            result[i] = new StageStatistics(pipeline.Stages[i].Name, entered[i], passed[i], rejected[i], withdrawn[i], back[i], stillIn[i], days[i]);
        }

        return result;
    }

    /// <summary>Days from opening (the last move to Open before filling) to filled, per filled requisition, sorted.</summary>
    public static IReadOnlyList<double> TimeToFill(IEnumerable<Requisition> requisitions)
    {
        ArgumentNullException.ThrowIfNull(requisitions);
        var result = new List<double>();
        foreach (var requisition in requisitions)
        {
            if (requisition.Status != RequisitionStatus.Filled)
            {
                continue;
            }

            // The first opening: time on hold counts, as the role stayed unfilled.
            var opened = requisition.History.FirstOrDefault(h => h.Status == RequisitionStatus.Open);
            if (opened is not null)
            {
                result.Add((requisition.History[^1].At - opened.At).TotalDays);
            }
        }

        result.Sort();
        return result;
    }

    /// <summary>Hires per source, most first; candidacies without a source count as "unknown".</summary>
    public static IReadOnlyList<(string Source, int Hires)> SourceOfHire(IEnumerable<Candidacy> candidacies)
    {
        ArgumentNullException.ThrowIfNull(candidacies);
        return [.. candidacies
            .Where(c => c.Status == ApplicationStatus.Hired)
            .GroupBy(c => c.Source ?? "unknown", StringComparer.OrdinalIgnoreCase)
            .Select(g => (Source: g.Key, Hires: g.Count()))
            .OrderByDescending(s => s.Hires)
            .ThenBy(s => s.Source, StringComparer.Ordinal)];
    }

    /// <summary>Offers accepted over offers decided (hired, or rejected or withdrawn while at an offer); null before any is decided.</summary>
    public static double? OfferAcceptance(IEnumerable<Candidacy> candidacies)
    {
        ArgumentNullException.ThrowIfNull(candidacies);
        var accepted = 0;
        var declined = 0;
        foreach (var candidacy in candidacies)
        {
            var moves = candidacy.Moves;
            for (var m = 1; m < moves.Count; m++)
            {
                if (moves[m - 1].Status != ApplicationStatus.Offer)
                {
                    continue;
                }

                if (moves[m].Status == ApplicationStatus.Hired)
                {
                    accepted++;
                }
                else if (moves[m].Status is ApplicationStatus.Rejected or ApplicationStatus.Withdrawn)
                {
                    declined++;
                }
            }
        }

        return accepted + declined == 0 ? null : (double)accepted / (accepted + declined);
    }

    /// <summary>Open (not closed) candidacies per recruiter, most loaded first; candidacies with no recruiter are skipped.</summary>
    public static IReadOnlyList<(Guid Recruiter, int ActiveCandidates)> RecruiterLoad(IEnumerable<Candidacy> candidacies, Func<Candidacy, Guid?> recruiterOf)
    {
        ArgumentNullException.ThrowIfNull(candidacies);
        ArgumentNullException.ThrowIfNull(recruiterOf);
        var load = new Dictionary<Guid, int>();
        foreach (var candidacy in candidacies)
        {
            if (!candidacy.IsClosed && recruiterOf(candidacy) is { } recruiter)
            {
                load[recruiter] = load.GetValueOrDefault(recruiter) + 1;
            }
        }

        return [.. load.Select(l => (Recruiter: l.Key, ActiveCandidates: l.Value)).OrderByDescending(l => l.ActiveCandidates).ThenBy(l => l.Recruiter)];
    }
}
