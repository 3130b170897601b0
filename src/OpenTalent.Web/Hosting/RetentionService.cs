using Microsoft.Extensions.Options;
using OpenTalent.Storage.Privacy;

namespace OpenTalent.Web.Hosting;

/// <summary>Retention settings, bound from <c>OpenTalent:Privacy</c>.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "OpenTalent:Privacy";

    /// <summary>Months a rejected application keeps naming the applicant; 0 keeps them for good.</summary>
    public int RejectedApplicantRetentionMonths { get; set; } = 12;

    /// <summary>Hours between retention runs (the first runs a minute after start).</summary>
    public int RetentionIntervalHours { get; set; } = 24;
}

/// <summary>Applies the retention policy on a schedule: rejected applications past their months stop naming the person.</summary>
internal sealed partial class RetentionService(RetentionStore retention, IOptions<PrivacyOptions> options, TimeProvider clock, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.RejectedApplicantRetentionMonths <= 0)
        {
            return;
        }

        try
        {
            await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromHours(Math.Max(1, settings.RetentionIntervalHours)), clock);
            do
            {
                await RunOnceAsync(settings.RejectedApplicantRetentionMonths, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RunOnceAsync(int months, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await retention.AnonymiseRejectedAsync(clock.GetUtcNow().AddMonths(-months), cancellationToken);
            LogRun(outcome.ApplicationsAnonymised, months);
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
        {
            // A database that is down now is tried again at the next run; the app keeps serving.
            LogFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Count} rejected application(s) older than {Months} months no longer name the applicant.")]
    private partial void LogRun(int count, int months);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention run failed; it runs again at the next interval.")]
    private partial void LogFailed(Exception exception);
}
