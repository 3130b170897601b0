using System.Diagnostics;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Skills;
using OpenTalent.Text.Titles;

namespace OpenTalent.Text.Models;

/// <summary>
/// Everything the text understanding learns from the taxonomy, built once by <c>opentalent models build</c>
/// and stored as one versioned payload.
/// </summary>
public sealed class TextModels(TitleNormalizer titles, SkillExtractor skills, string fingerprint)
{
    public const string StoreName = "text";

    // Bump when the layout of any component changes; an older payload is then rebuilt, never misread.
    private const int FormatVersion = 2;
    private const string Magic = "OTTEXT";

    public TitleNormalizer Titles { get; } = titles;

    public SkillExtractor Skills { get; } = skills;

    /// <summary>The fingerprint of the taxonomy the models were built from.</summary>
    public string Fingerprint { get; } = fingerprint;

    public static TextModels Build(TaxonomySnapshot snapshot, IProgress<ProgressUpdate>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        progress?.Report(new ProgressUpdate("Building the title normaliser", 0, 2));
        var titles = TitleNormalizer.Build(snapshot);
        progress?.Report(new ProgressUpdate("Building the skill extractor", 1, 2));
        var skills = SkillExtractor.Build(snapshot);
        progress?.Report(new ProgressUpdate("Building the skill extractor", 2, 2));
        return new TextModels(titles, skills, snapshot.Fingerprint);
    }

    public byte[] Serialize()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(Fingerprint);
            Titles.Write(writer);
            Skills.Write(writer);
            writer.Write(Magic);
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a payload written by <see cref="Serialize"/>; throws <see cref="InvalidDataException"/> for anything else.</summary>
    public static TextModels Deserialize(byte[] payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(payload, writable: false));
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException("The stored text model is not an OpenTalent text model.");
            }

            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"The stored text model has format {version}; this build reads format {FormatVersion}. Run 'opentalent models build'.");
            }

            var fingerprint = reader.ReadString();
            var titles = TitleNormalizer.Read(reader);
            var skills = SkillExtractor.Read(reader);
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException("The stored text model is truncated or corrupt. Run 'opentalent models build'.");
            }

            return new TextModels(titles, skills, fingerprint);
        }
        catch (EndOfStreamException exception)
        {
            throw new InvalidDataException("The stored text model is truncated. Run 'opentalent models build'.", exception);
        }
    }
}

/// <summary>What a build or a load cost, for the CLI and the benchmarks.</summary>
public sealed record ModelInfo(int Version, string Fingerprint, DateTimeOffset BuiltAt, long PayloadBytes, TimeSpan LoadTime, bool BuiltNow);

/// <summary>
/// Gives the current text models: the latest stored version, loaded once; or, when none was ever built,
/// builds them from the taxonomy and stores them, so a fresh install works without a separate step.
/// </summary>
public sealed class TextModelProvider(ITaxonomyStore taxonomy, IModelStore models) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (TextModels Models, ModelInfo Info)? _loaded;

    public async Task<(TextModels Models, ModelInfo Info)> GetAsync(IProgress<ProgressUpdate>? progress, CancellationToken cancellationToken)
    {
        if (_loaded is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_loaded is { } raced)
            {
                return raced;
            }

            var clock = Stopwatch.StartNew();
            var stored = await models.LoadLatestAsync(TextModels.StoreName, cancellationToken);
            if (stored is not null)
            {
                try
                {
                    var loaded = TextModels.Deserialize(stored.Payload);
                    _loaded = (loaded, new ModelInfo(stored.Version, stored.Fingerprint, stored.BuiltAt, stored.Payload.Length, clock.Elapsed, BuiltNow: false));
                    return _loaded.Value;
                }
                catch (InvalidDataException)
                {
                    // A model from an older build: rebuild below rather than fail.
                }
            }

            _loaded = await BuildAsync(progress, cancellationToken);
            return _loaded.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Builds the models from the current taxonomy and stores them as a new version.</summary>
    public async Task<(TextModels Models, ModelInfo Info)> BuildAsync(IProgress<ProgressUpdate>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        progress?.Report(new ProgressUpdate("Reading the taxonomy", 0, null));
        var snapshot = await taxonomy.LoadSnapshotAsync(cancellationToken);
        var built = await Task.Run(() => TextModels.Build(snapshot, progress), cancellationToken);
        progress?.Report(new ProgressUpdate("Storing the models", 0, null));
        var payload = built.Serialize();
        var version = await models.SaveAsync(TextModels.StoreName, built.Fingerprint, payload, cancellationToken);
        var info = new ModelInfo(version, built.Fingerprint, DateTimeOffset.UtcNow, payload.Length, clock.Elapsed, BuiltNow: true);
        _loaded = (built, info);
        return (built, info);
    }
}
