using OpenTalent.Core.Hiring;
using OpenTalent.Core.Privacy;
using OpenTalent.Storage;
using OpenTalent.Storage.Hiring;
using OpenTalent.Storage.Privacy;
using OpenTalent.Testing;

namespace OpenTalent.Cli.Tests;

public class PrivacyCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Erase_by_email_removes_the_account_keeps_the_application_anonymised_and_logs_the_erasure()
    {
        using var directory = new TempDirectory();
        var cli = CliRunner.ForSqlite(directory);
        (await cli.RunAsync("taxonomy", "stats")).ShouldSucceed();
        var database = StorageServiceCollectionExtensions.Create(cli.ConnectionString);
        var accounts = new AccountStore(database);
        var ada = new Account(Guid.CreateVersion7(), new EmailAddress("ada@example.org"), "Ada", AccountKind.Seeker, "hash", Now);
        await accounts.CreateAsync(ada, TestContext.Current.CancellationToken);
        var application = JobApplication.Submit(ada.Id, "job-1", Now, "Please consider me");
        await new ApplicationStore(database).AddAsync(application, TestContext.Current.CancellationToken);

        var result = (await cli.RunAsync("privacy", "erase", "--email", " ADA@example.org ")).ShouldSucceed();

        result.Output.ShouldContain("Erased ada@example.org");
        result.Output.ShouldContain("1 application(s)");
        (await accounts.FindByEmailAsync(new EmailAddress("ada@example.org"), TestContext.Current.CancellationToken)).ShouldBeNull();
        var kept = (await new ApplicationStore(database).ListForPostingAsync("job-1", TestContext.Current.CancellationToken)).ShouldHaveSingleItem();
        kept.History[0].Note.ShouldBeNull();
        var log = await new AuditLogStore(database).AboutAsync(ada.Id, 10, TestContext.Current.CancellationToken);
        log.ShouldHaveSingleItem().Entry.Action.ShouldBe(AuditAction.Erased);

        (await cli.RunAsync("privacy", "erase", "--email", "ada@example.org")).ShouldFailWithOneErrorLine("no account has the email address ada@example.org");
        (await cli.RunAsync("privacy", "erase", "--email", "not-an-address")).ShouldFailWithOneErrorLine("--email");
    }
}
