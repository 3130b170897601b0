using Microsoft.Extensions.Options;
using OpenTalent.Formats.Demo;
using OpenTalent.Web.Matching;

namespace OpenTalent.Web.Hosting;

/// <summary>
/// Runs before the server takes requests: prepares the database and, when asked, seeds the demo. Then warms the
/// match index in the background so the first "jobs for me" does not pay for loading it.
/// </summary>
internal sealed partial class StartupService(IServiceProvider services, IOptions<WebOptions> options, MatchingHost matching, ILogger<StartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await DatabasePreparation.PrepareAsync(services, cancellationToken);
        if (options.Value.Demo)
        {
            var seeded = await services.GetRequiredService<DemoPlatformSeeder>().SeedAsync(new DemoOptions(), cancellationToken);
            LogDemo(seeded.Message, DemoPlatformSeeder.Password);
        }

        if (options.Value.WarmUp)
        {
            _ = Task.Run(() => WarmUpAsync(), CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarmUpAsync()
    {
        try
        {
            await matching.GetAsync(CancellationToken.None);
            LogWarm();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The first request that needs the index will try again and report the failure to its caller.
            LogWarmFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} Demo accounts sign in with the password '{Password}'.")]
    private partial void LogDemo(string message, string password);

    [LoggerMessage(Level = LogLevel.Information, Message = "Match index ready.")]
    private partial void LogWarm();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming the match index failed; it will load on first use.")]
    private partial void LogWarmFailed(Exception exception);
}
