using Microsoft.AspNetCore.Identity;
using OpenTalent.Core.Matching;
using OpenTalent.Core.Hiring;
using OpenTalent.Formats.Demo;
using OpenTalent.Formats.Matching;
using OpenTalent.Storage.Workforce;

namespace OpenTalent.Web.Hosting;

/// <summary>
/// The demo as people can use it: the generated postings and profiles (written by <see cref="DemoSeeder"/>), plus
/// the platform around them: an organisation per employer with its members, ownership of each posting, and an
/// account per seeker linked to their profile with their talent-pool choice, and the AI lab's hiring plan with its
/// live pipeline (<see cref="DemoHiringPlan"/>, slug <c>demo-ai-lab</c>). Every demo account signs in with
/// <see cref="Password"/>. An empty database only, like the seeder it builds on.
/// </summary>
public sealed class DemoPlatformSeeder(
    MatchingWorkspace workspace,
    IMatchingStore store,
    IAccountStore accounts,
    IOrganisationStore organisations,
    IPostingOwnerStore owners,
    ISeekerStore seekers,
    WorkforceStore workforce,
    IPasswordHasher<Account> hasher,
    TimeProvider clock)
{
    /// <summary>The password of every demo account; demo data only, never a real account's.</summary>
    public const string Password = "opentalent-demo";

    public async Task<DemoSeedResult> SeedAsync(DemoOptions options, CancellationToken cancellationToken)
    {
        var result = await new DemoSeeder(workspace, store).SeedAsync(options, cancellationToken);
        if (result.Dataset is not { } dataset)
        {
            return result;
        }

        var now = clock.GetUtcNow();
        string? hash = null;
        Account NewAccount(string email, string name, AccountKind kind)
        {
            var account = new Account(Guid.CreateVersion7(now), new EmailAddress(email), name, kind, "-", now);
            // One hash for all: PBKDF2 per account would make seeding hundreds of accounts take minutes.
            hash ??= hasher.HashPassword(account, Password);
            return account.WithPasswordHash(hash);
        }

        foreach (var employer in dataset.Employers)
        {
            var organisation = new Organisation(Guid.CreateVersion7(now), employer.Name, now);
            var founder = employer.Members.FirstOrDefault(m => m.Role == DemoRole.Owner) ?? employer.Members[0];
            var owner = NewAccount(founder.Email, founder.Name, AccountKind.Employer);
            await accounts.CreateWithOrganisationAsync(owner, organisation, cancellationToken);
            var managers = new List<Guid> { owner.Id };
            var recruiters = new List<Guid>();
            foreach (var member in employer.Members.Where(m => m != founder))
            {
                var account = NewAccount(member.Email, member.Name, AccountKind.Employer);
                await accounts.CreateAsync(account, cancellationToken);
                await organisations.AddMemberAsync(new Membership(organisation.Id, account.Id, Role(member.Role), now), cancellationToken);
                (member.Role == DemoRole.Recruiter ? recruiters : managers).Add(account.Id);
            }

            if (employer == dataset.Employers[0])
            {
                var hiring = DemoHiringPlan.Generate(organisation.Id, options.Today, managers, recruiters.Count > 0 ? recruiters : [owner.Id], options.Seed);
                await workforce.SavePlanAsync(DemoHiringPlan.Slug, hiring.Plan, now, cancellationToken);
                await workforce.AddAsync(organisation.Id, hiring.Requisitions, hiring.Candidates, hiring.Candidacies, cancellationToken);
            }

            foreach (var posting in dataset.Postings.Where(p => p.EmployerKey == employer.Key))
            {
                await owners.SetAsync(new PostingOwner(posting.Identifier, organisation.Id, owner.Id, now), cancellationToken);
            }
        }

        foreach (var seeker in dataset.Seekers)
        {
            var account = NewAccount(seeker.Email, seeker.Name, AccountKind.Seeker);
            await accounts.CreateAsync(account, cancellationToken);
            var linked = await store.FindProfileAsync(seeker.Identifier, cancellationToken) is not null ? seeker.Identifier : null;
            await seekers.SaveAsync(new SeekerSettings(account.Id, linked, linked is not null && seeker.Discoverable, now), cancellationToken);
        }

        return result;
    }

    private static MemberRole Role(DemoRole role) => role switch
    {
        DemoRole.Owner => MemberRole.Owner,
        DemoRole.Recruiter => MemberRole.Recruiter,
        _ => MemberRole.HiringManager,
    };
}
