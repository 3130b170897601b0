using OpenTalent.Testing;

namespace OpenTalent.Cli.Tests;

/// <summary>Runs <c>opentalent</c> in-process against a database of the test's own.</summary>
internal sealed class CliRunner(string connectionString)
{
    public string ConnectionString { get; } = connectionString;

    public static CliRunner ForSqlite(TempDirectory directory) => new(directory.File("cli.db"));

    public Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);

    public async Task<CliResult> RunWithInputAsync(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(
            ["--db", ConnectionString, .. args], output, error, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin)), TestContext.Current.CancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public CliResult ShouldSucceed()
    {
        ExitCode.ShouldBe(0, $"stderr: {Error}");
        return this;
    }

    public CliResult ShouldFailWithOneErrorLine(params string[] mentions)
    {
        ExitCode.ShouldNotBe(0);
        var errors = Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.StartsWith("error: ", StringComparison.Ordinal)).ToArray();
        errors.Length.ShouldBe(1, $"stderr: {Error}");
        foreach (var mention in mentions)
        {
            errors[0].ShouldContain(mention);
        }

        Error.ShouldNotContain("   at ");
        return this;
    }
}
