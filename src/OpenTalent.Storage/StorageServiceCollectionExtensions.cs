using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Privacy;
using OpenTalent.Core.Search;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Storage.Hiring;
using OpenTalent.Storage.Matching;
using OpenTalent.Storage.Migrations;
using OpenTalent.Storage.Privacy;
using OpenTalent.Storage.Postgres;
using OpenTalent.Storage.Search;
using OpenTalent.Storage.Sqlite;
using OpenTalent.Storage.Taxonomy;
using OpenTalent.Storage.Workforce;
using OpenTalent.Text.Search;

namespace OpenTalent.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database named by <see cref="DatabaseOptions"/> (configure it in the composition root)
    /// and the stores built on it.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>();
        services.AddSingleton(provider => Create(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
        services.AddSingleton<Migrator>();
        services.AddSingleton<ITaxonomyStore, TaxonomyStore>();
        services.AddSingleton<IModelStore, ModelStore>();
        services.AddSingleton<IMatchingStore, MatchingStore>();
        services.AddSingleton<SearchQueryParserProvider>();
        services.AddSingleton<IJobSearch, JobSearchStore>();
        services.AddSingleton<IAccountStore, AccountStore>();
        services.AddSingleton<IOrganisationStore, OrganisationStore>();
        services.AddSingleton<IApiKeyStore, ApiKeyStore>();
        services.AddSingleton<ISeekerStore, SeekerStore>();
        services.AddSingleton<IPostingOwnerStore, PostingOwnerStore>();
        services.AddSingleton<IApplicationStore, ApplicationStore>();
        services.AddSingleton<IConsentStore, ConsentStore>();
        services.AddSingleton<IAuditLog, AuditLogStore>();
        services.AddSingleton<IRankingLog, RankingLogStore>();
        services.AddSingleton<ISelfIdentificationStore, SelfIdentificationStore>();
        services.AddSingleton<RetentionStore>();
        services.AddSingleton<WorkforceStore>();
        services.AddSingleton<WorkforceForecasts>();
        services.AddSingleton<WorkforceAnalytics>();
        return services;
    }

    public static Database Create(string connectionString) =>
        DatabaseOptions.DetectProvider(connectionString) == DatabaseProvider.Postgres
            ? new PostgresDatabase(connectionString)
            : new SqliteDatabase(connectionString);
}
