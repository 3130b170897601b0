using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;
using OpenTalent.Storage.Matching;
using OpenTalent.Testing;

namespace OpenTalent.Storage.Tests;

public class MatchingStoreTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    internal static JobPosting Posting(string identifier, string title = "Machine Learning Engineer", PostingStatus status = PostingStatus.Open) => new(
        identifier,
        title,
        "Acme",
        [new OccupationFit("15-2051.00", "Data Scientists", 0.8)],
        [new PostingSkill("starter:python", "Python", 1, required: true, minYears: 3), new PostingSkill("starter:kubernetes", "Kubernetes", 0.5, required: false)],
        Seniority.Senior,
        [new Place("Berlin", "Berlin", "DE")],
        WorkArrangement.Hybrid,
        new PayRange(90_000, 120_000, "EUR"),
        new DateOnly(2026, 11, 1),
        new DateOnly(2026, 12, 31),
        status,
        EmploymentType.FullTime);

    internal static CandidateProfile Profile(string identifier) => new(
        identifier,
        "Ada Example",
        "ML engineer",
        [new ProfileSkill("starter:python", "Python", 1, SkillEvidence.Work, new DateOnly(2026, 6, 1), 5)],
        [new OccupationFit("15-2051.00", "Data Scientists", 0.9)],
        Seniority.Senior,
        new Place("Munich", null, "DE"),
        RemotePreference.RemoteOrHybrid,
        new AnnualPay(110_000, "EUR"),
        null,
        7,
        new DateOnly(2026, 10, 1));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_saved_posting_reads_back_equal_and_keeps_its_document(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new MatchingStore(test.Database);

        var counts = await store.SavePostingsAsync([new PostingRecord(Posting("job-1"), "We build models.", """{"identifier":"job-1"}""")], Cancel);

        counts.ShouldBe(new SaveCounts(1, 0));
        var record = (await store.FindPostingAsync("job-1", Cancel)).ShouldNotBeNull();
        record.Description.ShouldBe("We build models.");
        record.Document.ShouldBe("""{"identifier":"job-1"}""");
        var posting = record.Posting;
        posting.Title.ShouldBe("Machine Learning Engineer");
        posting.Skills.Select(s => (s.SkillId, s.Weight, s.Required, s.MinYears)).ShouldBe([("starter:python", 1.0, true, (double?)3), ("starter:kubernetes", 0.5, false, null)]);
        posting.Locations.Single().ShouldBe(new Place("Berlin", "Berlin", "DE"));
        posting.Salary.ShouldBe(new PayRange(90_000, 120_000, "EUR"));
        posting.DatePosted.ShouldBe(new DateOnly(2026, 11, 1));
        posting.Occupations.Single().Score.ShouldBe(0.8);
        posting.EmploymentType.ShouldBe(EmploymentType.FullTime);
        (await store.FindPostingAsync("job-2", Cancel)).ShouldBeNull();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Saving_an_existing_identifier_replaces_it_and_its_skills(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new MatchingStore(test.Database);
        await store.SavePostingsAsync([new PostingRecord(Posting("job-1"), "v1", "{}"), new PostingRecord(Posting("job-2"), "v1", "{}")], Cancel);

        var counts = await store.SavePostingsAsync([new PostingRecord(Posting("job-1", "Staff ML Engineer"), "v2", "{}"), new PostingRecord(Posting("job-3"), "v1", "{}")], Cancel);

        counts.ShouldBe(new SaveCounts(1, 1));
        (await store.CountAsync(Cancel)).ShouldBe((3, 0));
        (await store.FindPostingAsync("job-1", Cancel))!.Posting.Title.ShouldBe("Staff ML Engineer");
        var all = new List<JobPosting>();
        await foreach (var posting in store.ReadPostingsAsync(Cancel))
        {
            all.Add(posting);
        }

        all.Select(p => p.Identifier).ShouldBe(["job-1", "job-2", "job-3"]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_save_with_a_repeated_identifier_writes_nothing(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new MatchingStore(test.Database);

        var error = await Should.ThrowAsync<ArgumentException>(() => store.SavePostingsAsync([new PostingRecord(Posting("job-1"), "a", "{}"), new PostingRecord(Posting("job-1"), "b", "{}")], Cancel));

        error.Message.ShouldContain("'job-1' appears 2 times");
        (await store.CountAsync(Cancel)).ShouldBe((0, 0));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Closing_a_posting_keeps_it_stored_but_closed(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new MatchingStore(test.Database);
        await store.SavePostingsAsync([new PostingRecord(Posting("job-1"), "d", "{}")], Cancel);

        (await store.SetPostingStatusAsync("job-1", PostingStatus.Closed, Cancel)).ShouldBeTrue();
        (await store.SetPostingStatusAsync("nope", PostingStatus.Closed, Cancel)).ShouldBeFalse();

        var posting = (await store.FindPostingAsync("job-1", Cancel))!.Posting;
        posting.Status.ShouldBe(PostingStatus.Closed);
        posting.Skills.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_saved_profile_reads_back_equal(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new MatchingStore(test.Database);

        await store.SaveProfilesAsync([new ProfileRecord(Profile("ada@example.com"), """{"basics":{}}""")], Cancel);

        var profile = (await store.FindProfileAsync("ada@example.com", Cancel)).ShouldNotBeNull().Profile;
        profile.DisplayName.ShouldBe("Ada Example");
        profile.Skills.Single().ShouldBe(new ProfileSkill("starter:python", "Python", 1, SkillEvidence.Work, new DateOnly(2026, 6, 1), 5));
        profile.ExpectedSalary.ShouldBe(new AnnualPay(110_000, "EUR"));
        profile.CurrentSalary.ShouldBeNull();
        profile.Location.ShouldBe(new Place("Munich", null, "DE"));
        profile.RemotePreference.ShouldBe(RemotePreference.RemoteOrHybrid);
        (await store.CountAsync(Cancel)).ShouldBe((0, 1));
    }
}
