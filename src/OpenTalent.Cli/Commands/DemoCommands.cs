using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using OpenTalent.Core.Hiring;
using OpenTalent.Formats.Demo;
using OpenTalent.Web.Hosting;

namespace OpenTalent.Cli.Commands;

/// <summary><c>demo</c>: fills an empty database with the generated demo (employers with members, postings, seekers with accounts), as <c>serve --demo</c> does.</summary>
internal static class DemoCommands
{
    public static Command Create(CommandContext context)
    {
        var postings = new Option<int>("--postings") { Description = $"How many postings (default {DemoOptions.DefaultPostings}).", DefaultValueFactory = _ => DemoOptions.DefaultPostings };
        var seekers = new Option<int>("--seekers") { Description = $"How many seekers (default {DemoOptions.DefaultSeekers}).", DefaultValueFactory = _ => DemoOptions.DefaultSeekers };
        var seed = new Option<int>("--seed") { Description = $"The random seed; the same seed gives the same demo (default {DemoOptions.DefaultSeed}).", DefaultValueFactory = _ => DemoOptions.DefaultSeed };
        var command = new Command("demo", "Fill an empty database with a generated demo from the starter taxonomy: employers (one large AI lab among them), postings and seekers.")
        {
            postings, seekers, seed,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var options = new DemoOptions { Postings = Count(parse.GetValue(postings), "--postings", 1_000_000), Seekers = Count(parse.GetValue(seekers), "--seekers", 100_000), Seed = parse.GetValue(seed) };
            var clock = Stopwatch.StartNew();
            // The same demo as `serve --demo`: postings and profiles, and the accounts and organisations around them.
            var seeder = ActivatorUtilities.CreateInstance<DemoPlatformSeeder>(services, new PasswordHasher<Account>(), TimeProvider.System);
            var result = await seeder.SeedAsync(options, token);
            if (!result.Seeded)
            {
                context.Error.WriteLine(result.Message);
                return CommandContext.Failure;
            }

            var dataset = result.Dataset!;
            context.Output.WriteLine(result.Message);
            foreach (var employer in dataset.Employers)
            {
                var count = dataset.Postings.Count(p => p.EmployerKey == employer.Key);
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {employer.Name} ({employer.Industry}): {count} postings; teams: {string.Join(", ", employer.Teams.Select(t => t.Name))}; {employer.Members.Count} members"));
            }

            var lab = dataset.Employers[0];
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Sign in as any member or seeker with the password '{DemoPlatformSeeder.Password}', for example {lab.Members[0].Email} ({lab.Name}) or {(dataset.Seekers.Count > 0 ? dataset.Seekers[0].Email : "a seeker")}."));
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Done in {clock.Elapsed.TotalSeconds:0.0} s."));
            return 0;
        }, cancellationToken));
        return command;
    }

    private static int Count(int value, string name, int max) =>
        value >= 0 && value <= max ? value : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} must be between 0 and {max:N0}; got {value}."));
}
