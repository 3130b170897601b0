using Npgsql;

namespace OpenTalent.Cli.Commands;

/// <summary>A throwaway database for a benchmark that loads its own data.</summary>
internal static class BenchDatabases
{
    /// <summary>
    /// Runs a benchmark on a fresh database (removed afterwards, whatever happens); a bad option or a database that
    /// cannot be reached is one error line and a non-zero exit, as for every command.
    /// </summary>
    public static async Task<int> RunAsync(CommandContext context, string? postgres, string name, Func<string, Task<int>> benchmark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(benchmark);
        try
        {
            var (connection, cleanUp) = await FreshAsync(postgres, name, cancellationToken);
            try
            {
                return await benchmark(connection);
            }
            finally
            {
                await cleanUp();
            }
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or NpgsqlException)
        {
            context.Error.WriteLine($"error: {exception.Message}");
            return CommandContext.Failure;
        }
    }

    /// <summary>A fresh SQLite file in a temporary folder, or a fresh schema in the PostgreSQL given; and how to remove it.</summary>
    public static async Task<(string Connection, Func<Task> CleanUp)> FreshAsync(string? postgres, string name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(postgres))
        {
            var folder = Directory.CreateTempSubdirectory(name + "-").FullName;
            return (Path.Combine(folder, name + ".db"), () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
                return Task.CompletedTask;
            });
        }

        var schema = name + "_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(postgres))
        {
            await admin.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return (new NpgsqlConnectionStringBuilder(postgres) { SearchPath = schema }.ConnectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(postgres);
            await admin.OpenAsync(CancellationToken.None);
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", admin);
            await drop.ExecuteNonQueryAsync(CancellationToken.None);
        });
    }
}
