using System.Globalization;
using OpenTalent.Core.Taxonomy;
using OpenTalent.Formats.Starter;
using OpenTalent.Testing;
using OpenTalent.Text;

namespace OpenTalent.Formats.Tests.Starter;

public sealed class StarterTaxonomyTests
{
    private static readonly TaxonomyRelease Release = StarterTaxonomy.Load();

    [Fact]
    public void Load_returns_a_cached_starter_release()
    {
        Release.Source.ShouldBe(TaxonomySource.Starter);
        Release.Release.ShouldNotBeNullOrWhiteSpace();
        StarterTaxonomy.Load().ShouldBeSameAs(Release);
    }

    [Fact]
    public void It_is_big_enough_to_be_useful()
    {
        Release.Occupations.Count.ShouldBeGreaterThanOrEqualTo(60);
        Release.Skills.Count.ShouldBeGreaterThanOrEqualTo(400);
        Release.Skills.Sum(s => s.AltLabels.Count).ShouldBeGreaterThanOrEqualTo(1000);
    }

    [Theory]
    [InlineData("AI research", "ai-research-scientist", "research-engineer", "applied-scientist")]
    [InlineData("machine learning", "ml-engineer", "mlops-engineer", "ai-engineer", "data-scientist")]
    [InlineData("software", "software-engineer", "backend-engineer", "frontend-engineer", "full-stack-engineer", "mobile-engineer")]
    [InlineData("infrastructure", "site-reliability-engineer", "devops-engineer", "platform-engineer", "cloud-architect", "security-engineer", "network-engineer")]
    [InlineData("data engineering", "data-engineer", "analytics-engineer", "data-analyst")]
    [InlineData("solutions and technical ambassadors", "solutions-engineer", "solutions-architect", "developer-advocate", "forward-deployed-engineer")]
    [InlineData("enterprise sales", "enterprise-account-executive", "sales-development-representative", "customer-success-manager", "technical-account-manager")]
    [InlineData("customer support", "customer-support-specialist", "support-engineer")]
    [InlineData("product and people", "product-manager", "technical-program-manager", "ux-designer", "technical-writer", "recruiter", "hr-business-partner")]
    [InlineData("data-centre operations", "data-center-technician", "critical-facilities-engineer", "data-center-operations-manager")]
    [InlineData("data-centre construction", "data-center-construction-manager", "construction-project-manager", "electrician", "hvac-technician")]
    [InlineData("chip design", "asic-design-engineer", "verification-engineer", "physical-design-engineer", "semiconductor-process-engineer", "hardware-engineer")]
    [InlineData("supply chain", "supply-chain-analyst", "procurement-manager", "logistics-coordinator", "operations-manager")]
    [InlineData("non-tech", "registered-nurse", "high-school-teacher", "accountant", "financial-analyst", "marketing-manager", "graphic-designer",
        "administrative-assistant", "project-manager", "paralegal", "retail-salesperson", "truck-driver", "warehouse-associate", "plumber", "cook", "chef")]
    public void Every_required_family_is_present(string family, params string[] keys)
    {
        var present = Release.Occupations.Select(o => o.Key).ToHashSet();
        keys.Where(k => !present.Contains(k)).ShouldBeEmpty($"missing from the {family} family");
    }

    [Theory]
    [InlineData("15-1221")] // computer and information research scientists
    [InlineData("15-2051")] // data scientists (and ML engineers)
    [InlineData("15-1252")] // software developers
    [InlineData("15-1243")] // database architects (data engineers)
    [InlineData("41-9031")] // sales engineers
    [InlineData("41-3091")] // sales representatives of services
    [InlineData("43-4051")] // customer service representatives
    [InlineData("15-1231")] // computer network support specialists (data-centre technicians)
    [InlineData("11-9021")] // construction managers
    [InlineData("17-2061")] // computer hardware engineers
    [InlineData("13-1081")] // logisticians
    [InlineData("29-1141")] // registered nurses
    public void Every_required_family_has_its_soc_code(string soc) =>
        Release.Occupations.ShouldContain(o => o.CodeIn(CodeScheme.Soc) == soc);

