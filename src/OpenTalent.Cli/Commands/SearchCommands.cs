using System.CommandLine;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Benchmarks.Search;
using OpenTalent.Core.Search;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Core.Understanding;
using OpenTalent.Text.Search;

namespace OpenTalent.Cli.Commands;

/// <summary>
/// <c>opentalent search jobs [q] [filters]</c>: full-text job search over the stored open postings, with the
/// taxonomy applied to the query, facets, sorting and paging. <c>--json</c> prints the whole result as one object.
/// </summary>
internal static class SearchCommands
{
    private static readonly Dictionary<string, string> OptionOfParameter = new(StringComparer.Ordinal)
    {
        ["text"] = "q",
        ["location"] = "--location",
        ["remote"] = "--remote",
        ["minimumSalary"] = "--min-salary",
        ["currency"] = "--currency",
        ["occupationCode"] = "--occupation",
        ["skillIds"] = "--skill",
        ["seniority"] = "--seniority",
        ["postedWithinDays"] = "--posted-within",
        ["sort"] = "--sort",
        ["page"] = "--page",
        ["pageSize"] = "--page-size",
    };

    public static Command Create(CommandContext context)
    {
        var search = new Command("search", "Search the stored postings.");
        search.Add(Jobs(context));
        return search;
    }

    private static Command Jobs(CommandContext context)
    {
        var text = new Argument<string?>("q") { Description = "Keywords, a job title or skills (\"k8s engineer\"); leave out to list every open posting.", Arity = ArgumentArity.ZeroOrOne };
        var location = new Option<string?>("--location") { Description = "City, region or country (\"Berlin\", \"San Francisco, CA\", \"Germany\")." };
        var remote = new Option<string>("--remote") { Description = "any, remote, hybrid or onsite.", DefaultValueFactory = _ => "any" };
        var minSalary = new Option<string?>("--min-salary") { Description = "Only postings whose annual pay reaches this amount (in --currency)." };
        var currency = new Option<string?>("--currency") { Description = $"ISO 4217 currency of --min-salary and of --sort salary (default {JobSearchLimits.DefaultCurrency})." };
        var occupation = new Option<string?>("--occupation") { Description = "Only postings in this occupation (O*NET-SOC code such as 15-1252.00)." };
        var skill = new Option<string[]>("--skill") { Description = "Only postings that ask for this skill: an id, label or alias (\"Kubernetes\", \"k8s\"). Repeat for several.", AllowMultipleArgumentsPerToken = false };
        var seniority = new Option<string?>("--seniority") { Description = "intern, entry, junior, mid, senior, lead, principal, manager, director, vicepresident or executive." };
        var postedWithin = new Option<string?>("--posted-within") { Description = "Only postings posted within this many days." };
        var sort = new Option<string>("--sort") { Description = "relevance, date or salary.", DefaultValueFactory = _ => "relevance" };
        var page = new Option<string>("--page") { Description = "Page number, from 1.", DefaultValueFactory = _ => "1" };
        var pageSize = new Option<string>("--page-size") { Description = $"Results per page, 1 to {JobSearchLimits.MaxPageSize}.", DefaultValueFactory = _ => JobSearchLimits.DefaultPageSize.ToString(CultureInfo.InvariantCulture) };
        var json = new Option<bool>("--json") { Description = "Print the result (items, total, facets, interpretation) as JSON." };
        var command = new Command("jobs", "Full-text job search with filters, facets, sorting and paging. \"k8s\" finds Kubernetes jobs, a title finds its occupation's other titles, and typos are tolerated.")
        {
            text, location, remote, minSalary, currency, occupation, skill, seniority, postedWithin, sort, page, pageSize, json,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var parser = await services.GetRequiredService<SearchQueryParserProvider>().GetAsync(token);
            var skills = (parse.GetValue(skill) ?? []).Select(name => parser.ResolveSkill(name)?.Id
                ?? throw new ArgumentException($"--skill: no skill is named '{name}'. Give a skill's id, label or alias, such as 'Kubernetes'.")).ToArray();
            var query = Query(
                () => new JobSearchQuery(
                    parse.GetValue(text),
                    parse.GetValue(location),
                    RemoteOf(parse.GetValue(remote)),
                    Number<decimal>(parse.GetValue(minSalary), "--min-salary"),
                    parse.GetValue(currency),
                    parse.GetValue(occupation),
                    skills,
                    SeniorityOf(parse.GetValue(seniority)),
                    Number<int>(parse.GetValue(postedWithin), "--posted-within"),
                    SortOf(parse.GetValue(sort)),
                    Number<int>(parse.GetValue(page), "--page") ?? 1,
                    Number<int>(parse.GetValue(pageSize), "--page-size") ?? JobSearchLimits.DefaultPageSize));
            var results = await services.GetRequiredService<IJobSearch>().SearchAsync(query, token);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(View(results), JsonLinesRunner.JsonOptions));
            }
            else
            {
                Write(context.Output, results);
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary><c>opentalent bench search</c>: the 1M-posting keyword + filter benchmark on SQLite and PostgreSQL.</summary>
    public static Command Bench(CommandContext context)
    {
        var postings = new Option<int>("--postings") { Description = "Synthetic job postings to load into each engine.", DefaultValueFactory = _ => 1_000_000 };
        var queries = new Option<int>("--queries") { Description = "Timed keyword + filter searches per engine (a tenth as many again sorted by salary).", DefaultValueFactory = _ => 1_000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic market and the workload.", DefaultValueFactory = _ => 42 };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string (default: OPENTALENT_TEST_POSTGRES); a fresh schema is made and dropped. Without one only SQLite runs." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var keep = new Option<bool>("--keep") { Description = "Keep the loaded SQLite file (in the temp folder) and PostgreSQL schema, and reuse them on a later run with the same --postings, --seed and day (for profiling)." };
        var worst = new Option<int>("--worst") { Description = "Describe this many of the slowest workload queries on stderr, with their times." };
        var command = new Command("search", "Load N synthetic postings into a fresh SQLite file and a fresh PostgreSQL schema, then time a realistic keyword + filter search workload end to end on one thread (p50/p99 per engine).")
        {
            postings, queries, seed, postgres, json, keep, worst,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var options = new SearchBenchmarkOptions(
                TextCommands.Positive(parse.GetValue(postings), "--postings"),
                TextCommands.Positive(parse.GetValue(queries), "--queries"),
                parse.GetValue(seed),
                parse.GetValue(postgres) ?? Environment.GetEnvironmentVariable("OPENTALENT_TEST_POSTGRES"),
                DateOnly.FromDateTime(DateTime.UtcNow),
                Path.GetTempPath(),
                parse.GetValue(keep),
                Math.Max(0, parse.GetValue(worst)));
            var parser = await services.GetRequiredService<SearchQueryParserProvider>().GetAsync(token);
            var snapshot = await services.GetRequiredService<ITaxonomyStore>().LoadSnapshotAsync(token);
            var report = await SearchBenchmark.RunAsync(snapshot, parser, options, context.Error, token);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(report, JsonLinesRunner.JsonOptions));
                return 0;
            }

            foreach (var engine in report.Engines)
            {
                context.Output.WriteLine(
                    $"{engine.Engine}: {engine.Searchable:N0} searchable postings, loaded in {engine.LoadSeconds:0.0} s (+{engine.OptimizeSeconds:0.0} s optimising), {(engine.DatabaseBytes ?? 0) / 1048576.0:N0} MiB; " +
                    $"keyword + filters p50 {engine.Workload.P50Ms:0.00} ms, p99 {engine.Workload.P99Ms:0.00} ms ({engine.Workload.Queries:N0} queries, {engine.Workload.CappedShare:P0} capped at {JobSearchLimits.TotalCap:N0}); " +
                    $"salary order p50 {engine.SalarySort.P50Ms:0.00} ms, p99 {engine.SalarySort.P99Ms:0.00} ms");
            }

            if (report.PostgresNote is { } note)
            {
                context.Output.WriteLine($"PostgreSQL: {note}");
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>Builds the query, naming the command-line option (not the C# parameter) in any error.</summary>
    private static JobSearchQuery Query(Func<JobSearchQuery> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException exception) when (exception.ParamName is { } name && OptionOfParameter.TryGetValue(name, out var option))
        {
            var message = exception.Message.Split(" (Parameter '", 2)[0];
            var value = exception is ArgumentOutOfRangeException { ActualValue: { } actual } ? $" Got {Convert.ToString(actual, CultureInfo.InvariantCulture)}." : "";
            throw new ArgumentException($"{option}: {message}{value}", exception);
        }
    }

    private static T? Number<T>(string? text, string option)
        where T : struct, INumber<T> =>
        text is null ? null
        : T.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value
        : throw new ArgumentException($"{option}: '{text}' is not a number.");

    private static RemoteFilter RemoteOf(string? text) => (text ?? "any").Trim().ToLowerInvariant() switch
    {
        "any" => RemoteFilter.Any,
        "remote" or "remote-only" or "remoteonly" => RemoteFilter.RemoteOnly,
        "hybrid" => RemoteFilter.Hybrid,
        "onsite" or "on-site" => RemoteFilter.OnSite,
        _ => throw new ArgumentException($"--remote: '{text}' is not one of any, remote, hybrid, onsite."),
    };

    private static JobSearchSort SortOf(string? text) => (text ?? "relevance").Trim().ToLowerInvariant() switch
    {
        "relevance" => JobSearchSort.Relevance,
        "date" => JobSearchSort.Date,
        "salary" => JobSearchSort.Salary,
        _ => throw new ArgumentException($"--sort: '{text}' is not one of relevance, date, salary."),
    };

    private static Seniority? SeniorityOf(string? text) =>
        text is null ? null
        : Enum.TryParse<Seniority>(text.Trim().Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var level) && level != Seniority.Unspecified && Enum.IsDefined(level)
            ? level
            : throw new ArgumentException($"--seniority: '{text}' is not a seniority level such as junior, mid or senior.");

    private static object View(JobSearchResults results) => new
    {
        results.Items,
        results.Total,
        results.TotalIsCapped,
        results.TotalText,
        results.Page,
        results.PageSize,
        results.Facets,
        results.FacetBasis,
        results.FacetsAreSampled,
        interpretation = new
        {
            corrections = results.Interpretation.Corrections.Select(c => new { written = c.Written, searchedAs = c.SearchedAs }),
            skills = results.Interpretation.Skills.Select(s => new { id = s.SkillId, label = s.Label }),
            occupation = results.Interpretation.Occupation is { } o ? new { code = o.Code, label = o.Label } : null,
        },
    };

    private static void Write(TextWriter output, JobSearchResults results)
    {
        var interpretation = results.Interpretation;
        foreach (var (written, searchedAs) in interpretation.Corrections)
        {
            output.WriteLine($"Also searched for \"{searchedAs}\" (you typed \"{written}\").");
        }

        if (interpretation.Skills.Count > 0)
        {
            output.WriteLine($"Skills understood: {string.Join(", ", interpretation.Skills.Select(s => s.Label))}.");
        }

        if (interpretation.Occupation is { } occupation)
        {
            output.WriteLine($"Also showing every posting in {occupation.Label} ({occupation.Code}).");
        }

        var first = results.Items.Count == 0 ? 0 : ((results.Page - 1) * results.PageSize) + 1;
        output.WriteLine($"{results.TotalText} job(s); showing {first}-{first + results.Items.Count - Math.Min(1, results.Items.Count)}.");
        foreach (var item in results.Items)
        {
            var details = new List<string>();
            if (item.Location is { } place)
            {
                details.Add(place);
            }

            details.Add(item.Arrangement switch { WorkArrangement.Remote => "remote", WorkArrangement.Hybrid => "hybrid", WorkArrangement.OnSite => "on-site", _ => "arrangement not stated" });
            if (item.Salary is { } pay)
            {
                details.Add(pay.Min == pay.Max ? $"{pay.Currency} {pay.Min:#,0}/yr" : $"{pay.Currency} {pay.Min:#,0}-{pay.Max:#,0}/yr");
            }

            if (item.DatePosted is { } posted)
            {
                details.Add($"posted {posted:yyyy-MM-dd}");
            }

            output.WriteLine();
            output.WriteLine($"{item.Title}{(item.Employer is null ? "" : $" · {item.Employer}")}  [{item.Identifier}]");
            output.WriteLine($"  {string.Join(" · ", details)}");
            if (item.MatchedSkills.Count > 0)
            {
                output.WriteLine($"  skills: {string.Join(", ", item.MatchedSkills)}");
            }

            if (item.Snippet is { } snippet)
            {
                output.WriteLine($"  {snippet}");
            }
        }

        if (results.Total == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(results.FacetsAreSampled ? $"Facets (over the newest {results.FacetBasis:N0} matches):" : "Facets:");
        Facet(output, "occupation", results.Facets.Occupations);
        Facet(output, "remote", results.Facets.Remote);
        Facet(output, "seniority", results.Facets.Seniority);
        Facet(output, "location", results.Facets.Locations);
        Facet(output, "skills", results.Facets.Skills);
        Facet(output, "salary", results.Facets.SalaryBands);
        Facet(output, "posted", results.Facets.PostedWithin);
    }

    private static void Facet(TextWriter output, string name, IReadOnlyList<FacetCount> counts)
    {
        if (counts.Count > 0)
        {
            output.WriteLine($"  {name}: {string.Join("; ", counts.Select(c => $"{c.Label} ({c.Count:N0})"))}");
        }
    }
}
