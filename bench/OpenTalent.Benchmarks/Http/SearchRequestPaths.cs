using System.Globalization;
using System.Text;
using OpenTalent.Core.Search;

namespace OpenTalent.Benchmarks.Http;

/// <summary>A search as a program sends it to the public API: <c>/api/v1/jobs?q=...&amp;location=...</c>.</summary>
public static class SearchRequestPaths
{
    public static string For(JobSearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var path = new StringBuilder("/api/v1/jobs?");
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                path.Append(path[^1] == '?' ? "" : "&").Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        Add("q", query.Text);
        Add("location", query.Location);
        Add("remote", query.Remote switch
        {
            RemoteFilter.RemoteOnly => "remote",
            RemoteFilter.Hybrid => "hybrid",
            RemoteFilter.OnSite => "onsite",
            _ => null,
        });
        Add("minSalary", query.MinimumSalary?.ToString(CultureInfo.InvariantCulture));
        if (query.MinimumSalary is not null)
        {
            Add("currency", query.Currency);
        }

        Add("occupation", query.OccupationCode);
        Add("skills", query.SkillIds.Count > 0 ? string.Join(',', query.SkillIds) : null);
        Add("seniority", query.Seniority?.ToString().ToLowerInvariant());
        Add("postedWithin", query.PostedWithinDays?.ToString(CultureInfo.InvariantCulture));
        Add("sort", query.Sort == JobSearchSort.Relevance ? null : query.Sort.ToString().ToLowerInvariant());
        Add("page", query.Page == 1 ? null : query.Page.ToString(CultureInfo.InvariantCulture));
        return path.ToString();
    }
}