    [Fact]
    public void Every_occupation_has_codes_a_description_and_a_job_zone()
    {
        foreach (var occupation in Release.Occupations)
        {
            occupation.CodeIn(CodeScheme.Local).ShouldBe(occupation.Key);
            occupation.CodeIn(CodeScheme.Soc).ShouldNotBeNull(occupation.Key);
            occupation.Description.ShouldNotBeNullOrWhiteSpace(occupation.Key);
            occupation.JobZone.ShouldNotBeNull(occupation.Key);
            if (occupation.CodeIn(CodeScheme.OnetSoc) is { } onet)
            {
                OccupationCode.SocOfOnetSoc(onet).ShouldBe(occupation.CodeIn(CodeScheme.Soc), occupation.Key);
            }

            if (occupation.CodeIn(CodeScheme.Isco) is { } isco)
            {
                isco.Length.ShouldBe(4, occupation.Key);
            }
        }
    }

    [Fact]
    public void Every_occupation_has_at_least_three_alternate_titles_and_eight_skills()
    {
        var skillsPerOccupation = Release.OccupationSkills.GroupBy(l => l.OccupationKey).ToDictionary(g => g.Key, g => g.Count());
        foreach (var occupation in Release.Occupations)
        {
            occupation.Titles.Count(t => t.Kind == TitleKind.Alternate).ShouldBeGreaterThanOrEqualTo(3, occupation.Key);
            skillsPerOccupation.GetValueOrDefault(occupation.Key).ShouldBeInRange(8, 20, occupation.Key);
        }
    }

    [Fact]
    public void Skill_links_say_whether_they_are_essential_and_how_important()
    {
        foreach (var link in Release.OccupationSkills)
        {
            link.Relation.ShouldBeOneOf(SkillRelation.Essential, SkillRelation.Optional);
            link.Importance.ShouldNotBeNull();
            link.Importance.Value.ShouldBeInRange(1, 5);
        }

        Release.OccupationSkills.GroupBy(l => l.OccupationKey)
            .ShouldAllBe(g => g.Any(l => l.Relation == SkillRelation.Essential));
    }

    [Fact]
    public void Every_occupation_has_related_occupations_that_exist()
    {
        var keys = Release.Occupations.Select(o => o.Key).ToHashSet();
        var relatedBy = Release.RelatedOccupations.ToLookup(r => r.OccupationKey);
        foreach (var occupation in Release.Occupations)
        {
            var related = relatedBy[occupation.Key].ToList();
            related.Count.ShouldBeGreaterThanOrEqualTo(2, occupation.Key);
            related.ShouldAllBe(r => keys.Contains(r.RelatedKey) && r.RelatedKey != occupation.Key);
        }
    }

    [Fact]
    public void Every_occupation_has_a_2024_median_wage_with_its_source()
    {
        var wages = Release.Wages.ToDictionary(w => w.SocCode);
        foreach (var occupation in Release.Occupations)
        {
            var soc = occupation.CodeIn(CodeScheme.Soc)!;
            wages.ShouldContainKey(soc, occupation.Key);
            var wage = wages[soc];
            wage.Year.ShouldBe(2024);
            wage.Level.ShouldBe(SocGroupLevel.Detailed);
            wage.SourceNote.ShouldBe("BLS OEWS May 2024, national (public domain)");
            wage.Annual.Median.ShouldNotBeNull(soc);
            wage.Annual.Median.Value.Amount.ShouldBeGreaterThan(20_000m, soc);
        }

        // One wage per SOC code the occupations use, and none that no occupation uses.
        Release.Wages.Select(w => w.SocCode).ShouldBe(
            Release.Occupations.Select(o => o.CodeIn(CodeScheme.Soc)!).Distinct().Order(StringComparer.Ordinal),
            ignoreOrder: true);
    }

