using OpenTalent.Formats.Json;
using OpenTalent.Formats.Postings;
using OpenTalent.Formats.Tests.Json;

namespace OpenTalent.Formats.Tests.Postings;

public class JobPostingReaderTests
{
    // The shape of Google's JobPosting structured-data example, on one line.
    internal const string GoogleStyle = """
        {"@context":"https://schema.org/","@type":"JobPosting","title":"Software Engineer",
         "description":"<p>Google aspires to be an organization that reflects the globally diverse audience that our products and technology serve.</p><ul><li>Build things</li><li>Ship them</li></ul>",
         "identifier":{"@type":"PropertyValue","name":"Google","value":"1234567"},
         "datePosted":"2017-01-18","validThrough":"2017-03-18T00:00",
         "employmentType":"CONTRACTOR",
         "hiringOrganization":{"@type":"Organization","name":"Google","sameAs":"https://www.google.com","logo":"https://www.example.com/images/logo.png"},
         "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","streetAddress":"1600 Amphitheatre Pkwy","addressLocality":"Mountain View","addressRegion":"CA","postalCode":"94043","addressCountry":"US"}},
         "baseSalary":{"@type":"MonetaryAmount","currency":"USD","value":{"@type":"QuantitativeValue","value":40.00,"unitText":"HOUR"}}}
        """;

    private static (JobPostingDocument? Posting, List<FieldError> Errors) Parse(string json) =>
        JsonText.ParseOne(json, JobPostingReader.Parse);

    private static JobPostingDocument Valid(string json)
    {
        var (posting, errors) = Parse(json);
        errors.ShouldBeEmpty(JsonText.Describe(errors));
        return posting.ShouldNotBeNull();
    }

    private static FieldError SingleError(string json)
    {
        var (posting, errors) = Parse(json);
        posting.ShouldBeNull();
        return errors.ShouldHaveSingleItem(JsonText.Describe(errors));
    }

    private static string Minimal(string extra = "") =>
        "{'identifier':'p1','title':'Nurse','description':'Care for patients'" + (extra.Length == 0 ? "" : "," + extra) + "}";

    [Fact]
    public void Reads_a_google_for_jobs_example()
    {
        var posting = Valid(GoogleStyle);

        posting.Identifier.ShouldBe("1234567");
        posting.Title.ShouldBe("Software Engineer");
        posting.Description.ShouldBe(
            "Google aspires to be an organization that reflects the globally diverse audience that our products and technology serve.\nBuild things\nShip them");
        posting.DatePosted.ShouldBe(new DateOnly(2017, 1, 18));
        posting.ValidThrough.ShouldBe(new DateOnly(2017, 3, 18));
        posting.EmploymentTypes.ShouldBe(["CONTRACTOR"]);
        posting.HiringOrganization.ShouldBe("Google");
        posting.Locations.ShouldBe([new PostalPlace("Mountain View", "CA", "94043", "US")]);
        posting.Telecommute.ShouldBeFalse();
        posting.BaseSalary.ShouldBe(new PostedSalary("USD", 40m, 40m, "HOUR"));
        posting.Skills.ShouldBeEmpty();
        posting.MonthsOfExperience.ShouldBeNull();
    }

    [Fact]
    public void Reads_only_the_three_required_fields()
    {
        var posting = Valid(Minimal());

        posting.ShouldBe(posting with { Identifier = "p1", Title = "Nurse", Description = "Care for patients" });
        posting.DatePosted.ShouldBeNull();
        posting.EmploymentTypes.ShouldBeEmpty();
        posting.Locations.ShouldBeEmpty();
        posting.BaseSalary.ShouldBeNull();
        posting.HiringOrganization.ShouldBeNull();
    }

