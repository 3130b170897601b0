using OpenTalent.Core.Hiring;

namespace OpenTalent.Core.Tests.Hiring;

public class PlatformDomainTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(" Ada@Example.ORG ", "ada@example.org")]
    [InlineData("a.b+tag@sub.example.co.uk", "a.b+tag@sub.example.co.uk")]
    public void Email_addresses_are_trimmed_and_lower_cased(string given, string expected) => new EmailAddress(given).Value.ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("ada")]
    [InlineData("@example.org")]
    [InlineData("ada@example")]
    [InlineData("ada@@example.org")]
    [InlineData("ada lovelace@example.org")]
    [InlineData("ada@example..org")]
    public void Malformed_email_addresses_are_refused(string given) => Should.Throw<ArgumentException>(() => new EmailAddress(given)).ParamName.ShouldBe("value");

    [Fact]
    public void An_application_moves_forward_through_the_funnel_and_records_each_step()
    {
        var seeker = Guid.CreateVersion7();
        var application = JobApplication.Submit(seeker, "job-1", Now, "Hello")
            .MoveTo(ApplicationStatus.Screening, ApplicationActor.Employer, Now.AddDays(1), "recruiter", null)
            .MoveTo(ApplicationStatus.Interview, ApplicationActor.Employer, Now.AddDays(2), "recruiter", "Tuesday")
            .MoveTo(ApplicationStatus.Offer, ApplicationActor.Employer, Now.AddDays(3), "manager", null)
            .MoveTo(ApplicationStatus.Hired, ApplicationActor.Employer, Now.AddDays(4), "manager", null);

        application.Status.ShouldBe(ApplicationStatus.Hired);
        application.History.Select(h => h.Status).ShouldBe([ApplicationStatus.Applied, ApplicationStatus.Screening, ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Hired]);
        application.History[2].Note.ShouldBe("Tuesday");
        ApplicationWorkflow.NextFor(ApplicationActor.Employer, application.Status).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ApplicationStatus.Applied, ApplicationStatus.Offer, ApplicationActor.Employer)]
    [InlineData(ApplicationStatus.Applied, ApplicationStatus.Hired, ApplicationActor.Employer)]
    [InlineData(ApplicationStatus.Applied, ApplicationStatus.Withdrawn, ApplicationActor.Employer)]
    [InlineData(ApplicationStatus.Applied, ApplicationStatus.Rejected, ApplicationActor.Seeker)]
    [InlineData(ApplicationStatus.Applied, ApplicationStatus.Applied, ApplicationActor.Employer)]
    public void Illegal_moves_are_refused_and_say_what_is_allowed(ApplicationStatus from, ApplicationStatus to, ApplicationActor actor)
    {
        ApplicationWorkflow.MayMove(actor, from, to).ShouldBeFalse();
        var application = JobApplication.Submit(Guid.CreateVersion7(), "job-1", Now, null);

        var error = Should.Throw<IllegalTransitionException>(() => application.MoveTo(to, actor, Now, "x", null));

        error.Message.ShouldContain("allowed:");
    }

    [Fact]
    public void Nothing_moves_after_a_final_status_and_the_seeker_may_only_withdraw()
    {
        foreach (var final in new[] { ApplicationStatus.Hired, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn })
        {
            ApplicationWorkflow.IsFinal(final).ShouldBeTrue();
            Enum.GetValues<ApplicationStatus>().ShouldAllBe(to => !ApplicationWorkflow.CanMove(final, to));
        }

        ApplicationWorkflow.NextFor(ApplicationActor.Seeker, ApplicationStatus.Interview).ShouldBe([ApplicationStatus.Withdrawn]);
        ApplicationWorkflow.NextFor(ApplicationActor.Employer, ApplicationStatus.Applied).ShouldBe([ApplicationStatus.Screening, ApplicationStatus.Interview, ApplicationStatus.Rejected]);
    }

    [Fact]
    public void A_stored_history_that_skips_the_funnel_cannot_be_loaded()
    {
        var steps = new[]
        {
            new ApplicationStatusChange(ApplicationStatus.Applied, Now, null, null),
            new ApplicationStatusChange(ApplicationStatus.Hired, Now.AddDays(1), null, null),
        };

        Should.Throw<ArgumentException>(() => new JobApplication(Guid.CreateVersion7(), Guid.CreateVersion7(), "job-1", steps)).Message.ShouldContain("Applied to Hired");
        Should.Throw<ArgumentException>(() => new JobApplication(Guid.CreateVersion7(), Guid.CreateVersion7(), "job-1", [])).ParamName.ShouldBe("history");
    }

    [Fact]
    public void An_issued_api_key_keeps_only_the_hash_of_a_secret_shown_once()
    {
        var organisation = Guid.CreateVersion7();

        var (key, secret) = ApiKey.Issue(organisation, "ATS sync", null, Now);
        var (other, otherSecret) = ApiKey.Issue(organisation, "ATS sync", null, Now);

        ApiKey.LooksLikeSecret(secret).ShouldBeTrue();
        secret.ShouldNotBe(otherSecret);
        key.SecretHash.ShouldBe(ApiKey.HashSecret(secret));
        key.SecretHash.ShouldNotContain(secret[3..]);
        other.SecretHash.ShouldNotBe(key.SecretHash);
        secret.ShouldStartWith(key.Hint);
        key.Revoke(Now.AddDays(1)).IsActive.ShouldBeFalse();
        ApiKey.LooksLikeSecret("ot_short").ShouldBeFalse();
        ApiKey.LooksLikeSecret("Bearer " + secret).ShouldBeFalse();
    }

    [Theory]
    [InlineData(MemberRole.Owner, EmployerAction.ManageApiKeys, true)]
    [InlineData(MemberRole.Recruiter, EmployerAction.ManageApiKeys, false)]
    [InlineData(MemberRole.Recruiter, EmployerAction.WriteJobs, true)]
    [InlineData(MemberRole.HiringManager, EmployerAction.WriteJobs, false)]
    [InlineData(MemberRole.HiringManager, EmployerAction.MoveApplications, true)]
    [InlineData(MemberRole.HiringManager, EmployerAction.ManageMembers, false)]
    public void Roles_allow_what_the_permission_table_says(MemberRole role, EmployerAction action, bool allowed) =>
        MemberPermissions.Allows(role, action).ShouldBe(allowed);

    [Fact]
    public void An_api_key_acts_as_a_recruiter_never_as_an_owner()
    {
        MemberPermissions.AllowsApiKey(EmployerAction.WriteJobs).ShouldBeTrue();
        MemberPermissions.AllowsApiKey(EmployerAction.MoveApplications).ShouldBeTrue();
        MemberPermissions.AllowsApiKey(EmployerAction.ManageApiKeys).ShouldBeFalse();
        MemberPermissions.AllowsApiKey(EmployerAction.ManageMembers).ShouldBeFalse();
    }

    [Fact]
    public void Seekers_start_hidden_from_employers_with_no_profile()
    {
        var account = Guid.CreateVersion7();

        var settings = SeekerSettings.Initial(account, Now);

        settings.Discoverable.ShouldBeFalse();
        settings.ProfileId.ShouldBeNull();
        SeekerSettings.ProfileIdFor(account).ShouldBe("seeker-" + account.ToString("N"));
    }
}
