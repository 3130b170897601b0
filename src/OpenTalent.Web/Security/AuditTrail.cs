using OpenTalent.Core.Privacy;

namespace OpenTalent.Web.Security;

/// <summary>Writes the audit log from the web app: who (an employer's member or API key, or the person themself) touched whose data.</summary>
public sealed class AuditTrail(IAuditLog log, TimeProvider clock)
{
    public static (AuditActorKind Kind, Guid Actor) ActorOf(EmployerCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.AccountId is { } account ? (AuditActorKind.Account, account) : (AuditActorKind.ApiKey, caller.ApiKeyId!.Value);
    }

    /// <summary>An employer's member or key viewed or changed these people's data.</summary>
    public async Task EmployerAsync(EmployerCaller caller, AuditAction action, IEnumerable<Guid> subjects, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var (kind, actor) = ActorOf(caller);
        var now = clock.GetUtcNow();
        await log.RecordAsync([.. subjects.Distinct().Select(subject => new AuditEntry(now, kind, actor, caller.OrganisationId, action, subject, what))], cancellationToken);
    }

    /// <summary>A person changed or exported their own data.</summary>
    public async Task SelfAsync(Guid accountId, AuditAction action, string what, CancellationToken cancellationToken) =>
        await log.RecordAsync([new AuditEntry(clock.GetUtcNow(), AuditActorKind.Account, accountId, null, action, accountId, what)], cancellationToken);
}
