using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats;
using OpenTalent.Storage.Migrations;

namespace OpenTalent.Web.Hosting;

/// <summary>
/// What every entry point does before it touches data: apply pending migrations and, on a database that never had
/// it, load the built-in starter taxonomy, so a fresh machine works with no setup. The CLI and the web app share it.
/// </summary>
public static class DatabasePreparation
{
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.GetRequiredService<Migrator>().MigrateAsync(cancellationToken);
        var stats = await services.GetRequiredService<ITaxonomyStore>().GetStatsAsync(cancellationToken);
        if (stats.Imports.All(i => i.Source != TaxonomySource.Starter))
        {
            await services.GetRequiredService<TaxonomyImporter>().ImportAsync(TaxonomySource.Starter, TaxonomyImporter.BuiltIn, null, cancellationToken);
        }
    }
}
