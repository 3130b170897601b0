using OpenTalent.Core.Matching;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Core.Understanding;
using OpenTalent.Text.Models;
using OpenTalent.Text.Search;

namespace OpenTalent.Text.Tests.Search;

public class SearchQueryParserTests
{
    private static readonly Lazy<SearchQueryParser> Parser = new(Build);

    [Fact]
    public void An_alias_names_its_canonical_skill_and_keeps_the_words_too()
    {
        var parsed = Parser.Value.Parse("k8s engineer");

        parsed.Interpretation.Skills.ShouldBe([("starter:kubernetes", "Kubernetes")]);
        parsed.TextClauses.Count.ShouldBe(2);
        parsed.TextClauses[0].Phrases.ShouldContain(p => p.SequenceEqual(new[] { "k8s" }));
        parsed.TextClauses[0].Tags.ShouldBe([SearchTags.Skill("starter:kubernetes")]);
        parsed.TextClauses[1].Tags.ShouldBeEmpty();
    }

    [Fact]
    public void A_multi_word_skill_is_one_clause()
    {
        var parsed = Parser.Value.Parse("machine learning");

        parsed.TextClauses.ShouldHaveSingleItem().Phrases.ShouldContain(p => p.SequenceEqual(new[] { "machine", "learning" }));
        parsed.Interpretation.Skills.ShouldBe([("starter:ml", "Machine learning")]);
    }

    [Theory]
    [InlineData("kubernets", "kubernetes")]
    [InlineData("pyhton", "python")]
    [InlineData("progrmmer", "programmer")]
    public void A_misspelt_word_is_also_searched_as_its_nearest_known_spelling(string written, string corrected)
    {
        var parsed = Parser.Value.Parse(written);

        parsed.Interpretation.Corrections.ShouldBe([(written, corrected)]);
        parsed.TextClauses.ShouldHaveSingleItem().Phrases.Select(p => p.Single()).ShouldBe([written, corrected]);
    }

    [Fact]
    public void A_title_names_its_occupation_with_or_without_seniority_but_a_title_plus_a_place_does_not()
    {
        Parser.Value.Parse("Programmers").Interpretation.Occupation.ShouldBe(("15-1252.00", "Software Developers"));
        Parser.Value.Parse("senior application developer").WholeQueryTags.ShouldBe([SearchTags.Occupation("15-1252.00")]);
        Parser.Value.Parse("programmer berlin").Interpretation.Occupation.ShouldBeNull();
        // "Engineer" is a title of two occupations equally: it names neither.
        Parser.Value.Parse("engineer").Interpretation.Occupation.ShouldBeNull();
    }

    [Fact]
    public void Stop_words_drop_out_unless_nothing_else_is_left_and_empty_text_parses_to_nothing()
    {
        Parser.Value.Parse("a job with the python").Words.ShouldBe(["python"]);
        Parser.Value.Parse("the").Words.ShouldBe(["the"]);
        Parser.Value.Parse(" -- ").IsEmpty.ShouldBeTrue();
        Parser.Value.Parse(null).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Skills_resolve_by_id_label_or_alias()
    {
        Parser.Value.ResolveSkill("K8S").ShouldBe(("starter:kubernetes", "Kubernetes"));
        Parser.Value.ResolveSkill("starter:python").ShouldBe(("starter:python", "Python"));
        Parser.Value.ResolveSkill("underwater basket weaving").ShouldBeNull();
    }

    [Fact]
    public void The_literal_parser_uses_the_words_alone()
    {
        var parsed = SearchQueryParser.Literal.Parse("k8s pyhton");

        parsed.Words.ShouldBe(["k8s", "pyhton"]);
        parsed.Interpretation.Corrections.ShouldBeEmpty();
        parsed.Interpretation.Skills.ShouldBeEmpty();
        parsed.Interpretation.Occupation.ShouldBeNull();
        parsed.TextClauses.SelectMany(c => c.Tags).ShouldBeEmpty();
    }

    [Fact]
    public void Posting_tags_carry_every_filter_value()
    {
        var posting = new JobPosting(
            "p1",
            "Platform Engineer",
            "Acme",
            [new OccupationFit("15-1252.00", "Software Developers", 0.9)],
            [new PostingSkill("starter:kubernetes", "Kubernetes", 1, required: true)],
            Seniority.Senior,
            [new Place("São Paulo", "SP", "BR")],
            WorkArrangement.Hybrid,
            new PayRange(95_000, 101_000, "USD"),
            new DateOnly(2026, 11, 1));

        var tags = SearchTags.ForPosting(posting);

        tags.ShouldContain("t1hybrid");
        tags.ShouldContain("t2senior");
        tags.ShouldContain("t315125200");
        tags.ShouldContain(SearchTags.Skill("starter:kubernetes"));
        tags.ShouldContain("t5saopaulo");
        tags.ShouldContain("t5br");
        tags.ShouldContain("t6usd100");
        tags.ShouldNotContain("t6usd110");
        tags.ShouldAllBe(t => t.Any(char.IsAsciiDigit) && t.All(char.IsAsciiLetterOrDigit));
        SearchTags.ForLocation("Brazil").ShouldHaveSingleItem().ShouldContain("t5br");
        SearchTags.FloorAtOrBelow(95_000).ShouldBe(90);
        SearchTags.FloorAtOrBelow(5_000).ShouldBeNull();
    }

    private static SearchQueryParser Build()
    {
        var skills = new List<SnapshotSkill>();
        void Skill(string key, string label, params string[] aliases) =>
            skills.Add(new SnapshotSkill(skills.Count, TaxonomySource.Starter, key, label, SkillKind.Technology, "starter", null, aliases, null, false, false));
        Skill("kubernetes", "Kubernetes", "k8s");
        Skill("python", "Python");
        Skill("ml", "Machine learning", "ML");
        var occupations = new List<SnapshotOccupation>();
        void Occupation(string code, string title, params string[] others) => occupations.Add(new SnapshotOccupation(
            occupations.Count, TaxonomySource.Onet, code, title, null, [new OccupationCode(CodeScheme.OnetSoc, code)],
            [new OccupationTitle(title, TitleKind.Preferred), .. others.Select(o => new OccupationTitle(o, TitleKind.Alternate))], [], [], [], null));
        Occupation("15-1252.00", "Software Developers", "Programmer", "Application Developer", "Engineer");
        Occupation("17-2141.00", "Mechanical Engineers", "Engineer");
        var snapshot = new TaxonomySnapshot(occupations, skills);
        return SearchQueryParser.Build(snapshot, TextModels.Build(snapshot));
    }
}
