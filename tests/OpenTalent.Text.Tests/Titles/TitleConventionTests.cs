using System.Text;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Core.Understanding;
using OpenTalent.Text.Titles;

namespace OpenTalent.Text.Tests.Titles;

/// <summary>Starter-only O*NET answers and the job-board conventions of title matching, each on a snapshot built here.</summary>
public class TitleConventionTests
{
    private static OccupationCode Onet(string code) => new(CodeScheme.OnetSoc, code);

    private static OccupationCode Esco(string key) => new(CodeScheme.EscoUri, $"http://data.europa.eu/esco/occupation/{key}");

    private static TitleNormalizer Build(params (TaxonomySource Source, string Key, OccupationCode[] Codes, string[] Titles)[] occupations) =>
        TitleNormalizer.Build(new TaxonomySnapshot(
            [.. occupations.Select((o, i) => new SnapshotOccupation(
                i, o.Source, o.Key, o.Titles[0], null, o.Codes,
                [.. o.Titles.Select((t, k) => new OccupationTitle(t, k == 0 ? TitleKind.Preferred : TitleKind.Alternate))],
                [], [], [], null))],
            []));

    private static TitleNormalizer StarterOnly() => Build(
        (TaxonomySource.Starter, "ml-engineer", [new OccupationCode(CodeScheme.Local, "ml-engineer"), Onet("15-2051.00")], ["Machine Learning Engineer", "ML Engineer"]),
        (TaxonomySource.Starter, "backend-engineer", [new OccupationCode(CodeScheme.Local, "backend-engineer"), Onet("15-1252.00")], ["Backend Engineer", "Backend Developer"]),
        (TaxonomySource.Starter, "frontend-engineer", [new OccupationCode(CodeScheme.Local, "frontend-engineer"), Onet("15-1252.00")], ["Frontend Engineer", "Frontend Developer"]),
        (TaxonomySource.Starter, "community-manager", [new OccupationCode(CodeScheme.Local, "community-manager")], ["Community Manager"]));

    [Fact]
    public void Starter_occupations_answer_in_the_onet_scheme_under_their_onet_soc_code_when_onet_is_not_imported()
    {
        var normalizer = StarterOnly();

        var matches = normalizer.Normalize("Sr. ML Eng (LLMs) - remote", TaxonomyScheme.Onet, 10).Matches;

        matches.ShouldNotBeEmpty();
        matches[0].Code.ShouldBe("15-2051.00");
        matches[0].Label.ShouldBe("Machine Learning Engineer");
        normalizer.Normalize("Backend Developer", TaxonomyScheme.Onet, 10).Matches[0].Code.ShouldBe("15-1252.00");
        normalizer.Normalize("Community Manager", TaxonomyScheme.Onet, 10).Matches.ShouldBeEmpty();
        normalizer.Normalize("ML Engineer", TaxonomyScheme.All, 10).Matches[0].Code.ShouldBe("starter:ml-engineer");
    }

    [Fact]
    public void An_onet_soc_code_shared_by_several_starter_occupations_answers_once()
    {
        var matches = StarterOnly().Normalize("Engineer", TaxonomyScheme.Onet, 10).Matches;

        matches.Select(m => m.Code).ShouldBe(matches.Select(m => m.Code).Distinct());
        matches.Select(m => m.Code).ShouldContain("15-1252.00");
        matches.Select(m => m.Code).ShouldContain("15-2051.00");
    }

    [Fact]
    public void Starter_onet_answers_survive_writing_and_reading_the_model()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            StarterOnly().Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        TitleNormalizer.Read(reader).Normalize("Frontend Developer", TaxonomyScheme.Onet, 5).Matches[0].Code.ShouldBe("15-1252.00");
    }

    [Fact]
    public void A_lone_role_noun_is_named_by_the_qualifier_that_follows_it()
    {
        var normalizer = Build(
            (TaxonomySource.Esco, "hr-officer", [Esco("hr-officer")], ["human resources officer", "personnel officer"]),
            (TaxonomySource.Esco, "police-officer", [Esco("police-officer")], ["police officer"]),
            (TaxonomySource.Esco, "customs-officer", [Esco("customs-officer")], ["customs officer"]),
            (TaxonomySource.Esco, "hr-manager", [Esco("hr-manager")], ["human resources manager"]));

        normalizer.Normalize("Officer, Human Resources", TaxonomyScheme.Esco, 5).Matches[0].Label.ShouldBe("human resources officer");
        normalizer.Normalize("Officer (Human Resources)", TaxonomyScheme.Esco, 5).Matches[0].Label.ShouldBe("human resources officer");
    }

    [Fact]
    public void A_function_executive_is_a_professional_of_that_function_not_a_company_executive()
    {
        var normalizer = Build(
            (TaxonomySource.Esco, "ceo", [Esco("ceo")], ["chief executive officer", "managing director", "executive"]),
            (TaxonomySource.Esco, "marketing-assistant", [Esco("marketing-assistant")], ["marketing assistant"]),
            (TaxonomySource.Esco, "nurse", [Esco("nurse")], ["nurse"]));

        normalizer.Normalize("Marketing Executive", TaxonomyScheme.Esco, 5).Matches[0].Label.ShouldBe("marketing assistant");
        normalizer.Normalize("Chief Executive", TaxonomyScheme.Esco, 5).Matches[0].Label.ShouldBe("chief executive officer");
        normalizer.Normalize("Executive", TaxonomyScheme.Esco, 5).Matches[0].Label.ShouldBe("chief executive officer");
    }

    [Fact]
    public void Heads_the_taxonomy_swaps_within_an_occupation_stand_in_for_each_other()
    {
        // Titles of one occupation that differ only in the head teach that "officer" and "specialist" are interchangeable.
        var normalizer = Build(
            (TaxonomySource.Esco, "payroll", [Esco("payroll")], ["payroll officer", "payroll specialist", "tax officer", "tax specialist", "audit officer", "audit specialist"]),
            (TaxonomySource.Esco, "marketing-specialist", [Esco("marketing-specialist")], ["marketing specialist"]),
            (TaxonomySource.Esco, "marketing-dancer", [Esco("marketing-dancer")], ["marketing dancer"]));

        var matches = normalizer.Normalize("Marketing Officer", TaxonomyScheme.Esco, 5).Matches;

        matches[0].Label.ShouldBe("marketing specialist");
        matches[1].Label.ShouldBe("marketing dancer");
        matches[0].Score.ShouldBeGreaterThan(matches[1].Score);
    }
}