    [Fact]
    public void Streams_a_file_mixing_good_and_bad_lines_with_their_line_numbers()
    {
        var file = string.Join('\n',
            Minimal().Replace('\'', '"'),
            "",
            "{\"identifier\":\"p2\",\"title\":\"Chef\"}",
            "not json",
            Minimal().Replace('\'', '"').Replace("p1", "p3"),
            "{\"identifier\":\"p4\",\"title\":\"Cook\",\"description\":\"Cook\",\"datePosted\":\"yesterday\",\"baseSalary\":{\"value\":-5}}");

        var lines = JobPostingReader.Read(JsonText.Lines(file)).ToList();

        lines.Select(l => (l.Line, l.IsValid)).ShouldBe([(1, true), (3, false), (4, false), (5, true), (6, false)]);
        lines[0].Document!.Identifier.ShouldBe("p1");
        lines[3].Document!.Identifier.ShouldBe("p3");
        lines[1].Errors.ShouldHaveSingleItem().ShouldBe(new FieldError("description", "is required"));
        lines[2].Errors.Single().Field.ShouldBe("");
        lines[4].Errors.Select(e => e.Field).ShouldBe(["datePosted", "baseSalary.currency", "baseSalary.value", "baseSalary.unitText"]);
    }

    [Theory]
    [InlineData("'identifier':'  A-17 '", "A-17")]
    [InlineData("'identifier':123456", "123456")]
    [InlineData("'identifier':{'@type':'PropertyValue','name':'Acme','value':'REQ-9'}", "REQ-9")]
    [InlineData("'identifier':{'@type':'PropertyValue','value':77}", "77")]
    public void Reads_each_form_of_identifier(string identifier, string expected) =>
        Valid("{" + identifier + ",'title':'T','description':'D'}").Identifier.ShouldBe(expected);

    [Theory]
    [InlineData("{'title':'T','description':'D'}", "identifier", "is required (a string, a number or a PropertyValue)")]
    [InlineData("{'identifier':'  ','title':'T','description':'D'}", "identifier", "is empty")]
    [InlineData("{'identifier':true,'title':'T','description':'D'}", "identifier", "expected a string, a number or a PropertyValue object, found true")]
    [InlineData("{'identifier':{'name':'Acme'},'title':'T','description':'D'}", "identifier.value", "is required in a PropertyValue identifier")]
    [InlineData("{'identifier':{'value':[1]},'title':'T','description':'D'}", "identifier.value", "expected a string or a number, found an array")]
    [InlineData("{'identifier':'x','description':'D'}", "title", "is required")]
    [InlineData("{'identifier':'x','title':5,'description':'D'}", "title", "expected a string, found a number")]
    [InlineData("{'identifier':'x','title':'<br>','description':'D'}", "title", "has no text once HTML is removed")]
    [InlineData("{'identifier':'x','title':'T'}", "description", "is required")]
    [InlineData("{'identifier':'x','title':'T','description':'   '}", "description", "is required")]
    [InlineData("{'identifier':'x','title':'T','description':'<p> </p>'}", "description", "has no text once HTML is removed")]
    [InlineData("{'identifier':'x','title':'T','description':{'text':'D'}}", "description", "expected a string, found an object")]
    public void Reports_required_fields_by_name(string json, string field, string message) =>
        SingleError(json).ShouldBe(new FieldError(field, message));

    [Theory]
    [InlineData("'@type':'JobPosting'")]
    [InlineData("'@type':'schema:JobPosting'")]
    [InlineData("'@type':'https://schema.org/JobPosting'")]
    [InlineData("'@type':['Thing','JobPosting']")]
    [InlineData("'@context':{'@vocab':'https://schema.org/'}")]
    public void Accepts_the_json_ld_type_and_context(string extra) => Valid(Minimal(extra));

    [Theory]
    [InlineData("'@type':'Person'", "is 'Person', expected 'JobPosting'")]
    [InlineData("'@type':['Thing']", "expected 'JobPosting', found an array")]
    [InlineData("'@type':3", "expected 'JobPosting', found a number")]
    public void Rejects_another_type(string extra, string message) =>
        SingleError(Minimal(extra)).ShouldBe(new FieldError("@type", message));

