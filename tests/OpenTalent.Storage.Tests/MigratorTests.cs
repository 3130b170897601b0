using Dapper;
using OpenTalent.Storage.Migrations;
using OpenTalent.Testing;

namespace OpenTalent.Storage.Tests;

public class MigratorTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Applies_every_migration_once_and_records_it(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, migrate: false);
        var migrator = new Migrator(test.Database);

        var first = await migrator.MigrateAsync(TestContext.Current.CancellationToken);
        var second = await migrator.MigrateAsync(TestContext.Current.CancellationToken);

        first.Select(m => m.Version).ShouldBe(Migrator.For(provider).Select(m => m.Version));
        second.ShouldBeEmpty();
        await using var connection = await test.Database.OpenAsync(TestContext.Current.CancellationToken);
        (await Migrator.AppliedVersionsAsync(connection, TestContext.Current.CancellationToken)).ShouldBe(first.Select(m => m.Version));
    }

    [Fact]
    public void Both_engines_have_the_same_migration_versions() =>
        Migrator.For(DatabaseProvider.Postgres).Select(m => (m.Version, m.Name))
            .ShouldBe(Migrator.For(DatabaseProvider.Sqlite).Select(m => (m.Version, m.Name)));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Refuses_a_migration_edited_after_it_was_applied(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using (var connection = await test.Database.OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync("UPDATE schema_migrations SET checksum = 'tampered' WHERE version = 1");
        }

        var error = await Should.ThrowAsync<InvalidOperationException>(() => new Migrator(test.Database).MigrateAsync(TestContext.Current.CancellationToken));
        error.Message.ShouldContain("was changed after it was applied");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Refuses_a_database_newer_than_the_build(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using (var connection = await test.Database.OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (9999, 'future', 'x', 'now')");
        }

        var error = await Should.ThrowAsync<InvalidOperationException>(() => new Migrator(test.Database).MigrateAsync(TestContext.Current.CancellationToken));
        error.Message.ShouldContain("newer than this build");
    }

    [Theory]
    [InlineData("./data/opentalent.db", DatabaseProvider.Sqlite)]
    [InlineData("Data Source=/tmp/x.db", DatabaseProvider.Sqlite)]
    [InlineData("Host=127.0.0.1;Username=u;Password=p;Database=d", DatabaseProvider.Postgres)]
    [InlineData("Port=5432; host = db.internal ;Database=d", DatabaseProvider.Postgres)]
    public void The_engine_follows_from_the_connection_string(string connectionString, DatabaseProvider expected) =>
        DatabaseOptions.DetectProvider(connectionString).ShouldBe(expected);
}