    [Fact]
    public void Top_coded_wages_are_kept_as_lower_bounds()
    {
        var marketing = Release.Wages.Single(w => w.SocCode == "11-2021");
        marketing.Annual.P90.ShouldBe(new WageEstimate(239_200m, isLowerBound: true));
        marketing.Annual.Median.ShouldBe(new WageEstimate(161_030m));
        marketing.Hourly.P90.ShouldBe(new WageEstimate(115m, isLowerBound: true));
    }

    [Fact]
    public void Wage_figures_match_the_bls_file()
    {
        var path = SharedData.Require("bls-oews-2024/national_M2024_dl.csv");
        var medians = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = File.ReadLines(path).ToList();
        var header = SplitCsv(lines[0]);
        int Column(string name) => header.IndexOf(name);
        foreach (var line in lines.Skip(1))
        {
            var cells = SplitCsv(line);
            if (cells[Column("NAICS")] == "000000")
            {
                medians[cells[Column("OCC_CODE")]] = cells[Column("A_MEDIAN")];
            }
        }

        foreach (var wage in Release.Wages)
        {
            var expected = medians[wage.SocCode];
            var median = wage.Annual.Median!.Value;
            if (expected == "#")
            {
                median.ShouldBe(new WageEstimate(239_200m, isLowerBound: true), wage.SocCode);
            }
            else
            {
                median.ShouldBe(new WageEstimate(decimal.Parse(expected, CultureInfo.InvariantCulture)), wage.SocCode);
            }
        }
    }

    [Theory]
    [InlineData("k8s", "kubernetes")]
    [InlineData("Kubernetes", "kubernetes")]
    [InlineData("JS", "javascript")]
    [InlineData("ECMAScript", "javascript")]
    [InlineData("TS", "typescript")]
    [InlineData("GCP", "gcp")]
    [InlineData("Google Cloud", "gcp")]
    [InlineData("Postgres", "postgresql")]
    [InlineData("psql", "postgresql")]
    [InlineData("ML", "machine-learning")]
    [InlineData("NLP", "nlp")]
    [InlineData("LLM", "large-language-models")]
    [InlineData("LLMs", "large-language-models")]
    [InlineData("RAG", "rag")]
    [InlineData("CI/CD", "ci-cd")]
    [InlineData("SFDC", "salesforce")]
    [InlineData("C#", "c-sharp")]
    [InlineData("C++", "cpp")]
    [InlineData("C", "c")]
    [InlineData("Node.js", "nodejs")]
    [InlineData(".NET", "dotnet")]
    [InlineData("Golang", "go")]
    [InlineData("sklearn", "scikit-learn")]
    [InlineData("RLHF", "rlhf")]
    [InlineData("LoRA", "llm-fine-tuning")]
    [InlineData("STA", "static-timing-analysis")]
    [InlineData("UVM", "uvm")]
    [InlineData("NFPA 70E", "nfpa-70e")]
    [InlineData("UPS", "ups-systems")]
    [InlineData("S&OP", "sop")]
    [InlineData("MEDDPICC", "meddicc")]
    [InlineData("ATS", "ats")]
    [InlineData("CDL-A", "cdl")]
    [InlineData("ServSafe", "food-safety")]
    public void Aliases_resolve_to_their_skill(string text, string expectedKey)
    {
        var index = BuildLabelIndex();
        index.ShouldContainKey(TextKey.Of(text));
        index[TextKey.Of(text)].ShouldBe([expectedKey]);
    }

    [Fact]
    public void No_two_skills_share_a_folded_label_or_alias()
    {
        var clashes = BuildLabelIndex()
            .Where(e => e.Value.Count > 1)
            .Select(e => $"'{e.Key}': {string.Join(", ", e.Value)}")
            .ToList();
        clashes.ShouldBeEmpty();
    }

    [Fact]
    public void Every_label_and_alias_folds_to_something()
    {
        foreach (var skill in Release.Skills)
        {
            skill.Scheme.ShouldBe(StarterTaxonomy.SkillScheme);
            foreach (var text in skill.AltLabels.Prepend(skill.PreferredLabel))
            {
                TextKey.Of(text).ShouldNotBeEmpty($"{skill.Key}: '{text}'");
            }
        }
    }

