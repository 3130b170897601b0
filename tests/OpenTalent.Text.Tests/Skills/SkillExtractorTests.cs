using OpenTalent.Core.Understanding;
using OpenTalent.Text.Skills;
using OpenTalent.Text.Tests.Skills.Retrieval;

namespace OpenTalent.Text.Tests.Skills;

public sealed class SkillExtractorTests
{
    private static readonly Lazy<SkillExtractor> Extractor = new(() => SkillExtractor.Build(SkillFixture.Snapshot));

    [Fact]
    public void A_named_skill_ranks_first_and_is_explicit()
    {
        const string text = "You will build dashboards in Python for the sales team.";

        var mentions = Extractor.Value.Extract(text, TaxonomyScheme.Esco, 10);

        mentions[0].Label.ShouldBe("Python (computer programming)");
        mentions[0].Explicit.ShouldBeTrue();
        mentions[0].Id.ShouldBe("http://data.europa.eu/esco/skill/python");
        text[mentions[0].Spans[0].Start..mentions[0].Spans[0].End].ShouldBe("Python");
        mentions.Select(m => m.Score).ShouldBeInOrder(SortDirection.Descending);
        mentions.ShouldAllBe(m => m.Score >= 0 && m.Score <= 1);
    }

    [Fact]
    public void An_implied_skill_is_found_with_the_words_that_imply_it()
    {
        const string text = "You will build dashboards for the sales team.";

        var mention = Extractor.Value.Extract(text, TaxonomyScheme.Esco, 3).Single(m => m.Label == "data visualisation");

        mention.Explicit.ShouldBeFalse();
        mention.Required.ShouldBeNull();
        mention.Spans.Select(s => text[s.Start..s.End]).ShouldContain("dashboards");
    }

    [Fact]
    public void The_same_skill_named_twice_is_one_mention_with_both_spans()
    {
        var mentions = Extractor.Value.Extract("Java is a must. We write Java every day.", TaxonomyScheme.Esco, 10);

        var java = mentions.Single(m => m.Label == "Java (computer programming)");
        java.Spans.Count.ShouldBe(2);
        java.Spans[0].Start.ShouldBeLessThan(java.Spans[1].Start);
    }

    [Fact]
    public void The_scheme_chooses_the_taxonomy()
    {
        var onet = Extractor.Value.Extract("Python and Microsoft Excel.", TaxonomyScheme.Onet, 10);
        var esco = Extractor.Value.Extract("Python and Microsoft Excel.", TaxonomyScheme.Esco, 10);

        onet.ShouldContain(m => m.Id == "onet:python");
        onet.ShouldAllBe(m => m.Id.StartsWith("onet:", StringComparison.Ordinal));
        esco.ShouldAllBe(m => m.Id.StartsWith("http://data.europa.eu/esco/", StringComparison.Ordinal));
    }

    [Fact]
    public void An_implied_skill_in_a_later_sentence_points_at_its_own_words()
    {
        const string text = "Our office is near the station.\nYou will build dashboards for the sales team.";

        var mention = Extractor.Value.Extract(text, TaxonomyScheme.Esco, 5).Single(m => m.Label == "data visualisation");

        mention.Spans.Select(s => text[s.Start..s.End]).ShouldContain("dashboards");
    }

    [Fact]
    public void Across_all_sources_one_label_is_one_mention_with_every_span()
    {
        var fixture = SkillFixture.Snapshot;
        var starterExcel = new Core.Taxonomy.SnapshotSkill(fixture.Skills.Count, Core.Taxonomy.TaxonomySource.Starter, "excel", "Microsoft  EXCEL", Core.Taxonomy.SkillKind.Technology, "starter", null, ["Excel"], "Spreadsheet program", false, false);
        var extractor = SkillExtractor.Build(new Core.Taxonomy.TaxonomySnapshot(fixture.Occupations, [.. fixture.Skills, starterExcel]));
        const string text = "You know Microsoft Excel. We report in Microsoft Excel daily.";

        var all = extractor.Extract(text, TaxonomyScheme.All, 10);
        var onet = extractor.Extract(text, TaxonomyScheme.Onet, 10);

        var excel = all.Where(m => TextKey.Of(m.Label) == "microsoft excel").ShouldHaveSingleItem();
        excel.Spans.Select(s => text[s.Start..s.End]).ShouldBe(["Microsoft Excel", "Microsoft Excel"]);
        excel.Spans[0].Start.ShouldBeLessThan(excel.Spans[1].Start);
        all.Select(m => TextKey.Of(m.Label)).ShouldBeUnique();
        onet.ShouldContain(m => m.Id == "onet:excel");
    }

    [Fact]
    public void A_negated_skill_is_dropped()
    {
        var mentions = Extractor.Value.Extract("No Java experience needed.", TaxonomyScheme.Esco, 10);

        mentions.ShouldNotContain(m => m.Label == "Java (computer programming)");
    }

    [Fact]
    public void A_written_and_read_extractor_gives_the_same_answers_and_bytes()
    {
        var first = Serialize(Extractor.Value);
        using var stream = new MemoryStream(first);
        using var reader = new BinaryReader(stream);
        var loaded = SkillExtractor.Read(reader);

        Serialize(loaded).ShouldBe(first);
        const string text = "Build dashboards for the sales team. Python required; you are a team player.";
        loaded.Extract(text, TaxonomyScheme.All, 10).ShouldBe(Extractor.Value.Extract(text, TaxonomyScheme.All, 10), new MentionComparer());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\u0000\u0001\u0002\uD800\uDFFF\uFFFE")]
    [InlineData("........;;;;;!!!!????")]
    public void Odd_input_gives_an_empty_or_sane_answer(string text) =>
        Extractor.Value.Extract(text, TaxonomyScheme.All, 10).ShouldAllBe(m => m.Score >= 0 && m.Score <= 1);

    [Fact]
    public void A_huge_line_and_random_bytes_do_not_break_it()
    {
        var random = new Random(3);
        var noise = new string(Enumerable.Range(0, 200_000).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray());
        var line = string.Concat(Enumerable.Repeat("python dashboards teamwork ", 40_000));

        Extractor.Value.Extract(noise, TaxonomyScheme.All, 10).Count.ShouldBeLessThanOrEqualTo(10);
        var mentions = Extractor.Value.Extract(line, TaxonomyScheme.Esco, 5);
        mentions.ShouldContain(m => m.Label == "Python (computer programming)");
        mentions.ShouldAllBe(m => m.Spans.Count <= 64);
    }

    [Fact]
    public void The_catalog_resolves_preferred_and_alternative_labels_within_a_scheme()
    {
        var catalog = Extractor.Value.Catalog;

        catalog.FindByLabel("WORK IN TEAMS", TaxonomyScheme.Esco).Select(catalog.Label).ShouldBe(["work in teams"]);
        catalog.FindByLabel("teamwork", TaxonomyScheme.Esco).Select(catalog.Label).ShouldBe(["work in teams"]);
        catalog.FindByLabel("teamwork", TaxonomyScheme.Onet).ShouldBeEmpty();
        catalog.FindByPublicId("onet:excel").ShouldBeGreaterThanOrEqualTo(0);
    }

    private static byte[] Serialize(SkillExtractor extractor)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            extractor.Write(writer);
        }

        return stream.ToArray();
    }

    private sealed class MentionComparer : IEqualityComparer<SkillMention>
    {
        public bool Equals(SkillMention? x, SkillMention? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Score == y.Score && x.Spans.SequenceEqual(y.Spans) && x.Required == y.Required && x.Explicit == y.Explicit;

        public int GetHashCode(SkillMention obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
