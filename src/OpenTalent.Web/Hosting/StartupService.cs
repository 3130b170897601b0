using Microsoft.Extensions.Options;
using OpenTalent.Core.Platform;
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
            var seeder = services.GetService<IDemoSeeder>()
                ?? throw new InvalidOperationException("--demo needs the demo generator, and this build has none registered (IDemoSeeder).");
            var seeded = await seeder.SeedAsync(cancellationToken);
            LogDemo(seeded.Organisations, seeded.Postings, seeded.Seekers, seeded.AlreadySeeded);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: {Organisations} organisations, {Postings} postings, {Seekers} seekers (already seeded: {AlreadySeeded}).")]
    private partial void LogDemo(int organisations, int postings, int seekers, bool alreadySeeded);

    [LoggerMessage(Level = LogLevel.Information, Message = "Match index ready.")]
    private partial void LogWarm();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming the match index failed; it will load on first use.")]
    private partial void LogWarmFailed(Exception exception);
}
