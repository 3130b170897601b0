using System.CommandLine;
using Microsoft.Extensions.Hosting;
using OpenTalent.Web;
using OpenTalent.Web.Hosting;

namespace OpenTalent.Cli.Commands;

/// <summary>
/// <c>opentalent serve [--urls URL] [--demo]</c>: runs the web app in this process on the database named by --db,
/// until Ctrl+C. The app prepares the database itself (migrations, starter taxonomy) before it takes requests.
/// </summary>
internal static class ServeCommands
{
    public const string DefaultUrls = "http://localhost:5000";

    public static Command Create(CommandContext context)
    {
        var urls = new Option<string>("--urls") { Description = $"Where to listen, e.g. http://0.0.0.0:8080 (several separated by ;). Default {DefaultUrls}.", DefaultValueFactory = _ => DefaultUrls };
        var demo = new Option<bool>("--demo") { Description = "Fill an empty database with the generated demo market (employers, postings, seekers) before serving." };
        var command = new Command("serve", "Run the web platform: job search, seekers, employers, the REST API at /api/v1 and its OpenAPI document at /openapi/v1.json.") { urls, demo };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var listen = parse.GetRequiredValue(urls);
                if (listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(u => !Uri.TryCreate(u, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
                {
                    throw new ArgumentException($"--urls must be http:// or https:// addresses such as {DefaultUrls}; got '{listen}'.");
                }

                string[] args =
                [
                    $"--{WebSetup.DatabaseKey}={context.Globals.ConnectionString(parse)}",
                    $"--urls={listen}",
                    $"--{WebOptions.Section}:Demo={parse.GetValue(demo)}",
                ];
                await using var app = OpenTalentWebApp.Build(args);
                await app.StartAsync(cancellationToken);
                await app.WaitForShutdownAsync(cancellationToken);
                return 0;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return context.Fail(exception, parse.GetValue(context.Globals.Verbose));
            }
        });
        return command;
    }
}
