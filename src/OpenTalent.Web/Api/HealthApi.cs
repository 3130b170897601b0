using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Storage;

namespace OpenTalent.Web;

/// <summary><c>GET /healthz</c>: 200 when the database answers, 503 with the reason when it does not.</summary>
public static class HealthApi
{
    public sealed record Health(string Status, string Database, bool MatchIndexLoaded);

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", CheckAsync).WithName("Health").WithTags("Health").DisableRateLimiting().AllowAnonymous();
        return app;
    }

    private static async Task<Results<Ok<Health>, ProblemHttpResult>> CheckAsync(Database database, Matching.MatchingHost matching, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM schema_migrations", cancellationToken: cancellationToken));
            return TypedResults.Ok(new Health("ok", database.Provider.ToString(), matching.IsLoaded));
        }
        catch (System.Data.Common.DbException exception)
        {
            return Problems.ApiProblems.Unavailable($"The database ({database.Describe()}) does not answer: {exception.Message}");
        }
    }
}
