using System.CommandLine;
using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats;
using OpenTalent.Storage;
using OpenTalent.Storage.Migrations;
using OpenTalent.Text;

namespace OpenTalent.Cli;

/// <summary>
/// What a command's action needs: the writers, the services for the chosen database, and one way
/// to turn any failure into a single clear line on stderr with a non-zero exit code.
/// </summary>
public sealed class CommandContext(GlobalOptions globals, TextWriter output, TextWriter error, Func<Stream> input)
{
    public const int Failure = 1;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public GlobalOptions Globals { get; } = globals;

    /// <summary>Standard input, or what a test passes in its place.</summary>
    public Stream OpenInput() => input();

    /// <summary>Builds the services for the database named on the command line, migrates it, and runs <paramref name="action"/>.</summary>
    public async Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        try
        {
            await using var services = BuildServices(Globals.ConnectionString(parse));
            await PrepareDatabaseAsync(services, cancellationToken);
            return await action(services, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Fail(exception, parse.GetValue(Globals.Verbose));
        }
    }

    public static ServiceProvider BuildServices(string connectionString)
    {
        var services = new ServiceCollection();
        services.Configure<DatabaseOptions>(options => options.ConnectionString = connectionString);
        services.AddStorage();
        services.AddFormats();
        services.AddText();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Applies pending migrations and, on a database that never had it, loads the built-in starter taxonomy,
    /// so that every command works on a fresh machine with no setup.
    /// </summary>
    public static Task PrepareDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Web.Hosting.DatabasePreparation.PrepareAsync(services, cancellationToken);

    public int Fail(Exception exception, bool verbose)
    {
        Error.WriteLine($"error: {Describe(exception)}");
        if (verbose)
        {
            Error.WriteLine(exception.ToString());
        }
        else if (!IsExpected(exception))
        {
            Error.WriteLine("(run again with --verbose for details)");
        }

        return Failure;
    }

    private static string Describe(Exception exception) => exception switch
    {
        DbException db => $"database: {db.Message}",
        OperationCanceledException => "cancelled",
        _ => exception.Message,
    };

    private static bool IsExpected(Exception exception) =>
        exception is SourceDataException or InvalidTaxonomyException or ArgumentException or IOException or UnauthorizedAccessException or OperationCanceledException;
}
