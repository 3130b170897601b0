using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Web.Problems;

namespace OpenTalent.Web;

/// <summary>Which of the organisation's jobs to list: by status, by words of the title, one page of them.</summary>
public sealed record EmployerJobQuery(PostingStatus? Status, string? Text, int Page, int PageSize)
{
    public bool Filtered => Status is not null || Text is not null;
}

/// <summary>
/// The organisation's jobs as <c>GET /api/v1/employer/jobs</c> and the <c>/employer</c> page show them (one code path
/// for both), with each job's number of applicants.
/// </summary>
public sealed class EmployerJobListing(IPostingOwnerStore owners, IMatchingStore store, IApplicationStore applications)
{
    private const int Batch = 200;

    /// <summary>Reads <c>status</c> (open, closed or all), <c>q</c>, <c>page</c> and <c>pageSize</c>; errors go to <paramref name="validation"/>.</summary>
    public static EmployerJobQuery Parse(Validation validation, string? status, string? q, string? page, string? pageSize)
    {
        ArgumentNullException.ThrowIfNull(validation);
        PostingStatus? wanted = status?.Trim().ToLowerInvariant() switch
        {
            null or "" or "all" => null,
            "open" => PostingStatus.Open,
            "closed" => PostingStatus.Closed,
            _ => Invalid(validation),
        };
        var text = validation.Optional("q", q, 200);
        return new EmployerJobQuery(wanted, text, SeekerApi.Count(validation, "page", page, 1), SeekerApi.Count(validation, "pageSize", pageSize, 20));
    }

    public async Task<JobListPage> ReadAsync(Guid organisationId, EmployerJobQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var skip = (query.Page - 1) * query.PageSize;
        var items = new List<JobView>(query.PageSize);
        int total;
        if (!query.Filtered)
        {
            var owned = await owners.ListAsync(organisationId, skip, query.PageSize, cancellationToken);
            total = owned.Total;
            foreach (var owner in owned.Items)
            {
                if (await store.FindPostingAsync(owner.PostingId, cancellationToken) is { } record)
                {
                    items.Add(JobView.From(record));
                }
            }
        }
        else
        {
            // The owner rows know nothing of status or title, so a filtered list reads the organisation's postings in
            // batches, newest first, counting every match and keeping the requested page.
            total = 0;
            for (var offset = 0; ; offset += Batch)
            {
                var owned = await owners.ListAsync(organisationId, offset, Batch, cancellationToken);
                foreach (var owner in owned.Items)
                {
                    if (await store.FindPostingAsync(owner.PostingId, cancellationToken) is not { } record || !Matches(record.Posting, query))
                    {
                        continue;
                    }

                    if (total >= skip && items.Count < query.PageSize)
                    {
                        items.Add(JobView.From(record));
                    }

                    total++;
                }

                if (owned.Items.Count < Batch || offset + Batch >= owned.Total)
                {
                    break;
                }
            }
        }

        var applicants = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            applicants[item.Id] = (await applications.ListForPostingAsync(item.Id, cancellationToken)).Count;
        }

        return new JobListPage(items, total, query.Page, query.PageSize, applicants);
    }

    private static bool Matches(JobPosting posting, EmployerJobQuery query)
    {
        if (query.Status is { } status && posting.Status != status)
        {
            return false;
        }

        if (query.Text is not { } text)
        {
            return true;
        }

        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!posting.Title.Contains(word, StringComparison.OrdinalIgnoreCase) && !posting.Identifier.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static PostingStatus? Invalid(Validation validation)
    {
        validation.Add("status", "must be open, closed or all.");
        return null;
    }
}
