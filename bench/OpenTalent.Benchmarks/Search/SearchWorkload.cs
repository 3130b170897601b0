using OpenTalent.Benchmarks.Matching;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Search;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Benchmarks.Search;

/// <summary>
/// What people type into a job search, drawn from the synthetic market itself so every query can match: a word of a
/// posting's title or one of its skills, and usually one or two filters (place, remote, minimum pay, recency,
/// seniority) taken from that same posting. Deterministic for a seed.
/// </summary>
public static class SearchWorkload
{
    private static readonly string[] Ignored = ["senior", "junior", "lead", "principal", "intern", "entry", "level", "and", "of", "the", "i", "ii", "iii", "manager", "director"];

    public static IReadOnlyList<JobSearchQuery> Queries(SyntheticMarket market, int postings, int count, int stream, JobSearchSort? sort = null)
    {
        ArgumentNullException.ThrowIfNull(market);
        var random = SplitMix.For(market.Seed, 100 + stream, 0);
        var queries = new List<JobSearchQuery>(count);
        while (queries.Count < count)
        {
            var posting = market.Posting(random.Next(postings));
            var text = Keyword(posting, ref random);
            string? location = null;
            var remote = RemoteFilter.Any;
            decimal? minimum = null;
            string? currency = null;
            int? within = null;
            Seniority? seniority = null;
            var filters = 0;
            if (random.Chance(0.45) && posting.Locations.Count > 0)
            {
                var place = posting.Locations[0];
                location = random.Chance(0.5) && place.City is { } city ? city : place.Country;
                filters++;
            }

            if (random.Chance(0.3))
            {
                remote = posting.Arrangement switch
                {
                    WorkArrangement.Remote => RemoteFilter.RemoteOnly,
                    WorkArrangement.Hybrid => RemoteFilter.Hybrid,
                    _ => RemoteFilter.OnSite,
                };
                filters++;
            }

            if (posting.Salary is { } pay && random.Chance(0.3))
            {
                minimum = Math.Floor(pay.Min * 0.9m / 5_000m) * 5_000m;
                currency = pay.Currency;
                filters++;
            }

            if (random.Chance(0.25))
            {
                within = random.Chance(0.5) ? 7 : 30;
                filters++;
            }

            if (random.Chance(0.1) && posting.Seniority != Seniority.Unspecified)
            {
                seniority = posting.Seniority;
                filters++;
            }

            if (filters == 0)
            {
                remote = RemoteFilter.RemoteOnly;
            }

            var order = sort ?? (random.Chance(0.7) ? JobSearchSort.Relevance : JobSearchSort.Date);
            var page = random.Chance(0.1) ? 2 : 1;
            queries.Add(new JobSearchQuery(text, location, remote, minimum, currency, null, null, seniority, within, order, page));
        }

        return queries;
    }

    private static string Keyword(JobPosting posting, ref SplitMix random)
    {
        if (posting.Skills.Count > 0 && random.Chance(0.5))
        {
            var label = posting.Skills[random.Next(posting.Skills.Count)].Label;
            var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length <= 2 ? label : string.Join(' ', words.Take(2));
        }

        var titleWords = posting.Title.Split([' ', ',', '-', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && !Ignored.Contains(w, StringComparer.OrdinalIgnoreCase)).ToArray();
        return titleWords.Length == 0 ? posting.Title : titleWords[random.Next(titleWords.Length)];
    }
}
