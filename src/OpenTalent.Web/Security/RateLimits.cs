using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OpenTalent.Web.Hosting;
using OpenTalent.Web.Problems;

namespace OpenTalent.Web.Security;

/// <summary>
/// Rate limits with ASP.NET Core's limiter: every request counts against its caller (the API key, else the signed-in
/// account, else the IP address), and sign-in/sign-up also against a tighter per-IP budget. Over the limit: 429
/// problem+json with Retry-After.
/// </summary>
internal static class RateLimits
{
    public const string SignInPolicy = "sign-in";

    public static IServiceCollection AddPlatformRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(CallerOf(context), _ => Window(options.PermitsPerWindow, options));
            });
            limiter.AddPolicy(SignInPolicy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter("sign-in:" + IpOf(context), _ => Window(options.SignInPermitsPerWindow, options));
            });
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : (int?)null;
                if (retryAfter is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Type = ProblemTypes.RateLimited,
                        Title = "Too many requests.",
                        Detail = retryAfter is { } s ? $"Slow down: try again in {s} s." : "Slow down and try again shortly.",
                    },
                });
            };
        });

    private static FixedWindowRateLimiterOptions Window(int permits, WebOptions options) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromSeconds(Math.Max(1, options.RateLimitWindowSeconds)),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static string CallerOf(HttpContext context) =>
        context.User.ApiKey() is { } key ? "key:" + key
        : context.User.AccountId() is { } account ? "account:" + account
        : "ip:" + IpOf(context);

    private static string IpOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
