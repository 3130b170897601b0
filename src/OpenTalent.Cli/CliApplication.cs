using System.CommandLine;
using OpenTalent.Cli.Commands;

namespace OpenTalent.Cli;

/// <summary>The <c>opentalent</c> command tree. Output goes to the writers given, so tests can run it in-process.</summary>
public static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("OpenTalent: an open, AI-native talent platform. Import reference data, explore the taxonomy, match people and jobs.");
        globals.AddTo(root);
        var context = new CommandContext(globals, output, error);
        root.Add(ImportCommands.Create(context));
        root.Add(TaxonomyCommands.Create(context));
        root.Add(BenchCommands.Create(context));

        var parse = root.Parse(args);
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(invocation, cancellationToken);
    }
}
