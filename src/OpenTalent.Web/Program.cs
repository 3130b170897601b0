using OpenTalent.Web;

var app = OpenTalentWebApp.Build(args);
await app.RunAsync();

/// <summary>The web app's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
