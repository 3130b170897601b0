using System.Data.Common;
using System.Diagnostics;
using Dapper;
using Npgsql;
using OpenTalent.Formats.Demo;
using OpenTalent.Storage;
using OpenTalent.Testing;

namespace OpenTalent.Cli.Tests.Crashes;

/// <summary>
/// <c>kill -9</c> of an import at every kind of moment: while the file is still being read and analysed, as the
/// saving transaction starts, and well into it. Afterwards the database holds all of the file or none of it, with
/// no half-saved posting (skills or search rows without their posting, or the reverse), and the same import then
/// runs to the end. Runs the real CLI in a child process, since only another process can be killed like this.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Postings = 1500;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_import_killed_at_any_moment_leaves_all_of_the_file_or_none_of_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var directory = new TempDirectory();
        var postings = DemoGenerator.Generate(new DemoOptions { Postings = Postings, Seekers = 0, Seed = 11 }).Postings;
        directory.Write("first.jsonl", postings[0].Json + "\n");
        var file = directory.File("rest.jsonl");
        await File.WriteAllLinesAsync(file, postings.Skip(1).Select(p => p.Json), TestContext.Current.CancellationToken);

        // The starter taxonomy and one posting go in first, so every later run only adds this file.
        var application = "crash-" + Guid.NewGuid().ToString("N")[..12];
        var connection = provider == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(database.ConnectionString) { ApplicationName = application }.ConnectionString
            : database.ConnectionString;
        (await new CliRunner(connection).RunAsync("import", "postings", directory.File("first.jsonl"))).ShouldSucceed();
        var before = await SnapshotAsync(database);
        before.Postings.ShouldBe(1);

        var afterKills = new List<(KillMoment Moment, string KilledAt, Snapshot State)>();
        foreach (var moment in new[] { KillMoment.WhileReading, KillMoment.AsSavingStarts, KillMoment.WellIntoSaving })
        {
            await EmptyWriteAheadLogAsync(database);
            var killedAt = await ImportAndKillAsync(connection, file, moment, () => IsSavingAsync(database, application));
            afterKills.Add((moment, killedAt, await SnapshotAsync(database)));
        }

        (await new CliRunner(connection).RunAsync("import", "postings", file)).ShouldSucceed();
        var complete = await SnapshotAsync(database);
        complete.Postings.ShouldBe(Postings);
        TestContext.Current.SendDiagnosticMessage(string.Join("; ", afterKills.Select(k => $"{k.Moment}: {k.KilledAt}, {k.State}")));
        foreach (var (moment, killedAt, state) in afterKills)
        {
            state.ShouldBeOneOf([before, complete], $"after a kill {moment} ({killedAt})");
        }

        afterKills.Count(k => k.KilledAt.StartsWith("killed", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(2, "the imports ended before they could be killed");
    }

    /// <summary>What an import writes, counted table by table.</summary>
    private sealed record Snapshot(long Postings, long Skills, long SearchRows, long Backfill);

    private enum KillMoment
    {
        WhileReading,
        AsSavingStarts,
        WellIntoSaving,
    }

    private static async Task<string> ImportAndKillAsync(string connection, string file, KillMoment moment, Func<Task<bool>> isSaving)
    {
        var cli = typeof(CliApplication).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "--db", connection, "import", "postings", file })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var watch = Stopwatch.StartNew();
        try
        {
            if (moment == KillMoment.WhileReading)
            {
                await Task.Delay(1500);
            }
            else
            {
                while (!await isSaving())
                {
                    if (process.HasExited)
                    {
                        return "the import finished before it could be killed";
                    }

                    await Task.Delay(5);
                }

                if (moment == KillMoment.WellIntoSaving)
                {
                    await Task.Delay(250);
                }
            }

            return process.HasExited ? "the import finished before it could be killed" : $"killed after {watch.ElapsedMilliseconds} ms";
        }
        finally
        {
            process.Kill(entireProcessTree: true); // SIGKILL: no handler, no rollback, no clean close
            await process.WaitForExitAsync();
        }
    }

    /// <summary>SQLite: checkpoints and truncates the -wal file, so its growth shows the next transaction writing.</summary>
    private static async Task EmptyWriteAheadLogAsync(TestDatabase database)
    {
        if (database.Database.Provider == DatabaseProvider.Sqlite)
        {
            await using (var connection = await database.Database.OpenAsync(CancellationToken.None))
            {
                await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>Whether the import's saving transaction has begun writing.</summary>
    private static async Task<bool> IsSavingAsync(TestDatabase database, string application)
    {
        if (database.SqlitePath is { } path)
        {
            // WAL mode: the big transaction's pages reach the -wal file before it commits.
            var wal = new FileInfo(path + "-wal");
            return wal.Exists && wal.Length > 256 * 1024;
        }

        await using var connection = await database.Database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = @Application AND backend_xid IS NOT NULL", new { Application = application }) > 0;
    }

    /// <summary>The tables an import writes, after checking the file is sound and no skill row lost its posting.</summary>
    private static async Task<Snapshot> SnapshotAsync(TestDatabase database)
    {
        await using DbConnection connection = await database.Database.OpenAsync(CancellationToken.None);
        if (database.Database.Provider == DatabaseProvider.Sqlite)
        {
            (await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check")).ShouldBe("ok");
        }

        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM posting_skills s WHERE NOT EXISTS (SELECT 1 FROM postings p WHERE p.identifier = s.posting)")).ShouldBe(0);
        return new Snapshot(
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM postings"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM posting_skills"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM posting_search"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM search_backfill"));
    }
}
