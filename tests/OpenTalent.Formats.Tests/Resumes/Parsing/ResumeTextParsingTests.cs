using OpenTalent.Formats.Resumes.Parsing;

namespace OpenTalent.Formats.Tests.Resumes.Parsing;

public class ResumeTextParsingTests(StarterModelsFixture fixture) : IClassFixture<StarterModelsFixture>
{
    internal const string JaneDoe = """
        JANE DOE
        Senior Data Engineer
        jane.doe@example.com | +1 (415) 555-0134 | San Francisco, CA
        linkedin.com/in/janedoe | https://github.com/janedoe | https://janedoe.dev

        SUMMARY
        Data engineer with eight years of experience building batch and streaming pipelines on AWS.

        PROFESSIONAL EXPERIENCE

        Senior Data Engineer, Acme Corp            Jan 2020 – Present
        San Francisco, CA
        • Built streaming pipelines with Kafka and Spark processing
          2 billion events per day
        • Led migration of the warehouse to Snowflake

        Data Analyst at Initech Inc.   03/2016 - 12/2019
        - Wrote SQL reports and dashboards in Tableau
        - Automated ETL jobs in Python

        EDUCATION
        University of Washington
        B.S. in Computer Science, 2012 – 2016

        Skills
        Languages: Python, SQL, Scala
        Tools: k8s, Docker, Terraform, FooBarTool

        Certifications
        AWS Certified Solutions Architect – Associate (2021)

        Languages
        English (native), Spanish (B2)
        """;

    private ParsedResume Parse(string text) => new ResumeParser(fixture.Models).ParseText(text);

    [Fact]
    public void Basics_come_from_the_header()
    {
        var basics = Parse(JaneDoe).Json["basics"]!;

        basics["name"]!.GetValue<string>().ShouldBe("Jane Doe");
        basics["label"]!.GetValue<string>().ShouldBe("Senior Data Engineer");
        basics["email"]!.GetValue<string>().ShouldBe("jane.doe@example.com");
        basics["phone"]!.GetValue<string>().ShouldBe("+1 (415) 555-0134");
        basics["url"]!.GetValue<string>().ShouldBe("https://janedoe.dev");
        basics["location"]!["city"]!.GetValue<string>().ShouldBe("San Francisco");
        basics["location"]!["countryCode"]!.GetValue<string>().ShouldBe("US");
        basics["profiles"]!.AsArray().Select(p => p!["network"]!.GetValue<string>()).ShouldBe(["LinkedIn", "GitHub"]);
        basics["summary"]!.GetValue<string>().ShouldStartWith("Data engineer with eight years");
    }

    [Fact]
    public void Work_entries_have_position_company_dates_and_joined_bullets()
    {
        var work = Parse(JaneDoe).Json["work"]!.AsArray();

        work.Count.ShouldBe(2);
        work[0]!["position"]!.GetValue<string>().ShouldBe("Senior Data Engineer");
        work[0]!["name"]!.GetValue<string>().ShouldBe("Acme Corp");
        work[0]!["startDate"]!.GetValue<string>().ShouldBe("2020-01");
        work[0]!["endDate"].ShouldBeNull();
        work[0]!["highlights"]!.AsArray().Select(h => h!.GetValue<string>())
            .ShouldBe(["Built streaming pipelines with Kafka and Spark processing 2 billion events per day", "Led migration of the warehouse to Snowflake"]);
        work[1]!["position"]!.GetValue<string>().ShouldBe("Data Analyst");
        work[1]!["name"]!.GetValue<string>().ShouldBe("Initech Inc.");
        work[1]!["startDate"]!.GetValue<string>().ShouldBe("2016-03");
        work[1]!["endDate"]!.GetValue<string>().ShouldBe("2019-12");
    }

    [Fact]
    public void Education_has_institution_degree_area_and_years()
    {
        var education = Parse(JaneDoe).Json["education"]!.AsArray().ShouldHaveSingleItem()!;

        education["institution"]!.GetValue<string>().ShouldBe("University of Washington");
        education["studyType"]!.GetValue<string>().ShouldBe("Bachelor");
        education["area"]!.GetValue<string>().ShouldBe("Computer Science");
        education["startDate"]!.GetValue<string>().ShouldBe("2012");
        education["endDate"]!.GetValue<string>().ShouldBe("2016");
    }

    [Fact]
    public void Skills_take_the_taxonomy_labels_and_unknown_ones_are_kept_with_a_warning()
    {
        var parsed = Parse(JaneDoe);

        var names = parsed.Json["skills"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).ToList();
        names.ShouldContain("Kubernetes");
        names.ShouldContain("Python");
        names.ShouldNotContain("k8s");
        names.ShouldContain("FooBarTool");
        parsed.Warnings.ShouldContain(w => w.Field.StartsWith("skills[", StringComparison.Ordinal) && w.Message.Contains("FooBarTool", StringComparison.Ordinal));
    }

