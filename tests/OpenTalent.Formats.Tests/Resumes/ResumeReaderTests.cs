using OpenTalent.Formats.Json;
using OpenTalent.Formats.Resumes;
using OpenTalent.Formats.Tests.Json;

namespace OpenTalent.Formats.Tests.Resumes;

public class ResumeReaderTests
{
    internal const string Full = """
        {"$schema":"https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
         "basics":{"name":"Ada Byron","label":"Backend Engineer","email":"Ada@Example.org","phone":"+1 555","summary":"Ten years of APIs.",
           "location":{"address":"1 Main St","postalCode":"94043","city":"Mountain View","countryCode":"us","region":"California"},
           "profiles":[{"network":"GitHub","username":"ada"}]},
         "work":[
           {"name":"Acme","position":"Senior Engineer","startDate":"2021-05","summary":"Payments.","highlights":["Cut latency 40%","Led 4 people"]},
           {"name":"Initech","position":"Engineer","startDate":"2015","endDate":"2021-04-30","url":"https://initech.example"}],
         "education":[{"institution":"MIT","area":"Computer Science","studyType":"Bachelor","startDate":"2011-09-01","endDate":"2015-06","score":"4.0"}],
         "skills":[{"name":"Web Development","level":"Master","keywords":["HTML","CSS","JavaScript"]},{"name":"Go"}],
         "projects":[{"name":"Queue","description":"A job queue","highlights":["10k stars"],"keywords":["Go","Redis"],"startDate":"2019","endDate":"2020-01"}],
         "certificates":[{"name":"AWS Solutions Architect","date":"2021-11-07","issuer":"Amazon"}],
         "languages":[{"language":"English","fluency":"Native"},{"language":"French"}],
         "interests":[{"name":"Chess"}],
         "meta":{"canonical":"https://example.org/resume.json","version":"v1.0.0","lastModified":"2017-12-24T15:53:00",
           "opentalent":{"remote":"Hybrid","expectedSalary":{"currency":"usd","amount":150000,"period":"year"},
             "currentSalary":{"currency":"USD","amount":"62.50","period":"HOUR"},"locations":["San Francisco, CA","Remote"]}}}
        """;

    private static (ResumeDocument? Resume, List<FieldError> Errors) Parse(string json) => JsonText.ParseOne(json, ResumeReader.Parse);

    private static ResumeDocument Valid(string json)
    {
        var (resume, errors) = Parse(json);
        errors.ShouldBeEmpty(JsonText.Describe(errors));
        return resume.ShouldNotBeNull();
    }

    private static FieldError SingleError(string json)
    {
        var (resume, errors) = Parse(json);
        resume.ShouldBeNull();
        return errors.ShouldHaveSingleItem(JsonText.Describe(errors));
    }

    private static string WithSkills(string extra) => "{'skills':[{'name':'Go'}]," + extra + "}";

    [Fact]
    public void Reads_a_complete_json_resume()
    {
        var resume = Valid(Full);

        resume.Identifier.ShouldBe("ada@example.org");
        resume.Name.ShouldBe("Ada Byron");
        resume.Label.ShouldBe("Backend Engineer");
        resume.Email.ShouldBe("Ada@Example.org");
        resume.Summary.ShouldBe("Ten years of APIs.");
        resume.Location.ShouldBe(new ResumeLocation("Mountain View", "California", "94043", "US"));
        resume.Work.Count.ShouldBe(2);
        resume.Work[0].ShouldBe(resume.Work[0] with { Organization = "Acme", Position = "Senior Engineer", Start = new DateOnly(2021, 5, 1), End = null, Summary = "Payments." });
        resume.Work[0].Highlights.ShouldBe(["Cut latency 40%", "Led 4 people"]);
        resume.Work[1].Start.ShouldBe(new DateOnly(2015, 1, 1));
        resume.Work[1].End.ShouldBe(new DateOnly(2021, 4, 30));
        resume.Work[1].Highlights.ShouldBeEmpty();
        resume.Education.ShouldBe([new ResumeEducation("MIT", "Computer Science", "Bachelor", new DateOnly(2011, 9, 1), new DateOnly(2015, 6, 1))]);
        resume.Skills.Count.ShouldBe(2);
        resume.Skills[0].Name.ShouldBe("Web Development");
        resume.Skills[0].Level.ShouldBe("Master");
        resume.Skills[0].Keywords.ShouldBe(["HTML", "CSS", "JavaScript"]);
        resume.Skills[1].ShouldBe(resume.Skills[1] with { Name = "Go", Level = null });
        resume.Projects.ShouldHaveSingleItem().Keywords.ShouldBe(["Go", "Redis"]);
        resume.Projects[0].End.ShouldBe(new DateOnly(2020, 1, 1));
        resume.Certificates.ShouldBe(["AWS Solutions Architect"]);
        resume.Languages.ShouldBe(["English", "French"]);
        resume.LastModified.ShouldBe(new DateOnly(2017, 12, 24));
        resume.Preferences.Remote.ShouldBe("hybrid");
        resume.Preferences.ExpectedSalary.ShouldBe(new ResumeSalary("USD", 150000m, "YEAR"));
        resume.Preferences.CurrentSalary.ShouldBe(new ResumeSalary("USD", 62.50m, "HOUR"));
        resume.Preferences.Locations.ShouldBe(["San Francisco, CA", "Remote"]);
    }

