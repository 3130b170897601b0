using System.Data.Common;
using Dapper;
using OpenTalent.Core.Hiring;
using static OpenTalent.Storage.Hiring.PlatformValues;

namespace OpenTalent.Storage.Privacy;

/// <summary>
/// Takes the person out of rows that must stay for employers' figures, inside the caller's transaction: an erased
/// account's applications, or rejected applications past their retention. Applications move to a new placeholder
/// account (no email of theirs, no password), the notes they wrote and their id leave the history; ranking places
/// keep position and score but lose who and why; a requisition's copy of them (name, contacts, messages, scorecards)
/// goes too.
/// </summary>
internal sealed class Anonymiser(Database database, DbConnection connection, DbTransaction transaction)
{
    public const string ErasedProfile = "erased";

    /// <summary>A valid, empty explanation, so a ranking still reads back whole.</summary>
    private const string ErasedExplanation =
        """{"requiredMatched":[],"preferredMatched":[],"matchedThroughRelated":[],"requiredMissing":[],"preferredMissing":[],"salary":{"verdict":"Unknown","offered":null,"expected":null,"ratio":null},"factors":[],"summary":"Erased at the person's request or after its retention period."}""";

    /// <param name="applications">A condition on <c>applications</c> (unqualified columns) choosing the rows.</param>
    /// <returns>How many applications were anonymised.</returns>
    public async Task<int> ApplicationsAsync(string applications, object values, CancellationToken cancellationToken)
    {
        var chosen = (await connection.QueryAsync<(string Id, string Seeker)>(new CommandDefinition(
            $"SELECT id, seeker FROM applications WHERE {applications}", values, transaction, cancellationToken: cancellationToken))).ToArray();
        if (chosen.Length == 0)
        {
            return 0;
        }

        var now = DateTimeOffset.UtcNow;
        var placeholder = Guid.CreateVersion7(now);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO accounts (id, email, display_name, kind, password_hash, created_at) VALUES (@Id, @Email, @Name, @Kind, '!', @At)",
            new { Id = Id(placeholder), Email = $"erased-{placeholder:N}@erased.invalid", Name = "Erased applicant", Kind = nameof(AccountKind.Seeker), At = Time(database.Provider, now) },
            transaction,
            cancellationToken: cancellationToken));
        foreach (var (id, seeker) in chosen)
        {
            var row = new { Application = id, Seeker = seeker, Placeholder = Id(placeholder) };
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE application_events SET actor = @Placeholder, note = NULL WHERE application = @Application AND actor = @Seeker", row, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE applications SET seeker = @Placeholder WHERE id = @Application", row, transaction, cancellationToken: cancellationToken));
            await RankingPlacesAsync("application = @Application", row, cancellationToken);
            await CandidacyAsync(row, cancellationToken);
        }

        return chosen.Length;
    }

    /// <summary>
    /// An application that joined a requisition's pipeline (the candidacy has its id): the candidate record copied
    /// from the account loses name and contacts, the messages sent and the scorecards' notes go, and the seeker's own
    /// moves (applying, withdrawing) are attributed to the placeholder. Stages and dates stay for the figures.
    /// </summary>
    private async Task CandidacyAsync(object row, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE workforce_candidates SET name = 'Erased applicant', emails = '[]', phones = '[]', resume = NULL
            WHERE id IN (SELECT candidate FROM candidacies WHERE id = @Application)
            """,
            row, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM candidacy_messages WHERE candidacy = @Application", row, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM scorecards WHERE candidacy = @Application", row, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE candidacy_moves SET by_account = @Placeholder, note = NULL WHERE candidacy = @Application AND by_account = @Seeker", row, transaction, cancellationToken: cancellationToken));
    }

    /// <param name="places">A condition on <c>ranking_entries</c> choosing the places.</param>
    public async Task<int> RankingPlacesAsync(string places, object values, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(values);
        parameters.Add("Erased", ErasedProfile);
        parameters.Add("Explanation", ErasedExplanation);
        return await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE ranking_entries SET subject = NULL, profile = @Erased, explanation = @Explanation WHERE {places}", parameters, transaction, cancellationToken: cancellationToken));
    }
}
