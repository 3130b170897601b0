using System.Text.Json;
using OpenTalent.Testing;

namespace OpenTalent.Cli.Tests;

public class ImportCommandTests
{
    private const string OccupationHeader = "O*NET-SOC Code\tTitle\tDescription\n";

    [Fact]
    public async Task Imports_an_onet_folder_and_counts_it()
    {
        using var directory = new TempDirectory();
        var onet = WriteOnet(directory, OccupationHeader + "15-1252.00\tSoftware Developers\tBuild software.\n15-2051.00\tData Scientists\tAnalyse data.\n");
        var cli = CliRunner.ForSqlite(directory);

        var result = (await cli.RunAsync("import", "onet", onet)).ShouldSucceed();

        result.Output.ShouldContain("Imported onet");
        result.Error.ShouldContain("Importing onet from");
        (await CountsAsync(cli, "occupations", "onet")).ShouldBe(2);
    }

    [Fact]
    public async Task Importing_the_same_release_twice_leaves_no_duplicates()
    {
        using var directory = new TempDirectory();
        var onet = WriteOnet(directory, OccupationHeader + "15-1252.00\tSoftware Developers\tBuild software.\n");
        var cli = CliRunner.ForSqlite(directory);

        (await cli.RunAsync("import", "onet", onet)).ShouldSucceed();
        (await cli.RunAsync("import", "onet", onet)).ShouldSucceed();

        (await CountsAsync(cli, "occupations", "onet")).ShouldBe(1);
        (await CountsAsync(cli, "titles", "onet")).ShouldBe(1);
    }

    [Fact]
    public async Task A_malformed_file_names_the_file_and_line_and_changes_nothing()
    {
        using var directory = new TempDirectory();
        var cli = CliRunner.ForSqlite(directory);
        (await cli.RunAsync("import", "onet", WriteOnet(directory, OccupationHeader + "15-1252.00\tSoftware Developers\tBuild software.\n"))).ShouldSucceed();
        var before = (await cli.RunAsync("taxonomy", "stats", "--json")).Output;

        var broken = WriteOnet(directory, OccupationHeader + "15-1252.00\tSoftware Developers\tBuild software.\n15-12X2.00\tBroken\tBad code.\n", "broken");
        var result = await cli.RunAsync("import", "onet", broken);

        result.ShouldFailWithOneErrorLine("Occupation Data.txt", "line 3");
        (await cli.RunAsync("taxonomy", "stats", "--json")).Output.ShouldBe(before);
    }

    [Fact]
    public async Task A_missing_folder_is_a_clear_error()
    {
        using var directory = new TempDirectory();

        (await CliRunner.ForSqlite(directory).RunAsync("import", "esco", directory.File("nowhere"))).ShouldFailWithOneErrorLine("nowhere");
    }

    [Fact]
    public async Task A_missing_path_argument_is_a_usage_error()
    {
        using var directory = new TempDirectory();

        var result = await CliRunner.ForSqlite(directory).RunAsync("import", "oews");

        result.ExitCode.ShouldNotBe(0);
        result.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Reimports_the_starter_taxonomy()
    {
        using var directory = new TempDirectory();
        var cli = CliRunner.ForSqlite(directory);
        var before = await CountsAsync(cli, "occupations", "starter");

        (await cli.RunAsync("import", "starter")).ShouldSucceed().Output.ShouldContain("Imported starter");

        (await CountsAsync(cli, "occupations", "starter")).ShouldBe(before);
    }

    internal static async Task<long> CountsAsync(CliRunner cli, string table, string source)
    {
        var stats = (await cli.RunAsync("taxonomy", "stats", "--json")).ShouldSucceed();
        return JsonDocument.Parse(stats.Output).RootElement.GetProperty(table).GetProperty(source).GetInt64();
    }

    private static string WriteOnet(TempDirectory directory, string occupationData, string folder = "onet")
    {
        directory.Write($"{folder}/Occupation Data.txt", occupationData);
        return directory.File(folder);
    }
}
