using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

/// <summary>A message to preview for applications selected on one page of a stage, before a bulk move sends it.</summary>
/// <param name="Template">The message, with placeholders such as {candidateFirstName} (see <see cref="MessageTemplate.KnownPlaceholders"/>).</param>
/// <param name="Stage">The stage whose page the applications were selected on (the first stage when omitted).</param>
/// <param name="Page">That page's number (1 when omitted), as the pipeline page numbers them.</param>
/// <param name="ToStage">The stage they are about to move to, for {stageName}; their current stage when omitted.</param>
public sealed record MessagePreviewRequest(string? Template, IReadOnlyList<Guid>? ApplicationIds, string? Stage, int? Page, string? ToStage);

public sealed record MessagePreviewItem(Guid ApplicationId, string CandidateName, string Message);

public sealed record MessagePreviewView(IReadOnlyList<string> Placeholders, IReadOnlyList<MessagePreviewItem> Items);

/// <summary>
/// Renders a templated hiring message for each selected application so a recruiter sees exactly what each
/// candidate would read; nothing is sent or stored.
/// </summary>
public static class MessagePreviewApi
{
    /// <summary>The most applications one preview renders: one pipeline page.</summary>
    public const int MaxItems = 200;

    public static RouteGroupBuilder MapMessagePreview(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/hiring/requisitions/{id:guid}/messages/preview", PreviewAsync)
            .WithSummary("Preview a templated message ({candidateName}, {candidateFirstName}, {jobTitle}, {organisationName}, {recruiterName}, {stageName}) for applications selected on one page of a stage.");
        return api;
    }

    private static async Task<Results<Ok<MessagePreviewView>, ValidationProblem, ProblemHttpResult>> PreviewAsync(
        Guid id, MessagePreviewRequest request, HttpContext context, EmployerAccess access, WorkforceStore store, IOrganisationStore organisations,
        CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ReadCandidates, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var validation = new Validation();
        var template = Template(validation, "template", request?.Template);
        if (string.IsNullOrWhiteSpace(request?.Template))
        {
            validation.Add("template", "is required: write the message to preview.");
        }

        var ids = request?.ApplicationIds ?? [];
        if (ids.Count == 0)
        {
            validation.Add("applicationIds", "must list at least one application.");
        }
        else if (ids.Count > MaxItems)
        {
            validation.Add("applicationIds", $"lists {ids.Count} applications; at most {MaxItems} (one page) preview at once.");
        }

        var page = request?.Page ?? 1;
        if (page < 1)
        {
            validation.Add("page", $"must be 1 or more; got {page}.");
        }

        if (!validation.IsValid)
        {
            return validation.Problem();
        }

        PipelinePage? found;
        try
        {
            found = await store.PipelinePageAsync(caller.OrganisationId, id, request!.Stage, page, MaxItems, cancellationToken);
        }
        catch (PipelineRuleException exception)
        {
            return ApiProblems.Field("stage", exception.Message);
        }

        if (found is null)
        {
            return ApiProblems.NotFound($"Your organisation has no requisition with the id {id}.");
        }

        var toStage = string.IsNullOrWhiteSpace(request.ToStage) ? found.Stage : request.ToStage.Trim();
        if (!found.Requisition.Pipeline.Stages.Any(s => string.Equals(s.Name, toStage, StringComparison.Ordinal)))
        {
            return ApiProblems.Field("toStage", $"'{toStage}' is not a stage of this requisition's pipeline ({string.Join(", ", found.Requisition.Pipeline.Stages.Select(s => s.Name))}).");
        }

        var onPage = found.Items.ToDictionary(i => i.Id);
        var missing = ids.Where(i => !onPage.ContainsKey(i)).ToArray();
        if (missing.Length > 0)
        {
            return ApiProblems.Field("applicationIds", $"{missing.Length} of the applications are not on page {found.Page} of {found.Stage} (first: {missing[0]}).");
        }

        var fields = await FieldsAsync(organisations, caller.OrganisationId, found.Requisition, cancellationToken);
        var items = new MessagePreviewItem[ids.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var item = onPage[ids[i]];
            items[i] = new MessagePreviewItem(item.Id, item.CandidateName, Render(template!, fields, item.CandidateName, toStage));
        }

        return TypedResults.Ok(new MessagePreviewView(template!.Placeholders, items));
    }

    /// <summary>A message template from a request field, or null (with the field's error) when it is not one; null without error when empty.</summary>
    public static MessageTemplate? Template(Validation validation, string field, string? text)
    {
        ArgumentNullException.ThrowIfNull(validation);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return new MessageTemplate(text);
        }
        catch (ArgumentException exception)
        {
            validation.Add(field, Message(exception));
            return null;
        }
    }

    /// <summary>What every message about a requisition shares: the job, the organisation and the recruiter.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> FieldsAsync(IOrganisationStore organisations, Guid organisationId, RequisitionRow requisition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(requisition);
        var organisation = await organisations.FindAsync(organisationId, cancellationToken);
        var recruiter = requisition.RecruiterId is { } recruiterId
            ? (await organisations.ListMembersAsync(organisationId, cancellationToken)).FirstOrDefault(m => m.Account.Id == recruiterId)?.Account.DisplayName
            : null;
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["jobTitle"] = requisition.Title,
            ["organisationName"] = organisation?.Name ?? "our organisation",
            ["recruiterName"] = recruiter ?? "the hiring team",
        };
    }

    /// <summary>One candidate's message: the shared fields, their name, and the stage the move leaves them in.</summary>
    public static string Render(MessageTemplate template, IReadOnlyDictionary<string, string> fields, string candidateName, string stageName)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(fields);
        var values = new Dictionary<string, string>(fields, StringComparer.OrdinalIgnoreCase)
        {
            ["candidateName"] = candidateName,
            ["candidateFirstName"] = FirstName(candidateName),
            ["stageName"] = stageName,
        };
        return template.Render(values);
    }

    /// <summary>The first word of a name: what a message says after "Dear".</summary>
    public static string FirstName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.AsSpan().Trim();
        var space = trimmed.IndexOf(' ');
        return (space < 0 ? trimmed : trimmed[..space]).ToString();
    }

    // The domain's message ends with " (Parameter 'text')"; the field is named by the problem instead.
    private static string Message(ArgumentException exception) =>
        exception.ParamName is { } name ? exception.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : exception.Message;
}
