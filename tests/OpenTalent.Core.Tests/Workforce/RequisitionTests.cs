using OpenTalent.Core.Workforce;

namespace OpenTalent.Core.Tests.Workforce;

public class RequisitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Manager = Guid.CreateVersion7();
    private static readonly Guid Recruiter = Guid.CreateVersion7();
    private static readonly Guid Cfo = Guid.CreateVersion7();
    private static readonly Decider DepartmentHead = new(Guid.CreateVersion7(), ["Department head"]);
    private static readonly Decider Finance = new(Guid.CreateVersion7(), ["finance"]);
    private static readonly Decider TheCfo = new(Cfo);
    private static readonly SalaryBand Band = new(150_000, 200_000, "usd");

    private static Requisition NewDraft(ApprovalChain? chain = null) => Requisition.Draft(
        Guid.CreateVersion7(), null, "Research engineer", Manager, Recruiter, new DateOnly(2026, 6, 1), Band,
        chain ?? new ApprovalChain([Approver.Role("Department head"), Approver.Role("Finance"), Approver.Person(Cfo)]), Manager, Now);

    private static Requisition Opened() => NewDraft().Submit(Manager, Now).Approve(DepartmentHead, Now).Approve(Finance, Now).Approve(TheCfo, Now);

    [Fact]
    public void A_requisition_opens_only_when_every_step_in_order_has_approved()
    {
        var pending = NewDraft().Submit(Manager, Now.AddHours(1));
        pending.Status.ShouldBe(RequisitionStatus.PendingApproval);
        pending.PendingStep.ShouldBe(0);

        var afterTwo = pending.Approve(DepartmentHead, Now.AddHours(2)).Approve(Finance, Now.AddHours(3), "Budgeted");
        afterTwo.Status.ShouldBe(RequisitionStatus.PendingApproval);
        afterTwo.PendingStep.ShouldBe(2);

        var open = afterTwo.Approve(TheCfo, Now.AddHours(4));
        open.Status.ShouldBe(RequisitionStatus.Open);
        open.ApprovedBand.ShouldBe(Band);
        open.Decisions.Select(d => (d.Step, d.By, d.Verdict)).ShouldBe([(0, DepartmentHead.AccountId, ApprovalVerdict.Approved), (1, Finance.AccountId, ApprovalVerdict.Approved), (2, Cfo, ApprovalVerdict.Approved)]);
        open.Decisions[1].Comment.ShouldBe("Budgeted");
        open.History.Select(h => h.Status).ShouldBe([RequisitionStatus.Draft, RequisitionStatus.PendingApproval, RequisitionStatus.Open]);
        open.History[^1].By.ShouldBe(Cfo);
    }

    [Fact]
    public void Only_the_pending_steps_approver_may_decide_and_the_message_names_the_step()
    {
        var pending = NewDraft().Submit(Manager, Now);

        var error = Should.Throw<RequisitionRuleException>(() => pending.Approve(Finance, Now));

        error.Message.ShouldContain("Step 1 of 3");
        error.Message.ShouldContain("role 'Department head'");
        Should.Throw<RequisitionRuleException>(() => pending.Approve(DepartmentHead, Now).Approve(new Decider(Guid.CreateVersion7(), ["Finance"]), Now).Approve(Finance, Now))
            .Message.ShouldContain("person");
    }

    [Fact]
    public void A_rejection_ends_the_round_returns_to_draft_and_a_resubmission_starts_from_the_first_step()
    {
        var rejected = NewDraft().Submit(Manager, Now).Approve(DepartmentHead, Now).Reject(Finance, Now.AddDays(1), "Not in this quarter's budget");

        rejected.Status.ShouldBe(RequisitionStatus.Draft);
        rejected.Decisions[^1].Verdict.ShouldBe(ApprovalVerdict.Rejected);
        rejected.History[^1].Note.ShouldNotBeNull().ShouldContain("Not in this quarter's budget");
        Should.Throw<RequisitionRuleException>(() => rejected.Approve(Finance, Now));

        var again = rejected.Submit(Manager, Now.AddDays(2));
        again.Round.ShouldBe(2);
        again.PendingStep.ShouldBe(0);
        again.Decisions.Count.ShouldBe(2);
    }

    [Fact]
    public void A_rejection_must_give_a_reason()
    {
        Should.Throw<ArgumentException>(() => NewDraft().Submit(Manager, Now).Reject(DepartmentHead, Now, " ")).ParamName.ShouldBe("comment");
    }

    [Fact]
    public void An_empty_chain_opens_on_submission()
    {
        var open = NewDraft(ApprovalChain.None).Submit(Manager, Now);

        open.Status.ShouldBe(RequisitionStatus.Open);
        open.ApprovedBand.ShouldBe(Band);
    }

    [Fact]
    public void Raising_the_band_after_approval_sends_it_back_to_approval_from_the_first_step()
    {
        var raised = Opened().ChangeBand(new SalaryBand(150_000, 230_000, "USD"), Manager, Now.AddDays(3));

        raised.Status.ShouldBe(RequisitionStatus.PendingApproval);
        raised.Round.ShouldBe(2);
        raised.PendingStep.ShouldBe(0);
        raised.ApprovedBand.ShouldBe(Band);
        raised.History[^1].Note.ShouldNotBeNull().ShouldContain("approval restarts");
    }

    [Fact]
    public void Narrowing_the_band_inside_the_approved_one_keeps_the_approval()
    {
        var narrowed = Opened().ChangeBand(new SalaryBand(160_000, 200_000, "USD"), Manager, Now);

        narrowed.Status.ShouldBe(RequisitionStatus.Open);
        narrowed.Band.Minimum.ShouldBe(160_000);
    }

    [Fact]
    public void A_currency_change_is_never_a_narrowing()
    {
        Opened().ChangeBand(new SalaryBand(160_000, 190_000, "EUR"), Manager, Now).Status.ShouldBe(RequisitionStatus.PendingApproval);
    }

    [Fact]
    public void Open_requisitions_hold_resume_and_fill_and_final_ones_refuse_changes()
    {
        var filled = Opened().Hold(Manager, Now, "Reorg").Resume(Manager, Now).Fill(Recruiter, Now, "application 42");

        filled.Status.ShouldBe(RequisitionStatus.Filled);
        Should.Throw<RequisitionRuleException>(() => filled.Cancel(Manager, Now, "x")).Message.ShouldContain("final");
        Should.Throw<RequisitionRuleException>(() => filled.ChangeBand(new SalaryBand(1, 2, "USD"), Manager, Now));
        Should.Throw<RequisitionRuleException>(() => NewDraft().Fill(Recruiter, Now, null)).Message.ShouldContain("it can go to: PendingApproval, Open, Cancelled");
    }

    [Fact]
    public void Cancelling_needs_a_reason_and_is_allowed_from_any_live_status()
    {
        Should.Throw<ArgumentException>(() => NewDraft().Cancel(Manager, Now, "")).ParamName.ShouldBe("reason");
        NewDraft().Submit(Manager, Now).Cancel(Manager, Now, "Headcount moved").Status.ShouldBe(RequisitionStatus.Cancelled);
        Opened().Hold(Manager, Now, "Freeze").Cancel(Manager, Now, "Freeze made permanent").Status.ShouldBe(RequisitionStatus.Cancelled);
    }

    [Theory]
    [InlineData(RequisitionStatus.Draft, RequisitionStatus.Filled)]
    [InlineData(RequisitionStatus.PendingApproval, RequisitionStatus.OnHold)]
    [InlineData(RequisitionStatus.OnHold, RequisitionStatus.Filled)]
    [InlineData(RequisitionStatus.Filled, RequisitionStatus.Open)]
    [InlineData(RequisitionStatus.Cancelled, RequisitionStatus.Draft)]
    public void Illegal_transitions_are_refused_and_a_stored_history_cannot_contain_them(RequisitionStatus from, RequisitionStatus to)
    {
        RequisitionWorkflow.CanMove(from, to).ShouldBeFalse();
    }

    [Fact]
    public void A_stored_history_with_an_illegal_step_or_out_of_order_dates_is_refused()
    {
        var by = Guid.CreateVersion7();
        Requisition Build(params RequisitionEvent[] history) =>
            new(Guid.CreateVersion7(), Guid.CreateVersion7(), null, "Role", Manager, null, new DateOnly(2026, 6, 1), Band, ApprovalChain.None, 1, [], history);

        Should.Throw<ArgumentException>(() => Build(new(RequisitionStatus.Draft, Now, by, null), new(RequisitionStatus.Filled, Now, by, null))).Message.ShouldContain("Step 2");
        Should.Throw<ArgumentException>(() => Build(new(RequisitionStatus.Draft, Now, by, null), new(RequisitionStatus.Open, Now.AddDays(-1), by, null))).Message.ShouldContain("dated before");
        Should.Throw<ArgumentException>(() => Build(new RequisitionEvent(RequisitionStatus.Open, Now, by, null))).Message.ShouldContain("starts with Draft");
    }

    [Theory]
    [InlineData(200_001, 200_000, "USD", "minimum")]
    [InlineData(-1, 200_000, "USD", "minimum")]
    [InlineData(1, 2, "US", "currency")]
    [InlineData(1, 2, "U$D", "currency")]
    public void Salary_bands_are_checked(double minimum, double maximum, string currency, string field)
    {
        Should.Throw<ArgumentException>(() => new SalaryBand((decimal)minimum, (decimal)maximum, currency)).ParamName.ShouldBe(field);
    }

    [Fact]
    public void A_band_may_be_a_single_amount()
    {
        new SalaryBand(100_000, 100_000, " eur ").Currency.ShouldBe("EUR");
    }
}
