using OpenTalent.Core.Matching;
using OpenTalent.Core.Hiring;
using OpenTalent.Storage.Matching;
using OpenTalent.Storage.Hiring;
using OpenTalent.Testing;

namespace OpenTalent.Storage.Tests.Hiring;

public class PlatformStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Account Seeker(string email = "ada@example.org") => new(Guid.CreateVersion7(), new EmailAddress(email), "Ada", AccountKind.Seeker, "hash-1", Now);

    private static Account Employer(string email = "owner@acme.example") => new(Guid.CreateVersion7(), new EmailAddress(email), "Olive Owner", AccountKind.Employer, "hash-2", Now);

    private static Organisation Acme() => new(Guid.CreateVersion7(), "Acme Labs", Now);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_seeker_account_reads_back_by_id_and_email_with_settings_not_discoverable(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var accounts = new AccountStore(test.Database);
        var seeker = Seeker();

        await accounts.CreateAsync(seeker, Cancel);

        (await accounts.FindAsync(seeker.Id, Cancel)).ShouldBe(seeker);
        (await accounts.FindByEmailAsync(new EmailAddress(" ADA@Example.org"), Cancel)).ShouldBe(seeker);
        var settings = (await new SeekerStore(test.Database).FindAsync(seeker.Id, Cancel)).ShouldNotBeNull();
        settings.Discoverable.ShouldBeFalse();
        settings.ProfileId.ShouldBeNull();
        await Should.ThrowAsync<DuplicateAccountException>(() => accounts.CreateAsync(Seeker("Ada@example.org"), Cancel));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_employer_founds_an_organisation_as_its_owner_and_adds_members(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var accounts = new AccountStore(test.Database);
        var organisations = new OrganisationStore(test.Database);
        var owner = Employer();
        var acme = Acme();
        await accounts.CreateWithOrganisationAsync(owner, acme, Cancel);
        var recruiter = Employer("rita@acme.example");
        await accounts.CreateAsync(recruiter, Cancel);

        (await organisations.AddMemberAsync(new Membership(acme.Id, recruiter.Id, MemberRole.Recruiter, Now), Cancel)).ShouldBeTrue();
        (await organisations.AddMemberAsync(new Membership(acme.Id, recruiter.Id, MemberRole.HiringManager, Now), Cancel)).ShouldBeFalse();

        (await organisations.FindAsync(acme.Id, Cancel)).ShouldBe(acme);
        (await organisations.FindMembershipAsync(owner.Id, Cancel)).ShouldNotBeNull().Role.ShouldBe(MemberRole.Owner);
        var members = await organisations.ListMembersAsync(acme.Id, Cancel);
        members.Select(m => (m.Account.Email.Value, m.Membership.Role)).ShouldBe([("owner@acme.example", MemberRole.Owner), ("rita@acme.example", MemberRole.Recruiter)]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_last_owner_can_neither_leave_nor_step_down_nor_delete_their_account_while_others_remain(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var accounts = new AccountStore(test.Database);
        var organisations = new OrganisationStore(test.Database);
        var owner = Employer();
        var acme = Acme();
        await accounts.CreateWithOrganisationAsync(owner, acme, Cancel);
        var recruiter = Employer("rita@acme.example");
        await accounts.CreateAsync(recruiter, Cancel);
        await organisations.AddMemberAsync(new Membership(acme.Id, recruiter.Id, MemberRole.Recruiter, Now), Cancel);

        await Should.ThrowAsync<InvalidOperationException>(() => organisations.RemoveMemberAsync(acme.Id, owner.Id, Cancel));
        await Should.ThrowAsync<InvalidOperationException>(() => organisations.ChangeRoleAsync(acme.Id, owner.Id, MemberRole.Recruiter, Cancel));
        await Should.ThrowAsync<InvalidOperationException>(() => accounts.DeleteAsync(owner.Id, Cancel));

        (await organisations.ChangeRoleAsync(acme.Id, recruiter.Id, MemberRole.Owner, Cancel)).ShouldBeTrue();
        (await accounts.DeleteAsync(owner.Id, Cancel)).ShouldNotBeNull().PostingIds.ShouldBeEmpty();
        (await organisations.ListMembersAsync(acme.Id, Cancel)).Single().Account.Id.ShouldBe(recruiter.Id);
        (await organisations.RemoveMemberAsync(acme.Id, owner.Id, Cancel)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Api_keys_are_found_by_the_hash_of_their_secret_and_revoked_only_by_their_organisation(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var accounts = new AccountStore(test.Database);
        var owner = Employer();
        var acme = Acme();
        await accounts.CreateWithOrganisationAsync(owner, acme, Cancel);
        var keys = new ApiKeyStore(test.Database);
        var (key, secret) = ApiKey.Issue(acme.Id, "ATS sync", owner.Id, Now);

        await keys.AddAsync(key, Cancel);

        (await keys.FindBySecretHashAsync(ApiKey.HashSecret(secret), Cancel)).ShouldBe(key);
        (await keys.FindBySecretHashAsync(ApiKey.HashSecret(secret + "x"), Cancel)).ShouldBeNull();
        (await keys.RevokeAsync(Guid.CreateVersion7(), key.Id, Now, Cancel)).ShouldBeFalse();
        (await keys.RevokeAsync(acme.Id, key.Id, Now.AddMinutes(1), Cancel)).ShouldBeTrue();
        (await keys.RevokeAsync(acme.Id, key.Id, Now.AddMinutes(2), Cancel)).ShouldBeFalse();
        var listed = (await keys.ListAsync(acme.Id, Cancel)).Single();
        listed.IsActive.ShouldBeFalse();
        listed.RevokedAt.ShouldBe(Now.AddMinutes(1));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Posting_owners_survive_the_posting_being_saved_again_once_written_again_and_list_newest_first(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var owner = Employer();
        var acme = Acme();
        await new AccountStore(test.Database).CreateWithOrganisationAsync(owner, acme, Cancel);
        var postings = new MatchingStore(test.Database);
        var owners = new PostingOwnerStore(test.Database);
        await postings.SavePostingsAsync([Record("job-1"), Record("job-2")], Cancel);
        await owners.SetAsync(new PostingOwner("job-1", acme.Id, owner.Id, Now), Cancel);
        await owners.SetAsync(new PostingOwner("job-2", acme.Id, owner.Id, Now.AddHours(1)), Cancel);

        var page = await owners.ListAsync(acme.Id, 0, 1, Cancel);

        page.Total.ShouldBe(2);
        page.Items.Single().PostingId.ShouldBe("job-2");
        (await owners.FindAsync("job-1", Cancel)).ShouldNotBeNull().OrganisationId.ShouldBe(acme.Id);
        (await owners.ListAsync(Guid.CreateVersion7(), 0, 10, Cancel)).Total.ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_posting_and_its_owner_are_saved_together_or_not_at_all(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var owner = Employer();
        var acme = Acme();
        await new AccountStore(test.Database).CreateWithOrganisationAsync(owner, acme, Cancel);
        var postings = new MatchingStore(test.Database);
        var owners = new PostingOwnerStore(test.Database);

        (await owners.SaveOwnedAsync([new OwnedPosting(Record("job-1"), new PostingOwner("job-1", acme.Id, owner.Id, Now))], Cancel))
            .ShouldBe(new SaveCounts(1, 0));
        (await owners.FindAsync("job-1", Cancel)).ShouldNotBeNull().OrganisationId.ShouldBe(acme.Id);

        // An owner row that cannot be written (no such organisation) takes its posting down with it.
        var nobody = new PostingOwner("job-2", Guid.CreateVersion7(), owner.Id, Now);
        await Should.ThrowAsync<Exception>(() => owners.SaveOwnedAsync([new OwnedPosting(Record("job-2"), nobody)], Cancel));
        (await postings.FindPostingAsync("job-2", Cancel)).ShouldBeNull();
        Should.Throw<ArgumentException>(() => new OwnedPosting(Record("job-3"), new PostingOwner("job-4", acme.Id, owner.Id, Now)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_posting_saved_again_or_closed_keeps_its_owner(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var owner = Employer();
        var acme = Acme();
        await new AccountStore(test.Database).CreateWithOrganisationAsync(owner, acme, Cancel);
        var postings = new MatchingStore(test.Database);
        var owners = new PostingOwnerStore(test.Database);
        (await postings.SavePostingsAsync([Record("job-1")], Cancel)).ShouldBe(new SaveCounts(1, 0));
        await owners.SetAsync(new PostingOwner("job-1", acme.Id, owner.Id, Now), Cancel);

        (await postings.SavePostingsAsync([Record("job-1")], Cancel)).ShouldBe(new SaveCounts(0, 1));
        (await postings.SetPostingStatusAsync("job-1", PostingStatus.Closed, Cancel)).ShouldBeTrue();

        (await owners.FindAsync("job-1", Cancel)).ShouldNotBeNull().OrganisationId.ShouldBe(acme.Id);
        (await postings.FindPostingAsync("job-1", Cancel)).ShouldNotBeNull().Posting.Status.ShouldBe(PostingStatus.Closed);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Applications_keep_their_history_refuse_duplicates_and_lose_a_concurrent_move(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var seeker = Seeker();
        await new AccountStore(test.Database).CreateAsync(seeker, Cancel);
        var applications = new ApplicationStore(test.Database);
        var applied = JobApplication.Submit(seeker.Id, "job-1", Now, "Keen <b>to</b> help");
        await applications.AddAsync(applied, Cancel);
        await Should.ThrowAsync<DuplicateApplicationException>(() => applications.AddAsync(JobApplication.Submit(seeker.Id, "job-1", Now, null), Cancel));

        var screening = applied.MoveTo(ApplicationStatus.Screening, ApplicationActor.Employer, Now.AddDays(1), "recruiter", null);
        (await applications.RecordMoveAsync(screening, ApplicationStatus.Applied, Cancel)).ShouldBeTrue();
        var rejected = applied.MoveTo(ApplicationStatus.Rejected, ApplicationActor.Employer, Now.AddDays(1), "other", null);
        (await applications.RecordMoveAsync(rejected, ApplicationStatus.Applied, Cancel)).ShouldBeFalse();

        var stored = (await applications.FindAsync(applied.Id, Cancel)).ShouldNotBeNull();
        stored.Status.ShouldBe(ApplicationStatus.Screening);
        stored.History.Select(h => h.Status).ShouldBe([ApplicationStatus.Applied, ApplicationStatus.Screening]);
        stored.History[0].Note.ShouldBe("Keen <b>to</b> help");
        stored.History[1].At.ShouldBe(Now.AddDays(1));
        (await applications.ListForSeekerAsync(seeker.Id, Cancel)).Single().Id.ShouldBe(applied.Id);
        (await applications.ListForPostingAsync("job-1", Cancel)).Single().Id.ShouldBe(applied.Id);
        (await applications.ListForPostingAsync("job-2", Cancel)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Deleting_a_seeker_removes_their_profile_settings_and_applications(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var accounts = new AccountStore(test.Database);
        var seekers = new SeekerStore(test.Database);
        var applications = new ApplicationStore(test.Database);
        var seeker = Seeker();
        await accounts.CreateAsync(seeker, Cancel);
        var profileId = SeekerSettings.ProfileIdFor(seeker.Id);
        await new MatchingStore(test.Database).SaveProfilesAsync([new ProfileRecord(MatchingStoreTests.Profile(profileId), "{}")], Cancel);
        await seekers.SaveAsync(new SeekerSettings(seeker.Id, profileId, discoverable: true, Now), Cancel);
        await applications.AddAsync(JobApplication.Submit(seeker.Id, "job-1", Now, null), Cancel);
        (await seekers.ListDiscoverableProfilesAsync(Cancel)).ShouldBe([profileId]);

        var deletion = (await accounts.DeleteAsync(seeker.Id, Cancel)).ShouldNotBeNull();

        deletion.ProfileId.ShouldBe(profileId);
        (await accounts.FindAsync(seeker.Id, Cancel)).ShouldBeNull();
        (await new MatchingStore(test.Database).FindProfileAsync(profileId, Cancel)).ShouldBeNull();
        (await seekers.FindAsync(seeker.Id, Cancel)).ShouldBeNull();
        (await seekers.ListDiscoverableProfilesAsync(Cancel)).ShouldBeEmpty();
        (await applications.ListForSeekerAsync(seeker.Id, Cancel)).ShouldBeEmpty();
        (await accounts.DeleteAsync(seeker.Id, Cancel)).ShouldBeNull();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_last_member_takes_the_organisation_its_keys_postings_and_their_applications_along(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var accounts = new AccountStore(test.Database);
        var owner = Employer();
        var acme = Acme();
        await accounts.CreateWithOrganisationAsync(owner, acme, Cancel);
        var seeker = Seeker();
        await accounts.CreateAsync(seeker, Cancel);
        var postings = new MatchingStore(test.Database);
        await postings.SavePostingsAsync([Record("job-1"), Record("imported")], Cancel);
        await new PostingOwnerStore(test.Database).SetAsync(new PostingOwner("job-1", acme.Id, owner.Id, Now), Cancel);
        await new ApiKeyStore(test.Database).AddAsync(ApiKey.Issue(acme.Id, "ci", owner.Id, Now).Key, Cancel);
        var applications = new ApplicationStore(test.Database);
        await applications.AddAsync(JobApplication.Submit(seeker.Id, "job-1", Now, null), Cancel);

        var deletion = (await accounts.DeleteAsync(owner.Id, Cancel)).ShouldNotBeNull();

        deletion.PostingIds.ShouldBe(["job-1"]);
        (await new OrganisationStore(test.Database).FindAsync(acme.Id, Cancel)).ShouldBeNull();
        (await new ApiKeyStore(test.Database).ListAsync(acme.Id, Cancel)).ShouldBeEmpty();
        (await postings.FindPostingAsync("job-1", Cancel)).ShouldBeNull();
        (await postings.FindPostingAsync("imported", Cancel)).ShouldNotBeNull();
        (await applications.ListForSeekerAsync(seeker.Id, Cancel)).ShouldBeEmpty();
    }

    private static PostingRecord Record(string identifier) => new(MatchingStoreTests.Posting(identifier), "We build models.", "{}");
}
