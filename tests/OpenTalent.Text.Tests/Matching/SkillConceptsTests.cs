using OpenTalent.Core.Taxonomy;
using OpenTalent.Text.Matching;
using OpenTalent.Text.Skills;

namespace OpenTalent.Text.Tests.Matching;

public sealed class SkillConceptsTests
{
    private static (SkillConcepts Concepts, SkillCatalog Catalog) Build(MatchingFixture fixture)
    {
        var catalog = SkillCatalog.Build(fixture.Snapshot());
        return (SkillConcepts.Build(catalog), catalog);
    }

    [Fact]
    public void The_same_skill_named_by_three_sources_is_one_concept_represented_by_the_starter_skill()
    {
        var (concepts, catalog) = Build(MatchingFixture.SkillsOnly());
        var esco = catalog.FindByPublicId(MatchingFixture.EscoPythonUri);
        var onet = catalog.FindByPublicId("onet:tech:Python");
        var starter = catalog.FindByPublicId("starter:python");

        concepts.ConceptOf(esco).ShouldBe(concepts.ConceptOf(onet));
        concepts.ConceptOf(onet).ShouldBe(concepts.ConceptOf(starter));
        concepts.CanonicalId(esco).ShouldBe("starter:python");
        concepts.CanonicalLabel(esco).ShouldBe("Python");
    }

    [Fact]
    public void Preferred_labels_are_compared_ignoring_case_and_punctuation()
    {
        var (concepts, catalog) = Build(MatchingFixture.SkillsOnly());
        var esco = catalog.FindByPublicId(MatchingFixture.EscoProjectUri);
        var starter = catalog.FindByPublicId("starter:project-management");

        concepts.ConceptOf(esco).ShouldBe(concepts.ConceptOf(starter));
        concepts.CanonicalId(esco).ShouldBe("starter:project-management");
    }

    [Fact]
    public void Two_skills_of_one_source_sharing_only_an_alternative_label_stay_apart()
    {
        var (concepts, catalog) = Build(MatchingFixture.SkillsOnly());
        var nursing = catalog.FindByPublicId(MatchingFixture.EscoNursingUri);
        var elderly = catalog.FindByPublicId("http://data.europa.eu/esco/skill/care-elderly");

        concepts.ConceptOf(nursing).ShouldNotBe(concepts.ConceptOf(elderly));
        concepts.FindCanonicalId("care").ShouldBeNull();
        concepts.Count.ShouldBe(5);
    }

    [Fact]
    public void A_skill_with_a_preferred_label_shared_by_another_skill_does_not_move_through_its_alternative_labels()
    {
        var fixture = new MatchingFixture();
        var onetExcel = fixture.Skill(TaxonomySource.Onet, "tech:Excel", "Microsoft Excel", SkillKind.Technology);
        var starterExcel = fixture.Skill(TaxonomySource.Starter, "excel", "Microsoft Excel", SkillKind.Technology, null, "spreadsheets");
        var onetSpreadsheets = fixture.Skill(TaxonomySource.Onet, "tech:Spreadsheets", "Spreadsheets", SkillKind.Technology);
        var (concepts, _) = Build(fixture);

        concepts.ConceptOf(onetExcel).ShouldBe(concepts.ConceptOf(starterExcel));
        concepts.ConceptOf(onetSpreadsheets).ShouldNotBe(concepts.ConceptOf(starterExcel));
    }

    [Fact]
    public void A_skill_whose_alternative_labels_name_two_concepts_stays_on_its_own()
    {
        var fixture = new MatchingFixture();
        fixture.Skill(TaxonomySource.Starter, "java", "Java", SkillKind.Technology);
        fixture.Skill(TaxonomySource.Starter, "javascript", "JavaScript", SkillKind.Technology);
        var both = fixture.Skill(TaxonomySource.Esco, "java-family", "Java-like languages", SkillKind.Knowledge, "http://data.europa.eu/esco/skill/j", "Java", "JavaScript");
        var (concepts, _) = Build(fixture);

        concepts.Count.ShouldBe(3);
        concepts.CanonicalId(both).ShouldBe("http://data.europa.eu/esco/skill/j");
    }

