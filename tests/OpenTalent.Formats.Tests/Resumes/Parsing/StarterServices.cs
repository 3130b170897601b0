using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Matching;
using OpenTalent.Storage;
using OpenTalent.Storage.Matching;
using OpenTalent.Storage.Taxonomy;
using OpenTalent.Testing;
using OpenTalent.Text.Models;

namespace OpenTalent.Formats.Tests.Resumes.Parsing;

/// <summary>
/// A fresh, migrated database of the test's own holding the built-in starter taxonomy, with the stores, text models
/// and matching workspace on it, wired as the command line wires them.
/// </summary>
internal sealed class StarterServices : IAsyncDisposable
{
    private StarterServices(TestDatabase database)
    {
        Database = database;
        Taxonomy = new TaxonomyStore(database.Database);
        Models = new ModelStore(database.Database);
        Matching = new MatchingStore(database.Database);
        TextModels = new TextModelProvider(Taxonomy, Models);
    }

    public TestDatabase Database { get; }

    public TaxonomyStore Taxonomy { get; }

    public ModelStore Models { get; }

    public MatchingStore Matching { get; }

    public TextModelProvider TextModels { get; }

    public static async Task<StarterServices> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var services = new StarterServices(database);
        await new TaxonomyImporter(services.Taxonomy).ImportAsync(TaxonomySource.Starter, TaxonomyImporter.BuiltIn, null, CancellationToken.None);
        return services;
    }

    public MatchingWorkspace Workspace() => new(Taxonomy, Matching, Models, TextModels);

    public async Task<TextModels> LoadModelsAsync() => (await TextModels.GetAsync(null, CancellationToken.None)).Models;

    public async ValueTask DisposeAsync()
    {
        TextModels.Dispose();
        await Database.DisposeAsync();
    }
}

/// <summary>Text models learned once from the starter taxonomy, shared read-only by the parsing tests.</summary>
public sealed class StarterModelsFixture : IAsyncLifetime
{
    private StarterServices? _services;

    public TextModels Models { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _services = await StarterServices.CreateAsync();
        Models = await _services.LoadModelsAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}
