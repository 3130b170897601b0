using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Npgsql;
using OpenTalent.Core.Hiring;
using OpenTalent.Formats.Demo;
using OpenTalent.Storage;
using OpenTalent.Storage.Workforce;
using OpenTalent.Testing;
using OpenTalent.Web.Hosting;

namespace OpenTalent.Cli.Tests.Crashes;

/// <summary>
/// <c>kill -9</c> of the web server, in a child process on a real database: during a bulk move of 1,000 applications,
/// and in the middle of a mixed load of applications, bulk moves and posting imports. After each kill the database
/// is checked: sound, every acknowledged write present, every bulk move applied to all of its applications or none,
/// and the analytics totals (kept in the same transactions) still equal to the candidacies they count.
/// </summary>
public sealed class ServerCrashTests
{
    private const string MoveTo = "Screen";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_bulk_move_killed_mid_transaction_leaves_all_its_applications_where_they_were(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (connection, application) = Tagged(database, provider);
        var server = await ServerProcess.StartAsync(connection);
        try
        {
            var (apiKey, organisationId) = await EmployerWithPlanAsync(server, database, hotApplicants: 1_200);
            var (requisition, waiting) = await BusiestRequisitionAsync(database, organisationId);
            var selected = waiting.Take(1_000).ToArray();
            selected.Length.ShouldBe(1_000);
            var before = await SnapshotAsync(database, organisationId, selected);

            var kills = new List<(string KilledAt, Snapshot State)>();
            foreach (var delay in new[] { 0, 40 })
            {
                using (var client = server.Client(apiKey))
                {
                    var move = client.PostAsJsonAsync($"/api/v1/employer/hiring/requisitions/{requisition}/moves", new { applicationIds = selected, toStage = MoveTo }, TestContext.Current.CancellationToken);
                    var killedAt = await KillWhenWritingAsync(server, database, application, move, delay);
                    kills.Add((killedAt, await SnapshotAsync(database, organisationId, selected)));
                }

                server = await ServerProcess.StartAsync(connection);
            }

            using (var client = server.Client(apiKey))
            {
                using var done = await client.PostAsJsonAsync($"/api/v1/employer/hiring/requisitions/{requisition}/moves", new { applicationIds = selected, toStage = MoveTo }, TestContext.Current.CancellationToken);
                done.StatusCode.ShouldBe(HttpStatusCode.OK, await done.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            }

            var after = await SnapshotAsync(database, organisationId, selected);
            after.Stages.ShouldBe($"{MoveTo}:1000");
            TestContext.Current.SendDiagnosticMessage(string.Join("; ", kills.Select(k => $"{k.KilledAt}: {k.State.Stages}")));
            foreach (var (killedAt, state) in kills)
            {
                state.ShouldBeOneOf([before, after], $"after a kill {killedAt}");
            }

            kills.Count(k => k.KilledAt.StartsWith("killed while writing", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(1, "no kill landed inside the move's transaction");
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_server_killed_under_mixed_load_keeps_every_acknowledged_write_and_no_half_written_one(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var directory = new TempDirectory();
        var postings = DemoGenerator.Generate(new DemoOptions { Postings = 40, Seekers = 0, Seed = 5 }).Postings;
        await File.WriteAllLinesAsync(directory.File("postings.jsonl"), postings.Select(p => p.Json), TestContext.Current.CancellationToken);
        var (connection, _) = Tagged(database, provider);
        (await new CliRunner(connection).RunAsync("import", "postings", directory.File("postings.jsonl"))).ShouldSucceed();
        string[] postingIds;
        await using (var reader = await database.Database.OpenAsync(TestContext.Current.CancellationToken))
        {
            postingIds = [.. await reader.QueryAsync<string>("SELECT identifier FROM postings ORDER BY identifier")];
        }


        var server = await ServerProcess.StartAsync(connection);
        var load = new LoadRecord();
        Guid organisationId;
        try
        {
            (var apiKey, organisationId) = await EmployerWithPlanAsync(server, database, hotApplicants: 800);
            var batches = await MoveBatchesAsync(database, organisationId, size: 20);
            var seekers = new List<BrowserSession>();
            for (var i = 0; i < 6; i++)
            {
                var seeker = new BrowserSession(server.Url);
                await seeker.SignUpAsync("seeker", $"crash-seeker-{i}@example.net");
                using var profile = await seeker.SendAsync(HttpMethod.Put, "/api/v1/me/profile", new
                {
                    basics = new { name = $"Crash Seeker {i}", label = "Data Center Technician", location = new { city = "Austin", region = "TX", countryCode = "US" } },
                    skills = new[] { new { name = "Python" }, new { name = "Linux" } },
                }, TestContext.Current.CancellationToken);
                profile.EnsureSuccessStatusCode();
                seekers.Add(seeker);
            }

            using var stop = new CancellationTokenSource();
            var workers = seekers.Select((seeker, i) => ApplyLoopAsync(seeker, postingIds, i, load, stop.Token))
                .Append(MoveLoopAsync(server, apiKey, batches.Take(batches.Count / 2), load, stop.Token))
                .Append(MoveLoopAsync(server, apiKey, batches.Skip(batches.Count / 2), load, stop.Token))
                .Append(ImportLoopAsync(server, apiKey, load, stop.Token))
                .ToArray();

            // Killed once every kind of write has been acknowledged many times, while all of them are still going.
            var watch = Stopwatch.StartNew();
            while ((load.Applied.Count < 30 || load.Moved.Count < 10 || load.Imported.Count < 10) && watch.Elapsed < TimeSpan.FromSeconds(60) && !workers.All(w => w.IsCompleted))
            {
                await Task.Delay(10, TestContext.Current.CancellationToken);
            }

            await server.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(workers);
            seekers.ForEach(s => s.Dispose());

            TestContext.Current.SendDiagnosticMessage(load.ToString());
            load.Applied.Count.ShouldBeGreaterThanOrEqualTo(30, "too few applications were acknowledged before the kill: " + load);
            load.Moved.Count.ShouldBeGreaterThanOrEqualTo(10, "too few bulk moves were acknowledged before the kill: " + load);
            load.Moved.Count.ShouldBeLessThan(batches.Count, "every bulk move ended before the kill: " + load);
            load.Imported.Count.ShouldBeGreaterThanOrEqualTo(10, "too few imports were acknowledged before the kill: " + load);
            load.Unanswered.ShouldBeGreaterThanOrEqualTo(3, "too few writes were in flight at the kill: " + load);
            await CheckAfterKillAsync(database, organisationId, load, batches);
        }
        finally
        {
            await server.DisposeAsync();
        }

        // The same database serves again after the crash.
        await using var restarted = await ServerProcess.StartAsync(connection);
        using var anonymous = restarted.Client();
        using var search = await anonymous.GetAsync("/api/v1/jobs?q=engineer", TestContext.Current.CancellationToken);
        search.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>What the load was told had succeeded (acknowledged), and what was sent but never answered.</summary>
    private sealed class LoadRecord
    {
        public ConcurrentBag<(Guid Seeker, string Posting)> Applied { get; } = [];

        public ConcurrentBag<Guid[]> Moved { get; } = [];

        public ConcurrentBag<string> Imported { get; } = [];

        public ConcurrentQueue<string> Refused { get; } = [];

        public int Unanswered;

        public override string ToString() =>
            $"acknowledged: {Applied.Count} applications, {Moved.Count} bulk moves, {Imported.Count} imported postings; {Unanswered} requests cut off by the kill; refused: {string.Join(" | ", Refused.Take(3))}";
    }

    private static async Task ApplyLoopAsync(BrowserSession seeker, string[] postings, int offset, LoadRecord load, CancellationToken stop)
    {
        var id = seeker.Account.GetProperty("id").GetGuid();
        for (var i = offset; !stop.IsCancellationRequested; i += 7)
        {
            var posting = postings[i % postings.Length];
            if (i >= postings.Length * 7)
            {
                return;
            }

            try
            {
                using var response = await seeker.PostAsync("/api/v1/me/applications", new { postingId = posting }, stop);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    load.Applied.Add((id, posting));
                }
                else
                {
                    // A repeat is answered 409 and is expected; anything else is a refusal to explain.
                    load.Refused.Enqueue($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(stop)}");
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
            {
                Interlocked.Increment(ref load.Unanswered);
                return;
            }
        }
    }

    private static async Task MoveLoopAsync(ServerProcess server, string apiKey, IEnumerable<(Guid Requisition, Guid[] Applications)> batches, LoadRecord load, CancellationToken stop)
    {
        using var client = server.Client(apiKey);
        foreach (var (requisition, applications) in batches)
        {
            try
            {
                using var response = await client.PostAsJsonAsync($"/api/v1/employer/hiring/requisitions/{requisition}/moves", new { applicationIds = applications, toStage = MoveTo }, stop);
                response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(stop));
                load.Moved.Add(applications);
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
            {
                Interlocked.Increment(ref load.Unanswered);
                return;
            }
        }
    }

    private static async Task ImportLoopAsync(ServerProcess server, string apiKey, LoadRecord load, CancellationToken stop)
    {
        using var client = server.Client(apiKey);
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var identifier = $"crash-load-{i}";
            try
            {
                using var body = new StringContent(
                    JsonSerializer.Serialize(new { identifier, title = "Data Center Technician", description = $"Rack, cable and test servers in hall {i}. Python a plus." }),
                    System.Text.Encoding.UTF8, "application/x-ndjson");
                using var response = await client.PostAsync("/api/v1/employer/jobs/import", body, stop);
                response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(stop));
                load.Imported.Add(identifier);
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
            {
                Interlocked.Increment(ref load.Unanswered);
                return;
            }
        }
    }

    private static async Task CheckAfterKillAsync(TestDatabase database, Guid organisationId, LoadRecord load, IReadOnlyList<(Guid Requisition, Guid[] Applications)> batches)
    {
        await using var connection = await OpenCheckedAsync(database);
        foreach (var (seeker, posting) in load.Applied)
        {
            (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM applications WHERE seeker = @Seeker AND posting = @Posting", new { Seeker = seeker.ToString(), Posting = posting }))
                .ShouldBe(1, $"the acknowledged application of {seeker} to {posting} is missing");
        }

        foreach (var identifier in load.Imported)
        {
            (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM postings WHERE identifier = @Identifier", new { Identifier = identifier }))
                .ShouldBe(1, $"the acknowledged posting {identifier} is missing");
        }

        var acknowledged = load.Moved.SelectMany(m => m).ToHashSet();
        foreach (var (_, applications) in batches)
        {
            var stages = await StagesAsync(database.Database, connection, applications);
            stages.Count.ShouldBe(1, $"a bulk move was half applied: {string.Join(", ", stages)}");
            if (applications.All(acknowledged.Contains))
            {
                stages.Single().ShouldBe(MoveTo);
            }
        }

        await CheckTotalsAsync(connection, organisationId);
    }

    private sealed record Snapshot(string Stages, long Moves, string Totals, string Steps);

    private static async Task<Snapshot> SnapshotAsync(TestDatabase database, Guid organisationId, Guid[] selected)
    {
        await using var connection = await OpenCheckedAsync(database);
        await CheckTotalsAsync(connection, organisationId);
        var stages = await connection.QueryAsync<(string Stage, long Count)>(
            $"SELECT stage, COUNT(*) FROM candidacies WHERE id {database.Database.AnyOf("Ids")} GROUP BY stage ORDER BY stage", new { Ids = Ids(selected) });
        var moves = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM candidacy_moves WHERE candidacy {database.Database.AnyOf("Ids")}", new { Ids = Ids(selected) });
        var totals = await connection.QueryAsync<string>(
            "SELECT dimension || '/' || group_key || '/' || status || '=' || CAST(candidacies AS TEXT) FROM analytics_totals WHERE organisation = @Organisation ORDER BY 1", new { Organisation = organisationId.ToString() });
        var steps = await connection.QueryAsync<string>(
            "SELECT dimension || '/' || group_key || '/' || stage || '>' || next_stage || '/' || next_status || '=' || CAST(steps AS TEXT) || '/' || CAST(millis AS TEXT) FROM analytics_steps WHERE organisation = @Organisation ORDER BY 1",
            new { Organisation = organisationId.ToString() });
        return new Snapshot(string.Join(",", stages.Select(s => $"{s.Stage}:{s.Count}")), moves, string.Join(";", totals), string.Join(";", steps));
    }

    /// <summary>The analytics totals are kept by the writes themselves; after any crash they must equal a fresh count.</summary>
    private static async Task CheckTotalsAsync(DbConnection connection, Guid organisationId)
    {
        var counted = (await connection.QueryAsync<(string Status, long Count)>(
            "SELECT status, COUNT(*) FROM candidacies WHERE organisation = @Organisation GROUP BY status ORDER BY status", new { Organisation = organisationId.ToString() }))
            .Select(c => $"{c.Status}={c.Count}").ToArray();
        var dimensions = await connection.QueryAsync<string>("SELECT DISTINCT dimension FROM analytics_totals WHERE organisation = @Organisation", new { Organisation = organisationId.ToString() });
        foreach (var dimension in dimensions)
        {
            var kept = (await connection.QueryAsync<(string Status, long Count)>(
                "SELECT status, SUM(candidacies) FROM analytics_totals WHERE organisation = @Organisation AND dimension = @Dimension GROUP BY status HAVING SUM(candidacies) <> 0 ORDER BY status",
                new { Organisation = organisationId.ToString(), Dimension = dimension })).Select(c => $"{c.Status}={c.Count}").ToArray();
            kept.ShouldBe(counted, $"analytics totals by {dimension} no longer add up to the candidacies");
        }
    }

    private static async Task<DbConnection> OpenCheckedAsync(TestDatabase database)
    {
        var connection = await database.Database.OpenAsync(CancellationToken.None);
        if (database.Database.Provider == DatabaseProvider.Sqlite)
        {
            (await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check")).ShouldBe("ok");
            (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pragma_foreign_key_check")).ShouldBe(0);
        }

        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM candidacy_moves m WHERE NOT EXISTS (SELECT 1 FROM candidacies c WHERE c.id = m.candidacy)")).ShouldBe(0);
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM posting_skills s WHERE NOT EXISTS (SELECT 1 FROM postings p WHERE p.identifier = s.posting)")).ShouldBe(0);
        return connection;
    }

    private static async Task<List<string>> StagesAsync(Database database, DbConnection connection, Guid[] applications) =>
        [.. await connection.QueryAsync<string>($"SELECT DISTINCT stage FROM candidacies WHERE id {database.AnyOf("Ids")}", new { Ids = Ids(applications) })];

    private static string[] Ids(IEnumerable<Guid> ids) => [.. ids.Select(id => id.ToString())];

    /// <summary>Signs an employer up, issues an API key, and stores the demo lab's plan and pipeline for its organisation.</summary>
    private static async Task<(string ApiKey, Guid OrganisationId)> EmployerWithPlanAsync(ServerProcess server, TestDatabase database, int hotApplicants)
    {
        using var owner = new BrowserSession(server.Url);
        await owner.SignUpAsync("employer", $"owner-{Guid.NewGuid():N}@crash.example", "Crash Labs");
        var organisationId = owner.Account.GetProperty("organisation").GetProperty("id").GetGuid();
        var ownerId = owner.Account.GetProperty("id").GetGuid();
        using var key = await owner.PostAsync("/api/v1/employer/api-keys", new { name = "crash test" });
        key.EnsureSuccessStatusCode();
        var secret = (await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;

        var generated = DemoHiringPlan.Generate(organisationId, DateOnly.FromDateTime(DateTime.UtcNow), [ownerId], [ownerId], seed: 3, inflowScale: 0.05, hotApplicants);
        var store = new WorkforceStore(database.Database);
        await store.SavePlanAsync("crash-labs", generated.Plan, DateTimeOffset.UtcNow, CancellationToken.None);
        await store.AddAsync(organisationId, generated.Requisitions, generated.Candidates, generated.Candidacies, CancellationToken.None);
        return (secret, organisationId);
    }

    private static async Task<(Guid Requisition, Guid[] Waiting)> BusiestRequisitionAsync(TestDatabase database, Guid organisationId)
    {
        var batches = await MoveBatchesAsync(database, organisationId, size: int.MaxValue);
        var busiest = batches.MaxBy(b => b.Applications.Length);
        return (busiest.Requisition, busiest.Applications);
    }

    /// <summary>The applications waiting in Applied, per requisition, cut into batches of at most <paramref name="size"/>.</summary>
    private static async Task<List<(Guid Requisition, Guid[] Applications)>> MoveBatchesAsync(TestDatabase database, Guid organisationId, int size)
    {
        await using var connection = await database.Database.OpenAsync(CancellationToken.None);
        var waiting = await connection.QueryAsync<(string Requisition, string Id)>(
            "SELECT requisition, id FROM candidacies WHERE organisation = @Organisation AND stage = 'Applied' AND status = @Status ORDER BY requisition, id",
            new { Organisation = organisationId.ToString(), Status = ApplicationStatus.Applied.ToString() });
        return [.. waiting.GroupBy(w => w.Requisition).SelectMany(g => g.Select(w => Guid.Parse(w.Id)).Chunk(size).Select(chunk => (Guid.Parse(g.Key), chunk)))];
    }

    private static async Task<string> KillWhenWritingAsync(ServerProcess server, TestDatabase database, string application, Task<HttpResponseMessage> move, int delayMs)
    {
        var watch = Stopwatch.StartNew();
        while (!await IsWritingAsync(database, application))
        {
            if (move.IsCompleted || watch.Elapsed > TimeSpan.FromSeconds(60))
            {
                await server.KillAsync();
                return "the move ended before it could be killed";
            }

            await Task.Delay(2);
        }

        if (delayMs > 0)
        {
            await Task.Delay(delayMs);
        }

        var finished = move.IsCompleted;
        await server.KillAsync();
        _ = move.ContinueWith(t => t.Exception, TaskScheduler.Default);
        return finished ? "the move ended before it could be killed" : $"killed while writing, {watch.ElapsedMilliseconds} ms after the request";
    }

    /// <summary>
    /// Whether the server is inside a write transaction. SQLite: a write lock cannot be taken at once (the server's
    /// transactions begin IMMEDIATE, so the lock spans all of the move); PostgreSQL: its backend holds a transaction id.
    /// </summary>
    private static async Task<bool> IsWritingAsync(TestDatabase database, string application)
    {
        if (database.SqlitePath is { } path)
        {
            return SqliteWriterActive(path);
        }

        await using var connection = await database.Database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = @Application AND backend_xid IS NOT NULL", new { Application = application }) > 0;
    }

    /// <summary>Tries for the write lock without waiting (the driver would retry for seconds), and lets it go at once.</summary>
    private static bool SqliteWriterActive(string path)
    {
        SQLitePCL.raw.sqlite3_open_v2(path, out var db, SQLitePCL.raw.SQLITE_OPEN_READWRITE, null).ShouldBe(SQLitePCL.raw.SQLITE_OK);
        using (db)
        {
            SQLitePCL.raw.sqlite3_busy_timeout(db, 0);
            var result = SQLitePCL.raw.sqlite3_exec(db, "BEGIN IMMEDIATE");
            if (result == SQLitePCL.raw.SQLITE_OK)
            {
                SQLitePCL.raw.sqlite3_exec(db, "ROLLBACK");
            }

            return result == SQLitePCL.raw.SQLITE_BUSY;
        }
    }

    /// <summary>The connection string the server gets: on PostgreSQL named, so its transactions can be told apart.</summary>
    private static (string Connection, string Application) Tagged(TestDatabase database, DatabaseProvider provider)
    {
        var application = "server-crash-" + Guid.NewGuid().ToString("N")[..12];
        return provider == DatabaseProvider.Postgres
            ? (new NpgsqlConnectionStringBuilder(database.ConnectionString) { ApplicationName = application }.ConnectionString, application)
            : (database.ConnectionString, application);
    }
}