    [Fact]
    public void Takes_the_date_part_of_date_times_and_rejects_other_text()
    {
        var posting = Valid(Minimal("'datePosted':'2024-05-17T23:10:00-07:00','validThrough':'2024-06-30'"));
        posting.DatePosted.ShouldBe(new DateOnly(2024, 5, 17));
        posting.ValidThrough.ShouldBe(new DateOnly(2024, 6, 30));

        SingleError(Minimal("'datePosted':'17 May 2024'")).ShouldBe(
            new FieldError("datePosted", "'17 May 2024' is not an ISO 8601 date or date-time (YYYY-MM-DD or YYYY-MM-DDThh:mm:ss)"));
        SingleError(Minimal("'validThrough':20240517")).ShouldBe(new FieldError("validThrough", "expected a string, found a number"));
    }

    [Fact]
    public void Rejects_valid_through_before_date_posted() =>
        SingleError(Minimal("'datePosted':'2024-05-17','validThrough':'2024-05-01T00:00'"))
            .ShouldBe(new FieldError("validThrough", "2024-05-01 is before datePosted 2024-05-17"));

    [Theory]
    [InlineData("'employmentType':'FULL_TIME'", new[] { "FULL_TIME" })]
    [InlineData("'employmentType':['full-time','Part Time','FULL_TIME']", new[] { "FULL_TIME", "PART_TIME" })]
    [InlineData("'employmentType':'TEMPORARY, INTERN'", new[] { "TEMPORARY", "INTERN" })]
    [InlineData("'employmentType':['VOLUNTEER','PER_DIEM','OTHER','CONTRACTOR']", new[] { "VOLUNTEER", "PER_DIEM", "OTHER", "CONTRACTOR" })]
    public void Reads_employment_types_in_each_form(string extra, string[] expected) =>
        Valid(Minimal(extra)).EmploymentTypes.ShouldBe(expected);

    [Fact]
    public void Reports_an_unknown_employment_type_at_its_index()
    {
        var (_, errors) = Parse(Minimal("'employmentType':['FULL_TIME','SEASONAL',7]"));

        errors.ShouldBe([
            new FieldError("employmentType[1]", "'SEASONAL' is not an employment type; use FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER"),
            new FieldError("employmentType[2]", "expected a string, found a number"),
        ]);
    }

    [Theory]
    [InlineData("'hiringOrganization':'Acme Ltd'", "Acme Ltd")]
    [InlineData("'hiringOrganization':{'@type':'Organization','name':'Acme Ltd','sameAs':'https://acme.example'}", "Acme Ltd")]
    public void Reads_the_hiring_organization_as_text_or_organization(string extra, string expected) =>
        Valid(Minimal(extra)).HiringOrganization.ShouldBe(expected);

    [Theory]
    [InlineData("'hiringOrganization':{'sameAs':'https://acme.example'}", "hiringOrganization.name", "is required")]
    [InlineData("'hiringOrganization':['Acme']", "hiringOrganization", "expected a string or an Organization object, found an array")]
    public void Reports_a_hiring_organization_without_a_name(string extra, string field, string message) =>
        SingleError(Minimal(extra)).ShouldBe(new FieldError(field, message));

    [Fact]
    public void Reads_one_or_several_places_with_structured_or_plain_addresses()
    {
        var posting = Valid(Minimal("""
            'jobLocation':[
              {'@type':'Place','address':{'addressLocality':'Berlin','addressCountry':{'@type':'Country','name':'Germany'}}},
              {'@type':'Place','address':'Remote office, Lisbon'},
              {'@type':'Place','address':{'addressRegion':'TX','postalCode':75001,'addressCountry':'US'}}]
            """));

        posting.Locations.ShouldBe([
            new PostalPlace("Berlin", null, null, "Germany"),
            new PostalPlace("Remote office, Lisbon", null, null, null),
            new PostalPlace(null, "TX", "75001", "US"),
        ]);
    }

