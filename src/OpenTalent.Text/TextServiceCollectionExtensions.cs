using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Text.Models;

namespace OpenTalent.Text;

public static class TextServiceCollectionExtensions
{
    /// <summary>Registers the text models. They need an ITaxonomyStore and an IModelStore, which the storage layer registers.</summary>
    public static IServiceCollection AddText(this IServiceCollection services)
    {
        services.AddSingleton<TextModelProvider>();
        return services;
    }
}
