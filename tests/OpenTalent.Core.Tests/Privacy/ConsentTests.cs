using OpenTalent.Core.Privacy;

namespace OpenTalent.Core.Tests.Privacy;

public class ConsentTests
{
    private static readonly Guid Person = Guid.Parse("01970000-0000-7000-8000-000000000001");
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_latest_decision_stands_and_without_one_only_automated_ranking_is_on()
    {
        ConsentRecord[] history =
        [
            new(Person, ConsentPurpose.TalentPool, true, Noon, "profile page"),
            new(Person, ConsentPurpose.TalentPool, false, Noon.AddMinutes(5), "api"),
            new(Person, ConsentPurpose.AutomatedRanking, false, Noon.AddMinutes(1), "profile page"),
        ];

        ConsentRecord.IsGranted(history, ConsentPurpose.TalentPool).ShouldBeFalse();
        ConsentRecord.IsGranted(history, ConsentPurpose.AutomatedRanking).ShouldBeFalse();
        ConsentRecord.IsGranted([], ConsentPurpose.AutomatedRanking).ShouldBeTrue();
        ConsentRecord.IsGranted([], ConsentPurpose.SelfIdentification).ShouldBeFalse();
        ConsentRecord.IsGranted([], ConsentPurpose.TalentPool).ShouldBeFalse();
    }

    [Fact]
    public void Records_and_audit_entries_refuse_what_they_cannot_hold()
    {
        Should.Throw<ArgumentException>(() => new ConsentRecord(Guid.Empty, ConsentPurpose.Terms, true, Noon, "sign-up"));
        Should.Throw<ArgumentException>(() => new ConsentRecord(Person, ConsentPurpose.Terms, true, Noon, " "));
        Should.Throw<ArgumentException>(() => new ConsentRecord(Person, ConsentPurpose.Terms, true, Noon, new string('s', ConsentRecord.MaxSourceLength + 1)));
        new ConsentRecord(Person, ConsentPurpose.Terms, true, Noon, new string('s', ConsentRecord.MaxSourceLength)).Source.Length.ShouldBe(ConsentRecord.MaxSourceLength);
        Should.Throw<ArgumentOutOfRangeException>(() => new ConsentRecord(Person, (ConsentPurpose)99, true, Noon, "api"));

        Should.Throw<ArgumentException>(() => new AuditEntry(Noon, AuditActorKind.Account, null, null, AuditAction.Viewed, Person, "profile"))
            .Message.ShouldContain("needs its id");
        new AuditEntry(Noon, AuditActorKind.System, null, null, AuditAction.Erased, Person, "account").ActorId.ShouldBeNull();
        Should.Throw<ArgumentException>(() => new AuditEntry(Noon, AuditActorKind.System, null, null, AuditAction.Erased, Guid.Empty, "account"));
        Should.Throw<ArgumentException>(() => new AuditEntry(Noon, AuditActorKind.System, null, null, AuditAction.Erased, Person, new string('w', AuditEntry.MaxWhatLength + 1)));
    }
}
