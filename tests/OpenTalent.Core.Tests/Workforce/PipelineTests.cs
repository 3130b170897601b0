using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;

namespace OpenTalent.Core.Tests.Workforce;

public class PipelineTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Recruiter = Guid.CreateVersion7();
    private static readonly ExitReasonCatalogue Reasons = ExitReasonCatalogue.Default;
    private static readonly InterviewKit Kit = new(Guid.CreateVersion7(), "Research engineer", ["Coding", "ML depth", "Communication"]);

    private static readonly Pipeline Engineering = new([
        new("Applied", ApplicationStatus.Applied),
        new("Phone screen", ApplicationStatus.Screening),
        new("Technical interview", ApplicationStatus.Interview, requiredScorecards: 2),
        new("Onsite", ApplicationStatus.Interview),
        new("Offer", ApplicationStatus.Offer),
        new("Hired", ApplicationStatus.Hired),
    ]);

    private static Candidacy Applied(Pipeline? pipeline = null) =>
        Candidacy.Apply(pipeline ?? Engineering, Guid.CreateVersion7(), Guid.CreateVersion7(), "job-1", "referral", Guid.CreateVersion7(), Now);

    private static Scorecard Card(Candidacy candidacy, string stage, Recommendation overall, int coding = 4, int depth = 4, int communication = 4) =>
        new(Guid.CreateVersion7(), candidacy.ApplicationId, stage, Kit, Guid.CreateVersion7(),
            new Dictionary<string, int> { ["Coding"] = coding, ["ML depth"] = depth, ["Communication"] = communication }, overall, Now, null);

    private static Candidacy InTechnicalInterview() =>
        Applied().MoveTo(Engineering, "Phone screen", Recruiter, Now.AddDays(1)).MoveTo(Engineering, "Technical interview", Recruiter, Now.AddDays(2));

    [Fact]
    public void Every_move_is_timestamped_attributed_and_maps_onto_the_application_status()
    {
        var scored = InTechnicalInterview();
        scored = scored.Submit(Engineering, Card(scored, "Technical interview", Recommendation.Yes)).Submit(Engineering, Card(scored, "Technical interview", Recommendation.StrongYes));

        var hired = scored.MoveTo(Engineering, "Onsite", Recruiter, Now.AddDays(3), "Loop on Friday")
            .MoveTo(Engineering, "Offer", Recruiter, Now.AddDays(5))
            .MoveTo(Engineering, "Hired", Recruiter, Now.AddDays(9));

        hired.Status.ShouldBe(ApplicationStatus.Hired);
        hired.IsClosed.ShouldBeTrue();
        hired.Moves.Select(m => m.ToStage).ShouldBe(["Applied", "Phone screen", "Technical interview", "Onsite", "Offer", "Hired"]);
        hired.Moves.Select(m => m.Status).ShouldBe([ApplicationStatus.Applied, ApplicationStatus.Screening, ApplicationStatus.Interview, ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Hired]);
        hired.Moves[3].ShouldBe(new PipelineMove("Technical interview", "Onsite", ApplicationStatus.Interview, Now.AddDays(3), Recruiter, null, "Loop on Friday"));
        for (var i = 1; i < hired.Moves.Count; i++)
        {
            ApplicationWorkflow.IsFinal(hired.Moves[i - 1].Status).ShouldBeFalse();
            (hired.Moves[i].Status == hired.Moves[i - 1].Status || ApplicationWorkflow.CanMove(hired.Moves[i - 1].Status, hired.Moves[i].Status)).ShouldBeTrue();
        }
    }

    [Fact]
    public void Required_scorecards_hold_a_candidate_in_the_stage_with_a_clear_message()
    {
        var candidacy = InTechnicalInterview();
        candidacy = candidacy.Submit(Engineering, Card(candidacy, "Technical interview", Recommendation.Yes));

        var error = Should.Throw<PipelineRuleException>(() => candidacy.MoveTo(Engineering, "Onsite", Recruiter, Now));

        error.Message.ShouldBe("'Technical interview' needs 2 submitted scorecards before the candidate moves on; 1 submitted.");
        candidacy.Reject(Reasons, "skills-gap", Recruiter, Now).Status.ShouldBe(ApplicationStatus.Rejected);
    }

    [Fact]
    public void Skipping_follows_the_application_workflow_and_can_be_switched_off()
    {
        Applied().MoveTo(Engineering, "Onsite", Recruiter, Now).Stage.ShouldBe("Onsite");
        Should.Throw<PipelineRuleException>(() => Applied().MoveTo(Engineering, "Offer", Recruiter, Now)).Message.ShouldContain("cannot go from Applied to Offer");

        var strict = new Pipeline(Engineering.Stages, allowSkipping: false);
        Should.Throw<PipelineRuleException>(() => Applied(strict).MoveTo(strict, "Onsite", Recruiter, Now)).Message.ShouldContain("next stage is 'Phone screen'");
    }

    [Fact]
    public void Moving_back_is_allowed_only_within_the_same_kind()
    {
        var onsite = Applied().MoveTo(Engineering, "Onsite", Recruiter, Now);

        onsite.MoveTo(Engineering, "Technical interview", Recruiter, Now).Stage.ShouldBe("Technical interview");
        Should.Throw<PipelineRuleException>(() => onsite.MoveTo(Engineering, "Phone screen", Recruiter, Now)).Message.ShouldContain("same kind");
        Should.Throw<PipelineRuleException>(() => onsite.MoveTo(Engineering, "Onsite", Recruiter, Now)).Message.ShouldContain("already in 'Onsite'");
        Should.Throw<PipelineRuleException>(() => onsite.MoveTo(Engineering, "Final round", Recruiter, Now)).Message.ShouldContain("no stage 'Final round'");
    }

    [Fact]
    public void Rejections_and_withdrawals_take_a_catalogue_reason_and_close_the_candidacy()
    {
        var rejected = Applied().Reject(Reasons, "Position-Filled", Recruiter, Now.AddDays(1));
        rejected.Status.ShouldBe(ApplicationStatus.Rejected);
        rejected.Stage.ShouldBe("Applied");
        rejected.Moves[^1].ReasonCode.ShouldBe("position-filled");
        Should.Throw<PipelineRuleException>(() => rejected.MoveTo(Engineering, "Phone screen", Recruiter, Now)).Message.ShouldContain("final");

        Should.Throw<PipelineRuleException>(() => Applied().Reject(Reasons, "accepted-other-offer", Recruiter, Now)).Message.ShouldContain("not a rejected reason");
        Should.Throw<PipelineRuleException>(() => Applied().Reject(Reasons, "other-rejection", Recruiter, Now)).Message.ShouldContain("needs a note");
        Applied().Reject(Reasons, "other-rejection", Recruiter, Now, "Visa timing").Moves[^1].Note.ShouldBe("Visa timing");
        Applied().Withdraw(Reasons, "accepted-other-offer", Guid.CreateVersion7(), Now).Status.ShouldBe(ApplicationStatus.Withdrawn);
    }

    [Fact]
    public void A_bulk_rejection_succeeds_for_all_or_reports_each_failure_and_changes_nothing()
    {
        var selection = Enumerable.Range(0, 200).Select(_ => Applied()).ToList();

        var all = BulkMove.Run(selection, c => c.Reject(Reasons, "position-filled", Recruiter, Now));
        all.AllSucceeded.ShouldBeTrue();
        all.Changes.Count.ShouldBe(200);
        all.Changes.ShouldAllBe(c => c.Status == ApplicationStatus.Rejected);

        selection[17] = selection[17].Withdraw(Reasons, "personal", Guid.CreateVersion7(), Now);
        selection.Add(selection[3]);
        var mixed = BulkMove.Run(selection, c => c.Reject(Reasons, "position-filled", Recruiter, Now));
        mixed.AllSucceeded.ShouldBeFalse();
        mixed.Failed.ShouldBe(2);
        mixed.Changes.ShouldBeEmpty();
        mixed.Outcomes[17].Error.ShouldNotBeNull().ShouldContain("Withdrawn");
        mixed.Outcomes[200].Error.ShouldNotBeNull().ShouldContain("more than once");
        mixed.Outcomes[0].Result.ShouldNotBeNull().Status.ShouldBe(ApplicationStatus.Rejected);
    }

    [Fact]
    public void Rejection_messages_render_their_placeholders_and_refuse_unknown_ones()
    {
        var template = new MessageTemplate("Dear {candidateFirstName},\nthank you for applying to {jobTitle} at {organisationName}. {{Not a placeholder}}");

        template.Placeholders.ShouldBe(["candidateFirstName", "jobTitle", "organisationName"]);
        template.Render(new Dictionary<string, string> { ["candidateFirstName"] = "Ada", ["JOBTITLE"] = "Research engineer", ["organisationName"] = "Demo AI Lab" })
            .ShouldBe("Dear Ada,\nthank you for applying to Research engineer at Demo AI Lab. {Not a placeholder}");

        var unknown = Should.Throw<ArgumentException>(() => new MessageTemplate("Hi {candidate}, re {jobTitle} and {salary}"));
        unknown.Message.ShouldContain("{candidate} at character 4, {salary} at character 35");
        Should.Throw<ArgumentException>(() => new MessageTemplate("Hi {candidateName")).Message.ShouldContain("character 4 is never closed");
        Should.Throw<ArgumentException>(() => new MessageTemplate("Hi }")).Message.ShouldContain("closes nothing");
        Should.Throw<ArgumentException>(() => template.Render(new Dictionary<string, string> { ["jobTitle"] = "x" })).Message.ShouldContain("{candidateFirstName}, {organisationName}");
    }

    [Theory]
    [InlineData("Screen,Screening|Hired,Hired", "first stage must be the Applied stage")]
    [InlineData("Applied,Applied|Again,Applied|Hired,Hired", "second Applied stage")]
    [InlineData("Applied,Applied|Screen,Screening", "at least one Hired stage")]
    [InlineData("Applied,Applied|Screen,Screening|screen,Interview|Hired,Hired", "repeats the name 'screen'")]
    [InlineData("Applied,Applied|Onsite,Interview|Screen,Screening|Hired,Hired", "kinds must follow")]
    [InlineData("Applied,Applied|Offer,Offer|Hired,Hired", "cannot go from Applied to Offer")]
    public void Pipelines_are_checked_when_configured(string spec, string expected)
    {
        var stages = spec.Split('|').Select(s => s.Split(',')).Select(p => new PipelineStage(p[0], Enum.Parse<ApplicationStatus>(p[1])));

        Should.Throw<ArgumentException>(() => new Pipeline(stages)).Message.ShouldContain(expected);
    }

    [Fact]
    public void Exits_are_not_stages()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new PipelineStage("Rejected", ApplicationStatus.Rejected)).Message.ShouldContain("exits, not stages");
    }

    [Fact]
    public void Scorecards_rate_every_competency_of_the_kit_from_1_to_5()
    {
        var candidacy = InTechnicalInterview();
        Should.Throw<ArgumentOutOfRangeException>(() => Card(candidacy, "Technical interview", Recommendation.Yes, coding: 6)).Message.ShouldContain("'Coding' is rated 6");
        Should.Throw<ArgumentOutOfRangeException>(() => Card(candidacy, "Technical interview", Recommendation.Yes, depth: 0));
        Should.Throw<ArgumentException>(() => new Scorecard(Guid.CreateVersion7(), candidacy.ApplicationId, "Onsite", Kit, Guid.CreateVersion7(), new Dictionary<string, int> { ["Coding"] = 3 }, Recommendation.No, Now, null))
            .Message.ShouldContain("does not rate 'ML depth'");
        Should.Throw<ArgumentException>(() => new Scorecard(Guid.CreateVersion7(), candidacy.ApplicationId, "Onsite", Kit, Guid.CreateVersion7(), new Dictionary<string, int> { ["Coding"] = 3, ["ML depth"] = 3, ["Communication"] = 3, ["Vibes"] = 5 }, Recommendation.No, Now, null))
            .Message.ShouldContain("'Vibes' is not a competency");
        Card(candidacy, "Technical interview", Recommendation.Yes, 1, 5, 3).Ratings.ShouldBe([1, 5, 3]);
    }

    [Fact]
    public void A_scorecard_needs_a_reached_stage_and_one_per_interviewer()
    {
        var candidacy = InTechnicalInterview();
        Should.Throw<PipelineRuleException>(() => candidacy.Submit(Engineering, Card(candidacy, "Onsite", Recommendation.Yes))).Message.ShouldContain("has not reached 'Onsite'");
        var card = Card(candidacy, "Technical interview", Recommendation.Yes);
        Should.Throw<PipelineRuleException>(() => candidacy.Submit(Engineering, card).Submit(Engineering, card with { })).Message.ShouldContain("already submitted");
        Should.Throw<PipelineRuleException>(() => Applied().Submit(Engineering, card)).Message.ShouldContain("not " );
    }

    [Fact]
    public void Scorecards_aggregate_into_means_recommendation_counts_and_disagreements()
    {
        var candidacy = InTechnicalInterview();
        var summary = ScorecardSummary.Of([
            Card(candidacy, "Technical interview", Recommendation.StrongYes, coding: 5, depth: 2, communication: 4),
            Card(candidacy, "Technical interview", Recommendation.Yes, coding: 4, depth: 4, communication: 4),
            Card(candidacy, "Technical interview", Recommendation.No, coding: 4, depth: 5, communication: 3),
        ]);

        summary.Scorecards.ShouldBe(3);
        summary.Competencies.Select(c => (c.Competency, Math.Round(c.Mean, 2), c.Spread)).ShouldBe([("Coding", 4.33, 1), ("ML depth", 3.67, 3), ("Communication", 3.67, 1)]);
        summary.Recommendations[Recommendation.StrongYes].ShouldBe(1);
        summary.Recommendations[Recommendation.No].ShouldBe(1);
        summary.Recommendations[Recommendation.StrongNo].ShouldBe(0);
        summary.Disagreements.ShouldBe(["ML depth"]);
        summary.SplitRecommendation.ShouldBeTrue();
        ScorecardSummary.Of([]).Competencies.ShouldBeEmpty();
    }
}