    [Theory]
    [InlineData("'jobLocation':'Berlin'", "jobLocation", "expected a Place object, found a string")]
    [InlineData("'jobLocation':{'@type':'Place'}", "jobLocation.address", "is required (a PostalAddress object or an address string)")]
    [InlineData("'jobLocation':[{'address':{'addressLocality':'A'}},{'address':{'streetAddress':'1 Main St'}}]", "jobLocation[1].address", "gives none of addressLocality, addressRegion, postalCode, addressCountry")]
    [InlineData("'jobLocation':{'address':{'addressCountry':{'@type':'Country'}}}", "jobLocation.address.addressCountry.name", "is required")]
    [InlineData("'jobLocation':{'address':{'addressLocality':['Paris']}}", "jobLocation.address.addressLocality", "expected a string, found an array")]
    [InlineData("'jobLocation':{'address':42}", "jobLocation.address", "expected a PostalAddress object or a string, found a number")]
    public void Reports_location_problems_at_their_path(string extra, string field, string message) =>
        SingleError(Minimal(extra)).ShouldBe(new FieldError(field, message));

    [Fact]
    public void Reads_telecommute_jobs_and_where_applicants_may_live()
    {
        var posting = Valid(Minimal("""
            'jobLocationType':'TELECOMMUTE',
            'applicantLocationRequirements':[{'@type':'Country','name':'USA'},{'@type':'State','name':'Ontario'},'Mexico',{'@type':'Country','name':'usa'}]
            """));

        posting.Telecommute.ShouldBeTrue();
        posting.ApplicantCountries.ShouldBe(["USA", "Ontario", "Mexico"]);
        Valid(Minimal("'applicantLocationRequirements':{'@type':'Country','name':'France'}")).ApplicantCountries.ShouldBe(["France"]);
    }

    [Theory]
    [InlineData("'jobLocationType':'HYBRID'", "jobLocationType", "'HYBRID' is not a location type; the only one defined is TELECOMMUTE")]
    [InlineData("'jobLocationType':true", "jobLocationType", "expected a string, found true")]
    [InlineData("'applicantLocationRequirements':[{'@type':'Country'}]", "applicantLocationRequirements[0].name", "is required")]
    [InlineData("'applicantLocationRequirements':7", "applicantLocationRequirements", "expected a string or a Country or State object, found a number")]
    public void Reports_remote_work_problems(string extra, string field, string message) =>
        SingleError(Minimal(extra)).ShouldBe(new FieldError(field, message));

    [Theory]
    [InlineData("'baseSalary':{'currency':'usd','value':{'minValue':50000,'maxValue':70000,'unitText':'year'}}", "USD", 50000, 70000, "YEAR")]
    [InlineData("'baseSalary':{'currency':'EUR','value':{'value':4200,'unitText':'MONTH'}}", "EUR", 4200, 4200, "MONTH")]
    [InlineData("'baseSalary':{'currency':'GBP','value':{'minValue':'300','unitText':'DAY'}}", "GBP", 300, 300, "DAY")]
    [InlineData("'baseSalary':{'currency':'GBP','value':{'maxValue':900.5,'unitText':'WEEK'}}", "GBP", 900.5, 900.5, "WEEK")]
    [InlineData("'baseSalary':{'currency':'CAD','value':25.5,'unitText':'HOUR'}", "CAD", 25.5, 25.5, "HOUR")]
    [InlineData("'baseSalary':[{'currency':'CHF','value':{'value':100000,'unitText':'YEAR'}}]", "CHF", 100000, 100000, "YEAR")]
    [InlineData("'estimatedSalary':{'currency':'USD','value':{'minValue':1,'maxValue':2,'unitText':'HOUR'}}", "USD", 1, 2, "HOUR")]
    public void Reads_each_form_of_salary(string extra, string currency, decimal min, decimal max, string unit) =>
        Valid(Minimal(extra)).BaseSalary.ShouldBe(new PostedSalary(currency, min, max, unit));

