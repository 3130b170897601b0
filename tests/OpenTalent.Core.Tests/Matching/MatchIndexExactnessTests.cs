using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;

namespace OpenTalent.Core.Tests.Matching;

/// <summary>The pruned index must return exactly what scoring everything returns: same items, scores and order.</summary>
public class MatchIndexExactnessTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(29)]
    public void Jobs_for_a_seeker_equal_the_brute_force_reference(int seed)
    {
        var corpus = new RandomCorpus(seed);
        using var index = Build(corpus, postings: 3000, profiles: 0);
        var queries = Enumerable.Range(0, 150).Select(i => corpus.Profile($"q{i}")).ToList();
        queries.Add(new CandidateProfile("empty", null, null, null, null, default, null, RemotePreference.Any, null, null, null, null));
        queries.Add(RandomCorpus.CommonSkillsProfile("common"));

        foreach (var profile in queries)
        {
            var filters = profile.Identifier is "empty" or "common" ? JobFilters.None : corpus.JobFilter();
            // Edge cases ask for more than the corpus holds.
            var top = profile.Identifier is "empty" or "common" ? 100_000 : corpus.Top();
            var fast = index.JobsFor(profile, filters, top, corpus.Today);
            var reference = index.JobsForExhaustive(profile, filters, top, corpus.Today);

            fast.Select(m => (m.Identifier, m.Score)).ShouldBe(reference.Select(m => (m.Identifier, m.Score)), $"profile {profile.Identifier}, {filters}, top {top}");
        }
    }

    [Theory]
    [InlineData(13)]
    [InlineData(31)]
    public void Candidates_for_a_job_equal_the_brute_force_reference(int seed)
    {
        var corpus = new RandomCorpus(seed);
        using var index = Build(corpus, postings: 0, profiles: 3000);
        var queries = Enumerable.Range(0, 150).Select(i => corpus.Posting($"q{i}")).ToList();
        queries.Add(new JobPosting("no-skills", "Anything", null, null, null, default, null, default, null, null));

        foreach (var posting in queries)
        {
            var filters = corpus.CandidateFilter();
            var top = posting.Identifier == "no-skills" ? 100_000 : corpus.Top();
            var fast = index.CandidatesFor(posting, filters, top, corpus.Today);
            var reference = index.CandidatesForExhaustive(posting, filters, top, corpus.Today);

            fast.Select(m => (m.Identifier, m.Score)).ShouldBe(reference.Select(m => (m.Identifier, m.Score)), $"posting {posting.Identifier}, {filters}, top {top}");
        }
    }

    [Fact]
    public void Filters_that_exclude_everything_give_an_empty_list()
    {
        var corpus = new RandomCorpus(5);
        using var index = Build(corpus, postings: 500, profiles: 500);
        var nowhere = new Place("Atlantis", null, "XX");

        index.JobsFor(corpus.Profile("q"), new JobFilters(MinSalary: new AnnualPay(1, "JPY")), 10, corpus.Today).ShouldBeEmpty();
        index.CandidatesFor(corpus.Posting("q"), new CandidateFilters(Location: nowhere), 10, corpus.Today)
            .ShouldBe(index.CandidatesForExhaustive(corpus.Posting("q2"), new CandidateFilters(Location: nowhere), 10, corpus.Today).Take(0));
    }

    [Fact]
    public void Results_stay_exact_after_many_changes_and_removals()
    {
        var corpus = new RandomCorpus(17);
        using var index = Build(corpus, postings: 1500, profiles: 1500);
        for (var i = 0; i < 1500; i += 3)
        {
            index.Upsert(corpus.Posting($"p{i}"));
            index.Upsert(corpus.Profile($"c{i}"));
            index.RemovePosting($"p{i + 1}");
            index.RemoveProfile($"c{i + 1}");
        }

        index.PostingCount.ShouldBe(index.JobsForExhaustive(RandomCorpus.CommonSkillsProfile("x"), JobFilters.None, 100_000, new DateOnly(1, 1, 1)).Count);
        for (var q = 0; q < 60; q++)
        {
            var profile = corpus.Profile($"q{q}");
            var posting = corpus.Posting($"q{q}");
            index.JobsFor(profile, JobFilters.None, 20, corpus.Today).Select(m => (m.Identifier, m.Score))
                .ShouldBe(index.JobsForExhaustive(profile, JobFilters.None, 20, corpus.Today).Select(m => (m.Identifier, m.Score)));
            index.CandidatesFor(posting, CandidateFilters.None, 50, corpus.Today).Select(m => (m.Identifier, m.Score))
                .ShouldBe(index.CandidatesForExhaustive(posting, CandidateFilters.None, 50, corpus.Today).Select(m => (m.Identifier, m.Score)));
        }
    }

    [Fact]
    public void Postings_and_profiles_read_back_from_the_index_equal_what_was_stored()
    {
        // The index keeps no posting or profile objects, only columns; what it gives back must be what came in.
        var corpus = new RandomCorpus(23);
        using var index = new MatchIndex(new RelevanceModel(MatchWeights.Default, corpus.Similarity, corpus.Occupations));
        var postings = Enumerable.Range(0, 400).Select(i => corpus.Posting($"p{i}")).Where(p => p.Status != PostingStatus.Closed).ToList();
        var profiles = Enumerable.Range(0, 400).Select(i => corpus.Profile($"c{i}")).ToList();
        postings.Add(new JobPosting(
            "edge", "Data Engineer", "Acme", [new OccupationFit("15-1252.00", "Software Developers", 0.5)],
            [new PostingSkill("sql", "SQL", 0.25, required: false, minYears: 2.5), new PostingSkill("go", "Go (language)", 1, required: true)],
            Seniority.Senior, [new Place("berlin", null, "DE"), new Place("Berlin", "BE", "DE")], WorkArrangement.Hybrid,
            new PayRange(70_000.50m, 90_000m, "EUR"), new DateOnly(2026, 5, 1), new DateOnly(2026, 7, 1), PostingStatus.Open, EmploymentType.Contract));
        profiles.Add(new CandidateProfile(
            "edge", "Ada", "Engineer",
            [new ProfileSkill("sql", "Structured Query Language", 0.4, SkillEvidence.Education, new DateOnly(2020, 2, 29), 3.25),
             new ProfileSkill("go", "Go", 1, SkillEvidence.Summary)],
            [], Seniority.Unspecified, new Place(null, null, "de"), RemotePreference.RemoteOrHybrid,
            null, new AnnualPay(50_000.25m, "EUR"), 7.5, null));
        postings.ForEach(index.Upsert);
        profiles.ForEach(index.Upsert);

        foreach (var posting in postings)
        {
            Json(index.Find(posting.Identifier)).ShouldBe(Json(posting));
        }

        foreach (var profile in profiles)
        {
            Json(index.FindProfile(profile.Identifier)).ShouldBe(Json(profile));
        }
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static MatchIndex Build(RandomCorpus corpus, int postings, int profiles)
    {
        var index = new MatchIndex(new RelevanceModel(MatchWeights.Default, corpus.Similarity, corpus.Occupations));
        for (var i = 0; i < Math.Max(postings, profiles); i++)
        {
            if (i < postings)
            {
                index.Upsert(corpus.Posting($"p{i}"));
            }

            if (i < profiles)
            {
                index.Upsert(corpus.Profile($"c{i}"));
            }
        }

        return index;
    }
}
