using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;
using static OpenTalent.Core.Tests.Matching.MatchFixtures;

namespace OpenTalent.Core.Tests.Matching;

public sealed class HardFilterTests : IDisposable
{
    private readonly MatchIndex _index = new(Model);

    public HardFilterTests()
    {
        PostingSkill[] skills = [Wants("python")];
        _index.Upsert(Posting("berlin-onsite", skills, locations: [City("Berlin")], arrangement: WorkArrangement.OnSite, salary: UsdRange(80_000, 100_000), employment: EmploymentType.FullTime));
        _index.Upsert(Posting("munich-hybrid", skills, locations: [City("Munich", "Bavaria")], arrangement: WorkArrangement.Hybrid, salary: new PayRange(90_000, 130_000, "EUR")));
        _index.Upsert(Posting("remote-de", skills, locations: [new Place(null, null, "DE")], arrangement: WorkArrangement.Remote, salary: UsdRange(120_000, 140_000), employment: EmploymentType.Contract));
        _index.Upsert(Posting("remote-anywhere", skills, arrangement: WorkArrangement.Remote));
        _index.Upsert(Posting("paris-onsite", skills, locations: [new Place("Paris", null, "FR")], arrangement: WorkArrangement.OnSite, salary: UsdRange(100_000, 100_000)));
        _index.Upsert(Profile("in-berlin", [Has("python")], location: City("Berlin"), remote: RemotePreference.OnSite, expected: Usd(90_000), seniority: Seniority.Senior));
        _index.Upsert(Profile("in-paris-remote", [Has("python")], location: new Place("Paris", null, "FR"), remote: RemotePreference.RemoteOnly, expected: Usd(150_000), seniority: Seniority.Mid));
        _index.Upsert(Profile("no-place", [Has("python")], expected: new AnnualPay(200_000, "EUR")));
    }

    public void Dispose() => _index.Dispose();

    public static TheoryData<string, string[]> JobCases => new()
    {
        { "remote", ["remote-anywhere", "remote-de"] },
        { "min-usd-100k", ["berlin-onsite", "paris-onsite", "remote-de"] },
        { "min-usd-150k", [] },
        { "min-gbp", [] },
        { "in-berlin", ["berlin-onsite", "remote-anywhere", "remote-de"] },
        { "in-france", ["paris-onsite", "remote-anywhere"] },
        { "in-bavaria", ["munich-hybrid", "remote-anywhere", "remote-de"] },
        { "in-atlantis", ["remote-anywhere", "remote-de"] },
        { "contract", ["remote-de"] },
        { "remote-in-de-100k", ["remote-de"] },
    };

    [Theory]
    [MemberData(nameof(JobCases))]
    public void Job_filters_apply_before_ranking(string name, string[] expected)
    {
        var filters = name switch
        {
            "remote" => new JobFilters(RemoteOnly: true),
            "min-usd-100k" => new JobFilters(MinSalary: Usd(100_000)),
            "min-usd-150k" => new JobFilters(MinSalary: Usd(150_000)),
            "min-gbp" => new JobFilters(MinSalary: new AnnualPay(1, "GBP")),
            "in-berlin" => new JobFilters(Location: City("berlin", country: null)),
            "in-france" => new JobFilters(Location: new Place(null, null, "FR")),
            "in-bavaria" => new JobFilters(Location: new Place(null, "Bavaria", "DE")),
            "in-atlantis" => new JobFilters(Location: new Place("Atlantis", null, null)),
            "contract" => new JobFilters(EmploymentType: EmploymentType.Contract),
            _ => new JobFilters(RemoteOnly: true, MinSalary: Usd(100_000), Location: new Place(null, null, "DE")),
        };
        var seeker = Profile(skills: [Has("python")]);

        _index.JobsFor(seeker, filters, 10, Today).Select(m => m.Identifier).Order(StringComparer.Ordinal).ShouldBe(expected);
        _index.JobsForExhaustive(seeker, filters, 10, Today).Select(m => m.Identifier).Order(StringComparer.Ordinal).ShouldBe(expected);
    }

    public static TheoryData<string, bool, string[]> CandidateCases => new()
    {
        { "in-berlin", false, ["in-berlin"] },
        { "in-berlin", true, ["in-berlin", "in-paris-remote", "no-place"] },
        { "max-usd-100k", false, ["in-berlin", "no-place"] },
        { "senior", false, ["in-berlin"] },
        { "mid", false, ["in-berlin", "in-paris-remote"] },
    };

    [Theory]
    [MemberData(nameof(CandidateCases))]
    public void Candidate_filters_apply_before_ranking(string name, bool remotePosting, string[] expected)
    {
        var filters = name switch
        {
            "in-berlin" => new CandidateFilters(Location: City("Berlin")),
            "max-usd-100k" => new CandidateFilters(MaxExpectedSalary: Usd(100_000)),
            "senior" => new CandidateFilters(MinSeniority: Seniority.Senior),
            _ => new CandidateFilters(MinSeniority: Seniority.Mid),
        };
        var posting = Posting(skills: [Wants("python")], arrangement: remotePosting ? WorkArrangement.Remote : WorkArrangement.OnSite);

        _index.CandidatesFor(posting, filters, 10, Today).Select(m => m.Identifier).Order(StringComparer.Ordinal).ShouldBe(expected);
        _index.CandidatesForExhaustive(posting, filters, 10, Today).Select(m => m.Identifier).Order(StringComparer.Ordinal).ShouldBe(expected);
    }
}
