using OpenTalent.Core.Matching;
using OpenTalent.Formats.Demo;
using OpenTalent.Formats.Tests.Resumes.Parsing;
using OpenTalent.Storage;

namespace OpenTalent.Formats.Tests.Demo;

public class DemoSeederTests
{
    private static readonly DemoOptions Small = new() { Postings = 120, Seekers = 15, Seed = 11, Today = new DateOnly(2026, 11, 20) };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Fills_an_empty_database_and_closes_the_closed_postings(DatabaseProvider provider)
    {
        await using var services = await StarterServices.CreateAsync(provider);
        var seeder = new DemoSeeder(services.Workspace(), services.Matching);

        var result = await seeder.SeedAsync(Small, Token);

        result.Seeded.ShouldBeTrue(result.Message);
        result.PostingsWritten.ShouldBe(120);
        result.ProfilesWritten.ShouldBe(15);
        (await services.Matching.CountAsync(Token)).ShouldBe((120, 15));
        var closed = result.Dataset!.Postings.First(p => p.Closed);
        result.PostingsClosed.ShouldBe(result.Dataset.Postings.Count(p => p.Closed));
        (await services.Matching.FindPostingAsync(closed.Identifier, Token)).ShouldNotBeNull().Posting.Status.ShouldBe(PostingStatus.Closed);
        var seeker = result.Dataset.Seekers[0];
        (await services.Matching.FindProfileAsync(seeker.Identifier, Token)).ShouldNotBeNull().Profile.Skills.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Refuses_a_database_that_already_has_postings_and_writes_nothing()
    {
        await using var services = await StarterServices.CreateAsync();
        var seeder = new DemoSeeder(services.Workspace(), services.Matching);
        (await seeder.SeedAsync(Small, Token)).Seeded.ShouldBeTrue();

        var again = await seeder.SeedAsync(Small with { Seed = 12 }, Token);

        again.Seeded.ShouldBeFalse();
        again.Message.ShouldContain("already holds 120 postings and 15 profiles");
        (await services.Matching.CountAsync(Token)).ShouldBe((120, 15));
    }

    [Fact]
    public async Task A_bad_document_anywhere_writes_nothing_at_all()
    {
        await using var services = await StarterServices.CreateAsync();
        var seeder = new DemoSeeder(services.Workspace(), services.Matching);
        var dataset = DemoGenerator.Generate(Small);
        var broken = dataset with { Seekers = [.. dataset.Seekers.SkipLast(1), dataset.Seekers[^1] with { Json = """{"basics":{"email":"not an address"}}""" }] };

        var exception = await Should.ThrowAsync<InvalidOperationException>(() => seeder.ImportAsync(broken, Token));

        exception.Message.ShouldContain("seeker 15");
        exception.Message.ShouldContain("basics.email");
        (await services.Matching.CountAsync(Token)).ShouldBe((0, 0));
    }
}
