namespace OpenTalent.Web;

/// <summary>
/// The whole web app on one screen: services, pipeline, endpoints. <c>Program</c> runs it; <c>opentalent serve</c>
/// runs the same thing in-process with its own arguments.
/// </summary>
public static class OpenTalentWebApp
{
    /// <param name="args">Command-line configuration, e.g. <c>--OpenTalent:Database=path</c>, <c>--urls=http://...</c>.</param>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(OpenTalentWebApp).Assembly.GetName().Name });
        builder.AddOpenTalentWeb();

        var app = builder.Build();
        app.UseOpenTalentWeb();
        app.MapHealthApi();
        app.MapAccountsApi();
        app.MapSeekerApi();
        app.MapPrivacyApi();
        app.MapJobsApi();
        app.MapEmployerApi();
        app.MapPlatformPages();
        return app;
    }
}