    [Fact]
    public void Prefers_the_base_salary_to_the_estimate()
    {
        var posting = Valid(Minimal("""
            'estimatedSalary':{'currency':'USD','value':{'value':1,'unitText':'HOUR'}},
            'baseSalary':{'currency':'USD','value':{'value':2,'unitText':'HOUR'}}
            """));

        posting.BaseSalary!.Min.ShouldBe(2m);
    }

    [Theory]
    [InlineData("'baseSalary':{'value':{'value':1,'unitText':'HOUR'}}", "baseSalary.currency", "is required (an ISO 4217 code such as USD)")]
    [InlineData("'baseSalary':{'currency':'US Dollar','value':{'value':1,'unitText':'HOUR'}}", "baseSalary.currency", "'US Dollar' is not an ISO 4217 currency code (three letters such as USD)")]
    [InlineData("'baseSalary':{'currency':'USD','value':{'minValue':-1,'maxValue':5,'unitText':'HOUR'}}", "baseSalary.value.minValue", "-1 is negative; a salary cannot be")]
    [InlineData("'baseSalary':{'currency':'USD','value':{'minValue':90000,'maxValue':50000,'unitText':'YEAR'}}", "baseSalary.value.minValue", "90000 is greater than maxValue 50000")]
    [InlineData("'baseSalary':{'currency':'USD','value':{'value':90000,'maxValue':50000,'unitText':'YEAR'}}", "baseSalary.value.value", "90000 is greater than maxValue 50000")]
    [InlineData("'baseSalary':{'currency':'USD','value':{'minValue':1,'maxValue':2,'unitText':'ANNUAL'}}", "baseSalary.value.unitText", "'ANNUAL' is not a pay period; use HOUR, DAY, WEEK, MONTH or YEAR")]
    [InlineData("'baseSalary':{'currency':'USD','value':{'minValue':1,'maxValue':2}}", "baseSalary.value.unitText", "is required: HOUR, DAY, WEEK, MONTH or YEAR")]
    [InlineData("'baseSalary':{'currency':'USD','value':{'unitText':'HOUR'}}", "baseSalary.value", "needs value, or minValue and maxValue")]
    [InlineData("'baseSalary':{'currency':'USD','value':{'value':'lots','unitText':'HOUR'}}", "baseSalary.value.value", "'lots' is not a number")]
    [InlineData("'baseSalary':{'currency':'USD','value':40}", "baseSalary.unitText", "is required: HOUR, DAY, WEEK, MONTH or YEAR")]
    [InlineData("'baseSalary':{'currency':'USD'}", "baseSalary.value", "is required (a number or a QuantitativeValue)")]
    [InlineData("'baseSalary':{'currency':'USD','value':[1]}", "baseSalary.value", "expected a number or a QuantitativeValue object, found an array")]
    [InlineData("'baseSalary':50000", "baseSalary", "expected a MonetaryAmount object, found a number")]
    [InlineData("'estimatedSalary':{'currency':'USD','value':-3,'unitText':'HOUR'}", "estimatedSalary.value", "-3 is negative; a salary cannot be")]
    [InlineData("'baseSalary':[{'currency':'USD','value':{'value':1,'unitText':'SECOND'}}]", "baseSalary[0].value.unitText", "'SECOND' is not a pay period; use HOUR, DAY, WEEK, MONTH or YEAR")]
    public void Reports_each_salary_problem_at_its_exact_path(string extra, string field, string message) =>
        SingleError(Minimal(extra)).ShouldBe(new FieldError(field, message));

