using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;

namespace OpenTalent.Core.Tests.Workforce;

public class DuplicateCandidateTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private const string Resume = "Research engineer with six years of experience training large language models, distributed training on GPU clusters, PyTorch, evaluation pipelines and reinforcement learning from human feedback.";

    private static CandidateRecord Record(string name, string[]? emails = null, string[]? phones = null, string? resume = null) =>
        new(Guid.CreateVersion7(), name, emails ?? [], phones ?? [], resume, Now);

    [Fact]
    public void The_same_email_ignoring_case_and_plus_tags_is_a_duplicate()
    {
        var a = Record("Ada Lovelace", ["ada@example.org"]);
        var b = Record("A. King", [" ADA+jobs@Example.org "]);
        var c = Record("Someone Else", ["other@example.org"]);

        var match = DuplicateFinder.Find([a, b, c]).ShouldHaveSingleItem();

        match.Reason.ShouldBe(DuplicateReason.SameEmail);
        new[] { match.First, match.Second }.ShouldBe(new[] { a.Id, b.Id }, ignoreOrder: true);
    }

    [Theory]
    [InlineData("+44 20 7946 0958", "020 7946 0958")]
    [InlineData("0044 (20) 7946-0958", "+44 20 7946 0958")]
    public void The_same_phone_in_international_or_national_form_is_a_duplicate(string first, string second)
    {
        DuplicateFinder.Find([Record("Ada", phones: [first]), Record("Bea", phones: [second])]).ShouldHaveSingleItem().Reason.ShouldBe(DuplicateReason.SamePhone);
    }

    [Fact]
    public void A_near_identical_name_and_resume_is_a_duplicate_but_a_name_alone_is_not()
    {
        var a = Record("José Álvarez", resume: Resume);
        var b = Record("Alvarez, Jose", resume: Resume + " Based in Madrid.");
        var sameNameOtherPerson = Record("Jose Alvarez", resume: "Account executive selling enterprise software to banks in Latin America for ten years.");

        var match = DuplicateFinder.Find([a, b, sameNameOtherPerson]).ShouldHaveSingleItem();

        match.Reason.ShouldBe(DuplicateReason.SimilarNameAndResume);
        new[] { match.First, match.Second }.ShouldBe(new[] { a.Id, b.Id }, ignoreOrder: true);
        match.Score.ShouldBeGreaterThanOrEqualTo(DuplicateFinder.ResumeThreshold);
    }

    [Fact]
    public void A_pair_matching_several_ways_is_reported_once_with_the_strongest_reason()
    {
        var a = Record("Ada Lovelace", ["ada@example.org"], ["+44 20 7946 0958"], Resume);
        var b = Record("Ada Lovelace", ["ada@example.org"], ["020 7946 0958"], Resume);

        DuplicateFinder.Find([a, b]).ShouldHaveSingleItem().Reason.ShouldBe(DuplicateReason.SameEmail);
    }

    [Fact]
    public void Phones_with_too_few_digits_are_refused_naming_which()
    {
        Should.Throw<ArgumentException>(() => Record("Ada", phones: ["+44 20 7946 0958", "12-34"])).Message.ShouldContain("Phone 2 '12-34'");
    }

    [Fact]
    public void A_merge_keeps_the_kept_identity_unites_contacts_and_moves_every_candidacy_with_its_history()
    {
        var kept = Record("Ada Lovelace", ["ada@example.org"], [], null);
        var older = new CandidateRecord(Guid.CreateVersion7(), "Ada King", ["ada.king@example.org"], ["+44 20 7946 0958"], Resume, Now.AddYears(-1), [Guid.CreateVersion7()]);
        var by = Guid.CreateVersion7();
        var keptApplication = Candidacy.Apply(Pipeline.Standard, Guid.CreateVersion7(), kept.Id, "job-1", null, by, Now);
        var olderApplication = Candidacy.Apply(Pipeline.Standard, Guid.CreateVersion7(), older.Id, "job-2", "referral", by, Now.AddMonths(-6))
            .MoveTo(Pipeline.Standard, "Screen", by, Now.AddMonths(-5))
            .Reject(ExitReasonCatalogue.Default, "position-filled", by, Now.AddMonths(-4));

        var result = CandidateMerge.Merge(kept, older, [keptApplication, olderApplication]);

        result.Merged.Id.ShouldBe(kept.Id);
        result.Merged.Name.ShouldBe("Ada Lovelace");
        result.Merged.Emails.ShouldBe(["ada@example.org", "ada.king@example.org"]);
        result.Merged.Phones.ShouldBe(["+442079460958"]);
        result.Merged.ResumeText.ShouldBe(Resume);
        result.Merged.CreatedAt.ShouldBe(Now.AddYears(-1));
        result.Merged.MergedFrom.ShouldBe([older.Id, older.MergedFrom[0]]);
        result.Candidacies.ShouldAllBe(c => c.CandidateId == kept.Id);
        result.Candidacies[1].Moves.ShouldBe(olderApplication.Moves);
        result.Candidacies[1].Status.ShouldBe(ApplicationStatus.Rejected);
        result.Candidacies[1].Source.ShouldBe("referral");
    }

    [Fact]
    public void A_merge_refuses_itself_and_strangers_candidacies()
    {
        var a = Record("Ada");
        var stranger = Candidacy.Apply(Pipeline.Standard, Guid.CreateVersion7(), Guid.CreateVersion7(), "job-1", null, Guid.CreateVersion7(), Now);

        Should.Throw<ArgumentException>(() => CandidateMerge.Merge(a, a, []));
        Should.Throw<ArgumentException>(() => CandidateMerge.Merge(a, Record("Bea"), [stranger])).Message.ShouldContain("neither record");
    }
}
