using OpenTalent.Core.Hiring;

namespace OpenTalent.Web;

public sealed record ApplyRequest(string? PostingId, string? Note);

public sealed record MoveRequest(string? Status, string? Note);

public sealed record StepView(ApplicationStatus Status, DateTimeOffset At, string? Note);

/// <summary>An application as its seeker sees it: employers' internal notes are not shown.</summary>
public sealed record SeekerApplicationView(
    Guid Id, string PostingId, string? JobTitle, string? Employer, ApplicationStatus Status, DateTimeOffset AppliedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<StepView> History, IReadOnlyList<ApplicationStatus> Next, string JobUrl)
{
    public static SeekerApplicationView From(JobApplication application, string? title, string? employer)
    {
        ArgumentNullException.ThrowIfNull(application);
        var self = application.SeekerId.ToString();
        return new(
            application.Id, application.PostingId, title, employer, application.Status, application.AppliedAt, application.UpdatedAt,
            [.. application.History.Select(s => new StepView(s.Status, s.At, s.By == self ? s.Note : null))],
            ApplicationWorkflow.NextFor(ApplicationActor.Seeker, application.Status),
            JobView.PageUrl(application.PostingId));
    }
}

public sealed record ApplicantView(Guid SeekerId, string DisplayName, string Email);

/// <summary>An application as the employer sees it, with every step's note and who made it.</summary>
public sealed record EmployerApplicationView(
    Guid Id, string PostingId, ApplicantView Applicant, ApplicationStatus Status, DateTimeOffset AppliedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<EmployerStepView> History, IReadOnlyList<ApplicationStatus> Next)
{
    public static EmployerApplicationView From(JobApplication application, Account seeker)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(seeker);
        return new(
            application.Id, application.PostingId, new ApplicantView(seeker.Id, seeker.DisplayName, seeker.Email.Value), application.Status,
            application.AppliedAt, application.UpdatedAt, [.. application.History.Select(s => new EmployerStepView(s.Status, s.At, s.By, s.Note))],
            ApplicationWorkflow.NextFor(ApplicationActor.Employer, application.Status));
    }
}

public sealed record EmployerStepView(ApplicationStatus Status, DateTimeOffset At, string? By, string? Note);

internal static class StatusNames
{
    public static ApplicationStatus? Parse(string? text) =>
        Enum.TryParse<ApplicationStatus>(text?.Trim(), ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null;

    public static string Choices => string.Join(", ", Enum.GetNames<ApplicationStatus>().Select(n => n.ToLowerInvariant()));
}
