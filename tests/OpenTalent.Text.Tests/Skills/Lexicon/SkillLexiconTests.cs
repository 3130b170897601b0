using OpenTalent.Core.Taxonomy;
using OpenTalent.Core.Understanding;
using OpenTalent.Text.Skills.Lexicon;
using static OpenTalent.Text.Tests.Skills.Lexicon.LexiconFixture;

namespace OpenTalent.Text.Tests.Skills.Lexicon;

public sealed class SkillLexiconTests
{
    private static readonly SkillLexicon Subject = LexiconFixture.Lexicon;

    private static List<LexiconMatch> Find(string text, TaxonomyScheme scheme = TaxonomyScheme.All) => [.. Subject.Match(text, scheme)];

    private static bool Has(string text, TaxonomySource source, string label, TaxonomyScheme scheme = TaxonomyScheme.All) =>
        Find(text, scheme).Any(m => m.Skill == Skill(source, label));

    private static LexiconMatch Single(string text, TaxonomySource source, string label) =>
        Find(text).Single(m => m.Skill == Skill(source, label));

    [Fact]
    public void Aliases_and_abbreviations_name_their_skill()
    {
        var match = Single("Run workloads on k8s clusters.", TaxonomySource.Starter, "Kubernetes");
        match.Span.ShouldBe(new TextSpan(17, 20));
        match.Confidence.ShouldBeLessThan(Single("Kubernetes", TaxonomySource.Starter, "Kubernetes").Confidence);
        Has("We use Golang daily", TaxonomySource.Starter, "Go").ShouldBeTrue();
    }

    [Fact]
    public void Case_plurals_and_inflections_are_folded()
    {
        Has("DATABASE design", TaxonomySource.Esco, "databases").ShouldBeTrue();
        Has("relational Databases", TaxonomySource.Esco, "databases").ShouldBeTrue();
        Has("Managed staff of twelve", TaxonomySource.Esco, "manage staff").ShouldBeTrue();
        Has("python", TaxonomySource.Starter, "Python").ShouldBeTrue();
    }

    [Fact]
    public void The_longest_label_wins_over_labels_it_contains()
    {
        var matches = Find("Experience with SQL Server and machine learning.");
        matches.ShouldContain(m => m.Skill == Skill(TaxonomySource.Starter, "Microsoft SQL Server") && m.LabelTokens == 2);
        matches.ShouldNotContain(m => m.Skill == Skill(TaxonomySource.Starter, "SQL"));
        matches.ShouldContain(m => m.Skill == Skill(TaxonomySource.Starter, "Machine learning"));
        matches.ShouldNotContain(m => m.Skill == Skill(TaxonomySource.Esco, "learning"));
    }

