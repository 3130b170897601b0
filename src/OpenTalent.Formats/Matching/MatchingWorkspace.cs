using System.Text.Json;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Json;
using OpenTalent.Formats.Postings;
using OpenTalent.Formats.Resumes;
using OpenTalent.Text.Matching;
using OpenTalent.Text.Models;

namespace OpenTalent.Formats.Matching;

/// <summary>
/// Postings and profiles from their files to the store, and from the store to a ready match index. Imports are
/// all-or-nothing: a file with any bad line writes nothing unless the caller asks to skip bad lines, and the
/// report names every bad line and field either way.
/// </summary>
public sealed class MatchingWorkspace(ITaxonomyStore taxonomy, IMatchingStore store, IModelStore modelStore, TextModelProvider textModels)
{
    private Analyzers? _analyzers;

    public async Task<DocumentImportReport> ImportPostingsAsync(Stream jsonLines, bool skipInvalid, CancellationToken cancellationToken)
    {
        var analyzers = await AnalyzersAsync(cancellationToken);
        return await ImportAsync(
            SourcedDocument<JobPostingDocument>.Read(jsonLines, JobPostingReader.Parse),
            d => new PostingRecord(analyzers.Postings.Analyze(d.Document), d.Document.Description, d.Json),
            r => r.Posting.Identifier,
            skipInvalid,
            store.SavePostingsAsync,
            cancellationToken);
    }

    public async Task<DocumentImportReport> ImportProfilesAsync(Stream jsonLines, bool skipInvalid, DateOnly today, CancellationToken cancellationToken)
    {
        var analyzers = await AnalyzersAsync(cancellationToken);
        return await ImportAsync(
            SourcedDocument<ResumeDocument>.Read(jsonLines, ResumeReader.Parse),
            d => new ProfileRecord(analyzers.Profiles.Analyze(d.Document, d.ContentId("resume-"), today), d.Json),
            r => r.Profile.Identifier,
            skipInvalid,
            store.SaveProfilesAsync,
            cancellationToken);
    }

    /// <summary>One JSON Resume document (a whole file, not JSON Lines), understood as a profile.</summary>
    public async Task<CandidateProfile> ReadProfileAsync(string path, DateOnly today, CancellationToken cancellationToken)
    {
        var analyzers = await AnalyzersAsync(cancellationToken);
        var json = await File.ReadAllTextAsync(path, cancellationToken);
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new SourceDataException(path, (int)(exception.LineNumber ?? 0) + 1, $"not valid JSON: {exception.Message}");
        }