    [Fact]
    public void Takes_the_identifier_from_meta_id_then_email_then_leaves_it_to_the_importer()
    {
        Valid("{'basics':{'label':'Chef','email':'A@B.com'},'meta':{'id':'cand-7'}}").Identifier.ShouldBe("cand-7");
        Valid("{'basics':{'label':'Chef'},'meta':{'id':4711}}").Identifier.ShouldBe("4711");
        Valid("{'basics':{'label':'Chef','email':'A@B.com'}}").Identifier.ShouldBe("a@b.com");
        Valid("{'basics':{'label':'Chef'}}").Identifier.ShouldBeNull();
    }

    [Theory]
    [InlineData("{'skills':[{'name':'Welding'}]}")]
    [InlineData("{'work':[{'name':'Acme'}]}")]
    [InlineData("{'basics':{'label':'Welder'}}")]
    [InlineData("{'basics':{'summary':'I weld.'}}")]
    public void Needs_only_one_thing_to_match_on(string json)
    {
        var resume = Valid(json);

        resume.Preferences.ShouldBe(ResumePreferences.None);
        resume.Location.ShouldBeNull();
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{'basics':{'name':'Ada','email':'ada@example.org','label':'  '},'skills':[],'work':[],'education':[{'institution':'MIT'}]}")]
    public void Rejects_a_resume_with_nothing_to_match_on(string json) =>
        SingleError(json).ShouldBe(new FieldError("", "nothing to match on: the resume has no skills, no work, no basics.label and no basics.summary"));

    [Fact]
    public void Keeps_a_work_entry_with_no_position_and_no_summary()
    {
        var work = Valid("{'work':[{'name':'Acme','startDate':'2020'},{}]}").Work;

        work.Count.ShouldBe(2);
        work[0].Position.ShouldBeNull();
        work[1].ShouldBe(work[1] with { Organization = null, Position = null, Start = null, End = null, Summary = null });
    }

    [Fact]
    public void Reads_the_pre_v1_company_field_as_the_organization() =>
        Valid("{'work':[{'company':'Globex','position':'Analyst'}]}").Work[0].Organization.ShouldBe("Globex");

    [Theory]
    [InlineData("work[1].startDate", "{'work':[{'startDate':'2020'},{'startDate':'05/2021'}]}", "'05/2021' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")]
    [InlineData("work[0].endDate", "{'work':[{'startDate':'2020','endDate':'Present'}]}", "'Present' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD); leave endDate out for an entry that is still going on")]
    [InlineData("work[0].startDate", "{'work':[{'startDate':'2021-02-30'}]}", "'2021-02-30' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")]
    [InlineData("education[0].startDate", "{'skills':[{'name':'Go'}],'education':[{'startDate':'Sept 2011'}]}", "'Sept 2011' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")]
    [InlineData("projects[0].endDate", "{'skills':[{'name':'Go'}],'projects':[{'endDate':2020}]}", "expected a string, found a number")]
    public void Reports_a_bad_date_with_its_path(string field, string json, string message) =>
        SingleError(json).ShouldBe(new FieldError(field, message));

    [Theory]
    [InlineData("{'work':[{'startDate':'2021-05','endDate':'2020'}]}", "work[0].endDate", "2020 is before startDate 2021-05")]
    [InlineData("{'skills':[{'name':'Go'}],'education':[{'startDate':'2015-09-01','endDate':'2015-08-31'}]}", "education[0].endDate", "2015-08-31 is before startDate 2015-09-01")]
    [InlineData("{'skills':[{'name':'Go'}],'projects':[{'startDate':'2019-06','endDate':'2019-05'}]}", "projects[0].endDate", "2019-05 is before startDate 2019-06")]
    public void Rejects_an_end_before_the_start(string json, string field, string message) =>
        SingleError(json).ShouldBe(new FieldError(field, message));

    [Fact]
    public void Accepts_an_end_in_the_same_month_as_a_partial_start() =>
        Valid("{'work':[{'startDate':'2021-05','endDate':'2021-05-20'}]}").Work[0].End.ShouldBe(new DateOnly(2021, 5, 20));

    [Theory]
    [InlineData("{'basics':'Ada'}", "basics", "expected an object, found a string")]
    [InlineData("{'basics':{'label':['Chef']}}", "basics.label", "expected a string, found an array")]
    [InlineData("{'basics':{'label':'Chef','email':'not-an-email'}}", "basics.email", "'not-an-email' is not an email address")]
    [InlineData("{'basics':{'label':'Chef','email':'a b@c.com'}}", "basics.email", "'a b@c.com' is not an email address")]
    [InlineData("{'basics':{'label':'Chef','location':'Paris'}}", "basics.location", "expected an object, found a string")]
    [InlineData("{'basics':{'label':'Chef','location':{'countryCode':'France'}}}", "basics.location.countryCode", "'France' is not an ISO 3166-1 alpha-2 country code (such as US or DE)")]
    [InlineData("{'basics':{'label':'Chef','location':{'city':7}}}", "basics.location.city", "expected a string, found a number")]
    [InlineData("{'work':{'name':'Acme'}}", "work", "expected an array, found an object")]
    [InlineData("{'work':['Acme']}", "work[0]", "expected an object, found a string")]
    [InlineData("{'work':[{'highlights':'Led a team'}]}", "work[0].highlights", "expected an array, found a string")]
    [InlineData("{'work':[{'highlights':['ok',3]}]}", "work[0].highlights[1]", "expected a string, found a number")]
    [InlineData("{'work':[{'position':'Cook'}],'skills':[{'level':'Expert'}]}", "skills[0].name", "is required")]
    [InlineData("{'skills':[{'name':'Go','keywords':'concurrency'}]}", "skills[0].keywords", "expected an array, found a string")]
    [InlineData("{'skills':[{'name':'Go'}],'certificates':[{'issuer':'AWS'}]}", "certificates[0].name", "is required")]
    [InlineData("{'skills':[{'name':'Go'}],'languages':[{'fluency':'Native'}]}", "languages[0].language", "is required")]
    [InlineData("{'skills':[{'name':'Go'}],'languages':['English']}", "languages[0]", "expected an object, found a string")]
    [InlineData("{'skills':[{'name':'Go'}],'meta':[]}", "meta", "expected an object, found an array")]
    [InlineData("{'skills':[{'name':'Go'}],'meta':{'id':true}}", "meta.id", "expected a string, found true")]
    [InlineData("{'skills':[{'name':'Go'}],'meta':{'lastModified':'yesterday'}}", "meta.lastModified", "'yesterday' is not an ISO 8601 date or date-time")]
    public void Reports_wrong_types_and_values_with_the_field_path(string json, string field, string message) =>
        SingleError(json).ShouldBe(new FieldError(field, message));

    [Fact]
    public void Ignores_unknown_fields_and_null_values()
    {
        var resume = Valid("{'x-custom':{'a':1},'basics':{'label':'Chef','email':null,'location':null},'work':null,'skills':[null,{'name':'Knife skills','extra':[1]}],'meta':{'lastModified':'2024-03'}}");

        resume.Skills.ShouldHaveSingleItem().Name.ShouldBe("Knife skills");
        resume.Email.ShouldBeNull();
        resume.LastModified.ShouldBe(new DateOnly(2024, 3, 1));
    }

    [Theory]
    [InlineData("'remote':'remote'", "remote")]
    [InlineData("'remote':'On-site'", "onsite")]
    [InlineData("'remote':'ANY'", "any")]
    public void Reads_the_remote_preference(string preferences, string expected) =>
        Valid(WithSkills("'meta':{'opentalent':{" + preferences + "}}")).Preferences.Remote.ShouldBe(expected);

    [Theory]
    [InlineData("'opentalent':'remote'", "meta.opentalent", "expected an object, found a string")]
    [InlineData("'opentalent':{'remote':'sometimes'}", "meta.opentalent.remote", "'sometimes' is not one of remote, hybrid, onsite, any")]
    [InlineData("'opentalent':{'expectedSalary':{'amount':1,'period':'YEAR'}}", "meta.opentalent.expectedSalary.currency", "is required (an ISO 4217 code such as USD)")]
    [InlineData("'opentalent':{'expectedSalary':{'currency':'dollars','amount':1,'period':'YEAR'}}", "meta.opentalent.expectedSalary.currency", "'dollars' is not an ISO 4217 currency code (three letters such as USD)")]
    [InlineData("'opentalent':{'expectedSalary':{'currency':'USD','period':'YEAR'}}", "meta.opentalent.expectedSalary.amount", "is required")]
    [InlineData("'opentalent':{'expectedSalary':{'currency':'USD','amount':0,'period':'YEAR'}}", "meta.opentalent.expectedSalary.amount", "0 is not a positive amount")]
    [InlineData("'opentalent':{'currentSalary':{'currency':'USD','amount':-5,'period':'YEAR'}}", "meta.opentalent.currentSalary.amount", "-5 is not a positive amount")]
    [InlineData("'opentalent':{'currentSalary':{'currency':'USD','amount':'a lot','period':'YEAR'}}", "meta.opentalent.currentSalary.amount", "'a lot' is not a number")]
    [InlineData("'opentalent':{'currentSalary':{'currency':'USD','amount':5}}", "meta.opentalent.currentSalary.period", "is required: HOUR, DAY, WEEK, MONTH or YEAR")]
    [InlineData("'opentalent':{'currentSalary':{'currency':'USD','amount':5,'period':'fortnight'}}", "meta.opentalent.currentSalary.period", "'fortnight' is not a pay period; use HOUR, DAY, WEEK, MONTH or YEAR")]
    [InlineData("'opentalent':{'currentSalary':5}", "meta.opentalent.currentSalary", "expected an object, found a number")]
    [InlineData("'opentalent':{'locations':'Berlin'}", "meta.opentalent.locations", "expected an array, found a string")]
    [InlineData("'opentalent':{'locations':['Berlin',{'city':'Bonn'}]}", "meta.opentalent.locations[1]", "expected a string, found an object")]
    public void Validates_the_opentalent_extension(string meta, string field, string message) =>
        SingleError(WithSkills("'meta':{" + meta + "}")).ShouldBe(new FieldError(field, message));

    [Fact]
    public void Collects_every_error_of_a_resume()
    {
        var (_, errors) = Parse("{'basics':{'email':'nope'},'work':[{'startDate':'05/2021','endDate':'x'}],'skills':[{}],'meta':{'opentalent':{'remote':'moon'}}}");

        errors.Select(e => e.Field).ShouldBe([
            "basics.email", "work[0].startDate", "work[0].endDate", "skills[0].name", "meta.opentalent.remote",
        ]);
    }

    [Fact]
    public void Streams_a_file_of_resumes_with_line_numbers()
    {
        var file = "{\"basics\":{\"label\":\"Chef\"}}\n\n{\"basics\":{}}\n[]\n{\"skills\":[{\"name\":\"Go\"}],\"work\":[{\"startDate\":\"2021-13\"}]}\n{\"work\":[{\"name\":\"Acme\"}]}";

        var lines = ResumeReader.Read(JsonText.Lines(file)).ToList();

        lines.Select(l => (l.Line, l.IsValid)).ShouldBe([(1, true), (3, false), (4, false), (5, false), (6, true)]);
        lines[0].Document!.Label.ShouldBe("Chef");
        lines[3].Errors.ShouldHaveSingleItem().ShouldBe(new FieldError("work[0].startDate", "'2021-13' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)"));
        lines[4].Document!.Work[0].Organization.ShouldBe("Acme");
    }
}
