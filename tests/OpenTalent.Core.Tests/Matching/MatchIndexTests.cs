using OpenTalent.Core.Matching;
using OpenTalent.Core.Understanding;
using static OpenTalent.Core.Tests.Matching.MatchFixtures;

namespace OpenTalent.Core.Tests.Matching;

public sealed class MatchIndexTests : IDisposable
{
    private readonly MatchIndex _index = new(Model);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_new_posting_is_visible_to_the_next_query_and_a_change_replaces_it()
    {
        var seeker = Profile(skills: [Has("python")]);
        _index.Upsert(Posting("a", skills: [Wants("go")]));
        _index.JobsFor(seeker, JobFilters.None, 5, Today).Single().Explanation.RequiredMatched.ShouldBeEmpty();

        _index.Upsert(Posting("a", skills: [Wants("python")], title: "Python Developer"));

        var match = _index.JobsFor(seeker, JobFilters.None, 5, Today).ShouldHaveSingleItem();
        match.Title.ShouldBe("Python Developer");
        match.Explanation.RequiredMatched.ShouldBe(["Python"]);
        _index.PostingCount.ShouldBe(1);
    }

    [Fact]
    public void A_closed_expired_or_removed_posting_never_matches()
    {
        var seeker = Profile(skills: [Has("python")]);
        _index.Upsert(Posting("open", skills: [Wants("python")]));
        _index.Upsert(Posting("closing", skills: [Wants("python")]));
        _index.Upsert(Posting("expired", skills: [Wants("python")], posted: Today.AddDays(-40), validThrough: Today.AddDays(-1)));
        _index.Upsert(Posting("removed", skills: [Wants("python")]));

        _index.Upsert(Posting("closing", skills: [Wants("python")], status: PostingStatus.Closed));
        _index.RemovePosting("removed").ShouldBeTrue();
        _index.RemovePosting("never-there").ShouldBeFalse();

        _index.JobsFor(seeker, JobFilters.None, 10, Today).Select(m => m.Identifier).ShouldBe(["open"]);
        _index.JobsForExhaustive(seeker, JobFilters.None, 10, Today).Select(m => m.Identifier).ShouldBe(["open"]);
        _index.PostingCount.ShouldBe(2);
        _index.Find("closing").ShouldBeNull();
    }

    [Fact]
    public void Replacing_the_same_rows_over_and_over_keeps_the_columns_bounded_and_the_answers_right()
    {
        var posting = Posting("job", skills: [Wants("python")]);
        var seeker = Profile("seeker", skills: [Has("python")]);
        _index.Upsert(Profile("other", skills: [Has("go")]));
        for (var i = 0; i < 5_000; i++)
        {
            _index.Upsert(Profile("seeker", skills: [Has(i % 2 == 0 ? "python" : "go")]));
            _index.Upsert(Posting("job", skills: [Wants("python")], title: $"Python Developer {i}"));
            if (i % 7 == 0)
            {
                _index.RemoveProfile("seeker");
            }
        }

        _index.Upsert(seeker);
        var (postingSlots, profileSlots) = _index.SlotCounts();
        postingSlots.ShouldBeLessThanOrEqualTo(1024 + 2);
        profileSlots.ShouldBeLessThanOrEqualTo(1024 + 3);
        _index.CandidatesFor(posting, CandidateFilters.None, 10, Today).Select(m => m.Identifier).ShouldBe(["seeker", "other"], ignoreOrder: true);
        _index.JobsFor(seeker, JobFilters.None, 10, Today).ShouldHaveSingleItem().Title.ShouldBe("Python Developer 4999");
        (_index.PostingCount, _index.ProfileCount).ShouldBe((1, 2));
    }

    [Fact]
    public void Profiles_can_be_added_changed_and_removed()
    {
        var posting = Posting(skills: [Wants("python")]);
        _index.Upsert(Profile("p1", skills: [Has("go")]));
        _index.Upsert(Profile("p2", skills: [Has("go")]));
        _index.Upsert(Profile("p1", skills: [Has("python")]));
        _index.RemoveProfile("p2").ShouldBeTrue();

        var match = _index.CandidatesFor(posting, CandidateFilters.None, 10, Today).ShouldHaveSingleItem();
        match.Identifier.ShouldBe("p1");
        match.Explanation.RequiredMatched.ShouldBe(["Python"]);
        _index.ProfileCount.ShouldBe(1);
        _index.FindProfile("p1")!.Skills.ShouldHaveSingleItem().SkillId.ShouldBe("python");
    }

