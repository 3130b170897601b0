using System.Text;
using System.Text.Json;
using OpenTalent.Core.Matching;
using OpenTalent.Formats.Json;
using OpenTalent.Formats.Matching;
using OpenTalent.Formats.Postings;
using OpenTalent.Formats.Resumes;

namespace OpenTalent.Formats.Demo;

/// <summary>What seeding did: the dataset written, or why nothing was.</summary>
/// <param name="Dataset"><c>null</c> when the database already held postings or profiles and nothing was written.</param>
public sealed record DemoSeedResult(DemoDataset? Dataset, int PostingsWritten, int ProfilesWritten, int PostingsClosed, string Message)
{
    public bool Seeded => Dataset is not null;
}

/// <summary>The seam the web app and the CLI fill an empty database through.</summary>
public interface IDemoSeeder
{
    /// <summary>
    /// Generates the demo and writes its postings and profiles, or writes nothing and says why when the database
    /// already holds postings or profiles. The web app creates organisations and accounts from <see cref="DemoSeedResult.Dataset"/>.
    /// </summary>
    Task<DemoSeedResult> SeedAsync(DemoOptions options, CancellationToken cancellationToken);
}

/// <summary>
/// Writes a generated demo through <see cref="MatchingWorkspace"/>, so demo postings and profiles are understood
/// exactly as imported ones. Every document is checked by its reader before anything is written; postings and then
/// profiles are each saved in one transaction, and a failure in either writes nothing more.
/// </summary>
public sealed class DemoSeeder(MatchingWorkspace workspace, IMatchingStore store) : IDemoSeeder
{
    public async Task<DemoSeedResult> SeedAsync(DemoOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (await RefusalAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        return await ImportAsync(DemoGenerator.Generate(options), cancellationToken);
    }

    /// <summary>Writes a dataset already generated (the web app may want it first, to plan its accounts).</summary>
    public async Task<DemoSeedResult> ImportAsync(DemoDataset dataset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (await RefusalAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        // Both kinds are read before either is written, so a bad profile cannot leave the postings behind alone.
        Check(dataset.Postings.Select(p => p.Json), JobPostingReader.Parse, "posting");
        Check(dataset.Seekers.Select(s => s.Json), ResumeReader.Parse, "seeker");

        var postings = await workspace.ImportPostingsAsync(JsonLines(dataset.Postings.Select(p => p.Json)), skipInvalid: false, cancellationToken);
        Ensure(postings, "postings");
        var profiles = await workspace.ImportProfilesAsync(JsonLines(dataset.Seekers.Select(s => s.Json)), skipInvalid: false, dataset.Today, cancellationToken);
        Ensure(profiles, "profiles");

        var closed = 0;
        foreach (var posting in dataset.Postings)
        {
            if (posting.Closed && await store.SetPostingStatusAsync(posting.Identifier, PostingStatus.Closed, cancellationToken))
            {
                closed++;
            }
        }

        return new DemoSeedResult(
            dataset, postings.Added + postings.Replaced, profiles.Added + profiles.Replaced, closed,
            $"Demo (seed {dataset.Seed}): {dataset.Employers.Count} employers, {postings.Added + postings.Replaced} postings ({closed} closed), {profiles.Added + profiles.Replaced} seekers.");
    }

    private async Task<DemoSeedResult?> RefusalAsync(CancellationToken cancellationToken)
    {
        var (postings, profiles) = await store.CountAsync(cancellationToken);
        return postings == 0 && profiles == 0
            ? null
            : new DemoSeedResult(null, 0, 0, 0, $"The database already holds {postings} postings and {profiles} profiles; the demo fills only an empty database, so nothing was written.");
    }

    private static void Check<T>(IEnumerable<string> documents, Func<JsonElement, List<FieldError>, T?> parse, string kind)
        where T : class
    {
        var index = 0;
        foreach (var json in documents)
        {
            index++;
            var errors = new List<FieldError>();
            using var document = JsonDocument.Parse(json);
            if (parse(document.RootElement, errors) is null || errors.Count > 0)
            {
                throw new InvalidOperationException($"Demo {kind} {index} is not valid, so nothing was written: {string.Join("; ", errors)}");
            }
        }
    }

    private static void Ensure(DocumentImportReport report, string kind)
    {
        if (!report.Written)
        {
            throw new InvalidOperationException($"The demo {kind} could not be written ({report.Errors.Count} errors, first: {(report.Errors.Count > 0 ? report.Errors[0] : null)}).");
        }
    }

    private static MemoryStream JsonLines(IEnumerable<string> documents)
    {
        var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            foreach (var json in documents)
            {
                writer.Write(json);
                writer.Write('\n');
            }
        }

        stream.Position = 0;
        return stream;
    }
}