    [Fact]
    public void Certificates_and_languages_are_read_and_the_result_is_a_valid_resume()
    {
        var parsed = Parse(JaneDoe);

        var certificate = parsed.Json["certificates"]!.AsArray().ShouldHaveSingleItem()!;
        certificate["name"]!.GetValue<string>().ShouldBe("AWS Certified Solutions Architect – Associate");
        certificate["date"]!.GetValue<string>().ShouldBe("2021");
        parsed.Json["languages"]!.AsArray().Select(l => l!["language"]!.GetValue<string>()).ShouldBe(["English", "Spanish"]);
        var document = parsed.Document.ShouldNotBeNull();
        document.Work.Count.ShouldBe(2);
        document.Email.ShouldBe("jane.doe@example.com");
        parsed.Warnings.ShouldNotContain(w => w.Field.StartsWith("work", StringComparison.Ordinal) || w.Field.StartsWith("basics", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_fields_stay_empty_and_are_reported_never_invented()
    {
        var parsed = Parse("""
            Experience
            Acme Corp
            • Answered customer questions by email
            """);

        var basics = parsed.Json["basics"]!.AsObject();
        basics.ContainsKey("name").ShouldBeFalse();
        basics.ContainsKey("email").ShouldBeFalse();
        var work = parsed.Json["work"]!.AsArray().ShouldHaveSingleItem()!.AsObject();
        work.ContainsKey("startDate").ShouldBeFalse();
        parsed.Warnings.Select(w => w.Field).ShouldContain("basics.name");
        parsed.Warnings.Select(w => w.Field).ShouldContain("basics.email");
        parsed.Warnings.Select(w => w.Field).ShouldContain("work[0].startDate");
        parsed.Warnings.Select(w => w.Field).ShouldContain("education");
    }

    [Fact]
    public void A_text_without_headings_is_reported_and_skills_come_from_what_it_names()
    {
        var parsed = Parse("Pat Lee\nI build web apps with React and TypeScript and deploy them on AWS.");

        parsed.Warnings.ShouldContain(w => w.Field.Length == 0 && w.Message.Contains("no section headings", StringComparison.Ordinal));
        parsed.Json["skills"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).ShouldContain("React");
        parsed.Json["work"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public void Stacked_headings_pipes_and_project_technologies_are_read()
    {
        var parsed = Parse("""
            Maria Garcia
            Austin, Texas • maria.garcia@example.org • (512) 555-0188

            WORK HISTORY
            Fabrikam Inc.
            Product Manager
            June 2021 - Present
            - Owned the roadmap for the mobile app

            Contoso | Business Analyst | 2017 – 2021
            - Built SQL dashboards

            EDUCATION
            Master of Science in Data Science — Westfield University (2017)

            PROJECTS
            Budget Buddy (2020)
            A personal finance app built with React Native.
            Technologies: React Native, Firebase

            TECHNICAL SKILLS:
            Product management; SQL; Jira
            """);

        var work = parsed.Json["work"]!.AsArray();
        work.Select(w => (w!["name"]!.GetValue<string>(), w["position"]!.GetValue<string>())).ShouldBe([("Fabrikam Inc.", "Product Manager"), ("Contoso", "Business Analyst")]);
        work[0]!["startDate"]!.GetValue<string>().ShouldBe("2021-06");
        var education = parsed.Json["education"]!.AsArray().ShouldHaveSingleItem()!;
        (education["institution"]!.GetValue<string>(), education["studyType"]!.GetValue<string>(), education["area"]!.GetValue<string>(), education["endDate"]!.GetValue<string>())
            .ShouldBe(("Westfield University", "Master", "Data Science", "2017"));
        var project = parsed.Json["projects"]!.AsArray().ShouldHaveSingleItem()!;
        project["name"]!.GetValue<string>().ShouldBe("Budget Buddy");
        project["keywords"]!.AsArray().Select(k => k!.GetValue<string>()).ShouldBe(["React Native", "Firebase"]);
        parsed.Json["skills"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).ShouldNotContain("Firebase");
        parsed.Json["basics"]!["phone"]!.GetValue<string>().ShouldBe("(512) 555-0188");
    }

    [Fact]
    public void Entries_without_blank_lines_between_them_are_kept_apart()
    {
        var parsed = Parse("""
            Education
            Westfield University
            MSc Computer Science, 2017 - 2019
            Lakeside University
            BA Economics, 2013 - 2017
            """);

        var education = parsed.Json["education"]!.AsArray();
        education.Select(e => e!["institution"]!.GetValue<string>()).ShouldBe(["Westfield University", "Lakeside University"]);
        education.Select(e => e!["studyType"]!.GetValue<string>()).ShouldBe(["Master", "Bachelor"]);
        education.Select(e => e!["area"]!.GetValue<string>()).ShouldBe(["Computer Science", "Economics"]);
    }
}