    [Theory]
    [InlineData("onet:tech:Python", "starter:python")]
    [InlineData(MatchingFixture.EscoPythonUri, "starter:python")]
    [InlineData("starter:python", "starter:python")]
    [InlineData("  PYTHON ", "starter:python")]
    [InlineData("python 3", "starter:python")]
    [InlineData("Python (Computer Programming)", "starter:python")]
    [InlineData("managing projects", "starter:project-management")]
    [InlineData("kubernetes", "onet:tech:Kubernetes")]
    public void Finds_the_canonical_id_for_any_member_id_or_label(string query, string expected)
    {
        var (concepts, _) = Build(MatchingFixture.SkillsOnly());

        concepts.FindCanonicalId(query).ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("cobol")]
    [InlineData("onet:tech:Cobol")]
    public void Unknown_ids_and_labels_find_nothing(string query)
    {
        var (concepts, _) = Build(MatchingFixture.SkillsOnly());

        concepts.FindCanonicalId(query).ShouldBeNull();
    }

    [Fact]
    public void The_representative_does_not_depend_on_the_order_of_the_catalog()
    {
        var forward = new MatchingFixture();
        forward.Skill(TaxonomySource.Esco, "b", "Docker", SkillKind.Knowledge, "http://data.europa.eu/esco/skill/docker-b");
        forward.Skill(TaxonomySource.Esco, "a", "Docker", SkillKind.Knowledge, "http://data.europa.eu/esco/skill/docker-a");
        var backward = new MatchingFixture();
        backward.Skill(TaxonomySource.Esco, "a", "Docker", SkillKind.Knowledge, "http://data.europa.eu/esco/skill/docker-a");
        backward.Skill(TaxonomySource.Esco, "b", "Docker", SkillKind.Knowledge, "http://data.europa.eu/esco/skill/docker-b");

        Build(forward).Concepts.CanonicalId(0).ShouldBe("http://data.europa.eu/esco/skill/docker-a");
        Build(backward).Concepts.CanonicalId(0).ShouldBe("http://data.europa.eu/esco/skill/docker-a");
    }

    [Fact]
    public void A_skill_does_not_follow_an_alternative_label_into_a_group_that_itself_moves()
    {
        var fixture = new MatchingFixture();
        var starter = fixture.Skill(TaxonomySource.Starter, "k8s", "Kubernetes", SkillKind.Technology);
        var onet = fixture.Skill(TaxonomySource.Onet, "tech:K8s", "K8s", SkillKind.Technology, null, "Kubernetes");
        var esco = fixture.Skill(TaxonomySource.Esco, "k", "container orchestration", SkillKind.Knowledge, "http://data.europa.eu/esco/skill/k", "K8s");
        var (concepts, _) = Build(fixture);

        concepts.ConceptOf(onet).ShouldBe(concepts.ConceptOf(starter));
        concepts.ConceptOf(esco).ShouldNotBe(concepts.ConceptOf(starter));
        concepts.FindCanonicalId("K8s").ShouldBe("starter:k8s");
    }

    [Fact]
    public void Written_concepts_read_back_the_same_for_the_same_catalog()
    {
        var (concepts, catalog) = Build(MatchingFixture.SkillsOnly());
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            concepts.Write(writer);
        }

        buffer.Position = 0;
        using var reader = new BinaryReader(buffer);
        var read = SkillConcepts.Read(reader, catalog);

        read.Count.ShouldBe(concepts.Count);
        for (var skill = 0; skill < catalog.Count; skill++)
        {
            read.ConceptOf(skill).ShouldBe(concepts.ConceptOf(skill));
            read.CanonicalId(skill).ShouldBe(concepts.CanonicalId(skill));
        }

        read.FindCanonicalId("python 3").ShouldBe("starter:python");
    }

    [Fact]
    public void Concepts_written_for_another_catalog_are_refused()
    {
        var (concepts, _) = Build(MatchingFixture.SkillsOnly());
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            concepts.Write(writer);
        }

        buffer.Position = 0;
        using var reader = new BinaryReader(buffer);
        var other = SkillCatalog.Build(new TaxonomySnapshot([], []));

        Should.Throw<InvalidDataException>(() => SkillConcepts.Read(reader, other)).Message.ShouldContain("8 skills");
    }
}
