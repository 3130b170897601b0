using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Matching;
using OpenTalent.Text.Skills;
using static OpenTalent.Text.Tests.Matching.MatchingFixture;

namespace OpenTalent.Text.Tests.Matching;

public sealed class OccupationGraphBuilderTests
{
    private readonly MatchingFixture fixture = SkillsOnly();

    private Core.Matching.OccupationGraph Build()
    {
        var snapshot = fixture.Snapshot();
        return OccupationGraphBuilder.Build(snapshot, SkillConcepts.Build(SkillCatalog.Build(snapshot)));
    }

    private int Basic(string name) => fixture.Skill(TaxonomySource.Onet, $"skill:{name}", name);

    [Fact]
    public void An_onet_occupation_is_keyed_by_its_code_with_wage_related_codes_and_canonical_skills()
    {
        var reading = Basic("Reading Comprehension");
        var programming = Basic("Programming");
        var developer = fixture.Occupation(TaxonomySource.Onet, "15-1252.00", "Software Developers", [OnetSoc("15-1252.00")],
            [Rated(reading, 4.0), Rated(programming, 4.5), Unrated(1)], related: [1], wage: 133_080m);
        fixture.Occupation(TaxonomySource.Onet, "15-1253.00", "Software Quality Assurance Analysts", [OnetSoc("15-1253.00")],
            [Rated(reading, 4.0)], related: [developer]);

        var node = Build().Find("15-1252.00").ShouldNotBeNull();

        node.Title.ShouldBe("Software Developers");
        node.MedianAnnualWage.ShouldBe(133_080m);
        node.Related.ShouldBe(["15-1253.00"]);
        node.Skills.Select(s => s.SkillId).ShouldBe(["onet:skill:Programming", "starter:python", "onet:skill:Reading Comprehension"], ignoreOrder: true);
        node.Skills.ShouldAllBe(s => s.Importance > 0 && s.Importance <= 1);
        node.Skills.Single(s => s.SkillId == "starter:python").Label.ShouldBe("Python");
    }

    [Fact]
    public void Onet_ratings_below_the_threshold_are_dropped_and_a_skill_of_every_occupation_weighs_less()
    {
        var reading = Basic("Reading Comprehension");
        var programming = Basic("Programming");
        var repairing = Basic("Repairing");
        fixture.Occupation(TaxonomySource.Onet, "15-1252.00", "Software Developers", [OnetSoc("15-1252.00")],
            [Rated(reading, 4.0), Rated(programming, 4.0), Rated(repairing, 2.9)]);
        fixture.Occupation(TaxonomySource.Onet, "49-3023.00", "Automotive Mechanics", [OnetSoc("49-3023.00")], [Rated(reading, 4.0), Rated(repairing, 4.5)]);
        fixture.Occupation(TaxonomySource.Onet, "29-1141.00", "Registered Nurses", [OnetSoc("29-1141.00")], [Rated(reading, 4.0)]);

        var node = Build().Find("15-1252.00").ShouldNotBeNull();

        node.Skills.Select(s => s.SkillId).ShouldNotContain("onet:skill:Repairing");
        node.Skills[0].SkillId.ShouldBe("onet:skill:Programming");
        node.Skills.Single(s => s.SkillId == "onet:skill:Reading Comprehension").Importance
            .ShouldBeLessThan(node.Skills.Single(s => s.SkillId == "onet:skill:Programming").Importance);
    }

    [Fact]
    public void A_starter_occupation_with_an_onet_code_adds_its_skills_to_that_node()
    {
        var programming = Basic("Programming");
        var kubernetes = fixture.Skill(TaxonomySource.Starter, "kubernetes", "Kubernetes", SkillKind.Technology);
        fixture.Occupation(TaxonomySource.Onet, "15-1252.00", "Software Developers", [OnetSoc("15-1252.00")], [Rated(programming, 4.5)], wage: 133_080m);
        fixture.Occupation(TaxonomySource.Starter, "platform-engineer", "Platform Engineer", [Local("platform-engineer"), OnetSoc("15-1252.00")],
            [new SnapshotLink(kubernetes, SkillRelation.Essential, 5.0)], wage: 150_000m);
        fixture.Occupation(TaxonomySource.Starter, "prompt-writer", "Prompt Writer", [Local("prompt-writer")], [Essential(kubernetes)]);

        var graph = Build();

        graph.Count.ShouldBe(2);
        var node = graph.Find("15-1252.00").ShouldNotBeNull();
        node.Title.ShouldBe("Software Developers");
        node.MedianAnnualWage.ShouldBe(133_080m);
        node.Skills.Select(s => s.SkillId).ShouldBe(["starter:kubernetes", "onet:skill:Programming"], ignoreOrder: true);
        graph.Find("starter:prompt-writer").ShouldNotBeNull().Skills.Single().SkillId.ShouldBe("starter:kubernetes");
    }

    [Fact]
    public void An_esco_occupation_is_keyed_by_its_uri_with_essential_skills_above_optional_ones()
    {
        var analysis = fixture.Skill(TaxonomySource.Esco, "analysis", "analyse software specifications", SkillKind.Skill, "http://data.europa.eu/esco/skill/analysis");
        fixture.Occupation(TaxonomySource.Esco, EscoDeveloperUri, "software developer", [Esco(EscoDeveloperUri)], [Essential(analysis), Optional(0)]);
        fixture.Occupation(TaxonomySource.Esco, EscoNurseUri, "nurse responsible for general care", [Esco(EscoNurseUri)], [Essential(5)]);

        var node = Build().Find(EscoDeveloperUri).ShouldNotBeNull();

        node.MedianAnnualWage.ShouldBeNull();
        node.Skills.Select(s => s.SkillId).ShouldBe(["http://data.europa.eu/esco/skill/analysis", "starter:python"]);
        node.Skills[0].Importance.ShouldBeGreaterThan(node.Skills[1].Importance);
    }

    [Fact]
    public void A_node_keeps_at_most_forty_skills_the_most_important_first()
    {
        var links = Enumerable.Range(0, 60).Select(i => Rated(Basic($"Skill {i:00}"), 3.0 + (i / 30.0))).ToArray();
        fixture.Occupation(TaxonomySource.Onet, "15-1252.00", "Software Developers", [OnetSoc("15-1252.00")], links);

        var node = Build().Find("15-1252.00").ShouldNotBeNull();

        node.Skills.Count.ShouldBe(OccupationGraphBuilder.MaxSkillsPerOccupation);
        node.Skills[0].SkillId.ShouldBe("onet:skill:Skill 59");
        node.Skills.Select(s => s.Importance).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public void Concepts_of_another_catalog_are_rejected()
    {
        var other = SkillConcepts.Build(SkillCatalog.Build(new TaxonomySnapshot([], [])));

        Should.Throw<ArgumentException>(() => OccupationGraphBuilder.Build(fixture.Snapshot(), other)).ParamName.ShouldBe("concepts");
    }
}
