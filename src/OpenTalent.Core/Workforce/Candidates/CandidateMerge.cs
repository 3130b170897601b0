namespace OpenTalent.Core.Workforce;

/// <summary>The merged record and every candidacy of both records, now pointing at the kept one.</summary>
public sealed record MergeResult(CandidateRecord Merged, IReadOnlyList<Candidacy> Candidacies);

/// <summary>
/// Merges a duplicate into the record kept: the kept id, name and resume stay (the duplicate's resume fills a
/// missing one), emails and phones are united, the duplicate (and whatever was merged into it) is listed in
/// <see cref="CandidateRecord.MergedFrom"/>, and every candidacy of either keeps all its moves and scorecards.
/// </summary>
public static class CandidateMerge
{
    public static MergeResult Merge(CandidateRecord kept, CandidateRecord duplicate, IEnumerable<Candidacy> candidacies)
    {
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(duplicate);
        ArgumentNullException.ThrowIfNull(candidacies);
        if (kept.Id == duplicate.Id)
        {
            throw new ArgumentException("A record cannot be merged with itself.", nameof(duplicate));
        }

        var merged = new CandidateRecord(
            kept.Id,
            kept.Name,
            [.. kept.Emails, .. duplicate.Emails],
            [.. kept.Phones, .. duplicate.Phones],
            kept.ResumeText ?? duplicate.ResumeText,
            kept.CreatedAt < duplicate.CreatedAt ? kept.CreatedAt : duplicate.CreatedAt,
            [.. kept.MergedFrom, duplicate.Id, .. duplicate.MergedFrom]);
        var moved = new List<Candidacy>();
        foreach (var candidacy in candidacies)
        {
            if (candidacy.CandidateId != kept.Id && candidacy.CandidateId != duplicate.Id)
            {
                throw new ArgumentException($"Candidacy {candidacy.ApplicationId} belongs to neither record.", nameof(candidacies));
            }

            moved.Add(candidacy.CandidateId == kept.Id
                ? candidacy
                : new Candidacy(candidacy.ApplicationId, kept.Id, candidacy.JobId, candidacy.Source, candidacy.Moves, candidacy.Scorecards));
        }

        return new MergeResult(merged, moved);
    }
}