    [Fact]
    public void AI_era_technologies_are_marked_hot_and_in_demand()
    {
        var skills = Release.Skills.ToDictionary(s => s.Key);
        foreach (var key in new[] { "pytorch", "large-language-models", "rag", "llm-fine-tuning", "kubernetes", "cuda" })
        {
            skills[key].Hot.ShouldBeTrue(key);
        }

        skills["kubernetes"].InDemand.ShouldBeTrue();
        skills["python"].InDemand.ShouldBeTrue();
        skills["microsoft-word"].Hot.ShouldBeFalse();
        Release.OccupationSkills.Where(l => l.SkillKey == "pytorch").ShouldAllBe(l => l.Hot);
    }

    [Fact]
    public void Skill_kinds_distinguish_technologies_tools_skills_and_knowledge()
    {
        var skills = Release.Skills.ToDictionary(s => s.Key);
        skills["kubernetes"].Kind.ShouldBe(SkillKind.Technology);
        skills["forklift"].Kind.ShouldBe(SkillKind.Tool);
        skills["negotiation"].Kind.ShouldBe(SkillKind.Skill);
        skills["gaap"].Kind.ShouldBe(SkillKind.Knowledge);
        Enum.GetValues<SkillKind>().ShouldAllBe(k => Release.Skills.Any(s => s.Kind == k));
    }

    [Fact]
    public void A_minimal_document_parses()
    {
        var release = StarterTaxonomy.Parse(Document());

        release.Release.ShouldBe("test");
        release.Skills.Single().AltLabels.ShouldBe(["torch"]);
        release.Occupations.Select(o => o.Key).ShouldBe(["ml-engineer", "data-scientist"]);
        release.Occupations[0].Codes.ShouldBe([
            new OccupationCode(CodeScheme.Local, "ml-engineer"),
            new OccupationCode(CodeScheme.Soc, "15-2051"),
            new OccupationCode(CodeScheme.OnetSoc, "15-2051.00"),
        ]);
        release.OccupationSkills.Single().ShouldBe(new OccupationSkill("ml-engineer", "pytorch", SkillRelation.Essential, 5, hot: true));
        release.RelatedOccupations.Single().ShouldBe(new RelatedOccupation("ml-engineer", "data-scientist", rank: 1));
        var wage = release.Wages.Single();
        wage.Annual.Median.ShouldBe(new WageEstimate(112_590m));
        wage.Annual.P90.ShouldBe(new WageEstimate(239_200m, isLowerBound: true));
        wage.Annual.P10.ShouldBeNull();
        wage.Hourly.ShouldBe(WageDistribution.Unavailable);
    }

    [Theory]
    [InlineData("\"pytorch\", \"relation\"", "\"pytorh\", \"relation\"", "starter-taxonomy.json: occupation 'ml-engineer': unknown skill 'pytorh'.")]
    [InlineData("\"related\": [\"data-scientist\"]", "\"related\": [\"data-scientst\"]", "starter-taxonomy.json: occupation 'ml-engineer': unknown related occupation 'data-scientst'.")]
    [InlineData("\"kind\": \"technology\"", "\"kind\": \"gadget\"", "starter-taxonomy.json: skill 'pytorch': unknown kind 'gadget'; expected technology, tool, skill, knowledge.")]
    [InlineData("\"importance\": 5", "\"importance\": 7", "starter-taxonomy.json: occupation 'ml-engineer', skill 'pytorch': importance 7 is outside 1 to 5.")]
    [InlineData("\"onetSoc\": \"15-2051.00\"", "\"onetSoc\": \"15-1252.00\"", "starter-taxonomy.json: occupation 'ml-engineer': O*NET-SOC 15-1252.00 does not belong to SOC 15-2051.")]
    [InlineData("\"soc\": \"15-2051\", \"title\"", "\"soc\": \"15-2O51\", \"title\"", "starter-taxonomy.json: wage '15-2O51': '15-2O51' is not a valid SOC code.")]
    [InlineData("\"p90\": {\"atLeast\": 239200}", "\"p90\": \"#\"", "starter-taxonomy.json: wage '15-2051': annual p90 must be a number of zero or more, or {\"atLeast\": number}.")]
    [InlineData("\"jobZone\": 4", "\"jobZone\": 9", "starter-taxonomy.json: occupation 'ml-engineer': job zone 9 is outside 1 to 5.")]
    [InlineData("\"key\": \"ml-engineer\"", "\"key\": \"ML Engineer\"", "starter-taxonomy.json: occupation #1: the key 'ML Engineer' must be lower-case letters and digits in words joined by single hyphens.")]
    [InlineData("\"key\": \"data-scientist\"", "\"key\": \"ml-engineer\"", "starter-taxonomy.json: occupation 'ml-engineer' appears twice.")]
    [InlineData("\"description\": \"Builds models.\"", "\"description\": \" \"", "starter-taxonomy.json: occupation 'ml-engineer' has no description.")]
    public void A_malformed_document_names_the_item_at_fault(string find, string replace, string message)
    {
        var json = Document();
        json.ShouldContain(find);

        var ex = Should.Throw<InvalidTaxonomyException>(() => StarterTaxonomy.Parse(json.Replace(find, replace, StringComparison.Ordinal)));

        ex.Message.ShouldBe(message);
    }