    [Fact]
    public void Reports_every_salary_problem_at_once()
    {
        var (_, errors) = Parse(Minimal("'baseSalary':{'value':{'minValue':-1,'maxValue':true,'unitText':'EON'}}"));

        errors.Select(e => e.Field).ShouldBe([
            "baseSalary.currency", "baseSalary.value.minValue", "baseSalary.value.maxValue", "baseSalary.value.unitText",
        ]);
    }

    [Theory]
    [InlineData("'skills':'Python, SQL; Docker\\nKubernetes, python'", new[] { "Python", "SQL", "Docker", "Kubernetes" })]
    [InlineData("'skills':{'@type':'DefinedTerm','name':'Welding'}", new[] { "Welding" })]
    [InlineData("'skills':[{'@type':'DefinedTerm','name':'Welding'},'Forklift, Rigging']", new[] { "Welding", "Forklift", "Rigging" })]
    [InlineData("'skills':'<ul><li>Java</li><li>Go</li></ul>'", new[] { "Java", "Go" })]
    public void Reads_skills_as_text_or_defined_terms(string extra, string[] expected) =>
        Valid(Minimal(extra)).Skills.ShouldBe(expected);

    [Theory]
    [InlineData("'skills':[{'@type':'DefinedTerm'}]", "skills[0].name", "is required")]
    [InlineData("'skills':[3]", "skills[0]", "expected a string or a DefinedTerm object, found a number")]
    public void Reports_skill_problems(string extra, string field, string message) =>
        SingleError(Minimal(extra)).ShouldBe(new FieldError(field, message));

    [Fact]
    public void Reads_qualifications_and_responsibilities_as_plain_text()
    {
        var posting = Valid(Minimal("'qualifications':'<b>Must</b> have a licence &amp; a car','responsibilities':'<ol><li>Drive</li><li>Deliver</li></ol>'"));

        posting.Qualifications.ShouldBe("Must have a licence & a car");
        posting.Responsibilities.ShouldBe("Drive\nDeliver");
    }

    [Theory]
    [InlineData("'experienceRequirements':'3+ years in retail'", "3+ years in retail", null)]
    [InlineData("'experienceRequirements':{'@type':'OccupationalExperienceRequirements','monthsOfExperience':36}", null, 36)]
    [InlineData("'experienceRequirements':{'monthsOfExperience':'24','description':'In a hospital'}", "In a hospital", 24)]
    public void Reads_experience_as_text_or_months(string extra, string? text, int? months)
    {
        var posting = Valid(Minimal(extra));

        posting.ExperienceText.ShouldBe(text);
        posting.MonthsOfExperience.ShouldBe(months);
    }

    [Theory]
    [InlineData("'experienceRequirements':{'monthsOfExperience':-6}", "experienceRequirements.monthsOfExperience", "-6 is not a number of months between 0 and 1200")]
    [InlineData("'experienceRequirements':{'monthsOfExperience':'many'}", "experienceRequirements.monthsOfExperience", "'many' is not a number")]
    [InlineData("'experienceRequirements':3", "experienceRequirements", "expected a string or an OccupationalExperienceRequirements object, found a number")]
    public void Reports_experience_problems(string extra, string field, string message) =>
        SingleError(Minimal(extra)).ShouldBe(new FieldError(field, message));

    [Theory]
    [InlineData("'educationRequirements':'Bachelor degree in nursing'", "Bachelor degree in nursing")]
    [InlineData("'educationRequirements':{'@type':'EducationalOccupationalCredential','credentialCategory':'bachelor degree'}", "bachelor degree")]
    [InlineData("'educationRequirements':[{'credentialCategory':'high school'},{'credentialCategory':{'@type':'DefinedTerm','name':'professional certificate'}}]", "high school; professional certificate")]
    [InlineData("'educationRequirements':{'@type':'EducationalOccupationalCredential','name':'CDL class A'}", "CDL class A")]
    public void Reads_education_as_text_or_credentials(string extra, string expected) =>
        Valid(Minimal(extra)).EducationRequirements.ShouldBe(expected);

