using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;
using OpenTalent.Web.Security;

namespace OpenTalent.Web.Pages.Employer;

/// <summary>What the job form starts from: nothing (a new job) or the job being edited, as the API shows it.</summary>
public sealed record JobFormView(JobView? Job, string SkillsJson)
{
    public bool Editing => Job is not null;

    public string Value(Func<JobView, string?> read) => Job is null ? "" : read(Job) ?? "";

    public string Amount(Func<SalaryView, decimal> read) =>
        Job?.Salary is { } salary ? read(salary).ToString("0.##", CultureInfo.InvariantCulture) : "";

    public string Arrangement => Job?.Arrangement switch
    {
        WorkArrangement.OnSite => "onSite",
        WorkArrangement.Hybrid => "hybrid",
        WorkArrangement.Remote => "remote",
        _ => "",
    };

    public string EmploymentType => Job?.EmploymentType is { } type && type != Core.Understanding.EmploymentType.Unspecified ? JsonNamingPolicy.CamelCase.ConvertName(type.ToString()) : "";
}

/// <summary>Post a job: an empty form.</summary>
public sealed class NewJobModel(EmployerAccess access) : EmployerPageModel(access)
{
    public JobFormView Form { get; } = new(null, "[]");

    public Task OnGetAsync(CancellationToken cancellationToken) => ResolveAsync(EmployerAction.WriteJobs, cancellationToken);
}

/// <summary>Edit a job: the form filled from the stored posting, its skill list as the employer left it.</summary>
public sealed class EditJobModel(EmployerAccess access, IPostingOwnerStore owners, IMatchingStore store, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : EmployerPageModel(access)
{
    public JobFormView Form { get; private set; } = new(null, "[]");

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(EmployerAction.WriteJobs, cancellationToken))
        {
            return Page();
        }

        var (record, _) = await EmployerApi.OwnedAsync(Caller!, id, owners, store, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        var job = JobView.From(record);
        Form = new JobFormView(job, JsonSerializer.Serialize(job.Skills, json.Value.SerializerOptions));
        return Page();
    }
}
