using OpenTalent.Core.Hiring;

namespace OpenTalent.Web;

/// <summary>An organisation's members by account: who moved, decided or scored, and the people a form offers.</summary>
public static class MemberNames
{
    public static async Task<IReadOnlyDictionary<Guid, string>> OfAsync(IOrganisationStore organisations, Guid organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        return (await organisations.ListMembersAsync(organisationId, cancellationToken)).ToDictionary(m => m.Account.Id, m => m.Account.DisplayName);
    }

    /// <summary>The members in name order, as a form's choices.</summary>
    public static IReadOnlyList<(Guid Id, string Name)> Choices(IReadOnlyDictionary<Guid, string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return [.. names.Select(n => (n.Key, n.Value)).OrderBy(n => n.Value, StringComparer.CurrentCulture)];
    }
}
