namespace OpenTalent.Core.Platform;

/// <summary>What a demo seeding wrote.</summary>
public sealed record DemoSeedResult(int Organisations, int Postings, int Seekers, bool AlreadySeeded);

/// <summary>
/// Fills an empty database with a generated demo market (employers, postings, seekers). <c>opentalent serve --demo</c>
/// and <c>opentalent demo</c> call it; the generator registers itself as the implementation. A database that
/// already holds data is left as it is (<see cref="DemoSeedResult.AlreadySeeded"/>).
/// </summary>
public interface IDemoSeeder
{
    Task<DemoSeedResult> SeedAsync(CancellationToken cancellationToken);
}
