using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Workforce;
using OpenTalent.Storage.Workforce;
using OpenTalent.Web.Problems;
using OpenTalent.Web.Security;

namespace OpenTalent.Web;

public sealed record TargetRequest(string? Date, int? Headcount);

public sealed record UnitRequest(Guid? Id, string? Name, int? Current, IReadOnlyList<TargetRequest>? Targets, IReadOnlyList<UnitRequest>? Teams);

/// <param name="Slug">The plan's short name (lower-case letters, digits, hyphens), as the CLI's <c>--org</c> takes it; kept when omitted.</param>
public sealed record PlanRequest(string? Slug, string? Name, IReadOnlyList<UnitRequest>? Departments);

/// <summary>
/// Creating and editing the organisation's headcount plan (<c>PUT /api/v1/employer/hiring/plan</c>, owners only):
/// departments and teams with their current headcount and dated targets, checked by the domain. Departments keep their
/// ids, so requisitions stay attached; one with requisitions cannot be removed.
/// </summary>
public static class PlanEditingApi
{
    public static RouteGroupBuilder MapPlanEditing(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPut("/hiring/plan", SaveAsync)
            .WithSummary("Create or replace the headcount plan (owners): departments and teams with current headcount and targets by date; departments with requisitions stay.");
        return api;
    }

    private static async Task<Results<Ok<PlanView>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        PlanRequest request, HttpContext context, EmployerAccess access, WorkforceStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (caller, denied) = await access.ResolveAsync(context.User, EmployerAction.ManageMembers, cancellationToken);
        if (caller is null)
        {
            return (ProblemHttpResult)denied!;
        }

        var existing = await store.FindPlanForAsync(caller.OrganisationId, cancellationToken);
        var validation = new Validation();
        var slug = request?.Slug?.Trim() is { Length: > 0 } given ? given : existing?.Summary.Slug;
        if (slug is null)
        {
            validation.Add("slug", "is required for a new plan: a short name of lower-case letters, digits and hyphens, such as acme-growth.");
        }

        var name = validation.Required("name", request?.Name, Department.MaxNameLength);
        var departments = new List<Department>();
        var requested = request?.Departments ?? [];
        if (requested.Count == 0)
        {
            validation.Add("departments", "list at least one department.");
        }

        for (var i = 0; i < requested.Count; i++)
        {
            if (Unit(validation, $"departments[{i}]", requested[i], (id, unitName, current, targets, teams) => new Department(id, unitName, current, targets, teams)) is { } department)
            {
                departments.Add(department);
            }
        }

        var plan = validation.IsValid ? validation.Try("departments", () => new HeadcountPlan(existing?.Plan.Id ?? Guid.CreateVersion7(), caller.OrganisationId, name!, departments)) : null;
        if (plan is null)
        {
            return validation.Problem();
        }

        var kept = plan.Departments.Select(d => d.Id).ToHashSet();
        var orphaned = (await store.RequisitionsAsync(caller.OrganisationId, cancellationToken)).Where(r => !kept.Contains(r.DepartmentId)).ToArray();
        if (orphaned.Length > 0)
        {
            var names = existing?.Plan.Departments.ToDictionary(d => d.Id, d => d.Name) ?? [];
            var missing = orphaned.Select(r => names.GetValueOrDefault(r.DepartmentId, r.DepartmentId.ToString())).Distinct().ToArray();
            return ApiProblems.Conflict($"{orphaned.Length:N0} requisitions belong to {string.Join(", ", missing)}, which the plan leaves out; keep the department (with its id) or cancel them first.");
        }

        try
        {
            await store.SavePlanAsync(slug!, plan, clock.GetUtcNow(), cancellationToken);
        }
        catch (ArgumentException exception)
        {
            return ApiProblems.Field("slug", ProblemText.Clean(exception));
        }
        catch (InvalidOperationException exception)
        {
            return ApiProblems.Conflict(exception.Message);
        }

        return TypedResults.Ok((await HiringApi.PlanOfAsync(caller.OrganisationId, store, cancellationToken))!);
    }

    /// <summary>A department or team from its request, its errors under <paramref name="field"/>; teams only below departments.</summary>
    private static T? Unit<T>(Validation validation, string field, UnitRequest? unit, Func<Guid, string, int, IEnumerable<HeadcountTarget>, IEnumerable<Team>, T> create)
        where T : class
    {
        var before = validation.Errors.Count;
        var name = validation.Required($"{field}.name", unit?.Name, Department.MaxNameLength);
        if (unit?.Current is not { } current)
        {
            validation.Add($"{field}.current", "is required: how many people are there now.");
            current = 0;
        }

        var targets = new List<HeadcountTarget>();
        var requested = unit?.Targets ?? [];
        for (var t = 0; t < requested.Count; t++)
        {
            var target = requested[t];
            if (!DateOnly.TryParseExact(target?.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                validation.Add($"{field}.targets[{t}].date", $"must be a date as YYYY-MM-DD; got '{target?.Date}'.");
            }
            else if (target!.Headcount is not { } headcount)
            {
                validation.Add($"{field}.targets[{t}].headcount", "is required.");
            }
            else if (validation.Try($"{field}.targets[{t}].headcount", () => new HeadcountTarget(date, headcount)) is { } checkedTarget)
            {
                targets.Add(checkedTarget);
            }
        }

        var teams = new List<Team>();
        var requestedTeams = unit?.Teams ?? [];
        if (typeof(T) == typeof(Team) && requestedTeams.Count > 0)
        {
            validation.Add($"{field}.teams", "teams have no teams of their own.");
        }

        for (var t = 0; t < requestedTeams.Count && typeof(T) == typeof(Department); t++)
        {
            if (Unit(validation, $"{field}.teams[{t}]", requestedTeams[t], (id, teamName, teamCurrent, teamTargets, _) => new Team(id, teamName, teamCurrent, teamTargets)) is { } team)
            {
                teams.Add(team);
            }
        }

        return validation.Errors.Count > before || name is null
            ? null
            : validation.Try(field, () => create(unit!.Id ?? Guid.CreateVersion7(), name, current, targets, teams));
    }
}
