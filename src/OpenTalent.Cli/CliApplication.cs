using System.CommandLine;
using OpenTalent.Cli.Commands;

namespace OpenTalent.Cli;

/// <summary>The <c>opentalent</c> command tree. Output goes to the writers given, so tests can run it in-process.</summary>
public static class CliApplication
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, error, Console.OpenStandardInput, cancellationToken);

    /// <param name="input">Opens standard input; tests pass their own.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<Stream> input, CancellationToken cancellationToken)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("OpenTalent: an open, AI-native talent platform. Import reference data, explore the taxonomy, match people and jobs.");
        globals.AddTo(root);
        var context = new CommandContext(globals, output, error, input);
        root.Add(ImportCommands.Create(context));
        root.Add(TaxonomyCommands.Create(context));
        root.Add(BenchCommands.Create(context));
        root.Add(EvalCommands.Create(context));
        root.Add(ServeCommands.Create(context));
        root.Add(SearchCommands.Create(context));
        root.Add(ResumeCommands.ParseResume(context));
        root.Add(DemoCommands.Create(context));
        root.Add(PrivacyCommands.Create(context));
        root.Add(PlanCommands.Create(context));
        foreach (var command in TextCommands.Create(context).Concat(MatchCommands.Create(context)))
        {
            root.Add(command);
        }

        var parse = root.Parse(args);
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(invocation, cancellationToken);
    }
}
