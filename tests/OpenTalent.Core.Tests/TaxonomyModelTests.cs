using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Core.Tests;

public class TaxonomyModelTests
{
    private static Occupation Occupation(string key, string title = "Software Developers") =>
        new(key, title, null, [new OccupationCode(CodeScheme.OnetSoc, key)]);

    [Fact]
    public void An_occupation_always_carries_its_preferred_title_once()
    {
        var occupation = new Occupation(
            "15-1252.00",
            "Software Developers",
            "  ",
            [new OccupationCode(CodeScheme.OnetSoc, "15-1252.00")],
            [new OccupationTitle("software developers", TitleKind.Preferred), new OccupationTitle("Coder", TitleKind.Alternate), new OccupationTitle("Coder", TitleKind.Alternate), new OccupationTitle("coder", TitleKind.Alternate)]);

        occupation.Titles.Count(t => t.Kind == TitleKind.Preferred).ShouldBe(1);
        occupation.Titles.Where(t => t.Kind == TitleKind.Alternate).Select(t => t.Text).ShouldBe(["Coder", "coder"]);
        occupation.Description.ShouldBeNull();
    }

    [Fact]
    public void An_occupation_needs_a_code() =>
        Should.Throw<ArgumentException>(() => new Occupation("x", "X", null, [])).Message.ShouldContain("at least one code");

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Job_zone_is_one_to_five(int zone) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new Occupation("15-1252.00", "X", null, [new OccupationCode(CodeScheme.OnetSoc, "15-1252.00")], jobZone: zone));

    [Fact]
    public void Skill_alt_labels_drop_blanks_exact_repeats_and_the_preferred_label()
    {
        var skill = new Skill("kubernetes", "Kubernetes", SkillKind.Technology, "starter", altLabels: ["k8s", "K8S", " ", "Kubernetes", "k8s ", "kube"]);
        skill.AltLabels.ShouldBe(["k8s", "K8S", "kube"]);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    [InlineData(double.NaN)]
    public void Importance_must_be_on_a_sane_scale(double importance) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new OccupationSkill("a", "b", importance: importance));

    [Fact]
    public void A_release_rejects_links_to_missing_skills()
    {
        var error = Should.Throw<InvalidTaxonomyException>(() => new TaxonomyRelease(
            TaxonomySource.Onet,
            "29.3",
            [Occupation("15-1252.00")],
            [],
            [new OccupationSkill("15-1252.00", "python")]));
        error.Message.ShouldContain("'python'");
    }

    [Fact]
    public void A_release_rejects_duplicate_occupation_keys() =>
        Should.Throw<InvalidTaxonomyException>(() => new TaxonomyRelease(TaxonomySource.Onet, "29.3", [Occupation("15-1252.00"), Occupation("15-1252.00")]))
            .Message.ShouldContain("15-1252.00");

    [Fact]
    public void A_release_rejects_related_occupations_outside_it() =>
        Should.Throw<InvalidTaxonomyException>(() => new TaxonomyRelease(
            TaxonomySource.Onet, "29.3", [Occupation("15-1252.00")], relatedOccupations: [new RelatedOccupation("15-1252.00", "15-1251.00")]));

    [Fact]
    public void An_occupation_is_not_related_to_itself() =>
        Should.Throw<ArgumentException>(() => new RelatedOccupation("a", "a"));

    [Theory]
    [InlineData(1989)]
    [InlineData(2101)]
    public void Wage_year_is_bounded(int year) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new OccupationWage("15-1252", "Software Developers", SocGroupLevel.Detailed, year, null, WageDistribution.Unavailable, WageDistribution.Unavailable));

    [Fact]
    public void A_top_coded_wage_is_a_lower_bound()
    {
        var wage = new WageEstimate(239_200m, isLowerBound: true);
        wage.ToString().ShouldBe("≥239200");
        Should.Throw<ArgumentOutOfRangeException>(() => new WageEstimate(-1m));
    }

    [Theory]
    [InlineData("onet", TaxonomySource.Onet)]
    [InlineData("ESCO", TaxonomySource.Esco)]
    [InlineData("starter", TaxonomySource.Starter)]
    public void Source_keys_round_trip(string key, TaxonomySource source)
    {
        TaxonomySourceNames.Parse(key).ShouldBe(source);
        source.Key().ShouldBe(key.ToLowerInvariant());
    }

    [Fact]
    public void An_unknown_source_is_named_in_the_error() =>
        Should.Throw<ArgumentException>(() => TaxonomySourceNames.Parse("lucene")).Message.ShouldContain("'lucene'");
}
