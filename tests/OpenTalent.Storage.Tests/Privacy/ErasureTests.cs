using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Privacy;
using OpenTalent.Storage.Hiring;
using OpenTalent.Storage.Matching;
using OpenTalent.Storage.Privacy;
using OpenTalent.Testing;

namespace OpenTalent.Storage.Tests.Privacy;

public class ErasureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Erasing_a_seeker_removes_them_everywhere_and_keeps_their_applications_and_ranking_places_anonymised(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var person = await PersonAsync(test, "Quillon", "quillon.marker@example.org");
        var other = await PersonAsync(test, "Bystander", "bystander@example.org");

        var deletion = (await new AccountStore(test.Database).DeleteAsync(person.Account, Cancel)).ShouldNotBeNull();

        deletion.ApplicationsAnonymised.ShouldBe(1);
        deletion.RankingEntriesAnonymised.ShouldBe(1);
        var applications = new ApplicationStore(test.Database);
        var kept = (await applications.ListForPostingAsync("job-1", Cancel)).ShouldHaveSingleItem(); // the bystander applied to job-2
        kept.Id.ShouldBe(person.Application);
        kept.SeekerId.ShouldNotBe(person.Account);
        kept.Status.ShouldBe(ApplicationStatus.Screening);
        kept.History.ShouldAllBe(step => step.Note != "QuillonNote");
        var placeholder = (await new AccountStore(test.Database).FindAsync(kept.SeekerId, Cancel)).ShouldNotBeNull();
        placeholder.DisplayName.ShouldBe("Erased applicant");
        placeholder.Email.Value.ShouldEndWith("@erased.invalid");
        (await new ConsentStore(test.Database).HistoryAsync(person.Account, Cancel)).ShouldBeEmpty();
        (await new SelfIdentificationStore(test.Database).FindAsync(person.Account, Cancel)).ShouldBeNull();
        var ranking = (await new RankingLogStore(test.Database).ForPostingAsync(person.Organisation, "job-1", 5, Cancel)).ShouldHaveSingleItem();
        var place = ranking.Entries.ShouldHaveSingleItem();
        (place.SubjectId, place.ProfileId, place.Score).ShouldBe((null, "erased", 0.75));
        place.Explanation.RequiredMatched.ShouldBeEmpty();
        (await new MatchingStore(test.Database).FindProfileAsync(person.Profile, Cancel)).ShouldBeNull();
        (await new AccountStore(test.Database).FindAsync(other.Account, Cancel)).ShouldNotBeNull();
        (await applications.ListForSeekerAsync(other.Account, Cancel)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Nothing_of_an_erased_seeker_is_left_in_the_sqlite_file_bytes()
    {
        await using var test = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var person = await PersonAsync(test, "Quillon", "quillon.marker@example.org");
        await PersonAsync(test, "Bystander", "bystander@example.org");
        string[] markers = ["Quillon", "quillon.marker@example.org", "QuillonNote", "QuillonSkill", "QuillonResume"];
        await CheckpointAsync(test);
        var before = FileText(test.SqlitePath!);
        markers.ShouldAllBe(marker => before.Contains(marker, StringComparison.Ordinal), "the markers must be in the file before, or the check proves nothing");

        await new AccountStore(test.Database).DeleteAsync(person.Account, Cancel);
        SqliteConnection.ClearAllPools();

        var after = FileText(test.SqlitePath!) + FileText(test.SqlitePath + "-wal");
        markers.Where(marker => after.Contains(marker, StringComparison.Ordinal)).ShouldBeEmpty();
        after.ShouldContain("Bystander");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Retention_anonymises_only_applications_rejected_before_the_cutoff_and_logs_it_for_the_person(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var accounts = new AccountStore(test.Database);
        var applications = new ApplicationStore(test.Database);
        var ada = new Account(Guid.CreateVersion7(), new EmailAddress("ada@example.org"), "Ada", AccountKind.Seeker, "hash", Now);
        await accounts.CreateAsync(ada, Cancel);
        async Task<JobApplication> ApplyAsync(string posting, DateTimeOffset at, bool reject)
        {
            var application = JobApplication.Submit(ada.Id, posting, at, "my note");
            await applications.AddAsync(application, Cancel);
            if (reject)
            {
                await applications.RecordMoveAsync(application.MoveTo(ApplicationStatus.Rejected, ApplicationActor.Employer, at.AddDays(3), "recruiter", null), ApplicationStatus.Applied, Cancel);
            }

            return application;
        }

        var old = await ApplyAsync("job-old", Now.AddMonths(-14), reject: true);
        await ApplyAsync("job-recent", Now.AddMonths(-1), reject: true);
        await ApplyAsync("job-open", Now.AddMonths(-14), reject: false);

        var outcome = await new RetentionStore(test.Database, new AuditLogStore(test.Database)).AnonymiseRejectedAsync(Now.AddMonths(-12), Cancel);

        outcome.ApplicationsAnonymised.ShouldBe(1);
        (await applications.ListForSeekerAsync(ada.Id, Cancel)).Select(a => a.PostingId).Order().ShouldBe(["job-open", "job-recent"]);
        var kept = (await applications.FindAsync(old.Id, Cancel)).ShouldNotBeNull();
        kept.SeekerId.ShouldNotBe(ada.Id);
        kept.Status.ShouldBe(ApplicationStatus.Rejected);
        kept.History[0].Note.ShouldBeNull();
        (await accounts.FindAsync(ada.Id, Cancel)).ShouldNotBeNull();
        var log = (await new AuditLogStore(test.Database).AboutAsync(ada.Id, 10, Cancel)).ShouldHaveSingleItem();
        log.Entry.What.ShouldContain("job-old");
        (await new RetentionStore(test.Database, new AuditLogStore(test.Database)).AnonymiseRejectedAsync(Now.AddMonths(-12), Cancel)).ApplicationsAnonymised.ShouldBe(0);
    }

    private sealed record Person(Guid Account, Guid Application, string Profile, Guid Organisation);

    private static async Task<Person> PersonAsync(TestDatabase test, string name, string email)
    {
        var accounts = new AccountStore(test.Database);
        var account = new Account(Guid.CreateVersion7(), new EmailAddress(email), name, AccountKind.Seeker, "hash", Now);
        await accounts.CreateAsync(account, Cancel);
        var owner = new Account(Guid.CreateVersion7(), new EmailAddress($"owner-{account.Id:N}@acme.example"), "Olive", AccountKind.Employer, "hash", Now);
        var organisation = new Organisation(Guid.CreateVersion7(), $"Acme {account.Id:N}", Now);
        await accounts.CreateWithOrganisationAsync(owner, organisation, Cancel);
        var profileId = SeekerSettings.ProfileIdFor(account.Id);
        await new MatchingStore(test.Database).SaveProfilesAsync([new ProfileRecord(MatchingStoreTests.Profile(profileId), "{\"basics\":{\"name\":\"" + name + "\",\"summary\":\"" + name + "Resume\"}}")], Cancel);
        await new SeekerStore(test.Database).SaveAsync(new SeekerSettings(account.Id, profileId, discoverable: true, Now), Cancel);
        var posting = name == "Bystander" ? "job-2" : "job-1";
        var application = JobApplication.Submit(account.Id, posting, Now, $"{name}Note");
        var applications = new ApplicationStore(test.Database);
        await applications.AddAsync(application, Cancel);
        await applications.RecordMoveAsync(application.MoveTo(ApplicationStatus.Screening, ApplicationActor.Employer, Now.AddHours(1), Id(owner.Id), "strong"), ApplicationStatus.Applied, Cancel);
        await new ConsentStore(test.Database).RecordAsync(new ConsentRecord(account.Id, ConsentPurpose.Terms, true, Now, "sign-up"), Cancel);
        await new SelfIdentificationStore(test.Database).SaveAsync(new SelfIdentification(account.Id, SexCategory.Female, null, Now), Cancel);
        var explanation = new MatchExplanation(
            [$"{name}Skill"], [], [], [], [], new SalaryComparison(SalaryVerdict.Unknown, null, null, null), [], $"{name} has 1 of 1 required skills.");
        await new RankingLogStore(test.Database).RecordAsync(
            new RankingRecord(Guid.CreateVersion7(), organisation.Id, posting, AuditActorKind.Account, owner.Id, "applicants", "test-model", Now,
                [new RankedEntry(1, account.Id, profileId, application.Id, 0.75, explanation)]),
            Cancel);
        return new Person(account.Id, application.Id, profileId, organisation.Id);
    }

    private static string Id(Guid id) => id.ToString("D");

    private static async Task CheckpointAsync(TestDatabase test)
    {
        await using var connection = await test.Database.OpenAsync(Cancel);
        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    /// <summary>The file's bytes read as Latin-1, so every byte maps to one char and an ASCII marker is found wherever it lies.</summary>
    private static string FileText(string path) => File.Exists(path) ? Encoding.Latin1.GetString(File.ReadAllBytes(path)) : "";
}