    [Theory]
    [InlineData("'educationRequirements':{'@type':'EducationalOccupationalCredential'}", "educationRequirements.credentialCategory", "is required in an EducationalOccupationalCredential")]
    [InlineData("'educationRequirements':[true]", "educationRequirements[0]", "expected a string or an EducationalOccupationalCredential object, found true")]
    [InlineData("'qualifications':{'credentialCategory':9}", "qualifications.credentialCategory", "expected a string, found a number")]
    public void Reports_education_problems(string extra, string field, string message) =>
        SingleError(Minimal(extra)).ShouldBe(new FieldError(field, message));

    [Fact]
    public void Reads_a_credential_given_as_qualifications() =>
        Valid(Minimal("'qualifications':{'@type':'EducationalOccupationalCredential','credentialCategory':'postgraduate degree'}"))
            .Qualifications.ShouldBe("postgraduate degree");

    [Theory]
    [InlineData("'occupationalCategory':'15-1252.00 Software Developers'", "15-1252.00 Software Developers")]
    [InlineData("'occupationalCategory':{'@type':'CategoryCode','codeValue':'15-1252','name':'Software Developers'}", "15-1252 Software Developers")]
    [InlineData("'occupationalCategory':{'@type':'CategoryCode','codeValue':'2512'}", "2512")]
    public void Reads_the_occupational_category_as_text_or_code(string extra, string expected) =>
        Valid(Minimal(extra)).OccupationalCategory.ShouldBe(expected);

    [Fact]
    public void Reads_the_industry_and_reports_a_wrong_type()
    {
        Valid(Minimal("'industry':'Health care'")).Industry.ShouldBe("Health care");
        Valid(Minimal("'industry':{'@type':'DefinedTerm','name':'Retail'}")).Industry.ShouldBe("Retail");
        SingleError(Minimal("'industry':[1]")).ShouldBe(new FieldError("industry", "expected a string, found an array"));
        SingleError(Minimal("'occupationalCategory':{'@type':'CategoryCode'}"))
            .ShouldBe(new FieldError("occupationalCategory.name", "is required when there is no codeValue"));
    }

    [Fact]
    public void Ignores_unknown_properties_and_nulls()
    {
        var posting = Valid(Minimal("'directApply':true,'x-internal':{'a':[1,2]},'datePosted':null,'jobLocation':null,'employmentType':[null,'OTHER']"));

        posting.DatePosted.ShouldBeNull();
        posting.Locations.ShouldBeEmpty();
        posting.EmploymentTypes.ShouldBe(["OTHER"]);
    }

    [Fact]
    public void Collects_every_error_of_a_line_not_just_the_first()
    {
        var (posting, errors) = Parse("{'@type':'Job','title':1,'datePosted':'soon','employmentType':'SOMETIMES','jobLocation':{}}");

        posting.ShouldBeNull();
        errors.Select(e => e.Field).ShouldBe(["@type", "identifier", "title", "description", "datePosted", "employmentType", "jobLocation.address"]);
    }

    [Fact]
    public void Caps_the_errors_of_one_line()
    {
        var badTypes = string.Join(',', Enumerable.Range(0, 100).Select(i => "'BAD" + i + "'"));

        var (_, errors) = Parse(Minimal("'employmentType':[" + badTypes + "]"));

        errors.Count.ShouldBe(JsonLinesFile.MaxErrorsPerLine + 1);
        errors[^1].Field.ShouldBe("");
        errors[0].Field.ShouldBe("employmentType[0]");
    }

    [Fact]
    public void Quotes_at_most_a_short_piece_of_a_long_bad_value()
    {
        var error = SingleError(Minimal("'datePosted':'" + new string('9', 10_000) + "'"));

        error.Message.Length.ShouldBeLessThan(200);
    }
}