    [Fact]
    public void Candidates_for_a_held_posting_by_identifier_and_a_clear_error_for_an_unknown_one()
    {
        _index.Upsert(Posting("job-7", skills: [Wants("python")]));
        _index.Upsert(Profile("p1", skills: [Has("python")]));

        _index.CandidatesFor("job-7", CandidateFilters.None, 5, Today).ShouldHaveSingleItem().Identifier.ShouldBe("p1");
        Should.Throw<KeyNotFoundException>(() => _index.CandidatesFor("job-404", CandidateFilters.None, 5, Today))
            .Message.ShouldContain("job-404");
    }

    [Fact]
    public void Equal_scores_are_ordered_by_identifier_and_top_limits_the_list()
    {
        foreach (var id in new[] { "c", "a", "d", "b" })
        {
            _index.Upsert(Posting(id, skills: [Wants("python")]));
        }

        var seeker = Profile(skills: [Has("python")]);

        _index.JobsFor(seeker, JobFilters.None, 3, Today).Select(m => m.Identifier).ShouldBe(["a", "b", "c"]);
        _index.JobsFor(seeker, JobFilters.None, 0, Today).ShouldBeEmpty();
        _index.JobsFor(seeker, JobFilters.None, 100, Today).Count.ShouldBe(4);
    }

    [Fact]
    public void Better_matches_rank_first()
    {
        _index.Upsert(Posting("half", skills: [Wants("python"), Wants("go")]));
        _index.Upsert(Posting("full", skills: [Wants("python")]));
        _index.Upsert(Posting("related", skills: [Wants("postgresql")]));
        _index.Upsert(Posting("none", skills: [Wants("rust")]));

        var ranked = _index.JobsFor(Profile(skills: [Has("python"), Has("mysql")]), JobFilters.None, 10, Today);

        ranked.Select(m => m.Identifier).ShouldBe(["full", "half", "related", "none"]);
    }

    [Fact]
    public void Changing_the_display_name_never_changes_scores_or_order()
    {
        for (var i = 0; i < 20; i++)
        {
            _index.Upsert(Posting($"job-{i}", skills: [Wants("python"), Wants(i % 2 == 0 ? "go" : "postgresql")], posted: Today.AddDays(-i)));
        }

        var named = Profile(skills: [Has("python"), Has("mysql")], displayName: "Maria García");
        var renamed = Profile(skills: [Has("python"), Has("mysql")], displayName: "Mohammed Al-Sayed");
        var unnamed = Profile(skills: [Has("python"), Has("mysql")], displayName: null);

        var expected = _index.JobsFor(named, JobFilters.None, 20, Today).Select(m => (m.Identifier, m.Score)).ToArray();
        _index.JobsFor(renamed, JobFilters.None, 20, Today).Select(m => (m.Identifier, m.Score)).ShouldBe(expected);
        _index.JobsFor(unnamed, JobFilters.None, 20, Today).Select(m => (m.Identifier, m.Score)).ShouldBe(expected);

        _index.Upsert(Profile("p1", skills: [Has("python")], displayName: "Anna"));
        _index.Upsert(Profile("p2", skills: [Has("python")], displayName: "Zoe"));
        var before = _index.CandidatesFor(Posting(skills: [Wants("python")]), CandidateFilters.None, 5, Today).Select(m => (m.Identifier, m.Score)).ToArray();
        _index.Upsert(Profile("p1", skills: [Has("python")], displayName: "Zoe"));
        _index.Upsert(Profile("p2", skills: [Has("python")], displayName: "Anna"));
        _index.CandidatesFor(Posting(skills: [Wants("python")]), CandidateFilters.None, 5, Today).Select(m => (m.Identifier, m.Score)).ShouldBe(before);
    }

    [Fact]
    public void Queries_run_concurrently_with_writers()
    {
        for (var i = 0; i < 200; i++)
        {
            _index.Upsert(Posting($"job-{i}", skills: [Wants("python"), Wants("go")]));
        }

        var seeker = Profile(skills: [Has("python")]);
        Parallel.For(0, 400, i =>
        {
            if (i % 4 == 0)
            {
                _index.Upsert(Posting($"job-{i % 200}", skills: [Wants("python")]));
            }
            else
            {
                _index.JobsFor(seeker, JobFilters.None, 10, Today).Count.ShouldBe(10);
            }
        });

        _index.PostingCount.ShouldBe(200);
        _index.JobsFor(seeker, JobFilters.None, 300, Today).Select(m => m.Identifier)
            .ShouldBe(_index.JobsForExhaustive(seeker, JobFilters.None, 300, Today).Select(m => m.Identifier));
    }

    [Fact]
    public void Bad_arguments_are_rejected_naming_the_parameter()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => _index.JobsFor(Profile(), JobFilters.None, -1, Today)).ParamName.ShouldBe("top");
        Should.Throw<ArgumentNullException>(() => _index.JobsFor(Profile(), null!, 1, Today)).ParamName.ShouldBe("filters");
    }
}