    [Fact]
    public void Every_source_naming_the_same_span_is_returned_and_the_scheme_filters_them()
    {
        Find("Python").Select(m => m.Skill).ShouldBe(
            [Skill(TaxonomySource.Starter, "Python"), Skill(TaxonomySource.Onet, "Python"), Skill(TaxonomySource.Esco, "Python (computer programming)")],
            ignoreOrder: true);
        Find("Python", TaxonomyScheme.Esco).Single().Skill.ShouldBe(Skill(TaxonomySource.Esco, "Python (computer programming)"));
        Find("Python", TaxonomyScheme.Onet).Single().Skill.ShouldBe(Skill(TaxonomySource.Onet, "Python"));
        Has("Kubernetes", TaxonomySource.Starter, "Kubernetes", TaxonomyScheme.Onet).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Backend services in Go and Python.", true)]
    [InlineData("Go programming experience", true)]
    [InlineData("Languages: Python, Go, Java", true)]
    [InlineData("Ready to go the extra mile.", false)]
    [InlineData("Go ahead and apply today.", false)]
    [InlineData("We go to great lengths for customers.", false)]
    public void Go_counts_only_in_a_technical_context(string text, bool expected) =>
        Has(text, TaxonomySource.Starter, "Go").ShouldBe(expected);

    [Theory]
    [InlineData("Statistical analysis in R", true)]
    [InlineData("R and Python for modelling", true)]
    [InlineData("Our R&D team is growing.", false)]
    [InlineData("r and python", false)]
    [InlineData("Section R of the handbook", false)]
    public void R_counts_only_in_a_technical_context(string text, bool expected) =>
        Has(text, TaxonomySource.Starter, "R").ShouldBe(expected);

    [Theory]
    [InlineData("Advanced Excel skills required.", true)]
    [InlineData("Proficiency with MS Excel and SQL.", true)]
    [InlineData("You will excel in a fast-paced team.", false)]
    [InlineData("Excel at building relationships with clients.", false)]
    public void Excel_the_verb_is_not_Microsoft_Excel(string text, bool expected) =>
        Has(text, TaxonomySource.Starter, "Microsoft Excel").ShouldBe(expected);

    [Theory]
    [InlineData("Apache Spark pipelines", true)]
    [InlineData("Writing Spark jobs on large clusters", true)]
    [InlineData("Spark, Python and SQL", true)]
    [InlineData("Bring the spark that makes our team shine.", false)]
    public void Spark_counts_only_in_a_technical_context(string text, bool expected) =>
        Has(text, TaxonomySource.Starter, "Apache Spark").ShouldBe(expected);

    [Theory]
    [InlineData("No Java experience needed.")]
    [InlineData("Java is not required for this role.")]
    [InlineData("You can succeed here without Java.")]
    [InlineData("We don't require Java.")]
    public void Negation_rules_a_skill_out(string text) =>
        Single(text, TaxonomySource.Starter, "Java").Negated.ShouldBeTrue();

    [Theory]
    [InlineData("Not only Java but also Python.")]
    [InlineData("No visa sponsorship, but Java is a must.")]
    [InlineData("Strong Java skills.")]
    public void Negation_stays_in_its_clause(string text) =>
        Single(text, TaxonomySource.Starter, "Java").Negated.ShouldBeFalse();

    [Fact]
    public void Sections_say_required_or_preferred()
    {
        const string ad = "About the role\nYou will build services.\nRequirements:\n- Python\n- Docker\nNice to have\n- Kubernetes\nBenefits:\n- SQL Server licence";
        Single(ad, TaxonomySource.Starter, "Python").Required.ShouldBe(true);
        Single(ad, TaxonomySource.Onet, "Docker").Required.ShouldBe(true);
        Single(ad, TaxonomySource.Starter, "Kubernetes").Required.ShouldBe(false);
        Single(ad, TaxonomySource.Starter, "Microsoft SQL Server").Required.ShouldBeNull();
    }

    [Theory]
    [InlineData("Python is a must.", true)]
    [InlineData("Python experience required.", true)]
    [InlineData("Python is a plus.", false)]
    [InlineData("Ideally you know Python.", false)]
    [InlineData("Python, preferably.", false)]
    [InlineData("We use Python.", null)]
    public void Sentence_cues_say_required_or_preferred(string text, bool? expected) =>
        Single(text, TaxonomySource.Starter, "Python").Required.ShouldBe(expected);

    [Fact]
    public void A_sentence_cue_overrides_the_section()
    {
        const string ad = "Requirements:\n- Python\n- Kubernetes is a plus";
        Single(ad, TaxonomySource.Starter, "Python").Required.ShouldBe(true);
        Single(ad, TaxonomySource.Starter, "Kubernetes").Required.ShouldBe(false);
    }

    [Theory]
    [InlineData("5+ years of Python", 5.0)]
    [InlineData("3-5 years experience with Python", 3.0)]
    [InlineData("at least two years of Python", 2.0)]
    [InlineData("Minimum of 4 yrs hands-on Python development", 4.0)]
    [InlineData("Python (7 years)", 7.0)]
    [InlineData("three (3) years of professional Python experience", 3.0)]
    [InlineData("3 to 6 years in Python", 3.0)]
    [InlineData("Python", null)]
    [InlineData("Python since 2019, and many years of fun", null)]
    public void Years_of_experience_are_read(string text, double? expected) =>
        Single(text, TaxonomySource.Starter, "Python").MinYears.ShouldBe(expected);

    [Fact]
    public void Years_go_to_the_skill_they_belong_to()
    {
        const string text = "3 years of Java and 2 years of Python.";
        Single(text, TaxonomySource.Starter, "Java").MinYears.ShouldBe(3);
        Single(text, TaxonomySource.Starter, "Python").MinYears.ShouldBe(2);
    }

    [Fact]
    public void Spans_point_at_the_input()
    {
        const string text = "Skills: full stack, CI/CD, Apache   Spark!";
        var match = Single(text, TaxonomySource.Starter, "Apache Spark");
        text[match.Span.Start..match.Span.End].ShouldBe("Apache   Spark");
    }

    [Fact]
    public void Generic_words_match_with_lower_confidence()
    {
        var generic = Single("Good communication", TaxonomySource.Esco, "communication");
        var specific = Single("Good Docker", TaxonomySource.Onet, "Docker");
        generic.Confidence.ShouldBeLessThan(specific.Confidence);
        generic.Confidence.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Write_then_read_gives_the_same_lexicon()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            Subject.Write(writer);
        }

        var bytes = stream.ToArray();
        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var copy = SkillLexicon.Read(reader);
        copy.SkillCount.ShouldBe(Subject.SkillCount);

        using var again = new MemoryStream();
        using (var writer = new BinaryWriter(again))
        {
            copy.Write(writer);
        }

        again.ToArray().ShouldBe(bytes);
        const string text = "Requirements: 5+ years of Python, k8s and Go; no Java needed. Excel is a plus.";
        copy.Match(text, TaxonomyScheme.All).ShouldBe(Subject.Match(text, TaxonomyScheme.All));
    }

    [Fact]
    public void Odd_input_never_throws()
    {
        Subject.Match("", TaxonomyScheme.All).ShouldBeEmpty();
        Subject.Match("\0\u0001\uFFFF\uD800 broken surrogate \uDC00 Python", TaxonomyScheme.All).ShouldNotBeEmpty();
        var random = new Random(7);
        var junk = new string(Enumerable.Range(0, 200_000).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray());
        Should.NotThrow(() => Subject.Match(junk, TaxonomyScheme.All));
    }

    [Fact]
    public void A_huge_single_line_is_matched_in_bounded_chunks()
    {
        var line = string.Concat(Enumerable.Repeat("Python, Docker and k8s ", 200_000));
        var matches = Subject.Match(line, TaxonomyScheme.Esco);
        matches.Count.ShouldBe(200_000);
        var word = new string('a', 3_000_000) + " Python";
        Subject.Match(word, TaxonomyScheme.Onet).Count.ShouldBe(1);
    }

    [Fact]
    public void Matching_is_thread_safe()
    {
        const string text = "Requirements: 5+ years of Python and Kubernetes. Go is a plus.";
        var expected = Subject.Match(text, TaxonomyScheme.All);
        Parallel.For(0, 200, _ => Subject.Match(text, TaxonomyScheme.All).ShouldBe(expected));
    }
}
