using System.Text.Json;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Privacy;
using OpenTalent.Storage.Hiring;
using OpenTalent.Storage.Privacy;
using OpenTalent.Testing;

namespace OpenTalent.Storage.Tests.Privacy;

public class TrustStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Consent_history_reads_back_in_order_and_the_latest_ranking_decision_decides_who_opted_out(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var (ada, bo, cy) = (await SeekerAsync(test, "ada@example.org"), await SeekerAsync(test, "bo@example.org"), await SeekerAsync(test, "cy@example.org"));
        var consents = new ConsentStore(test.Database);
        ConsentRecord[] adaHistory =
        [
            new(ada, ConsentPurpose.Terms, true, Now, "sign-up"),
            new(ada, ConsentPurpose.AutomatedRanking, false, Now.AddMinutes(1), "profile page"),
            new(ada, ConsentPurpose.AutomatedRanking, true, Now.AddMinutes(2), "api"),
        ];
        foreach (var record in adaHistory)
        {
            await consents.RecordAsync(record, Cancel);
        }

        await consents.RecordAsync(new(bo, ConsentPurpose.AutomatedRanking, false, Now, "api"), Cancel);

        (await consents.HistoryAsync(ada, Cancel)).ShouldBe(adaHistory);
        (await consents.OptedOutOfRankingAsync([ada, bo, cy], Cancel)).ShouldBe(new HashSet<Guid> { bo });
        (await consents.OptedOutOfRankingAsync([], Cancel)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_audit_log_tells_a_person_who_touched_their_data_newest_first_with_names(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var ada = await SeekerAsync(test, "ada@example.org");
        var (owner, organisation) = await EmployerAsync(test, "olive@acme.example", "Acme Labs");
        var log = new AuditLogStore(test.Database);

        await log.RecordAsync(
        [
            new(Now, AuditActorKind.Account, owner, organisation, AuditAction.Viewed, ada, "shortlist of job-1"),
            new(Now.AddMinutes(1), AuditActorKind.Account, ada, null, AuditAction.Changed, ada, "profile"),
            new(Now.AddMinutes(2), AuditActorKind.System, null, null, AuditAction.Exported, ada, "account export"),
        ], Cancel);
        await log.RecordAsync([], Cancel);

        var records = await log.AboutAsync(ada, 10, Cancel);
        records.Select(r => r.Entry.Action).ShouldBe([AuditAction.Exported, AuditAction.Changed, AuditAction.Viewed]);
        records[2].Actor.ShouldBe("Olive");
        records[2].Organisation.ShouldBe("Acme Labs");
        records[2].Entry.What.ShouldBe("shortlist of job-1");
        records[0].Actor.ShouldBeNull();
        (await log.AboutAsync(ada, 1, Cancel)).Count.ShouldBe(1);
        (await log.AboutAsync(owner, 10, Cancel)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_ranking_reads_back_as_shown_with_model_version_and_each_explanation(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var ada = await SeekerAsync(test, "ada@example.org");
        var (owner, organisation) = await EmployerAsync(test, "olive@acme.example", "Acme Labs");
        var rankings = new RankingLogStore(test.Database);
        var older = Ranking(organisation, owner, "job-1", Now, (ada, 0.91));
        var newer = Ranking(organisation, owner, "job-1", Now.AddHours(1), (ada, 0.87), (null, 0.42));
        await rankings.RecordAsync(older, Cancel);
        await rankings.RecordAsync(newer, Cancel);
        await rankings.RecordAsync(Ranking(organisation, owner, "job-2", Now, (ada, 0.5)), Cancel);

        var read = await rankings.ForPostingAsync(organisation, "job-1", 10, Cancel);

        read.Select(r => r.Id).ShouldBe([newer.Id, older.Id]);
        var first = read[0];
        first.ModelVersion.ShouldBe(newer.ModelVersion);
        first.ViewerId.ShouldBe(owner);
        first.Entries.Select(e => (e.Position, e.SubjectId, e.Score)).ShouldBe([(1, (Guid?)ada, 0.87), (2, null, 0.42)]);
        JsonSerializer.Serialize(first.Entries[0].Explanation).ShouldBe(JsonSerializer.Serialize(newer.Entries[0].Explanation));
        (await rankings.ForPostingAsync(Guid.CreateVersion7(), "job-1", 10, Cancel)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_bias_audit_counts_each_ranked_application_once_at_its_latest_score_with_the_categories_people_gave(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var (owner, organisation) = await EmployerAsync(test, "olive@acme.example", "Acme Labs");
        var (ada, bo, cy) = (await SeekerAsync(test, "ada@example.org"), await SeekerAsync(test, "bo@example.org"), await SeekerAsync(test, "cy@example.org"));
        var identities = new SelfIdentificationStore(test.Database);
        await identities.SaveAsync(new SelfIdentification(ada, SexCategory.Female, RaceEthnicityCategory.Asian, Now), Cancel);
        await identities.SaveAsync(new SelfIdentification(bo, SexCategory.Male, null, Now), Cancel);
        await identities.SaveAsync(new SelfIdentification(bo, SexCategory.Male, RaceEthnicityCategory.White, Now.AddMinutes(1)), Cancel);
        var applications = new ApplicationStore(test.Database);
        var adaApplication = JobApplication.Submit(ada, "job-1", Now, null);
        var boApplication = JobApplication.Submit(bo, "job-1", Now, null);
        var cyApplication = JobApplication.Submit(cy, "job-1", Now, null);
        foreach (var application in new[] { adaApplication, boApplication, cyApplication })
        {
            await applications.AddAsync(application, Cancel);
        }

        await applications.RecordMoveAsync(adaApplication.MoveTo(ApplicationStatus.Screening, ApplicationActor.Employer, Now.AddHours(2), null, null), ApplicationStatus.Applied, Cancel);
        var rankings = new RankingLogStore(test.Database);
        await rankings.RecordAsync(Ranking(organisation, owner, "job-1", Now.AddHours(1), [(ada, adaApplication.Id, 0.5), (bo, boApplication.Id, 0.4)]), Cancel);
        await rankings.RecordAsync(Ranking(organisation, owner, "job-1", Now.AddHours(3), [(ada, adaApplication.Id, 0.9), (cy, cyApplication.Id, 0.3)]), Cancel);

        var audited = await identities.AuditedApplicantsAsync(organisation, null, Cancel);

        audited.OrderByDescending(a => a.Score).ShouldBe(
        [
            new AuditedCandidate(SexCategory.Female, RaceEthnicityCategory.Asian, 0.9, true),
            new AuditedCandidate(SexCategory.Male, RaceEthnicityCategory.White, 0.4, false),
            new AuditedCandidate(null, null, 0.3, false),
        ]);
        (await identities.AuditedApplicantsAsync(organisation, "job-2", Cancel)).ShouldBeEmpty();
        (await identities.FindAsync(bo, Cancel)).ShouldNotBeNull().RaceEthnicity.ShouldBe(RaceEthnicityCategory.White);
        (await identities.DeleteAsync(bo, Cancel)).ShouldBeTrue();
        (await identities.FindAsync(bo, Cancel)).ShouldBeNull();
    }

    private static RankingRecord Ranking(Guid organisation, Guid viewer, string posting, DateTimeOffset at, params (Guid? Subject, double Score)[] people) =>
        Ranking(organisation, viewer, posting, at, [.. people.Select(p => (p.Subject, (Guid?)null, p.Score))]);

    private static RankingRecord Ranking(Guid organisation, Guid viewer, string posting, DateTimeOffset at, (Guid? Subject, Guid? Application, double Score)[] people) =>
        new(
            Guid.CreateVersion7(), organisation, posting, AuditActorKind.Account, viewer, "applicants", "relevance-test", at,
            people.Select((p, i) => new RankedEntry(i + 1, p.Subject, $"profile-{i}", p.Application, p.Score, Explanation(p.Score))));

    private static MatchExplanation Explanation(double score) => new(
        ["Python"], [], [new RelatedSkillMatch("PyTorch", "TensorFlow", 0.8, true)], ["Kubernetes"], [],
        new SalaryComparison(SalaryVerdict.Unknown, null, null, null),
        [new FactorScore(MatchFactor.Skills, score, 0.6, "1 of 2 required skills")],
        "You have 1 of 2 required skills.");

    private static async Task<Guid> SeekerAsync(TestDatabase test, string email)
    {
        var account = new Account(Guid.CreateVersion7(), new EmailAddress(email), email.Split('@')[0], AccountKind.Seeker, "hash", Now);
        await new AccountStore(test.Database).CreateAsync(account, Cancel);
        return account.Id;
    }

    private static async Task<(Guid Owner, Guid Organisation)> EmployerAsync(TestDatabase test, string email, string organisationName)
    {
        var owner = new Account(Guid.CreateVersion7(), new EmailAddress(email), "Olive", AccountKind.Employer, "hash", Now);
        var organisation = new Organisation(Guid.CreateVersion7(), organisationName, Now);
        await new AccountStore(test.Database).CreateWithOrganisationAsync(owner, organisation, Cancel);
        return (owner.Id, organisation.Id);
    }
}
