using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTalent.Core.Search;
using OpenTalent.Storage.Search;
using OpenTalent.Web.Search;
using OpenTalent.Core.Hiring;
using OpenTalent.Formats;
using OpenTalent.Storage;
using OpenTalent.Text;
using OpenTalent.Web.Hosting;
using OpenTalent.Web.Matching;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

/// <summary>The web app's modules, each registered by its own <c>Add</c>, and its middleware in order.</summary>
public static class WebSetup
{
    /// <summary>Configuration key of the database: a SQLite path or a PostgreSQL connection string, as the CLI's --db.</summary>
    public const string DatabaseKey = "OpenTalent:Database";

    public static WebApplicationBuilder AddOpenTalentWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section).Validate(o => o.MaxRequestBodyBytes > 0 && o.PermitsPerWindow > 0 && o.SearchCacheSeconds >= 0 && o.SearchCacheEntries > 0, "OpenTalent:Web limits must be positive.");
        services.AddOptions<DatabaseOptions>().Configure<IConfiguration>((options, configuration) =>
            options.ConnectionString = configuration[DatabaseKey] is { Length: > 0 } configured ? configured
                : Environment.GetEnvironmentVariable("OPENTALENT_DB") is { Length: > 0 } fromEnvironment ? fromEnvironment
                : DatabaseOptions.DefaultSqlitePath);
        services.AddStorage().AddFormats().AddText();
        services.AddPlatform();
        services.AddPlatformSecurity();
        services.AddProblemDetails();
        services.AddExceptionHandler<ExceptionProblems>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.AddOpenApi();
        services.AddPlatformPages();
        services.AddHostedService<StartupService>();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section)
            .Validate(o => o.RejectedApplicantRetentionMonths >= 0 && o.RetentionIntervalHours > 0, "OpenTalent:Privacy: retention months must be 0 or more and the interval positive.");
        services.AddHostedService<RetentionService>();
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = context.Configuration.GetSection(WebOptions.Section).Get<WebOptions>()?.MaxRequestBodyBytes ?? new WebOptions().MaxRequestBodyBytes);
        return builder;
    }

    /// <summary>The platform's services: the one match index and the access checks.</summary>
    public static IServiceCollection AddPlatform(this IServiceCollection services)
    {
        services.AddSingleton<MatchingHost>();
        services.TryAddSingleton<JobSearchStore>();
        services.AddSingleton<CachingJobSearch>();
        services.Replace(ServiceDescriptor.Singleton<IJobSearch>(provider => provider.GetRequiredService<CachingJobSearch>()));
        services.AddSingleton<ShortlistBuilder>();
        services.AddSingleton<BulkPostingImporter>().AddSingleton<BulkImportRuns>();
        services.AddSingleton<EmployerJobListing>();
        services.AddTransient<DemoPlatformSeeder>();
        services.AddSingleton<EmployerAccess>();
        services.AddSingleton<SignInGuard>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<SeekerProfiles>();
        services.AddSingleton<ResumeParserHost>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        return services;
    }

    /// <summary>Cookie sign-in for people, API keys for programs, anti-forgery and rate limits.</summary>
    public static IServiceCollection AddPlatformSecurity(this IServiceCollection services)
    {
        const string Smart = "CookieOrApiKey";
        services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, "Cookie or API key", options => options.ForwardDefaultSelector = context =>
                ApiKeyAuthenticationHandler.CarriesKey(context.Request) ? ApiKeyAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, options =>
            {
                options.Cookie.Name = "ot_session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromDays(14);
                options.SlidingExpiration = true;
                options.LoginPath = "/signin";
                options.AccessDeniedPath = "/denied";
                options.ReturnUrlParameter = "returnUrl";
                options.Events = new CookieAuthenticationEvents
                {
                    // An API answers with status codes, never with a redirect to a sign-in page; pages send people to sign in.
                    OnRedirectToLogin = context => IsApi(context.Request) ? Deny(context.HttpContext, StatusCodes.Status401Unauthorized) : Redirect(context),
                    OnRedirectToAccessDenied = context => IsApi(context.Request) ? Deny(context.HttpContext, StatusCodes.Status403Forbidden) : Redirect(context),
                    OnValidatePrincipal = SessionCheck.ValidateAsync,
                };
            });
        services.AddAuthorization(options =>
        {
            options.AddPolicy(PagePolicies.Seeker, policy => policy.RequireClaim(PlatformClaims.Kind, nameof(AccountKind.Seeker)));
            options.AddPolicy(PagePolicies.Employer, policy => policy.RequireClaim(PlatformClaims.Kind, nameof(AccountKind.Employer)));
        });
        services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryCheck.HeaderName;
            options.Cookie.Name = AntiforgeryCheck.CookieName;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddPlatformRateLimits();
        return services;
    }

    public static WebApplication UseOpenTalentWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimit>();
        app.Use(SecurityHeaders);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<AntiforgeryCheck>();
        app.MapOpenApi();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "OpenTalent API v1");
            options.RoutePrefix = "swagger";
            options.DocumentTitle = "OpenTalent API";
        });
        app.UsePlatformAssets();
        app.MapResumeUploadApi();
        app.MapBulkPostingImportApi();
        return app;
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XFrameOptions = "DENY";
        if (!context.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase))
        {
            // Pages load only their own scripts and styles, so injected markup can run nothing; Swagger UI has inline code.
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        }

        return next();
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static async Task Deny(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = status,
                Type = status == StatusCodes.Status401Unauthorized ? ProblemTypes.Unauthenticated : ProblemTypes.Forbidden,
                Title = status == StatusCodes.Status401Unauthorized ? "Sign in or send an API key." : "Forbidden.",
            },
        });
    }
}

/// <summary>Ends the session of an account that no longer exists (deleted elsewhere).</summary>
internal static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.AccountId() is not { } id
            || await context.HttpContext.RequestServices.GetRequiredService<IAccountStore>().FindAsync(id, context.HttpContext.RequestAborted) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
