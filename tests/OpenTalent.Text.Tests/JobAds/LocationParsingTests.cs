using OpenTalent.Text.JobAds;

namespace OpenTalent.Text.Tests.JobAds;

public class LocationParsingTests
{
    [Theory]
    [InlineData("Location: Berlin, Germany\nWe build things.", "Berlin", null, "DE")]
    [InlineData("Software Engineer\nSan Francisco, CA\nJoin us.", "San Francisco", "CA", "US")]
    [InlineData("Product Designer - London (hybrid)", "London", null, "GB")]
    [InlineData("Office: New York, NY 10001", "New York", "NY", "US")]
    [InlineData("Staff Engineer | Remote (US)", null, null, "US")]
    [InlineData("Support Lead\nLocation: Remote - EMEA", null, "EMEA", null)]
    [InlineData("Location: Toronto, ON", "Toronto", "ON", "CA")]
    [InlineData("Location: London, ON", "London", "ON", "CA")]
    [InlineData("Location: Birmingham, AL", "Birmingham", "AL", "US")]
    [InlineData("Location: Wilmington, DE", "Wilmington", "DE", "US")]
    [InlineData("Location: Berlin, DE", "Berlin", null, "DE")]
    [InlineData("Job location: München, Deutschland", "Munich", null, "DE")]
    [InlineData("Data Engineer (Bengaluru)", "Bangalore", null, "IN")]
    [InlineData("The role is based in Amsterdam and pays well.", "Amsterdam", null, "NL")]
    [InlineData("Nurse Practitioner\nLocation: Austin, Texas", "Austin", "TX", "US")]
    [InlineData("We are hiring remote within the United States.", null, null, "US")]
    [InlineData("Location: Sydney NSW", "Sydney", "NSW", "AU")]
    [InlineData("Location: Springfield, IL", "Springfield", "IL", "US")]
    public void Reads_city_region_and_country(string text, string? city, string? region, string? country)
    {
        var location = JobAdParser.Parse(text).Location.ShouldNotBeNull();
        (location.City, location.Region, location.Country).ShouldBe((city, region, country));
    }

    [Fact]
    public void Evidence_and_text_are_what_the_ad_says()
    {
        const string text = "Backend Engineer\nLocation: Berlin, Germany (Hybrid)\n";
        var location = JobAdParser.Parse(text).Location!;
        location.Text.ShouldBe("Berlin, Germany (Hybrid)");
        text[location.Evidence.Start..location.Evidence.End].ShouldBe(location.Text);
    }

    [Theory]
    [InlineData("We use Python, Java and Go every day.")]
    [InlineData("Go Developer\nBuild services in Go.")]
    [InlineData("Senior Engineer - Payments")]
    [InlineData("You are nice to work with, in Reading or elsewhere.")]
    [InlineData("Experience with Spark, Kafka, Airflow.")]
    public void No_place_no_location(string text) => JobAdParser.Parse(text).Location.ShouldBeNull();
}
