using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OpenTalent.Formats;

public static class FormatsServiceCollectionExtensions
{
    /// <summary>Registers <see cref="TaxonomyImporter"/>. It needs an <c>ITaxonomyStore</c>, which the storage layer registers.</summary>
    public static IServiceCollection AddFormats(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Transient: the importer holds no state, and so never outlives whatever lifetime the store has.
        services.TryAddTransient<TaxonomyImporter>();
        // Scoped to one command or request: it caches the text models and analyzers it loads once.
        services.TryAddTransient<Matching.MatchingWorkspace>();
        return services;
    }
}