    [Fact]
    public void A_misspelt_field_or_broken_json_is_reported_with_the_file_name()
    {
        var misspelt = Should.Throw<InvalidTaxonomyException>(() => StarterTaxonomy.Parse(Document().Replace("\"importance\"", "\"importnace\"", StringComparison.Ordinal)));
        misspelt.Message.ShouldStartWith("starter-taxonomy.json: ");
        misspelt.Message.ShouldContain("importnace");

        var broken = Should.Throw<InvalidTaxonomyException>(() => StarterTaxonomy.Parse("{\"release\": \"x\", \"skills\": ["));
        broken.Message.ShouldStartWith("starter-taxonomy.json: ");
    }

    [Fact]
    public void An_occupation_without_a_wage_for_its_soc_code_is_rejected()
    {
        var json = Document().Replace("\"soc\": \"15-2051\", \"onetSoc\"", "\"soc\": \"15-1252\", \"onetSoc\"", StringComparison.Ordinal)
            .Replace("15-2051.00", "15-1252.00", StringComparison.Ordinal);

        Should.Throw<InvalidTaxonomyException>(() => StarterTaxonomy.Parse(json))
            .Message.ShouldBe("starter-taxonomy.json: occupation 'ml-engineer': no wage is given for SOC 15-1252.");
    }

    private static Dictionary<string, List<string>> BuildLabelIndex()
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var skill in Release.Skills)
        {
            foreach (var text in skill.AltLabels.Prepend(skill.PreferredLabel))
            {
                var key = TextKey.Of(text);
                if (!index.TryGetValue(key, out var keys))
                {
                    index[key] = keys = [];
                }

                if (!keys.Contains(skill.Key))
                {
                    keys.Add(skill.Key);
                }
            }
        }

        return index;
    }

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    private static string Document() => """
        {
          "release": "test",
          "skills": [
            {"key": "pytorch", "label": "PyTorch", "kind": "technology", "aliases": ["torch"], "hot": true}
          ],
          "wages": [
            {"soc": "15-2051", "title": "Data Scientists", "year": 2024, "source": "test", "employment": 233440,
             "annual": {"median": 112590, "p90": {"atLeast": 239200}}}
          ],
          "occupations": [
            {
              "key": "ml-engineer", "title": "Machine Learning Engineer", "description": "Builds models.",
              "soc": "15-2051", "onetSoc": "15-2051.00", "jobZone": 4, "titles": ["ML Engineer"],
              "skills": [{"key": "pytorch", "relation": "essential", "importance": 5}],
              "related": ["data-scientist"]
            },
            {
              "key": "data-scientist", "title": "Data Scientist", "description": "Analyses data.",
              "soc": "15-2051", "titles": [], "skills": [], "related": []
            }
          ]
        }
        """;
}
