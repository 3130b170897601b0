using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace OpenTalent.Web;

/// <summary>Authorisation policies of the pages: which kind of account a page is for.</summary>
public static class PagePolicies
{
    public const string Seeker = "Seeker";
    public const string Employer = "Employer";
}

/// <summary>
/// The pages people use in a browser: Razor Pages rendered on the server, with small scripts that call the same
/// <c>/api/v1</c> the programs use (so every rule and validation lives once, in the API). Styles and scripts are
/// embedded in the assembly, so the app serves them the same way under <c>opentalent serve</c>, tests and a publish.
/// </summary>
public static class PageSetup
{
    /// <summary>Where the embedded styles and scripts are served.</summary>
    public const string AssetsPath = "/assets";

    public static IServiceCollection AddPlatformPages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Seeker", PagePolicies.Seeker);
            options.Conventions.AuthorizeFolder("/Employer", PagePolicies.Employer);
        });
        return services;
    }

    public static WebApplication UsePlatformAssets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(PageSetup).Assembly, "OpenTalent.Web.Assets"),
            RequestPath = AssetsPath,
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=3600",
        });
        return app;
    }

    public static IEndpointRouteBuilder MapPlatformPages(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        return app;
    }
}
