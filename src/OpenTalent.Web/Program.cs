using OpenTalent.Web;

var app = OpenTalentWebApp.Build(args);
await app.RunAsync();
