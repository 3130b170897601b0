using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OpenTalent.Core.Hiring;
using OpenTalent.Core.Privacy;
using OpenTalent.Storage.Privacy;

namespace OpenTalent.Cli.Commands;

/// <summary><c>privacy erase --email</c>: erases a person everywhere, as their own account deletion does, on an operator's request.</summary>
internal static class PrivacyCommands
{
    public static Command Create(CommandContext context)
    {
        var privacy = new Command("privacy", "Privacy operations on people's data.");
        privacy.Add(Erase(context));
        privacy.Add(Retention(context));
        return privacy;
    }

    private static Command Retention(CommandContext context)
    {
        var months = new Option<int>("--rejected-months") { Description = "Months a rejected application keeps naming the applicant (default 12, as the web app's schedule).", DefaultValueFactory = _ => 12 };
        var command = new Command("retention", "Apply the retention policy once (the web app runs it daily): rejected applications older than the months given stop naming the person.")
        {
            months,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var count = parse.GetValue(months);
            if (count is < 1 or > 1200)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--rejected-months must be between 1 and 1200; got {count}."));
            }

            var outcome = await services.GetRequiredService<RetentionStore>().AnonymiseRejectedAsync(DateTimeOffset.UtcNow.AddMonths(-count), token);
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{outcome.ApplicationsAnonymised} rejected application(s) from before {outcome.Cutoff:yyyy-MM-dd} no longer name the applicant."));
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Erase(CommandContext context)
    {
        var email = new Option<string>("--email") { Description = "The email address of the account to erase.", Required = true };
        var command = new Command(
            "erase",
            "Erase a person: account, profile, settings, consents, self-identification and their place in the match index. Their applications and ranking places " +
            "stay for the employers' figures, anonymised. On SQLite, deleted rows are overwritten and the write-ahead log emptied.")
        {
            email,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async (services, token) =>
        {
            var text = parse.GetValue(email)!;
            EmailAddress address;
            try
            {
                address = new EmailAddress(text);
            }
            catch (ArgumentException exception)
            {
                throw new ArgumentException($"--email: {exception.Message}", exception);
            }

            var accounts = services.GetRequiredService<IAccountStore>();
            if (await accounts.FindByEmailAsync(address, token) is not { } account)
            {
                context.Error.WriteLine($"error: no account has the email address {address}; nothing was erased.");
                return CommandContext.Failure;
            }

            var deletion = await accounts.DeleteAsync(account.Id, token)
                ?? throw new InvalidOperationException($"The account {address} disappeared while it was being erased.");
            await services.GetRequiredService<IAuditLog>().RecordAsync(
                [new AuditEntry(DateTimeOffset.UtcNow, AuditActorKind.System, null, null, AuditAction.Erased, account.Id, "account, on an operator's request (opentalent privacy erase)")],
                token);
            var profile = deletion.ProfileId is null ? "none" : "deleted";
            var postings = deletion.PostingIds.Count > 0 ? $", the organisation's {deletion.PostingIds.Count} posting(s) deleted with its last member" : "";
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Erased {address} ({account.Kind.ToString().ToLowerInvariant()} account {account.Id}): profile {profile}, {deletion.ApplicationsAnonymised} application(s) and {deletion.RankingEntriesAnonymised} ranking place(s) anonymised{postings}."));
            return 0;
        }, cancellationToken));
        return command;
    }
}