        using (parsed)
        {
            var errors = new List<FieldError>();
            var resume = parsed.RootElement.ValueKind == JsonValueKind.Object ? ResumeReader.Parse(parsed.RootElement, errors) : null;
            if (resume is null || errors.Count > 0)
            {
                var problems = errors.Count > 0 ? string.Join("; ", errors.Select(e => e.Field.Length == 0 ? e.Message : $"{e.Field}: {e.Message}")) : "a JSON Resume must be one JSON object";
                throw new SourceDataException(path, 1, problems);
            }

            return analyzers.Profiles.Analyze(resume, new SourcedDocument<ResumeDocument>(resume, json).ContentId("resume-"), today);
        }
    }

    /// <summary>
    /// The relevance model and an index of every stored posting and profile. Skill similarity is learned from the
    /// taxonomy's occupations and the stored postings, so it follows the market the store holds; it is stored and
    /// learned again only when either changes.
    /// </summary>
    /// <param name="withProfiles">Load the stored profiles too; only searches for candidates need them.</param>
    public async Task<(MatchIndex Index, RelevanceModel Model)> OpenIndexAsync(MatchWeights weights, bool withProfiles, CancellationToken cancellationToken)
    {
        var analyzers = await AnalyzersAsync(cancellationToken);
        var snapshot = await taxonomy.LoadSnapshotAsync(cancellationToken);
        var postings = new List<JobPosting>();
        await foreach (var posting in store.ReadPostingsAsync(cancellationToken))
        {
            postings.Add(posting);
        }

        var similarity = await SimilarityAsync(snapshot, analyzers.Concepts, postings, cancellationToken);
        var model = new RelevanceModel(weights, similarity, OccupationGraphBuilder.Build(snapshot, analyzers.Concepts));
        var index = new MatchIndex(model);
        foreach (var posting in postings)
        {
            index.Upsert(posting);
        }

        if (withProfiles)
        {
            await foreach (var profile in store.ReadProfilesAsync(cancellationToken))
            {
                index.Upsert(profile);
            }
        }

        return (index, model);
    }

    private async Task<SkillSimilarity> SimilarityAsync(TaxonomySnapshot snapshot, SkillConcepts concepts, List<JobPosting> postings, CancellationToken cancellationToken)
    {
        var postingSets = postings.Select(p => (IReadOnlyList<string>)[.. p.Skills.Select(s => s.SkillId)]).ToList();
        var fingerprint = SkillSimilarityFormat.Fingerprint(snapshot.Fingerprint, postingSets);
        if (await modelStore.LoadLatestAsync(SkillSimilarityFormat.StoreName, cancellationToken) is { } stored && stored.Fingerprint == fingerprint)
        {
            try
            {
                return SkillSimilarityFormat.Deserialize(stored.Payload);
            }
            catch (InvalidDataException)
            {
                // Written by an older build: learn it again below.
            }
        }

        var similarity = SkillSimilarityLearner.Learn(OccupationSkillSets.From(snapshot, concepts).Concat(postingSets), new SkillSimilarityOptions());
        await modelStore.SaveAsync(SkillSimilarityFormat.StoreName, fingerprint, SkillSimilarityFormat.Serialize(similarity), cancellationToken);
        return similarity;
    }

    private static async Task<DocumentImportReport> ImportAsync<TDocument, TRecord>(
        IEnumerable<DocumentLine<SourcedDocument<TDocument>>> lines,
        Func<SourcedDocument<TDocument>, TRecord> analyze,
        Func<TRecord, string> identifier,
        bool skipInvalid,
        Func<IReadOnlyList<TRecord>, CancellationToken, Task<SaveCounts>> save,
        CancellationToken cancellationToken)
        where TDocument : class
    {
        var errors = new List<LineError>();
        var records = new List<TRecord>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            count++;
            if (!line.IsValid)
            {
                errors.AddRange(line.Errors.Select(e => new LineError(line.Line, e.Field, e.Message)));
                continue;
            }

            TRecord record;
            try
            {
                record = analyze(line.Document!);
            }
            catch (ArgumentException exception)
            {
                errors.Add(new LineError(line.Line, exception.ParamName ?? "", exception.Message));
                continue;
            }

            var id = identifier(record);
            if (firstLine.TryGetValue(id, out var earlier))
            {
                errors.Add(new LineError(line.Line, "identifier", $"'{id}' was already used on line {earlier}; each line needs its own identifier."));
                continue;
            }

            firstLine[id] = line.Line;
            records.Add(record);
        }

        if (errors.Count > 0 && !skipInvalid)
        {
            return new DocumentImportReport(count, 0, 0, errors, Written: false);
        }

        var saved = records.Count == 0 ? default : await save(records, cancellationToken);
        return new DocumentImportReport(count, saved.Added, saved.Replaced, errors, Written: true);
    }

    private async Task<Analyzers> AnalyzersAsync(CancellationToken cancellationToken)
    {
        if (_analyzers is null)
        {
            var (models, _) = await textModels.GetAsync(null, cancellationToken);
            var concepts = SkillConcepts.Build(models.Skills.Catalog);
            var skills = new SkillEvidenceReader(models, concepts);
            _analyzers = new Analyzers(new PostingAnalyzer(models, skills), new ProfileAnalyzer(models, skills), concepts);
        }

        return _analyzers;
    }

    private sealed record Analyzers(PostingAnalyzer Postings, ProfileAnalyzer Profiles, SkillConcepts Concepts);
}
